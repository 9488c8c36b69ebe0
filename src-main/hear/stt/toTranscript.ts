import type { Transcript, TranscriptSegment } from '../../core/hear.ts';
import { isSilencePhrase, stripAnnotations } from './isSilencePhrase.ts';
import type { WhisperResult } from './whisperProtocol.ts';

export interface ToTranscriptOptions {
  /** Drop whisper's silence phrases and non-speech annotations. Default true. */
  dropSilencePhrases?: boolean;
  audioSeconds: number;
  elapsedMs: number;
}

/**
 * hearth-whisper's result as a Transcript: times in seconds, text trimmed, and (by default)
 * nothing left of what whisper writes for non-speech, so silence never yields words.
 */
export function toTranscript(result: WhisperResult, options: ToTranscriptOptions): Transcript {
  const drop = options.dropSilencePhrases ?? true;
  let segments: TranscriptSegment[] = result.segments
    .map((s) => ({
      start: s.t0_ms / 1000,
      end: s.t1_ms / 1000,
      text: drop ? stripAnnotations(s.text) : s.text.trim(),
    }))
    .filter((s) => s.text.length > 0 && !(drop && isSilencePhrase(s.text)));
  let text = segments.map((s) => s.text).join(' ');
  if (drop && isSilencePhrase(text)) {
    segments = [];
    text = '';
  }
  return {
    text,
    segments,
    audioSeconds: options.audioSeconds,
    elapsedMs: options.elapsedMs,
  };
}
