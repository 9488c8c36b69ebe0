import assert from 'node:assert/strict';
import { writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { WakeModelError } from '../../../src-main/hear/wake/WakeModelError.ts';
import { WakeWordDetector } from '../../../src-main/hear/wake/WakeWordDetector.ts';
import type { WakeDetection } from '../../../src-main/hear/wake/WakeWordDetector.ts';
import { noiseFixture, readFixture, speechFixture } from '../../fixtures/speech.ts';
import type { FixtureSpec } from '../../fixtures/speech.ts';
import { WAKE_MODELS_DIR, wakeOptions } from './wakeModels.ts';

// The real "hey jarvis" model on espeak-ng speech (Debian packages espeak-ng and sox), fed in
// the voice detector's 1536-sample frames, as the pipeline does.

let detector: WakeWordDetector;

async function listen(path: string): Promise<WakeDetection[]> {
  detector.reset();
  const audio = readFixture(path);
  const found: WakeDetection[] = [];
  for (let i = 0; i < audio.length; i += 1536)
    found.push(...(await detector.process(audio.subarray(i, i + 1536))));
  return found;
}

const said = (
  say: string,
  voice?: string,
  speed?: number,
  noise?: 'white' | 'pink',
): FixtureSpec => ({
  parts: [
    { silence: 1 },
    { say, ...(voice ? { voice } : {}), ...(speed ? { speed } : {}) },
    { silence: 1.5 },
  ],
  ...(noise ? { noise } : {}),
});

describe('WakeWordDetector (openWakeWord, real models)', () => {
  before(async () => {
    detector = await WakeWordDetector.load(wakeOptions('hey_jarvis'));
  });
  after(() => detector.dispose());

  const positives: [string, FixtureSpec][] = [];
  for (const voice of ['en-us', 'en-us+f3', 'en-gb-x-rp'])
    for (const speed of [130, 160]) {
      positives.push([`${voice} at ${speed}, alone`, said('hey jarvis', voice, speed)]);
      positives.push([
        `${voice} at ${speed}, in one breath with a command`,
        said('hey jarvis, turn on the kitchen light', voice, speed),
      ]);
    }
  positives.push(['with white noise', said('hey jarvis', 'en-us', 160, 'white')]);
  positives.push([
    'with pink noise, then a command',
    said('hey jarvis, lock the front door', 'en-us+m3', 160, 'pink'),
  ]);

  for (const [name, spec] of positives) {
    it(`hears "hey jarvis": ${name}, once, soon after the word`, async () => {
      const fixture = speechFixture(spec);
      const found = await listen(fixture.path);
      assert.equal(found.length, 1, JSON.stringify(found));
      const wake = found[0]!;
      assert.equal(wake.word, 'hey_jarvis');
      assert.ok(wake.score >= 0.5);
      const u = fixture.utterances[0]!;
      assert.ok(
        wake.t > u.start + 0.3 && wake.t < u.start + 1.6,
        `wake at ${wake.t}, speech from ${u.start}`,
      );
    });
  }

  const negatives: [string, string][] = [
    ['a command without it', speechFixture(said('turn on the kitchen light')).path],
    [
      'other speech',
      speechFixture({
        parts: [
          { silence: 0.5 },
          { say: 'the weather today is cloudy with a chance of rain later in the evening' },
          { silence: 0.5 },
          { say: 'she said she would call her sister on the weekend' },
          { silence: 1 },
        ],
        noise: 'pink',
      }).path,
    ],
    ['a similar phrase', speechFixture(said('hey harvey, is it raining')).path],
    ['white noise', noiseFixture('white', 5)],
    ['silence', noiseFixture('silence', 5)],
  ];
  for (const [name, path] of negatives) {
    it(`stays quiet on ${name}`, async () => {
      assert.deepEqual(await listen(path), []);
    });
  }

  it('reports the same word once within the refractory period', async () => {
    const fixture = speechFixture({
      parts: [
        { silence: 1 },
        { say: 'hey jarvis' },
        { silence: 0.3 },
        { say: 'hey jarvis' },
        { silence: 3 },
        { say: 'hey jarvis' },
        { silence: 1.5 },
      ],
    });
    const found = await listen(fixture.path);
    assert.equal(found.length, 2, JSON.stringify(found));
  });

  it('tells a file that is not an openWakeWord model in plain words', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hearth-wake-'));
    try {
      const junk = join(dir, 'junk.onnx');
      writeFileSync(junk, 'not a model');
      const options = wakeOptions('hey_jarvis');
      await assert.rejects(
        WakeWordDetector.load({ ...options, words: [{ name: 'junk', file: junk }] }),
        (e) =>
          e instanceof WakeModelError &&
          /junk\.onnx/.test(e.message) &&
          /not a valid ONNX/.test(e.message),
      );
      // A real ONNX model of the wrong kind: the embedding model given as a wake word.
      await assert.rejects(
        WakeWordDetector.load({ ...options, words: [{ name: 'x', file: options.embeddingFile }] }),
        (e) =>
          e instanceof WakeModelError &&
          e.message.includes(options.embeddingFile) &&
          /not an openWakeWord wake model: its input is shaped \[\w+, 76, 32, 1\]/.test(e.message),
      );
      // openWakeWord's timer model: the right input, but one score per phrase (7 of them).
      const timer = join(WAKE_MODELS_DIR, 'timer_v0.1.onnx');
      await assert.rejects(
        WakeWordDetector.load({ ...options, words: [{ name: 'timer', file: timer }] }),
        (e) =>
          e instanceof WakeModelError &&
          e.message.includes(timer) &&
          /gives 7 scores/.test(e.message),
      );
      await assert.rejects(
        WakeWordDetector.load({
          ...options,
          words: [{ name: 'x', file: join(dir, 'missing.onnx') }],
        }),
        (e) => e instanceof WakeModelError && /cannot be read/.test(e.message),
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('runs a model that scores another number of embeddings, as its input shape says', async () => {
    // openWakeWord's weather model takes the last 22 embeddings, not 16.
    const options = wakeOptions('hey_jarvis');
    const weather = join(WAKE_MODELS_DIR, 'weather_v0.1.onnx');
    const detector = await WakeWordDetector.load({
      ...options,
      words: [...options.words, { name: 'weather', file: weather }],
    });
    try {
      const found = await detector.process(new Float32Array(16000 * 2));
      assert.deepEqual(found, []);
      const score = detector.lastScores.get('weather');
      assert.ok(score !== undefined && score >= 0 && score < 0.5, String(score));
      assert.ok((detector.lastScores.get('hey_jarvis') ?? 1) < 0.5);
    } finally {
      await detector.dispose();
    }
  });
});
