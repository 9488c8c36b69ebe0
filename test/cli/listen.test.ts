import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { main } from '../../src-main/surfaces/cli/main.ts';
import { speechFixture } from '../fixtures/speech.ts';
import type { SpeechFixture } from '../fixtures/speech.ts';
import { writeEmptyWhisperModel } from '../fixtures/whisperModel.ts';
import { ensureWhisperBinary } from '../hear/stt/support/ensureWhisperBinary.ts';

// `hearth listen --wav FILE --json` (cli.md's contract): the real launcher spawned twice
// (without a speech model, and with an empty whisper model), the rest in-process.

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const HOME_YAML = `
default_area: kitchen
areas:
  - { id: kitchen, name: Kitchen }
  - { id: hall, name: Hall }
devices:
  - { id: kitchen_light, name: Kitchen light, area: kitchen, type: light }
  - { id: front_door, name: Front door, area: hall, type: lock }
`;

let dir = '';
let homeFile = '';
let noModels = '';
let fixture: SpeechFixture;
let savedModelsDir: string | undefined;

function hearth(args: string[], env: NodeJS.ProcessEnv = {}) {
  const child = spawn(process.execPath, [join(ROOT, 'bin', 'hearth.mjs'), ...args], {
    cwd: dir,
    env: { ...process.env, HEARTH_MODELS_DIR: noModels, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
  return new Promise<{ code: number | null; events: Record<string, unknown>[]; err: string }>(
    (resolve) =>
      child.on('close', (code) =>
        resolve({
          code,
          events: out
            .split('\n')
            .filter(Boolean)
            .map((l) => JSON.parse(l) as Record<string, unknown>),
          err,
        }),
      ),
  );
}

async function inProcess(argv: string[]) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const code = await main(argv, { stdin: Readable.from(['']), stdout, stderr });
  return { code, out, errLines: err.split('\n').filter(Boolean) };
}

const isNumber = (value: unknown) => typeof value === 'number' && Number.isFinite(value);

describe('hearth listen', { timeout: 600_000 }, () => {
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'hearth-listen-'));
    homeFile = join(dir, 'home.yaml');
    noModels = join(dir, 'no-models');
    mkdirSync(noModels);
    writeFileSync(homeFile, HOME_YAML);
    // In-process runs too must not find a speech model installed on this machine.
    savedModelsDir = process.env.HEARTH_MODELS_DIR;
    process.env.HEARTH_MODELS_DIR = noModels;
    fixture = speechFixture({
      parts: [
        { silence: 1 },
        { say: 'turn on the kitchen light' },
        { silence: 1.5 },
        { say: 'lock the front door' },
        { silence: 1.5 },
      ],
      noise: 'white',
    });
  });
  after(() => {
    if (savedModelsDir === undefined) delete process.env.HEARTH_MODELS_DIR;
    else process.env.HEARTH_MODELS_DIR = savedModelsDir;
    rmSync(dir, { recursive: true, force: true });
  });

  it('--wav --json without a speech model: speech events on stdout, one plain notice on stderr', async () => {
    const { code, events, err } = await hearth([
      'listen',
      '--home',
      homeFile,
      '--wav',
      fixture.path,
      '--json',
    ]);
    assert.equal(code, 0, err);
    assert.deepEqual(
      events.map((e) => e.event),
      ['speech_start', 'speech_end', 'speech_start', 'speech_end'],
    );
    for (const [i, truth] of fixture.utterances.entries()) {
      const start = events[2 * i] ?? {};
      const end = events[2 * i + 1] ?? {};
      assert.deepEqual(Object.keys(start), ['event', 't']);
      assert.deepEqual(Object.keys(end), ['event', 't', 'detected_t', 'confirmed_t', 'elapsed_ms']);
      assert.ok([end.t, end.detected_t, end.confirmed_t, end.elapsed_ms].every(isNumber));
      assert.ok(Math.abs((start.t as number) - truth.start) <= 0.25);
      assert.ok(Math.abs((end.t as number) - truth.end) <= 0.5);
      assert.ok((end.detected_t as number) >= (end.t as number));
    }
    const lines = err.split('\n').filter(Boolean);
    assert.equal(lines.length, 1);
    assert.match(
      lines[0] ?? '',
      /^hearth listen: no speech model is installed, so what is said cannot be transcribed .*hearth models download tiny\.en/,
    );
  });

  it('--wav --json with an (empty) whisper model: a transcript per utterance, empty, and no action', async () => {
    const binary = await ensureWhisperBinary();
    const model = await writeEmptyWhisperModel(join(dir, 'empty-tiny.en.bin'));
    const { code, events, err } = await hearth(
      ['listen', '--home', homeFile, '--wav', fixture.path, '--json', '--model', model],
      {
        HEARTH_WHISPER_BINARY: binary,
      },
    );
    assert.equal(code, 0, err);
    assert.deepEqual(
      events.map((e) => e.event),
      ['speech_start', 'speech_end', 'transcript', 'speech_start', 'speech_end', 'transcript'],
    );
    for (const transcript of events.filter((e) => e.event === 'transcript')) {
      assert.equal(transcript.text, '');
      assert.ok(isNumber(transcript.elapsed_ms));
    }
    assert.equal(err, '');
  });

  it('refuses unreadable audio (exit 2) and a missing --wav, with one line that says what to do', async () => {
    const empty = join(dir, 'empty.wav');
    writeFileSync(empty, '');
    const bad = await inProcess(['listen', '--home', homeFile, '--wav', empty, '--json']);
    assert.equal(bad.code, 2);
    assert.deepEqual(bad.errLines, [
      `hearth listen: ${empty} is not a WAV file (it is empty); Hearth reads WAV audio: convert it first (for example: ffmpeg -i ${empty} -ar 16000 -ac 1 out.wav)`,
    ]);
    assert.equal(bad.out, '');
    const noWav = await inProcess(['listen', '--home', homeFile]);
    assert.equal(noWav.code, 2);
    assert.match(
      noWav.errLines[0] ?? '',
      /^hearth listen: listening to the microphone comes with the desktop app .*--wav AUDIO\.wav$/,
    );
    const help = await inProcess(['listen', '--help']);
    assert.equal(help.code, 0);
    assert.match(help.out, /^Usage: hearth listen /);
  });

  it('in text mode, says what it heard', async () => {
    const result = await inProcess(['listen', '--home', homeFile, '--wav', fixture.path]);
    assert.equal(result.code, 0);
    assert.match(
      result.out,
      /^\[1\.\d\d s\] speech\n\[2\.\d\d s\] end of speech \(noticed at 2\.\d\d s\)\n/,
    );
  });
});
