import { accessSync, constants, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { WhisperBinaryMissingError } from './sttErrors.ts';

// scripts/buildWhisper.mjs builds hearth-whisper into build/whisper/<variant>/, one variant per
// CPU level, each with a stamp naming the CPU features it needs. This picks the fastest
// variant this CPU can run: a binary built for a newer CPU dies at once with SIGILL.

export interface LocateWhisperBinaryOptions {
  /** Default: the checkout's build/whisper/. */
  buildDir?: string;
  /** $HEARTH_WHISPER_BINARY names a binary to use as it is (a packaged app sets it). */
  env?: NodeJS.ProcessEnv;
  /** The CPU's feature flags; default: read from /proc/cpuinfo on Linux, else unknown (null). */
  cpuFlags?: ReadonlySet<string> | null;
}

export const BINARY_NAME = 'hearth-whisper';
export const DEFAULT_BUILD_DIR = resolve(
  fileURLToPath(new URL('../../../build/whisper/', import.meta.url)),
);

const stampSchema = z.object({
  variant: z.string(),
  requires: z.array(z.string()),
  arch: z.string(),
  platform: z.string(),
});

function readCpuFlags(): ReadonlySet<string> | null {
  if (process.platform !== 'linux') return null;
  try {
    const line = readFileSync('/proc/cpuinfo', 'utf8')
      .split('\n')
      .find((l) => /^(flags|Features)\s*:/.test(l));
    return line ? new Set(line.split(':')[1]?.trim().split(/\s+/)) : null;
  } catch {
    return null;
  }
}

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The absolute path of the hearth-whisper to run; throws WhisperBinaryMissingError if none. */
export function locateWhisperBinary(options: LocateWhisperBinaryOptions = {}): string {
  const env = options.env ?? process.env;
  const override = env.HEARTH_WHISPER_BINARY?.trim();
  if (override) {
    const file = resolve(override);
    if (!isExecutable(file)) {
      throw new WhisperBinaryMissingError(
        file,
        `${file} (from HEARTH_WHISPER_BINARY) is not an executable file`,
      );
    }
    return file;
  }
  const buildDir = resolve(options.buildDir ?? DEFAULT_BUILD_DIR);
  let folders: string[];
  try {
    folders = readdirSync(buildDir);
  } catch {
    folders = [];
  }
  const built = folders.flatMap((folder) => {
    const binary = join(buildDir, folder, BINARY_NAME);
    try {
      const stamp = stampSchema.parse(
        JSON.parse(readFileSync(join(buildDir, folder, `${BINARY_NAME}.stamp`), 'utf8')),
      );
      const here = stamp.arch === process.arch && stamp.platform === process.platform;
      return here && isExecutable(binary) ? [{ binary, stamp }] : [];
    } catch {
      return [];
    }
  });
  const flags = options.cpuFlags === undefined ? readCpuFlags() : options.cpuFlags;
  const runnable = built
    .filter(({ stamp }) => flags === null || stamp.requires.every((f) => flags.has(f)))
    // Known CPU: the most demanding build it can run is the fastest. Unknown: the safest.
    .sort((a, b) =>
      flags === null
        ? a.stamp.requires.length - b.stamp.requires.length
        : b.stamp.requires.length - a.stamp.requires.length,
    );
  const best = runnable[0];
  if (best) return best.binary;
  if (built.length > 0) {
    const names = built.map((b) => b.stamp.variant).join(', ');
    throw new WhisperBinaryMissingError(
      buildDir,
      `${BINARY_NAME} in ${buildDir} was built only for ${names}, which this CPU cannot run`,
    );
  }
  throw new WhisperBinaryMissingError(
    buildDir,
    `${BINARY_NAME} has not been built yet (looked in ${buildDir})`,
  );
}
