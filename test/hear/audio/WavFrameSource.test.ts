import assert from 'node:assert/strict';
import { closeSync, mkdtempSync, openSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { readWavFile } from '../../../src-main/hear/audio/readWavFile.ts';
import { WavFrameSource } from '../../../src-main/hear/audio/WavFrameSource.ts';
import { makeWav, tone } from './makeWav.ts';

// A WAV file as fixed-size 16 kHz frames, read a block at a time.

let dir = '';

async function collect(source: WavFrameSource): Promise<Float32Array[]> {
  const frames: Float32Array[] = [];
  for await (const frame of source) frames.push(frame);
  return frames;
}

describe('WavFrameSource', () => {
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'hearth-frames-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('hands out fixed-size frames, new arrays each time, the last one padded with silence', async () => {
    const path = join(dir, 'short.wav');
    writeFileSync(
      path,
      makeWav(
        { sampleRate: 48_000, channels: 2, encoding: 'int', bytesPerSample: 2 },
        tone(48_000, 300, 0.5, 0.5, 2),
      ),
    );
    const source = await WavFrameSource.open(path, { frameSamples: 1536, readFrames: 1000 });
    assert.equal(source.live, false);
    assert.equal(source.info.outputSamples, 8000);
    const frames = await collect(source);
    assert.equal(frames.length, Math.ceil(8000 / 1536));
    assert.ok(frames.every((f) => f.length === 1536));
    assert.equal(
      new Set(frames.map((f) => f.buffer)).size,
      frames.length,
      'no frame shares memory with another',
    );
    const last = frames.at(-1) ?? new Float32Array();
    assert.ok(
      last.subarray(8000 - 1536 * 5).every((s) => s === 0),
      'padding is silence',
    );
    const joined = new Float32Array(frames.length * 1536);
    frames.forEach((f, i) => joined.set(f, i * 1536));
    assert.deepEqual(joined.subarray(0, 8000), (await readWavFile(path)).audio);
  });

  it('paced like a microphone, it is live and hands out the same frames', async () => {
    const path = join(dir, 'paced.wav');
    writeFileSync(
      path,
      makeWav(
        { sampleRate: 16_000, channels: 1, encoding: 'int', bytesPerSample: 2 },
        tone(16_000, 300, 0.3),
      ),
    );
    const paced = await WavFrameSource.open(path, { realtime: true });
    assert.equal(paced.live, true);
    assert.deepEqual(await collect(paced), await collect(await WavFrameSource.open(path)));
  });

  it('can be read once, and closed early', async () => {
    const path = join(dir, 'once.wav');
    writeFileSync(
      path,
      makeWav(
        { sampleRate: 16_000, channels: 1, encoding: 'int', bytesPerSample: 2 },
        tone(16_000, 300, 1),
      ),
    );
    const source = await WavFrameSource.open(path);
    for await (const frame of source) {
      assert.equal(frame.length, 1536);
      break;
    }
    await assert.rejects(collect(source), /can be read only once/);
    await source.close();
  });

  it('streams a 10-minute 22.05 kHz stereo file in bounded memory', async () => {
    // Written a second at a time, so the test itself never holds the file either.
    const path = join(dir, 'ten-minutes.wav');
    const rate = 22_050;
    const seconds = 600;
    const oneSecond = makeWav(
      { sampleRate: rate, channels: 2, encoding: 'int', bytesPerSample: 2 },
      tone(rate, 440, 1, 0.3, 2),
    );
    const header = Buffer.from(oneSecond.subarray(0, 44));
    header.writeUInt32LE(36 + seconds * rate * 4, 4);
    header.writeUInt32LE(seconds * rate * 4, 40);
    const fd = openSync(path, 'w');
    writeSync(fd, header);
    for (let s = 0; s < seconds; s++) writeSync(fd, oneSecond.subarray(44));
    closeSync(fd);

    const source = await WavFrameSource.open(path);
    assert.equal(source.info.seconds, 600);
    // Garbage frames make RSS saw up and down by some 30 MB before the collector runs, so the
    // checks are: well below what holding the data would take, and no growth with length.
    const total = Math.ceil((600 * 16_000) / 1536);
    const baseline = process.memoryUsage().rss;
    const peaks = [0, 0];
    let frames = 0;
    for await (const frame of source) {
      assert.equal(frame.length, 1536);
      if (++frames % 100 === 0) {
        const half = frames < total / 2 ? 0 : 1;
        peaks[half] = Math.max(peaks[half] ?? 0, process.memoryUsage().rss - baseline);
      }
    }
    assert.equal(frames, total);
    const [firstHalf = 0, secondHalf = 0] = peaks;
    const mb = (bytes: number) => `${(bytes / 1048576).toFixed(1)} MB`;
    // The file is 53 MB and its 16 kHz floats 38 MB.
    assert.ok(
      Math.max(firstHalf, secondHalf) < 64 * 1048576,
      `memory grew by ${mb(Math.max(firstHalf, secondHalf))}`,
    );
    assert.ok(
      secondHalf - firstHalf < 16 * 1048576,
      `memory kept growing: ${mb(firstHalf)} then ${mb(secondHalf)}`,
    );
  });
});
