import { SAMPLE_RATE } from '../../core/hear.ts';

// whisper's encoder always looks at a 30 s window (1500 frames of 20 ms) and its cost grows
// with that window, not with the speech in it. For a 3 s command most of it is padding: a
// window sized to the audio is 4-10x faster. Real models can lose some accuracy with a
// shorter window (they were trained on 30 s), hence the margin and a way to turn it off.

export interface AudioContextOptions {
  /** 'fit': a window sized to the audio; 'full': whisper's 30 s window. Default 'fit'. */
  mode?: 'fit' | 'full';
  /** Extra 20 ms frames past the end of the audio. Default 64 (1.28 s). */
  margin?: number;
  /** The smallest window, in frames. Default 64. */
  min?: number;
  /** The model's window. Default 1500. */
  max?: number;
}

const SAMPLES_PER_FRAME = (SAMPLE_RATE * 20) / 1000;

/** The encoder window (whisper's audio_ctx) for `samples` of audio; 0 means the full window. */
export function audioContextFor(samples: number, options: AudioContextOptions = {}): number {
  const { mode = 'fit', margin = 64, min = 64, max = 1500 } = options;
  if (mode === 'full') return 0;
  const frames = Math.ceil(samples / SAMPLES_PER_FRAME) + margin;
  const fitted = Math.min(max, Math.max(min, frames));
  return fitted >= max ? 0 : fitted;
}
