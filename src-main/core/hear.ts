// What the hearing stage passes along: audio as 16 kHz mono float samples, where speech is,
// and what was said.

export const SAMPLE_RATE = 16_000;

/** Mono samples in -1..1 at SAMPLE_RATE. */
export type Pcm = Float32Array;

export type SpeechEvent =
  /** `t`: seconds of audio from the start of the stream. */
  | { kind: 'speech_start'; t: number }
  /** `t`: where speech ended (estimated); `detectedT`: the audio time the end was noticed. */
  | { kind: 'speech_end'; t: number; detectedT: number; audio: Pcm }
  /** A start that turned out too short to be speech. */
  | { kind: 'misfire'; t: number };

export interface TranscriptSegment {
  start: number;
  end: number;
  text: string;
}

export interface Transcript {
  text: string;
  segments: TranscriptSegment[];
  audioSeconds: number;
  elapsedMs: number;
}

export interface TranscribeOptions {
  /** Words to bias recognition towards: the home's device and room names. */
  prompt?: string;
  /** ISO 639-1, default 'en'. */
  language?: string;
  signal?: AbortSignal;
}

/** Speech to text on this computer; a long-lived recogniser keeps its model loaded. */
export interface SpeechRecognizer {
  transcribe(audio: Pcm, options?: TranscribeOptions): Promise<Transcript>;
  dispose(): Promise<void>;
}
