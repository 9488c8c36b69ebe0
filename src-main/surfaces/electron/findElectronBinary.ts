import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

// Where an Electron binary is, found without loading the `electron` package: its index.js
// downloads the binary when it is missing (never wanted here: `npm start` and the tests
// must not reach out). The same places electron/index.js looks, in the same order.

export interface FindElectronOptions {
  /** The project folder holding node_modules/. */
  root: string;
  /** Default: process.env. */
  env?: NodeJS.ProcessEnv;
}

export type ElectronLookup =
  | { found: true; path: string; from: 'ELECTRON_PATH' | 'ELECTRON_OVERRIDE_DIST_PATH' | 'package' }
  | { found: false; reason: string };

const isFile = (path: string) => {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
};

/** ELECTRON_PATH, else node_modules/electron/path.txt inside dist/ (or the override dist). */
export function findElectronBinary(options: FindElectronOptions): ElectronLookup {
  const env = options.env ?? process.env;
  const explicit = env.ELECTRON_PATH?.trim();
  if (explicit) {
    const path = resolve(explicit);
    return isFile(path)
      ? { found: true, path, from: 'ELECTRON_PATH' }
      : { found: false, reason: `ELECTRON_PATH names ${path}, which is not a file` };
  }
  const packageDir = join(options.root, 'node_modules', 'electron');
  const pathFile = join(packageDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : undefined;
  const override = env.ELECTRON_OVERRIDE_DIST_PATH?.trim();
  if (override) {
    const path = resolve(override, relative || 'electron');
    return isFile(path)
      ? { found: true, path, from: 'ELECTRON_OVERRIDE_DIST_PATH' }
      : { found: false, reason: `ELECTRON_OVERRIDE_DIST_PATH holds no Electron binary at ${path}` };
  }
  if (!relative) {
    return { found: false, reason: 'the electron package has no binary (no path.txt)' };
  }
  const path = join(packageDir, 'dist', relative);
  return isFile(path)
    ? { found: true, path, from: 'package' }
    : { found: false, reason: `the electron package's binary ${path} is missing` };
}
