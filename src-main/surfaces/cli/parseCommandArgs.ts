import { parseArgs } from 'node:util';
import type { ParseArgsConfig } from 'node:util';
import { UsageError } from '../../core/errors.ts';

// node:util's parseArgs, with its errors turned into one line that says what to do.

type Parsed<T extends ParseArgsConfig> = ReturnType<typeof parseArgs<T>>;

/** `program` is how the user typed the command ("hearth plan"), for the hint about --help. */
export function parseCommandArgs<T extends ParseArgsConfig>(program: string, config: T): Parsed<T> {
  try {
    return parseArgs(config);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    const message = error instanceof Error ? error.message : String(error);
    const quoted = /'([^']+)'/.exec(message)?.[1] ?? '';
    const option = quoted.split(' ')[0] ?? quoted;
    const help = `run "${program} --help" to see how to use it`;
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      throw new UsageError(`unknown option ${option}; ${help}`);
    }
    if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') {
      throw new UsageError(`unexpected argument "${quoted}"; ${help}`);
    }
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      if (/argument missing|ambiguous/.test(message)) {
        throw new UsageError(`the option ${option} needs a value after it; ${help}`);
      }
      throw new UsageError(`the option ${option} takes no value; ${help}`);
    }
    throw new UsageError(`${message}; ${help}`);
  }
}
