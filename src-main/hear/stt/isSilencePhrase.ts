// Whisper was trained on subtitles, so on silence, noise or music it writes what subtitles
// say there: "you", "Thank you.", "[BLANK_AUDIO]", "(music)", "Thanks for watching!". None of
// these is ever a command, and a transcript made of them must not reach the planner.

/** Non-speech annotations: [BLANK_AUDIO], [ Silence ], (music), *laughs*, ♪. */
const ANNOTATION = /\[[^\]]*\]|\([^)]*\)|\*[^*]*\*|[♪♫]+/g;

const PHRASES = [
  'you',
  'thank you',
  'thank you very much',
  'thank you so much',
  'thanks',
  'thanks for watching',
  'thank you for watching',
  'thank you so much for watching',
  'thanks for listening',
  'thank you for listening',
  'please subscribe',
  'subscribe',
  'like and subscribe',
  'bye',
  'bye bye',
  'uh',
  'um',
  'hmm',
  'mm',
  'mhm',
  'subtitles by the amara org community',
]
  // Longest first, so "thank you for watching" is not read as "thank you" + leftovers.
  .sort((a, b) => b.length - a.length);

/** The text without whisper's non-speech annotations, trimmed. */
export function stripAnnotations(text: string): string {
  return text.replace(ANNOTATION, ' ').replace(/\s+/g, ' ').trim();
}

function normalize(text: string): string {
  return stripAnnotations(text)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}']+/gu, ' ')
    .trim();
}

/**
 * True when `text` holds no speech: empty, only annotations or punctuation, or only whisper's
 * silence phrases (also repeated: "you you you", "Thank you. Thank you.").
 */
export function isSilencePhrase(text: string): boolean {
  let rest = normalize(text);
  while (rest.length > 0) {
    const phrase = PHRASES.find((p) => rest === p || rest.startsWith(`${p} `));
    if (phrase === undefined) return false;
    rest = rest.slice(phrase.length).trimStart();
  }
  return true;
}
