import { UsageError } from '../../core/errors.ts';
import { write } from './CliIo.ts';
import type { CliIo } from './CliIo.ts';
import { HELP_TEXTS } from './helpTexts.ts';
import { reportError } from './reportError.ts';

// The `hearth` command line (../shared/spec/cli.md).

type Command = (args: string[], io: CliIo) => Promise<number>;

type CommandName =
  'plan' | 'say' | 'devices' | 'home' | 'pair' | 'models' | 'hub' | 'transcribe' | 'listen';

// Each command is loaded when it runs: `hearth plan` starts without the hub, the audio
// pipeline and the model runtimes the other commands need.
const COMMANDS: Readonly<Record<CommandName, () => Promise<Command>>> = {
  hub: async () => (await import('./hubCommand.ts')).hubCommand,
  models: async () => (await import('./modelsCommand.ts')).modelsCommand,
  plan: async () => (await import('./planCommand.ts')).planCommand,
  say: async () => (await import('./sayCommand.ts')).sayCommand,
  devices: async () => (await import('./devicesCommand.ts')).devicesCommand,
  home: async () => (await import('./homeCommand.ts')).homeCommand,
  pair: async () => (await import('./pairCommand.ts')).pairCommand,
  transcribe: async () => (await import('./transcribeCommand.ts')).transcribeCommand,
  listen: async () => (await import('./listenCommand.ts')).listenCommand,
};

const isCommand = (name: string | undefined): name is CommandName =>
  name !== undefined && Object.hasOwn(COMMANDS, name);

/** Runs `hearth` with the arguments after the program name; resolves with the exit code. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...args] = argv;
  const prefix = isCommand(command) ? `hearth ${command}` : 'hearth';
  try {
    if (command === undefined || command === '--help' || command === '-h') {
      await write(io.stdout, HELP_TEXTS.hearth);
      return 0;
    }
    if (command === 'help') {
      const [topic, ...extra] = args;
      if (topic === undefined || topic === '--help' || topic === '-h' || topic === 'help') {
        await write(io.stdout, topic === undefined ? HELP_TEXTS.hearth : HELP_TEXTS.help);
        return 0;
      }
      if (!isCommand(topic) || extra.length > 0) {
        throw new UsageError(
          `there is no command "${args.join(' ')}"; run "hearth help" to see the commands`,
        );
      }
      await write(io.stdout, HELP_TEXTS[topic]);
      return 0;
    }
    if (command.startsWith('-')) {
      throw new UsageError(
        `the command comes first, then its options (hearth plan --home FILE); run "hearth help" to see the commands`,
      );
    }
    if (!isCommand(command)) {
      throw new UsageError(`unknown command "${command}"; run "hearth help" to see the commands`);
    }
    const run = await COMMANDS[command]();
    return await run([...args], io);
  } catch (error) {
    return reportError(error, prefix, io.stderr);
  }
}
