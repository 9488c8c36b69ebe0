import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { PushFrameSource } from '../../../src-main/hear/audio/PushFrameSource.ts';
import { WavFrameSource } from '../../../src-main/hear/audio/WavFrameSource.ts';
import { makeWav, tone } from './makeWav.ts';

// Microphone chunks of any size and rate become the same frames a WAV file would give.

async function collect(source: AsyncIterable<Float32Array>): Promise<Float32Array[]> {
  const frames: Float32Array[] = [];
  for await (const frame of source) frames.push(frame);
  return frames;
}

/** Deterministic chunk sizes between 1 and 2000, like an audio callback that varies. */
function* chunks(samples: Float32Array, channels: number): Generator<Float32Array> {
  let seed = 7;
  for (let at = 0; at < samples.length;) {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    const size = (1 + (seed % 2000)) * channels;
    yield samples.subarray(at, at + size);
    at += size;
  }
}

describe('PushFrameSource', () => {
  it('gives the same frames as the WAV path for the same 48 kHz stereo audio', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hearth-push-'));
    try {
      const samples = tone(48_000, 500, 0.7, 0.4, 2, [1, 0.5]);
      const path = join(dir, 'same.wav');
      writeFileSync(
        path,
        makeWav({ sampleRate: 48_000, channels: 2, encoding: 'float', bytesPerSample: 4 }, samples),
      );
      const mic = new PushFrameSource();
      assert.equal(mic.live, true);
      const reading = collect(mic);
      for (const chunk of chunks(samples, 2)) mic.push(chunk, 48_000, 2);
      mic.end();
      const frames = await reading;
      const fromFile = await collect(await WavFrameSource.open(path));
      assert.equal(frames.length, fromFile.length);
      frames.forEach((frame, i) => {
        const other = fromFile[i] ?? new Float32Array();
        for (let k = 0; k < frame.length; k++)
          assert.ok(Math.abs((frame[k] ?? 0) - (other[k] ?? 0)) < 1e-6, `frame ${i} sample ${k}`);
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('follows a change of rate mid-stream', async () => {
    const mic = new PushFrameSource({ frameSamples: 512 });
    const reading = collect(mic);
    mic.push(tone(44_100, 300, 1), 44_100);
    mic.push(tone(8000, 300, 1), 8000);
    mic.end();
    const frames = await reading;
    // One second at each rate: 32000 samples at 16 kHz, in 512-sample frames.
    assert.equal(frames.length, Math.ceil(32_000 / 512));
  });

  it('replaces NaN by silence, and nothing pushed after end() counts', async () => {
    const mic = new PushFrameSource({ frameSamples: 512 });
    const reading = collect(mic);
    mic.push(Float32Array.from([Number.NaN, 0.5, Number.POSITIVE_INFINITY, 0.5]), 16_000);
    mic.end();
    mic.push(new Float32Array(16_000), 16_000);
    const frames = await reading;
    assert.equal(frames.length, 1);
    assert.deepEqual([...(frames[0] ?? new Float32Array()).subarray(0, 4)], [0, 0.5, 0, 0.5]);
    assert.equal(mic.nonFiniteSamples, 2);
  });

  it('drops the oldest frames when nobody reads them, and counts them', async () => {
    const mic = new PushFrameSource({ frameSamples: 1600, maxQueuedSeconds: 1 });
    for (let i = 0; i < 30; i++) mic.push(new Float32Array(1600).fill(i / 100), 16_000);
    mic.end();
    const frames = await collect(mic);
    assert.equal(frames.length, 10);
    assert.equal(mic.droppedFrames, 20);
    assert.equal(frames[0]?.[0], Math.fround(0.2), 'the newest audio is kept');
  });

  it('close() ends a reader that is waiting', async () => {
    const mic = new PushFrameSource();
    const reading = collect(mic);
    await mic.close();
    assert.deepEqual(await reading, []);
  });
});
