// Runs `hearth` in-process with in-memory stdin/stdout/stderr, for command-line tests.
import { PassThrough, Readable } from 'node:stream';
import { main } from '../../src-main/surfaces/cli/main.ts';

export interface CliRun {
  code: number;
  out: string;
  err: string;
  /** stderr's non-empty lines. */
  errLines: string[];
}

export async function runCli(argv: string[], input = ''): Promise<CliRun> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const code = await main(argv, { stdin: Readable.from([input]), stdout, stderr });
  return { code, out, err, errLines: err.split('\n').filter(Boolean) };
}
