import type { Pcm } from '../../core/hear.ts';
import { tooLongError } from './tooLongError.ts';
import { WavFrameSource } from './WavFrameSource.ts';
import type { WavInfo } from './WavFrameSource.ts';

export interface ReadWavFileOptions {
  /** Longer audio is refused (AudioFileError) before anything is decoded. Default: no limit. */
  maxSeconds?: number;
}

export interface WavAudio {
  /** The whole file as 16 kHz mono samples in -1..1. */
  audio: Pcm;
  info: WavInfo;
  /** NaN or infinite samples found in the file (replaced by silence). */
  nonFiniteSamples: number;
}

/**
 * Reads a whole WAV file as 16 kHz mono (for speech to text of a file). Converted a block at
 * a time into one preallocated array: the file itself is never held in memory. Throws an
 * AudioFileError for anything it cannot read.
 */
export async function readWavFile(
  file: string,
  options: ReadWavFileOptions = {},
): Promise<WavAudio> {
  const source = await WavFrameSource.open(file, { frameSamples: 16_384 });
  const { maxSeconds } = options;
  if (maxSeconds !== undefined && source.info.seconds > maxSeconds) {
    await source.close();
    throw tooLongError(file, source.info.seconds, maxSeconds);
  }
  const audio = new Float32Array(source.info.outputSamples);
  let at = 0;
  for await (const frame of source) {
    const take = Math.min(frame.length, audio.length - at);
    audio.set(take === frame.length ? frame : frame.subarray(0, take), at);
    at += take;
  }
  return { audio, info: source.info, nonFiniteSamples: source.nonFiniteSamples };
}
