import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { locateWhisperBinary } from '../../../../src-main/hear/stt/locateWhisperBinary.ts';

// The tests run the real hearth-whisper. `npm install` builds it (postinstall); when that was
// skipped (--ignore-scripts) the first test to need it builds it here, once: the build is
// cached in build/whisper/ and concurrent test files wait on the build script's lock.

const BUILD_SCRIPT = fileURLToPath(
  new URL('../../../../scripts/buildWhisper.mjs', import.meta.url),
);

let built: Promise<string> | undefined;

/** The absolute path of a hearth-whisper this machine can run, building it if needed. */
export function ensureWhisperBinary(): Promise<string> {
  built ??= promisify(execFile)(process.execPath, [BUILD_SCRIPT, '--quiet'], {
    maxBuffer: 16 * 1024 * 1024,
  }).then(() => locateWhisperBinary());
  return built;
}
