import { HearthError, HomeFileError } from '../../core/errors.ts';
import { write } from './CliIo.ts';

/**
 * Prints what went wrong (one clear first line, then a home file's problems one per line)
 * and returns the exit code: 2 bad usage or input, 1 the work failed.
 */
export async function reportError(
  error: unknown,
  prefix: string,
  stderr: NodeJS.WritableStream,
): Promise<1 | 2> {
  if (error instanceof HomeFileError) {
    const n = error.problems.length;
    const problems = n === 1 ? '1 problem' : `${n} problems`;
    await write(
      stderr,
      `${prefix}: the home file ${error.file} cannot be used (${problems}); fix ${n === 1 ? 'it' : 'them'} and run again:\n${error.message}\n`,
    );
    return 2;
  }
  if (error instanceof HearthError) {
    await write(stderr, `${prefix}: ${error.message}\n`);
    return error.exitCode;
  }
  const message = error instanceof Error ? error.message : String(error);
  const stack = error instanceof Error && error.stack ? `${error.stack}\n` : '';
  await write(
    stderr,
    `${prefix}: unexpected error: ${message} (this is a bug; please report it)\n${stack}`,
  );
  return 1;
}
