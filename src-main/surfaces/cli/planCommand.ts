import { createInterface } from 'node:readline';
import { toPlanObject } from '../../assistant/toPlanObject.ts';
import { Conversation } from '../../assistant/Conversation.ts';
import { HearthError } from '../../core/errors.ts';
import type { Plan, PlanContext, Planner } from '../../core/plan.ts';
import { batchedWriter, write } from './CliIo.ts';
import type { CliIo } from './CliIo.ts';
import { HELP_TEXTS } from './helpTexts.ts';
import { loadCliHome, resolveArea } from './loadCliHome.ts';
import { parseCommandArgs } from './parseCommandArgs.ts';
import { openCliPlanner } from './openCliPlanner.ts';

/** `hearth plan`: one JSON plan per non-empty stdin line, in order, written as it goes. */
export async function planCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseCommandArgs('hearth plan', {
    args,
    options: {
      home: { type: 'string' },
      area: { type: 'string' },
      'no-llm': { type: 'boolean' },
      llm: { type: 'string' },
      'follow-up': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    await write(io.stdout, HELP_TEXTS.plan);
    return 0;
  }
  const home = loadCliHome(values.home);
  const context = values.area ? { area: resolveArea(home, values.area) } : {};
  // Built once: compiling the home's vocabulary (and loading a language model) is the costly part.
  const planner = await openCliPlanner(home, {
    llm: values.llm,
    noLlm: values['no-llm'],
    notice: (message) => void write(io.stderr, `hearth plan: ${message}\n`),
  });
  try {
    // With --follow-up the lines are one conversation: a turn may lean on the ones before.
    const conversation = values['follow-up'] ? new Conversation({ windowMs: Infinity }) : undefined;
    return await planLines(planner, context, io, conversation);
  } finally {
    await planner.dispose();
  }
}

async function planLines(
  planner: Planner,
  context: PlanContext,
  io: CliIo,
  conversation: Conversation | undefined,
): Promise<number> {
  const lines = createInterface({ input: io.stdin, crlfDelay: Infinity });
  const answer = batchedWriter(io.stdout);
  let broken = 0;
  for await (const line of lines) {
    const text = line.trim();
    if (!text) continue;
    let plan: Plan;
    try {
      const previous = conversation?.previous();
      plan = await planner.plan(text, previous ? { ...context, previous } : context);
    } catch (error) {
      // A planner bug must not shift the answers of the following lines: say so, answer "none".
      broken++;
      const why = error instanceof Error ? error.message : String(error);
      await write(io.stderr, `hearth plan: could not plan "${text}": ${why}\n`);
      plan = {
        text,
        actions: [],
        queries: [],
        timers: [],
        confirm: false,
        reply: "Sorry, something went wrong and I couldn't understand that.",
        source: 'none',
      };
    }
    conversation?.remember(plan);
    await answer.write(`${JSON.stringify(toPlanObject(plan))}\n`);
  }
  answer.flush();
  if (broken > 0) {
    throw new HearthError(
      `${broken} line(s) could not be planned because of an internal error (shown above); please report it`,
      1,
    );
  }
  return 0;
}
