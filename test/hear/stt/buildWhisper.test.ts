import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { stat } from 'node:fs/promises';
import { before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { ensureWhisperBinary } from './support/ensureWhisperBinary.ts';

// scripts/buildWhisper.mjs (`npm run build:whisper`, and npm install's postinstall).

const SCRIPT = fileURLToPath(new URL('../../../scripts/buildWhisper.mjs', import.meta.url));

function build(args: string[], env: NodeJS.ProcessEnv = {}) {
  return new Promise<{ code: number; out: string }>((resolve) => {
    execFile(
      process.execPath,
      [SCRIPT, ...args],
      { env: { ...process.env, ...env } },
      (error, stdout, stderr) => {
        resolve({
          code: error ? Number((error as { code?: number }).code ?? 1) : 0,
          out: stdout + stderr,
        });
      },
    );
  });
}

describe('build:whisper', () => {
  let binary: string;
  before(async () => {
    binary = await ensureWhisperBinary();
  });

  it('does nothing when the build is up to date', async () => {
    const before = (await stat(binary)).mtimeMs;
    const run = await build([]);
    assert.equal(run.code, 0, run.out);
    assert.match(run.out, /is up to date/);
    assert.equal((await stat(binary)).mtimeMs, before);
  });

  it('says which compiler is missing and how to install it', async () => {
    const run = await build([], { CXX: 'hearth-no-such-compiler' });
    assert.equal(run.code, 1);
    assert.match(
      run.out,
      /"hearth-no-such-compiler" was not found; install them .*npm run build:whisper/,
    );
  });

  it('never fails npm install: the postinstall only explains how to build later', async () => {
    const run = await build(['--postinstall'], { CXX: 'hearth-no-such-compiler' });
    assert.equal(run.code, 0);
    assert.match(
      run.out,
      /speech to text was not built .*build it later with: npm run build:whisper/s,
    );
  });

  it('refuses unknown options and variants', async () => {
    assert.equal((await build(['--bogus'])).code, 2);
    const run = await build(['--variant', 'pentium-mmx']);
    assert.equal(run.code, 1);
    assert.match(run.out, /unknown variant "pentium-mmx".*choose one of/);
  });
});
