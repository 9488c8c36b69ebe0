import assert from 'node:assert/strict';
import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { locateWhisperBinary } from '../../../src-main/hear/stt/locateWhisperBinary.ts';
import { WhisperBinaryMissingError } from '../../../src-main/hear/stt/sttErrors.ts';

describe('locateWhisperBinary', () => {
  let dir: string;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'hearth-stt-locate-'));
  });
  after(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  const fakeBuild = async (buildDir: string, variant: string, requires: string[]) => {
    await mkdir(join(buildDir, variant), { recursive: true });
    const binary = join(buildDir, variant, 'hearth-whisper');
    await writeFile(binary, '');
    await chmod(binary, 0o755);
    const stamp = { variant, requires, arch: process.arch, platform: process.platform };
    await writeFile(join(buildDir, variant, 'hearth-whisper.stamp'), JSON.stringify(stamp));
    return binary;
  };

  it('says to run npm run build:whisper when nothing is built', () => {
    assert.throws(
      () => locateWhisperBinary({ buildDir: join(dir, 'none'), env: {} }),
      (error: unknown) =>
        error instanceof WhisperBinaryMissingError &&
        error.exitCode === 1 &&
        /has not been built yet.*npm run build:whisper/.test(error.message),
    );
  });

  it('picks the fastest build the CPU can run', async () => {
    const buildDir = join(dir, 'two');
    const v3 = await fakeBuild(buildDir, 'fast', ['avx2', 'fma']);
    const v2 = await fakeBuild(buildDir, 'safe', ['sse4_2']);
    const pick = (flags: string[] | null) =>
      locateWhisperBinary({ buildDir, env: {}, cpuFlags: flags && new Set(flags) });
    assert.equal(pick(['sse4_2', 'avx2', 'fma']), v3);
    assert.equal(pick(['sse4_2']), v2);
    assert.equal(pick(null), v2, 'an unknown CPU gets the safest build');
    assert.throws(() => pick(['neon']), /cannot run.*npm run build:whisper/);
  });

  it('uses HEARTH_WHISPER_BINARY as it is, and checks it', async () => {
    const binary = await fakeBuild(join(dir, 'env'), 'x', []);
    assert.equal(locateWhisperBinary({ env: { HEARTH_WHISPER_BINARY: binary } }), binary);
    assert.throws(
      () => locateWhisperBinary({ env: { HEARTH_WHISPER_BINARY: join(dir, 'missing') } }),
      WhisperBinaryMissingError,
    );
  });
});
