import { open } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { SAMPLE_RATE } from '../../core/hear.ts';
import type { Pcm } from '../../core/hear.ts';
import { AudioFileError } from './AudioFileError.ts';
import { decodeToMono } from './decodeToMono.ts';
import { FrameAssembler } from './FrameAssembler.ts';
import { DEFAULT_FRAME_SAMPLES } from './FrameSource.ts';
import type { FrameSource } from './FrameSource.ts';
import { readWavHeader } from './readWavHeader.ts';
import type { WavFormat } from './readWavHeader.ts';
import { Resampler } from './Resampler.ts';

export interface WavFrameSourceOptions {
  /** Samples per 16 kHz frame. Default DEFAULT_FRAME_SAMPLES (1536). */
  frameSamples?: number;
  /** Hand out frames at the pace a microphone would (one frame per frame of audio). Default false. */
  realtime?: boolean;
  /** Frames of the file read and converted at a time: bounds memory. Default 16384. */
  readFrames?: number;
}

export interface WavInfo {
  file: string;
  sampleRate: number;
  channels: number;
  encoding: 'int' | 'float';
  bitsPerSample: number;
  /** Length of the audio in seconds. */
  seconds: number;
  /** Samples the audio has once converted to 16 kHz (before the last frame's padding). */
  outputSamples: number;
}

/**
 * A WAV file as 16 kHz mono frames, read and converted a block at a time, so a long file costs
 * a few hundred kilobytes, not its size. Any common sample rate, channel count and sample
 * format; everything else is refused by open() with an AudioFileError. Iterate it once.
 */
export class WavFrameSource implements FrameSource {
  readonly frameSamples: number;
  readonly live: boolean;
  readonly info: WavInfo;
  private readonly format: WavFormat;
  private readonly readFrames: number;
  private handle: FileHandle | undefined;
  private started = false;
  private nonFinite = 0;

  private constructor(
    handle: FileHandle,
    format: WavFormat,
    file: string,
    options: WavFrameSourceOptions,
  ) {
    this.handle = handle;
    this.format = format;
    this.frameSamples = options.frameSamples ?? DEFAULT_FRAME_SAMPLES;
    this.live = options.realtime ?? false;
    this.readFrames = options.readFrames ?? 16_384;
    this.info = {
      file,
      sampleRate: format.sampleRate,
      channels: format.channels,
      encoding: format.encoding,
      bitsPerSample: format.bytesPerSample * 8,
      seconds: format.frames / format.sampleRate,
      outputSamples: Resampler.outputLength(format.frames, format.sampleRate),
    };
  }

  /** Opens and checks `file`; throws an AudioFileError (exit code 2) saying what is wrong. */
  static async open(file: string, options: WavFrameSourceOptions = {}): Promise<WavFrameSource> {
    let handle: FileHandle;
    try {
      handle = await open(file, 'r');
    } catch (error) {
      throw openError(file, error);
    }
    try {
      const stat = await handle.stat();
      if (stat.isDirectory())
        throw new AudioFileError(
          file,
          `${file} is a folder, not a WAV file; give the path of a .wav file`,
        );
      const format = await readWavHeader(handle, file, stat.size);
      return new WavFrameSource(handle, format, file, options);
    } catch (error) {
      await handle.close();
      throw error instanceof AudioFileError ? error : openError(file, error);
    }
  }

  /** NaN or infinite samples met so far (each replaced by silence). */
  get nonFiniteSamples(): number {
    return this.nonFinite;
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<Pcm> {
    if (this.started) throw new Error('WavFrameSource can be read only once');
    this.started = true;
    const { format } = this;
    const resampler = new Resampler(format.sampleRate, SAMPLE_RATE);
    const frames = new FrameAssembler(this.frameSamples);
    const block = Buffer.alloc(this.readFrames * format.blockAlign);
    const frameMs = (this.frameSamples / SAMPLE_RATE) * 1000;
    const startedAt = performance.now();
    let sent = 0;
    const pace = async () => {
      if (!this.live) return;
      const due = startedAt + (sent + 1) * frameMs - performance.now();
      if (due > 0) await sleep(due);
    };
    try {
      let position = format.dataOffset;
      let remaining = format.frames;
      while (remaining > 0) {
        const handle = this.handle;
        if (!handle) return;
        const want = Math.min(remaining, this.readFrames) * format.blockAlign;
        const { bytesRead } = await handle.read(block, 0, want, position);
        if (bytesRead < format.blockAlign) break;
        position += bytesRead;
        remaining -= Math.floor(bytesRead / format.blockAlign);
        const decoded = decodeToMono(block.subarray(0, bytesRead), format);
        this.nonFinite += decoded.nonFinite;
        for (const frame of frames.push(resampler.process(decoded.samples))) {
          await pace();
          sent++;
          yield frame;
        }
      }
      for (const frame of [...frames.push(resampler.flush()), ...frames.flush()]) {
        await pace();
        sent++;
        yield frame;
      }
    } finally {
      await this.close();
    }
  }

  async close(): Promise<void> {
    const handle = this.handle;
    this.handle = undefined;
    await handle?.close();
  }
}

function openError(file: string, error: unknown): AudioFileError {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return new AudioFileError(file, `${file} does not exist; check the path`);
  if (code === 'EISDIR')
    return new AudioFileError(
      file,
      `${file} is a folder, not a WAV file; give the path of a .wav file`,
    );
  if (code === 'EACCES' || code === 'EPERM')
    return new AudioFileError(
      file,
      `${file} cannot be read (permission denied); check its permissions`,
    );
  const why = error instanceof Error ? error.message : String(error);
  return new AudioFileError(file, `${file} cannot be read (${why})`);
}
