import { UsageError } from '../../core/errors.ts';
import { write } from './CliIo.ts';
import type { CliIo } from './CliIo.ts';
import { devicesCommand } from './devicesCommand.ts';
import { HELP_TEXTS } from './helpTexts.ts';
import { homeCommand } from './homeCommand.ts';
import { hubCommand } from './hubCommand.ts';
import { listenCommand } from './listenCommand.ts';
import { modelsCommand } from './modelsCommand.ts';
import { pairCommand } from './pairCommand.ts';
import { planCommand } from './planCommand.ts';
import { reportError } from './reportError.ts';
import { sayCommand } from './sayCommand.ts';
import { transcribeCommand } from './transcribeCommand.ts';

// The `hearth` command line (../shared/spec/cli.md). transcribe, listen, hub and models
// come with later issues.

type Command = (args: string[], io: CliIo) => Promise<number>;

type CommandName =
  'plan' | 'say' | 'devices' | 'home' | 'pair' | 'models' | 'hub' | 'transcribe' | 'listen';

const COMMANDS: Readonly<Record<CommandName, Command>> = {
  hub: hubCommand,
  models: modelsCommand,
  plan: planCommand,
  say: sayCommand,
  devices: devicesCommand,
  home: homeCommand,
  pair: pairCommand,
  transcribe: transcribeCommand,
  listen: listenCommand,
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
    return await COMMANDS[command]([...args], io);
  } catch (error) {
    return reportError(error, prefix, io.stderr);
  }
}
