import { createInterface } from 'node:readline';
import { Assistant } from '../../assistant/Assistant.ts';
import type { DeviceState } from '../../core/state.ts';
import { write } from './CliIo.ts';
import type { CliIo } from './CliIo.ts';
import { formatState } from './formatState.ts';
import { HELP_TEXTS } from './helpTexts.ts';
import { loadCliHome, resolveArea } from './loadCliHome.ts';
import { parseCommandArgs } from './parseCommandArgs.ts';
import { reportError } from './reportError.ts';

// `npm start` until the desktop app exists: a text console over the same Assistant, so the
// whole path from words to device states can be tried by hand.

const QUIT = new Set(['quit', 'exit', 'bye', 'q']);

/** Runs the console until `quit` or the end of stdin; resolves with the exit code. */
export async function runConsole(argv: readonly string[], io: CliIo): Promise<number> {
  let assistant: Assistant | undefined;
  try {
    const { values } = parseCommandArgs('npm start --', {
      args: [...argv],
      options: {
        home: { type: 'string' },
        area: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
    if (values.help) {
      await write(io.stdout, HELP_TEXTS.start);
      return 0;
    }
    const home = loadCliHome(values.home);
    const area = values.area ? resolveArea(home, values.area) : undefined;
    const session = new Assistant(home);
    assistant = session;
    const names = new Map(home.devices.map((d) => [d.id, d.name]));
    const out = (text: string) => write(io.stdout, `${text}\n`);

    // Changes are collected while a command runs and shown under its reply.
    const changed = new Map<string, DeviceState>();
    session.devices.on('state', (id, state) => changed.set(id, state));
    const showChanges = async () => {
      for (const [id, state] of changed) {
        await out(`  ${names.get(id) ?? id} (${id}): ${formatState(state, home.unit)}`);
      }
      changed.clear();
    };
    session.timers.on('ring', (timer) => {
      void out(timer.name ? `The ${timer.name} timer is done.` : 'Your timer is done.');
    });

    const interactive = io.stdin.isTTY === true;
    const lines = createInterface({ input: io.stdin, crlfDelay: Infinity })[Symbol.asyncIterator]();
    const ask = async (prompt: string): Promise<string | undefined> => {
      if (interactive) await write(io.stdout, prompt);
      const next = await lines.next();
      return next.done ? undefined : next.value.trim();
    };

    await out(
      `Hearth text console: ${home.name ?? 'your home'}, ${home.devices.length} devices. ` +
        'Type a command such as "turn on the kitchen light", or devices, help, quit.',
    );
    for (;;) {
      const line = await ask('hearth> ');
      if (line === undefined || QUIT.has(line.toLowerCase())) break;
      if (!line) continue;
      if (line.toLowerCase() === 'help') {
        await write(io.stdout, HELP_TEXTS.start);
        continue;
      }
      if (line.toLowerCase() === 'devices') {
        const states = await session.devices.states();
        for (const d of home.devices) {
          const state = states[d.id] ?? { available: false };
          await out(`  ${d.name} (${d.id}): ${formatState(state, home.unit)}`);
        }
        changed.clear();
        continue;
      }
      changed.clear();
      const result = await session.handle(line, { area });
      await out(result.reply);
      await showChanges();
      if (result.held.length === 0) continue;
      // Piped input shows the question too, so a transcript reads like the conversation.
      if (!interactive) await out('Confirm? (y/N)');
      const answer = await ask('Confirm? (y/N) ');
      if (answer !== undefined && /^(y|yes)$/i.test(answer)) {
        const confirmed = await session.confirm(result.held);
        await out(confirmed.reply);
        await showChanges();
      } else {
        await out('OK, I left it as it was.');
      }
      if (answer === undefined) break;
    }
    await out('Bye.');
    return 0;
  } catch (error) {
    return reportError(error, 'npm start', io.stderr);
  } finally {
    await assistant?.dispose();
  }
}
