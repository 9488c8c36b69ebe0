import type { Assistant, HandleOptions, HandleResult } from './Assistant.ts';
import type { WakeSettings } from './createWakeGate.ts';

// What the assistant service needs from speech input, whatever implements it (the voice
// pipeline: voice detection then speech to text). Kept as a small port so the service runs,
// and says so, when no speech input exists.

export type VoiceEvent =
  /** `t`: seconds of audio since listening started. */
  | { kind: 'speech_start'; t: number }
  | { kind: 'speech_end'; t: number }
  /** The wake word was heard (hands-free with a wake word): a cue, and the command follows. */
  | { kind: 'wake'; word: string; t: number }
  /** What was said: partial while it is recognised, then final (which makes a turn). */
  | {
      kind: 'transcript';
      text: string;
      final: boolean;
      /**
       * Some of it was already carried out when its end was first noticed (acting early):
       * handle the whole words with this instead, so nothing is done twice.
       */
      handle?: (text: string, options: HandleOptions) => Promise<HandleResult>;
    }
  /** Speech was heard but cannot be understood (no model...): said in plain words. */
  | { kind: 'problem'; message: string };

export interface VoiceInput {
  /** Microphone audio as it arrives: mono float samples at any rate. */
  push(samples: Float32Array, sampleRate: number): void;
  /** The microphone closed: finish the utterance in progress. */
  end(): void;
  subscribe(listener: (event: VoiceEvent) => void): () => void;
  /**
   * The service replied to a voice turn (with a wake word: listen without it for a while,
   * longer when `questionOpen`: a confirmation or a "which one?" waits for an answer).
   */
  replied?(questionOpen: boolean): void;
  /** The wake word as said ("hey jarvis"), when hands-free listening waits for one. */
  readonly wakeWord?: string | undefined;
  /**
   * How the next utterances are taken: push-to-talk takes every one (pressing Talk is the
   * wake word); hands-free takes only what follows the wake word, when there is one.
   */
  listen?(mode: 'push_to_talk' | 'hands_free'): void;
  /**
   * Settings changed the wake word, its threshold or the follow-up window: listen that way
   * from now on (a session in progress finishes its utterance and goes on with the new gate).
   * Resolves with what to tell the user when the word cannot be used (then push-to-talk).
   */
  configureWake?(settings: WakeSettings): Promise<string | undefined>;
  /** The service's assistant, for acting on a finished command before its end is confirmed. */
  attach?(assistant: Assistant, area: string | undefined): void;
  dispose(): Promise<void>;
}

/** Turns pushed audio into a level (RMS) about ten times per second of audio. */
export class AssistantServiceLevelMeter {
  private sum = 0;
  private count = 0;
  private readonly onLevel: (rms: number) => void;

  constructor(onLevel: (rms: number) => void) {
    this.onLevel = onLevel;
  }

  push(samples: Float32Array, sampleRate: number): void {
    const window = Math.max(1, Math.round(sampleRate / 10));
    for (const sample of samples) {
      this.sum += sample * sample;
      if (++this.count >= window) {
        this.onLevel(Math.sqrt(this.sum / this.count));
        this.sum = 0;
        this.count = 0;
      }
    }
  }

  reset(): void {
    this.sum = 0;
    this.count = 0;
  }
}
