// Whether a transcript reads like a finished command, so that it can be acted on when the
// end of speech is first noticed, before the pause is confirmed: not when it ends on a word
// that promises more ("and", "then", a preposition, an article) or on a number still waiting
// for its unit ("set the timer for 5"). "on" and "off" end commands ("turn the light off").

const PROMISES_MORE = new Set([
  'and',
  'then',
  'also',
  'or',
  'plus',
  'but',
  'to',
  'in',
  'at',
  'for',
  'of',
  'by',
  'with',
  'into',
  'from',
  'until',
  'till',
  'about',
  'the',
  'a',
  'an',
  'my',
  'our',
  'is',
  'set',
  'turn',
  'make',
  'dim',
  'please',
  'um',
  'uh',
  'er',
]);
const NUMBER_WORDS =
  /^(zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|half)$/;

export function readsComplete(text: string): boolean {
  const words = text
    .toLowerCase()
    .replace(/[^a-z0-9%' ]+/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
  const last = words.at(-1);
  if (!last) return false;
  if (text.trim().endsWith(',')) return false;
  if (PROMISES_MORE.has(last)) return false;
  return !(/^\d+(\.\d+)?$/.test(last) || NUMBER_WORDS.test(last));
}
