import type { Pcm, SpeechEvent } from '../../core/hear.ts';

// What the streaming VAD reports: core's SpeechEvents, with the two-step end of speech made
// visible so a listener can start recognising before the end is confirmed.

type CoreEnd = Extract<SpeechEvent, { kind: 'speech_end' }>;

export type VadEvent =
  | Exclude<SpeechEvent, { kind: 'speech_end' }>
  /**
   * A frame without speech (StreamingVad's lullMs), one step before a `speech_pause` could
   * come: `audio` is the utterance so far, to start recognising early. Nothing is decided yet:
   * a `speech_resume` or a `speech_pause` follows (or the end of input).
   */
  | { kind: 'speech_lull'; t: number; detectedT: number; audioStart: number; audio: Pcm }
  /**
   * Speech may have ended: `t` is the estimated end, `detectedT` the audio time it was
   * noticed, `audio` the utterance so far (with pre-roll and a short tail). Speculative: a
   * `speech_resume` or a `speech_end` follows. `sameSpeechAsLull`: a `speech_lull` with the
   * same `t` came just before, and no frame since scored at or above the negative threshold,
   * so the lull's audio already held all the speech (a recognition started then can be kept).
   */
  | {
      kind: 'speech_pause';
      t: number;
      detectedT: number;
      audioStart: number;
      audio: Pcm;
      sameSpeechAsLull: boolean;
    }
  /** Speech went on after a `speech_lull` or `speech_pause`: that pause was inside the utterance. */
  | { kind: 'speech_resume'; t: number }
  /**
   * The end, confirmed at audio time `confirmedT`. When a `speech_pause` was reported for
   * it, `t`, `detectedT` and the very same `audio` array are that pause's. `audioStart`:
   * the audio time of `audio`'s first sample (pre-roll included).
   */
  | (CoreEnd & { confirmedT: number; audioStart: number });
