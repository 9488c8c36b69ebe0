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
import { wakeOptions } from './wakeModels.ts';

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
        (e) => e instanceof WakeModelError && /not an openWakeWord wake model/.test(e.message),
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
});
