#!/usr/bin/env node
// `npm start`. The desktop app comes in a later issue; until then this starts Hearth's text
// console on the demo home (or --home FILE). Plain JavaScript: tsx compiles the sources.
import { URL, fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

register({ tsconfig: fileURLToPath(new URL('../tsconfig.json', import.meta.url)) });

// A reader that stops early (`npm start | head`) is not an error worth a stack trace.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

const { runConsole } = await import('../src-main/surfaces/cli/runConsole.ts');
process.exitCode = await runConsole(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
});
