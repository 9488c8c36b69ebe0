import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { writeEmptyWhisperModel } from '../../fixtures/whisperModel.ts';
import { ensureWhisperBinary } from './support/ensureWhisperBinary.ts';
import {
  SPEECH_TOOLS_MISSING,
  hasSpeechTools,
  speech,
  tone,
  writeWav,
} from './support/speechAudio.ts';

// `hearth transcribe`, run as a user runs it: node bin/hearth.mjs.

const BIN = fileURLToPath(new URL('../../../bin/hearth.mjs', import.meta.url));

interface Result {
  code: number;
  stdout: string;
  stderr: string;
}

function hearth(args: string[], env: NodeJS.ProcessEnv = {}): Promise<Result> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      { env: { ...process.env, ...env } },
      (error, stdout, stderr) => {
        const code = error ? Number((error as { code?: number }).code ?? 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

describe('hearth transcribe', () => {
  let dir: string;
  let model: string;
  let wav: string;
  before(async () => {
    await ensureWhisperBinary();
    dir = await mkdtemp(join(tmpdir(), 'hearth-stt-cli-'));
    model = await writeEmptyWhisperModel(join(dir, 'tiny.en.bin'));
    wav = await writeWav(join(dir, 'tone.wav'), tone(2));
  });
  after(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('prints the contract JSON with --json', async () => {
    const run = await hearth(['transcribe', '--model', model, '--json', wav]);
    assert.equal(run.code, 0, run.stderr);
    const lines = run.stdout.trim().split('\n');
    assert.equal(lines.length, 1);
    const out = JSON.parse(lines[0] ?? '') as Record<string, unknown>;
    assert.deepEqual(Object.keys(out).sort(), ['audio_seconds', 'elapsed_ms', 'segments', 'text']);
    assert.equal(out.text, '');
    assert.deepEqual(out.segments, []);
    assert.equal(out.audio_seconds, 2);
    assert.equal(typeof out.elapsed_ms, 'number');
  });

  it('transcribes a spoken command file (an empty model hears no words)', async (t) => {
    if (!(await hasSpeechTools())) return t.skip(SPEECH_TOOLS_MISSING);
    const spoken = await speech(dir, 'lamp', 'switch off the reading lamp');
    const run = await hearth(['transcribe', '--json', '--model', model, spoken.wav]);
    assert.equal(run.code, 0, run.stderr);
    assert.equal((JSON.parse(run.stdout) as { text: string }).text, '');
    const plain = await hearth(['transcribe', '--model', model, spoken.wav]);
    assert.equal(plain.code, 0);
    assert.equal(plain.stdout, '');
    assert.match(plain.stderr, /no speech was recognised/);
  });

  it('exits 1 with how to get a model when the model is missing', async () => {
    const run = await hearth(['transcribe', '--model', join(dir, 'nope.bin'), wav]);
    assert.equal(run.code, 1);
    assert.equal(run.stderr.trim().split('\n').length, 1);
    assert.match(
      run.stderr,
      /^hearth transcribe: .*does not exist; get one with: hearth models download tiny\.en/,
    );

    const empty = join(dir, 'no-models');
    await mkdir(empty);
    const none = await hearth(['transcribe', wav], { HEARTH_MODELS_DIR: empty });
    assert.equal(none.code, 1);
    assert.match(
      none.stderr,
      /no speech model is installed; get one with: hearth models download tiny\.en/,
    );
  });

  it('exits 2 for audio it cannot read, and for bad usage', async () => {
    const junk = join(dir, 'junk.wav');
    await writeFile(junk, 'this is not audio at all, just text in a .wav file');
    const bad = await hearth(['transcribe', '--model', model, junk]);
    assert.equal(bad.code, 2, bad.stderr);
    assert.match(bad.stderr, /^hearth transcribe: /);
    assert.equal((await hearth(['transcribe', '--model', model, join(dir, 'gone.wav')])).code, 2);
    assert.equal((await hearth(['transcribe', '--model', model])).code, 2);
    assert.equal((await hearth(['transcribe', '--bogus', wav])).code, 2);
  });

  it('prints its help', async () => {
    const run = await hearth(['transcribe', '--help']);
    assert.equal(run.code, 0);
    assert.match(run.stdout, /^Usage: hearth transcribe \[--model FILE\] \[--json\] AUDIO\.wav/);
  });
});
