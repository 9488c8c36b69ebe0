import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Resampler } from '../../../src-main/hear/audio/Resampler.ts';
import { tone } from './makeWav.ts';

// The streaming resampler: exact lengths, the same output whatever the chunk sizes, the
// passband kept and aliases removed.

function resample(rate: number, input: Float32Array, chunk: number): Float32Array {
  const r = new Resampler(rate);
  const parts: Float32Array[] = [];
  for (let at = 0; at < input.length; at += chunk)
    parts.push(r.process(input.subarray(at, at + chunk)));
  parts.push(r.flush());
  const out = new Float32Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** Peak level in dB, away from the first and last 25 ms. */
function peakDb(audio: Float32Array): number {
  let peak = 0;
  for (let i = 400; i < audio.length - 400; i++) peak = Math.max(peak, Math.abs(audio[i] ?? 0));
  return 20 * Math.log10(peak + 1e-12);
}

describe('Resampler', () => {
  it('gives ceil(n * 16000 / rate) samples, whatever the chunks', () => {
    for (const rate of [8000, 11_025, 22_050, 32_000, 44_100, 48_000, 44_056, 16_000]) {
      for (const n of [0, 1, 7, 1000, 44_101]) {
        const out = resample(rate, new Float32Array(n), 313);
        assert.equal(out.length, Resampler.outputLength(n, rate), `${rate} Hz, ${n} samples`);
        assert.equal(out.length, Math.max(0, Math.ceil((n * 16_000) / rate - 1e-9)));
      }
    }
  });

  it('gives the same samples for any chunking (streaming changes nothing)', () => {
    for (const rate of [11_025, 44_100, 48_000, 44_056]) {
      const input = tone(rate, 700, 0.5);
      const whole = resample(rate, input, input.length);
      for (const chunk of [1, 97, 4096])
        assert.deepEqual(resample(rate, input, chunk), whole, `${rate} Hz in chunks of ${chunk}`);
    }
  });

  it('keeps a 1 kHz tone within 0.1% from any common rate', () => {
    for (const rate of [8000, 11_025, 22_050, 44_100, 48_000, 96_000, 44_056]) {
      const out = resample(rate, tone(rate, 1000, 0.5), 1024);
      let worst = 0;
      for (let i = 400; i < out.length - 400; i++)
        worst = Math.max(
          worst,
          Math.abs((out[i] ?? 0) - 0.5 * Math.sin((2 * Math.PI * 1000 * i) / 16_000)),
        );
      assert.ok(worst < 1e-3, `${rate} Hz: error ${worst}`);
    }
  });

  it('removes what 16 kHz cannot hold instead of folding it back (aliasing)', () => {
    for (const [rate, hz] of [
      [48_000, 10_000],
      [48_000, 14_000],
      [44_100, 12_000],
      [22_050, 9500],
    ] as const) {
      const level = peakDb(resample(rate, tone(rate, hz, 0.5, 1), 4096));
      assert.ok(level < -60, `${hz} Hz from ${rate} Hz leaks at ${level.toFixed(1)} dB`);
    }
  });

  it('passes 16 kHz through untouched and keeps a steady level steady', () => {
    const input = tone(16_000, 440, 0.1);
    assert.deepEqual(resample(16_000, input, 100), input);
    const dc = resample(44_100, new Float32Array(44_100).fill(0.25), 1000);
    for (let i = 400; i < dc.length - 400; i++) assert.ok(Math.abs((dc[i] ?? 0) - 0.25) < 1e-6);
  });

  it('refuses nonsense rates', () => {
    assert.throws(() => new Resampler(0), RangeError);
    assert.throws(() => new Resampler(44_100.5), RangeError);
  });
});
