import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { after, before, describe, it } from 'node:test';
import { main } from '../../src-main/surfaces/cli/main.ts';
import { speechFixture } from '../fixtures/speech.ts';
import { WAKE_MODELS_DIR } from '../hear/wake/wakeModels.ts';

// `hearth listen --wav F --wake NAME|FILE.onnx --json` (cli.md): the wake event's shape, a
// name found in the models folder, a file with its feature models beside it, plain errors.

let dir = '';
let homeFile = '';
let saved: string | undefined;

async function hearth(argv: string[]) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const code = await main(argv, { stdin: Readable.from(['']), stdout, stderr });
  const events = out
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, unknown>);
  return { code, events, err };
}

describe('hearth listen --wake', { timeout: 120_000 }, () => {
  let wav = '';
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'hearth-listen-wake-'));
    homeFile = join(dir, 'home.yaml');
    writeFileSync(
      homeFile,
      'areas: [{ id: kitchen, name: Kitchen }]\ndevices: [{ id: kitchen_light, name: Kitchen light, area: kitchen, type: light }]\n',
    );
    const models = join(dir, 'models');
    mkdirSync(join(models, 'openwakeword'), { recursive: true });
    for (const f of ['hey_jarvis_v0.1.onnx', 'melspectrogram.onnx', 'embedding_model.onnx'])
      copyFileSync(join(WAKE_MODELS_DIR, f), join(models, 'openwakeword', f));
    saved = process.env.HEARTH_MODELS_DIR;
    process.env.HEARTH_MODELS_DIR = models;
    wav = speechFixture({
      parts: [
        { silence: 1 },
        { say: 'hey jarvis' },
        { silence: 1 },
        { say: 'turn on the kitchen light' },
        { silence: 1.5 },
      ],
    }).path;
  });
  after(() => {
    if (saved === undefined) delete process.env.HEARTH_MODELS_DIR;
    else process.env.HEARTH_MODELS_DIR = saved;
    rmSync(dir, { recursive: true, force: true });
  });

  for (const [how, wake] of [
    ['an installed name', 'hey_jarvis'],
    ['a file with its feature models beside it', join(WAKE_MODELS_DIR, 'hey_jarvis_v0.1.onnx')],
  ] as const) {
    it(`prints a wake event for ${how}`, async () => {
      const { code, events, err } = await hearth([
        'listen',
        '--home',
        homeFile,
        '--wav',
        wav,
        '--wake',
        wake,
        '--json',
      ]);
      assert.equal(code, 0, err);
      const wakes = events.filter((e) => e.event === 'wake');
      assert.equal(wakes.length, 1, JSON.stringify(events));
      const [w] = wakes;
      assert.deepEqual(Object.keys(w!).sort(), ['event', 'score', 't', 'word']);
      assert.equal(w!.word, 'hey_jarvis');
      assert.ok(typeof w!.t === 'number' && w!.t > 1 && w!.t < 3);
      assert.ok(typeof w!.score === 'number' && w!.score >= 0.5 && w!.score <= 1);
      assert.ok(
        events.findIndex((e) => e.event === 'wake') <
          events.findLastIndex((e) => e.event === 'speech_start'),
      );
    });
  }

  it('says plainly when the wake word is not installed, exit 2', async () => {
    const { code, err } = await hearth([
      'listen',
      '--home',
      homeFile,
      '--wav',
      wav,
      '--wake',
      'alexa',
      '--json',
    ]);
    assert.equal(code, 2);
    assert.match(err, /wake-word model alexa cannot be used: it is not installed/);
  });
});
