import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { AudioFileError } from '../../../src-main/hear/audio/AudioFileError.ts';
import { readWavFile } from '../../../src-main/hear/audio/readWavFile.ts';
import { makeWav, tone } from './makeWav.ts';
import type { WavSpec } from './makeWav.ts';

// Every common WAV layout decodes to the same 16 kHz mono signal; everything else is refused
// with an AudioFileError (exit code 2) whose message names the file and says what to do.

let dir = '';
const file = (name: string, bytes: Uint8Array | string) => {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
};

/** Largest difference from a 16 kHz sine, away from the first and last 25 ms (filter edges). */
function sineError(audio: Float32Array, hz: number, amplitude: number): number {
  let worst = 0;
  for (let i = 400; i < audio.length - 400; i++) {
    worst = Math.max(
      worst,
      Math.abs((audio[i] ?? 0) - amplitude * Math.sin((2 * Math.PI * hz * i) / 16_000)),
    );
  }
  return worst;
}

async function refusal(path: string): Promise<AudioFileError> {
  const error = await readWavFile(path).then(
    () => assert.fail(`${path} was read`),
    (e: unknown) => e,
  );
  assert.ok(error instanceof AudioFileError, `expected an AudioFileError, got ${String(error)}`);
  assert.equal(error.exitCode, 2);
  assert.ok(error.message.startsWith(path), `the message names the file: ${error.message}`);
  return error;
}

describe('readWavFile: formats', () => {
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'hearth-wav-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  const layouts: [string, Omit<WavSpec, 'sampleRate' | 'channels'>, number][] = [
    ['8-bit unsigned', { encoding: 'int', bytesPerSample: 1 }, 1 / 64],
    ['16-bit', { encoding: 'int', bytesPerSample: 2 }, 1e-4],
    ['24-bit', { encoding: 'int', bytesPerSample: 3 }, 1e-6],
    ['32-bit integer', { encoding: 'int', bytesPerSample: 4 }, 1e-6],
    ['32-bit float', { encoding: 'float', bytesPerSample: 4 }, 1e-6],
    ['64-bit float', { encoding: 'float', bytesPerSample: 8 }, 1e-6],
    ['24-bit extensible', { encoding: 'int', bytesPerSample: 3, extensible: true }, 1e-6],
    ['32-bit float extensible', { encoding: 'float', bytesPerSample: 4, extensible: true }, 1e-6],
    ['16-bit big-endian (RIFX)', { encoding: 'int', bytesPerSample: 2, bigEndian: true }, 1e-4],
  ];
  for (const [name, layout, tolerance] of layouts) {
    it(`decodes ${name} samples exactly (within the format's precision)`, async () => {
      const path = file(
        `${name}.wav`,
        makeWav({ ...layout, sampleRate: 16_000, channels: 1 }, tone(16_000, 440, 0.5)),
      );
      const { audio, info } = await readWavFile(path);
      assert.equal(audio.length, 8000);
      assert.equal(info.bitsPerSample, layout.bytesPerSample * 8);
      assert.ok(sineError(audio, 440, 0.5) <= tolerance, `error ${sineError(audio, 440, 0.5)}`);
    });
  }

  it('mixes channels to mono by averaging them', async () => {
    // Left full, right silent, third and fourth opposite: the mix is a quarter of the tone.
    const samples = tone(16_000, 440, 0.5, 0.8, 4, [1, 0, 0.5, -0.5]);
    const path = file(
      'quad.wav',
      makeWav(
        { sampleRate: 16_000, channels: 4, encoding: 'int', bytesPerSample: 2, extensible: true },
        samples,
      ),
    );
    const { audio, info } = await readWavFile(path);
    assert.equal(info.channels, 4);
    assert.ok(sineError(audio, 440, 0.2) < 1e-3);
  });

  for (const rate of [8000, 11_025, 22_050, 44_100, 48_000, 96_000]) {
    it(`resamples ${rate} Hz stereo to 16 kHz without changing the sound`, async () => {
      const path = file(
        `tone-${rate}.wav`,
        makeWav(
          { sampleRate: rate, channels: 2, encoding: 'int', bytesPerSample: 2 },
          tone(rate, 1000, 1, 0.5, 2),
        ),
      );
      const { audio, info } = await readWavFile(path);
      assert.equal(info.sampleRate, rate);
      assert.equal(info.seconds, 1);
      assert.equal(audio.length, 16_000);
      assert.ok(sineError(audio, 1000, 0.5) < 2e-3, `error ${sineError(audio, 1000, 0.5)}`);
    });
  }

  it('replaces NaN and infinite samples by silence and counts them', async () => {
    const samples = tone(16_000, 440, 0.1);
    samples[10] = Number.NaN;
    samples[20] = Number.POSITIVE_INFINITY;
    samples[30] = Number.NEGATIVE_INFINITY;
    const path = file(
      'nan.wav',
      makeWav({ sampleRate: 16_000, channels: 1, encoding: 'float', bytesPerSample: 4 }, samples),
    );
    const { audio, nonFiniteSamples } = await readWavFile(path);
    assert.equal(nonFiniteSamples, 3);
    assert.ok(audio.every((s) => Number.isFinite(s) && Math.abs(s) <= 1));
    assert.equal(audio[10], 0);
    assert.equal(audio[20], 0);
  });

  it('clamps float samples beyond full scale to -1..1', async () => {
    const path = file(
      'loud.wav',
      makeWav(
        { sampleRate: 16_000, channels: 1, encoding: 'float', bytesPerSample: 4 },
        [2, -3, 0.5],
      ),
    );
    assert.deepEqual([...(await readWavFile(path)).audio], [1, -1, 0.5]);
  });

  it('skips chunks before the format and reads a data size left unknown by a streaming writer', async () => {
    const samples = tone(16_000, 440, 0.25);
    const path = file(
      'streamed.wav',
      makeWav(
        {
          sampleRate: 16_000,
          channels: 1,
          encoding: 'int',
          bytesPerSample: 2,
          declaredDataBytes: 0xffffffff,
          extraChunks: [{ id: 'LIST', body: Buffer.alloc(301, 7) }],
        },
        samples,
      ),
    );
    const { audio } = await readWavFile(path);
    assert.equal(audio.length, samples.length);
    assert.ok(sineError(audio, 440, 0.5) < 1e-4);
  });
});

