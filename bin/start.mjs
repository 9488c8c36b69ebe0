#!/usr/bin/env node
// `npm start`: Hearth's desktop app where an Electron binary exists (ELECTRON_PATH, or the
// electron package's own binary); elsewhere one line on stderr says how to get one and that
// `npm run hearth -- hub` shows the same interface in a browser, then the text console
// starts, so `npm start` stays useful on any machine. `--console` asks for the console
// directly. Nothing is ever downloaded: the electron package is never loaded (loading it
// fetches its binary). Plain JavaScript: tsx compiles the sources as they are imported.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { URL, fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
register({ tsconfig: fileURLToPath(new URL('../tsconfig.json', import.meta.url)) });

// A reader that stops early (`npm start | head`) is not an error worth a stack trace.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

const argv = process.argv.slice(2);
const wantsConsole = argv.includes('--console') || argv.includes('--help') || argv.includes('-h');
const args = argv.filter((arg) => arg !== '--console');

const { findElectronBinary } = await import('../src-main/surfaces/electron/findElectronBinary.ts');
const electron = wantsConsole ? undefined : findElectronBinary({ root: ROOT });

if (electron?.found) {
  const { buildDesktop } = await import('../scripts/buildDesktop.mjs');
  const outDir = await buildDesktop();
  const child = spawn(electron.path, [join(outDir, 'main.mjs'), ...args], { stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => {
    process.exitCode = code ?? (signal ? 1 : 0);
  });
} else {
  if (electron && !electron.found) {
    process.stderr.write(
      `No Electron binary here (${electron.reason}): set ELECTRON_PATH to one, or run "node node_modules/electron/install.js" where GitHub is reachable; "npm run hearth -- hub" shows the same interface in a browser. Starting the text console.\n`,
    );
  }
  const { runConsole } = await import('../src-main/surfaces/cli/runConsole.ts');
  process.exitCode = await runConsole(args, {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
  });
}
