import type { Pcm } from '../../core/hear.ts';

/**
 * Cuts a stream of samples into frames of exactly `frameSamples`. Every frame is a new array:
 * the VAD keeps references to the frames of an utterance, so they must never be reused.
 */
export class FrameAssembler {
  readonly frameSamples: number;
  private current: Float32Array;
  private filled = 0;

  constructor(frameSamples: number) {
    if (!Number.isInteger(frameSamples) || frameSamples < 1) {
      throw new RangeError(`frameSamples must be a positive whole number (got ${frameSamples})`);
    }
    this.frameSamples = frameSamples;
    this.current = new Float32Array(frameSamples);
  }

  /** Adds samples; returns the frames they complete. */
  push(samples: Float32Array): Pcm[] {
    const frames: Pcm[] = [];
    let at = 0;
    while (at < samples.length) {
      const take = Math.min(this.frameSamples - this.filled, samples.length - at);
      this.current.set(samples.subarray(at, at + take), this.filled);
      this.filled += take;
      at += take;
      if (this.filled === this.frameSamples) {
        frames.push(this.current);
        this.current = new Float32Array(this.frameSamples);
        this.filled = 0;
      }
    }
    return frames;
  }

  /** The last, partial frame padded with silence, or nothing when no samples are waiting. */
  flush(): Pcm[] {
    if (this.filled === 0) return [];
    const last = this.current;
    this.current = new Float32Array(this.frameSamples);
    this.filled = 0;
    return [last];
  }
}
