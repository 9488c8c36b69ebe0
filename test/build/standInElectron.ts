import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

// A stand-in for Electron's unpacked distribution, for packaging without the real binary
// (none can be downloaded here): an executable carrying Electron's fuse wire, so
// electron-builder's fuse flipping has something real to flip and the test can read the
// result back, and the version file electron-builder reads.

/** Electron's fuse sentinel (@electron/fuses constants.SENTINEL). */
export const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
/** Fuse wire v1 with eight fuses, as Electron ships them: only RunAsNode on ('1'). */
const FUSE_WIRE = `\x01\x08${'10111000'}`;

export function writeStandInElectron(dir: string, version: string): string {
  mkdirSync(dir, { recursive: true });
  const binary = join(dir, 'electron');
  writeFileSync(
    binary,
    `#!/bin/sh\n# Stand-in Electron for packaging tests; fuses: ${FUSE_SENTINEL}${FUSE_WIRE}\nexit 0\n`,
  );
  chmodSync(binary, 0o755);
  writeFileSync(join(dir, 'version'), version);
  writeFileSync(join(dir, 'LICENSE'), 'stand-in\n');
  return dir;
}
