import type { Plan } from '../core/plan.ts';
import type { OutcomeKind } from '../core/state.ts';

// The events of the voice pipeline, in the shape `hearth listen --json` prints them
// (../shared/spec/cli.md): one object per line, so every surface can pass them on as they are.
// `t` values are seconds of audio from the start of the stream; `elapsed_ms` is wall time
// since the end of that utterance's speech was noticed.

export type VoicePipelineEvent =
  | { event: 'speech_start'; t: number }
  /** The wake word was heard (`t`: audio time of the detection; `score` 0..1). */
  | { event: 'wake'; t: number; word: string; score: number }
  /**
   * `t`: where speech ended (estimated); `detected_t`: audio time the end was noticed (and
   * recognition began); `confirmed_t`: audio time the end was confirmed (pauses shorter than
   * the VAD's pauseMs stay inside the utterance).
   */
  | { event: 'speech_end'; t: number; detected_t: number; confirmed_t: number; elapsed_ms: number }
  /** What was said; empty when only silence or whisper's silence phrases were heard (`dropped`). */
  | { event: 'transcript'; text: string; elapsed_ms: number; dropped?: string }
  | ({ event: 'plan'; elapsed_ms: number } & Plan)
  | {
      event: 'action';
      device: string;
      command: string;
      value?: number | string;
      outcome: OutcomeKind;
      error?: string;
      /** Wall time from the end of speech being noticed to the command going out. */
      elapsed_ms: number;
      /** Run when the end was first noticed, before it was confirmed (actEarly). */
      early?: boolean;
    }
  | { event: 'reply'; text: string; elapsed_ms: number }
  /** Something the user should know once, in plain words (no speech model, say). */
  | { event: 'notice'; text: string }
  /** One utterance could not be handled (the recogniser failed...); listening goes on. */
  | { event: 'error'; stage: 'transcribe' | 'assistant'; message: string; elapsed_ms: number };
