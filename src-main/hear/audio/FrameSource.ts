import type { Pcm } from '../../core/hear.ts';

// One path for all audio: a WAV file and a microphone both become a stream of fixed-size
// 16 kHz mono frames, which is what the voice activity detector eats.

/** 1536 samples (96 ms): the frame size the VAD is tuned for (see StreamingVad). */
export const DEFAULT_FRAME_SAMPLES = 1536;

export interface FrameSource extends AsyncIterable<Pcm> {
  /** Samples per frame at SAMPLE_RATE; every frame has exactly this many (the last is padded). */
  readonly frameSamples: number;
  /**
   * True when frames arrive in real time (a microphone, or a file paced like one): the
   * consumer cannot make the source wait. A file read as fast as possible is not live.
   */
  readonly live: boolean;
  /** Stops the stream early and releases the file or buffers; safe to call twice. */
  close(): Promise<void>;
}
