import { SAMPLE_RATE } from '../../core/hear.ts';

// A streaming band-limited resampler: polyphase windowed sinc (Kaiser window). Chunks can
// be any size and the output is the same as for the whole signal at once, so a 10-minute
// file never has to be held in memory. Written here rather than taken from a package: the
// WASM port of libsamplerate cannot flush the end of a stream nor say how many samples its
// streaming call wrote, and this is a hundred lines we can test.

export interface ResamplerOptions {
  /** Zero crossings of the sinc on each side: sharpness against cost. Default 10. */
  zeroCrossings?: number;
  /** Passband as a fraction of the output's Nyquist frequency. Default 0.92. */
  rolloff?: number;
  /** Kaiser window beta. Default 7: aliases stay 72 dB down or more (measured from 44.1 and 48 kHz). */
  kaiserBeta?: number;
}

/** Above this many phases the nearest of MAX_PHASES is used (timing error under 1/2048 sample). */
const MAX_PHASES = 1024;

export class Resampler {
  readonly inputRate: number;
  readonly outputRate: number;
  private readonly up: number;
  private readonly down: number;
  private readonly phases: number;
  private readonly taps: number;
  private readonly half: number;
  /** One more input sample is needed when the nearest phase rounds up to the next sample. */
  private readonly guard: number;
  private readonly table: Float64Array;
  /** Input history; `history[0]` is input sample `historyStart` (negative: leading zeros). */
  private history: Float64Array;
  private historyStart: number;
  private historyLength: number;
  /** Position of the next output sample in input samples: `position + remainder / up`. */
  private position = 0;
  private remainder = 0;
  private inputCount = 0;
  private flushed = false;

  constructor(inputRate: number, outputRate: number = SAMPLE_RATE, options: ResamplerOptions = {}) {
    if (
      !(inputRate > 0 && outputRate > 0) ||
      !Number.isInteger(inputRate) ||
      !Number.isInteger(outputRate)
    ) {
      throw new RangeError(
        `sample rates must be positive whole numbers (got ${inputRate} and ${outputRate})`,
      );
    }
    this.inputRate = inputRate;
    this.outputRate = outputRate;
    const g = gcd(inputRate, outputRate);
    this.up = outputRate / g;
    this.down = inputRate / g;
    const zeroCrossings = options.zeroCrossings ?? 10;
    const cutoff = 0.5 * Math.min(1, outputRate / inputRate) * (options.rolloff ?? 0.92);
    this.half = inputRate === outputRate ? 0 : Math.ceil(zeroCrossings / (2 * cutoff));
    this.taps = 2 * this.half;
    this.phases = Math.min(this.up, MAX_PHASES);
    this.guard = this.phases === this.up ? 0 : 1;
    this.table = buildTable(this.phases, this.half, cutoff, options.kaiserBeta ?? 7);
    this.history = new Float64Array(Math.max(4096, this.taps * 4));
    this.historyStart = -this.half;
    this.historyLength = this.half;
  }

  /** Resamples the next chunk; returns every output sample that the input so far determines. */
  process(input: Float32Array): Float32Array {
    if (this.flushed) throw new Error('Resampler: process() after flush()');
    this.inputCount += input.length;
    if (this.taps === 0) return input.slice();
    this.append(input);
    return this.produce(this.historyStart + this.historyLength - this.half - this.guard);
  }

  /** Ends the stream: the last output samples, computed with silence after the input. */
  flush(): Float32Array {
    if (this.flushed) return new Float32Array(0);
    this.flushed = true;
    if (this.taps === 0) return new Float32Array(0);
    this.append(new Float32Array(this.half + this.guard));
    return this.produce(this.inputCount);
  }

  /** Output samples produced for `inputSamples` of input, in all: ceil(in * out / in rate). */
  static outputLength(
    inputSamples: number,
    inputRate: number,
    outputRate: number = SAMPLE_RATE,
  ): number {
    return Math.max(0, Math.ceil((inputSamples * outputRate) / inputRate - 1e-9));
  }

  /** Outputs every sample whose position is below `limit` (in input samples). */
  private produce(limit: number): Float32Array {
    const { up, down, taps, half, table, phases, history } = this;
    let { position, remainder } = this;
    const count = Math.max(0, Math.ceil(((limit - position) * up - remainder) / down));
    const out = new Float32Array(count);
    const exact = phases === up;
    for (let n = 0; n < count; n++) {
      let phase = exact ? remainder : Math.round((remainder * phases) / up);
      let base = position - half + 1 - this.historyStart;
      if (phase === phases) {
        phase = 0;
        base++;
      }
      const offset = phase * taps;
      let sum = 0;
      for (let k = 0; k < taps; k++) sum += table[offset + k]! * history[base + k]!;
      out[n] = sum;
      remainder += down;
      if (remainder >= up) {
        position += Math.floor(remainder / up);
        remainder %= up;
      }
    }
    this.position = position;
    this.remainder = remainder;
    this.discard();
    return out;
  }

  private append(input: Float32Array): void {
    const needed = this.historyLength + input.length;
    if (needed > this.history.length) {
      const grown = new Float64Array(Math.max(needed, this.history.length * 2));
      grown.set(this.history.subarray(0, this.historyLength));
      this.history = grown;
    }
    this.history.set(input, this.historyLength);
    this.historyLength += input.length;
  }

  /** Drops input that no future output sample reaches. */
  private discard(): void {
    const keepFrom = this.position - this.half;
    const drop = keepFrom - this.historyStart;
    if (drop <= 0) return;
    this.history.copyWithin(0, drop, this.historyLength);
    this.historyStart += drop;
    this.historyLength -= drop;
  }
}

function buildTable(phases: number, half: number, cutoff: number, beta: number): Float64Array {
  const taps = 2 * half;
  const table = new Float64Array(phases * taps);
  const i0Beta = besselI0(beta);
  for (let p = 0; p < phases; p++) {
    const frac = p / phases;
    let sum = 0;
    for (let k = 0; k < taps; k++) {
      const d = frac + half - 1 - k;
      const x = 2 * cutoff * d;
      const sinc = x === 0 ? 1 : Math.sin(Math.PI * x) / (Math.PI * x);
      const r = d / half;
      const window = Math.abs(r) >= 1 ? 0 : besselI0(beta * Math.sqrt(1 - r * r)) / i0Beta;
      const value = 2 * cutoff * sinc * window;
      table[p * taps + k] = value;
      sum += value;
    }
    // Unity gain at DC for every phase, so a steady level comes out steady.
    for (let k = 0; k < taps; k++) table[p * taps + k]! /= sum;
  }
  return table;
}

function besselI0(x: number): number {
  let sum = 1;
  let term = 1;
  for (let k = 1; k < 50; k++) {
    term *= (x / (2 * k)) ** 2;
    sum += term;
    if (term < 1e-12 * sum) break;
  }
  return sum;
}

function gcd(a: number, b: number): number {
  while (b) [a, b] = [b, a % b];
  return a;
}
