import { Assistant } from '../../assistant/Assistant.ts';
import { toPlanObject } from '../../assistant/toPlanObject.ts';
import { HearthError, UsageError } from '../../core/errors.ts';
import { write } from './CliIo.ts';
import type { CliIo } from './CliIo.ts';
import { HELP_TEXTS } from './helpTexts.ts';
import { loadCliHome, resolveArea } from './loadCliHome.ts';
import { openCliPlanner } from './openCliPlanner.ts';
import { parseCommandArgs } from './parseCommandArgs.ts';

/** `hearth say`: understand and carry out one command; exit 1 when any action failed. */
export async function sayCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs('hearth say', {
    args,
    allowPositionals: true,
    options: {
      home: { type: 'string' },
      area: { type: 'string' },
      yes: { type: 'boolean', short: 'y' },
      json: { type: 'boolean' },
      'no-llm': { type: 'boolean' },
      llm: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    await write(io.stdout, HELP_TEXTS.say);
    return 0;
  }
  const utterance = positionals.join(' ').trim();
  if (!utterance) {
    throw new UsageError(
      'say what? Give the command in quotes: hearth say "turn on the kitchen light"',
    );
  }
  const home = loadCliHome(values.home);
  const area = values.area ? resolveArea(home, values.area) : undefined;
  const planner = await openCliPlanner(home, {
    llm: values.llm,
    noLlm: values['no-llm'],
    notice: (message) => void write(io.stderr, `hearth say: ${message}\n`),
  });
  const assistant = new Assistant(home, { planner });
  try {
    const result = await assistant.handle(utterance, { area, yes: values.yes ?? false });
    if (values.json) {
      const { outcomes, reply } = result;
      await write(
        io.stdout,
        `${JSON.stringify({ plan: toPlanObject(result.plan), outcomes, reply })}\n`,
      );
    } else {
      await write(io.stdout, `${result.reply}\n`);
      if (result.held.length > 0) {
        await write(
          io.stdout,
          'Nothing that needs confirmation was done: run again with --yes to do it.\n',
        );
      }
    }
    const failed = result.outcomes.filter((o) => o.outcome === 'failed');
    const [first] = failed;
    if (first) {
      const count = `${failed.length} of ${result.outcomes.length} actions failed`;
      throw new HearthError(`${count}: ${first.error ?? 'no reason given'}`, 1);
    }
    return 0;
  } finally {
    await assistant.dispose();
    await planner.dispose();
  }
}
