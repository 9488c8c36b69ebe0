import { SAMPLE_RATE } from '../../core/hear.ts';
import type { Pcm } from '../../core/hear.ts';
import { FrameAssembler } from './FrameAssembler.ts';
import { DEFAULT_FRAME_SAMPLES } from './FrameSource.ts';
import type { FrameSource } from './FrameSource.ts';
import { Resampler } from './Resampler.ts';

export interface PushFrameSourceOptions {
  /** Samples per 16 kHz frame. Default DEFAULT_FRAME_SAMPLES (1536). */
  frameSamples?: number;
  /**
   * Audio waiting to be read beyond which the oldest frames are dropped (and counted), so a
   * stalled reader cannot grow memory without end. Default 30 seconds.
   */
  maxQueuedSeconds?: number;
}

/**
 * Microphone audio pushed in chunks of any size, rate and channel count (the desktop app's
 * renderer sends them), handed out as 16 kHz mono frames. Iterate it once.
 */
export class PushFrameSource implements FrameSource {
  readonly frameSamples: number;
  readonly live = true;
  private readonly maxQueued: number;
  private readonly frames: FrameAssembler;
  private resampler: Resampler | undefined;
  private queue: Pcm[] = [];
  private wake: (() => void) | undefined;
  private ended = false;
  private started = false;
  private dropped = 0;
  private nonFinite = 0;

  constructor(options: PushFrameSourceOptions = {}) {
    this.frameSamples = options.frameSamples ?? DEFAULT_FRAME_SAMPLES;
    this.frames = new FrameAssembler(this.frameSamples);
    this.maxQueued = Math.max(
      1,
      Math.ceil(((options.maxQueuedSeconds ?? 30) * SAMPLE_RATE) / this.frameSamples),
    );
  }

  /** Frames dropped because nobody read them in time. */
  get droppedFrames(): number {
    return this.dropped;
  }

  /** NaN or infinite samples pushed so far (each replaced by silence). */
  get nonFiniteSamples(): number {
    return this.nonFinite;
  }

  /** Adds a chunk of interleaved samples in -1..1 recorded at `sampleRate`. Ignored after end(). */
  push(chunk: Float32Array, sampleRate: number, channels = 1): void {
    if (this.ended) return;
    if (!Number.isInteger(channels) || channels < 1)
      throw new RangeError(`channels must be 1 or more (got ${channels})`);
    if (this.resampler && this.resampler.inputRate !== sampleRate) {
      // The device changed rate: finish the old stream, start a new one.
      this.enqueue(this.frames.push(this.resampler.flush()));
      this.resampler = undefined;
    }
    this.resampler ??= new Resampler(sampleRate, SAMPLE_RATE);
    this.enqueue(this.frames.push(this.resampler.process(this.toMono(chunk, channels))));
  }

  /** No more audio: the last frames are flushed and iteration ends after them. */
  end(): void {
    if (this.ended) return;
    if (this.resampler) this.enqueue(this.frames.push(this.resampler.flush()));
    this.enqueue(this.frames.flush());
    this.ended = true;
    this.wake?.();
  }

  async close(): Promise<void> {
    this.queue = [];
    this.ended = true;
    this.wake?.();
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<Pcm> {
    if (this.started) throw new Error('PushFrameSource can be read only once');
    this.started = true;
    for (;;) {
      const frame = this.queue.shift();
      if (frame) {
        yield frame;
        continue;
      }
      if (this.ended) return;
      await new Promise<void>((resolve) => (this.wake = resolve));
      this.wake = undefined;
    }
  }

  private enqueue(frames: Pcm[]): void {
    if (frames.length === 0) return;
    this.queue.push(...frames);
    const excess = this.queue.length - this.maxQueued;
    if (excess > 0) {
      this.queue.splice(0, excess);
      this.dropped += excess;
    }
    this.wake?.();
  }

  private toMono(chunk: Float32Array, channels: number): Float32Array {
    const frames = Math.floor(chunk.length / channels);
    const mono = new Float32Array(frames);
    for (let i = 0; i < frames; i++) {
      let sum = 0;
      for (let c = 0; c < channels; c++) {
        const value = chunk[i * channels + c] as number;
        if (Number.isFinite(value)) sum += value;
        else this.nonFinite++;
      }
      const mixed = sum / channels;
      mono[i] = mixed > 1 ? 1 : mixed < -1 ? -1 : mixed;
    }
    return mono;
  }
}