describe('readWavFile: refusals', () => {
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'hearth-wav-bad-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));
  const pcm16 = { sampleRate: 16_000, channels: 1, encoding: 'int', bytesPerSample: 2 } as const;

  it('a missing file, a folder, an empty file', async () => {
    assert.match(
      (await refusal(join(dir, 'nowhere.wav'))).message,
      /does not exist; check the path/,
    );
    mkdirSync(join(dir, 'folder.wav'));
    assert.match((await refusal(join(dir, 'folder.wav'))).message, /is a folder, not a WAV file/);
    assert.match(
      (await refusal(file('empty.wav', ''))).message,
      /is not a WAV file \(it is empty\)/,
    );
  });

  it('files that are not WAV say what they look like', async () => {
    assert.match(
      (await refusal(file('text.wav', 'hello'))).message,
      /is not a WAV file \(it is only 5 bytes long\)/,
    );
    assert.match(
      (
        await refusal(
          file(
            'song.wav',
            Buffer.concat([Buffer.from('ID3\x04\0\0\0\0\0\0', 'latin1'), Buffer.alloc(200)]),
          ),
        )
      ).message,
      /looks like an MP3 file/,
    );
    assert.match(
      (await refusal(file('noise.wav', Buffer.alloc(64, 0x41)))).message,
      /does not start with a RIFF\/WAVE header/,
    );
  });

  it('a corrupt header: a tiny format chunk, no channels, a zero sample rate', async () => {
    const good = makeWav(pcm16, tone(16_000, 440, 0.1));
    const tinyFmt = Buffer.from(good);
    tinyFmt.writeUInt32LE(2, 16);
    assert.match((await refusal(file('tiny-fmt.wav', tinyFmt))).message, /header is damaged/);
    const noChannels = Buffer.from(good);
    noChannels.writeUInt16LE(0, 22);
    assert.match(
      (await refusal(file('no-channels.wav', noChannels))).message,
      /header is damaged: it says the audio has no channels/,
    );
    const zeroRate = Buffer.from(good);
    zeroRate.writeUInt32LE(0, 24);
    assert.match((await refusal(file('zero-rate.wav', zeroRate))).message, /sample rate is 0/);
  });

  it('a header cut short, and a file with a thousand chunks and no format, in bounded time', async () => {
    const good = makeWav(pcm16, tone(16_000, 440, 0.1));
    assert.match(
      (await refusal(file('cut-header.wav', good.subarray(0, 30)))).message,
      /is not a WAV file/,
    );
    const junk = Buffer.alloc(8 * 5000);
    for (let i = 0; i < 5000; i++) junk.write('junk', i * 8, 'latin1');
    const many = Buffer.concat([Buffer.from('RIFF\0\0\0\0WAVE', 'latin1'), junk]);
    assert.match((await refusal(file('many-chunks.wav', many))).message, /is not a WAV file/);
  });

  it('audio cut short (the header promises more than the file holds)', async () => {
    const whole = makeWav(pcm16, tone(16_000, 440, 1));
    const error = await refusal(file('cut.wav', whole.subarray(0, whole.length - 16_000)));
    assert.match(
      error.message,
      /is cut short: its header promises 1\.0 s of audio but the file holds only 0\.5 s/,
    );
  });

  it('no samples: "has no audio"', async () => {
    assert.match(
      (await refusal(file('zero.wav', makeWav(pcm16, [])))).message,
      /has no audio \(0 samples\)/,
    );
    const noData = makeWav(pcm16, []).subarray(0, 36);
    assert.match(
      (await refusal(file('no-data.wav', noData))).message,
      /has no audio \(its WAV header has no data chunk\)/,
    );
  });

  it('audio longer than maxSeconds, before decoding any of it', async () => {
    const long = file('long.wav', makeWav(pcm16, new Float32Array(16_000 * 130)));
    const error = await readWavFile(long, { maxSeconds: 60 }).then(
      () => assert.fail('read'),
      (e: unknown) => e,
    );
    assert.ok(error instanceof AudioFileError && error.exitCode === 2);
    assert.match(
      error.message,
      /is 2 minutes long; at most 60 seconds can be used at once: cut it shorter/,
    );
  });

  it('a compressed codec inside WAV names the codec and says to convert to PCM', async () => {
    const mp3 = makeWav({ ...pcm16, formatTag: 0x55 }, tone(16_000, 440, 0.1));
    assert.match(
      (await refusal(file('mp3.wav', mp3))).message,
      /uses the mp3 codec inside WAV, which Hearth cannot read; convert it to PCM/,
    );
    const odd = makeWav({ ...pcm16, formatTag: 0x1234, extensible: true }, tone(16_000, 440, 0.1));
    assert.match(
      (await refusal(file('odd.wav', odd))).message,
      /uses an unknown codec \(format tag 0x1234\) inside WAV/,
    );
  });
});
