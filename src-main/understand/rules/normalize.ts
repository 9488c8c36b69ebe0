// Text as a speech recogniser or a hurried typist writes it, turned into plain lower-case
// word tokens. The home's own names go through the same function, so both sides agree on
// spelling ("Son's room" and "sons room" meet as `sons room`).
import { parseNumbers } from './numbers.ts';

const CONTRACTIONS: Readonly<Record<string, string>> = {
  "what's": 'what is',
  whats: 'what is',
  "it's": 'it is',
  "that's": 'that is',
  "there's": 'there is',
  "how's": 'how is',
  "where's": 'where is',
  "who's": 'who is',
  whos: 'who is',
  "isn't": 'is not',
  "aren't": 'are not',
  "don't": 'do not',
  dont: 'do not',
  "doesn't": 'does not',
  "can't": 'can not',
  cannot: 'can not',
  "won't": 'will not',
  "i'm": 'i am',
  "i'd": 'i would',
  "i'll": 'i will',
  "let's": 'let us',
  "you're": 'you are',
};

/** Splits text into tokens: lower case, no punctuation, contractions expanded, numbers as digits. */
export function normalize(text: string): string[] {
  let t = text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '');
  t = t.replace(/[\u2018\u2019`´]/g, "'");
  // "the lights... and the fan": a pause is a break between clauses, not part of a word.
  t = t.replace(/\.{2,}|\u2026/g, ' , ');
  t = t.replace(/(\d)\s*%/g, '$1 percent ');
  t = t.replace(/(\d)\s*°\s*([cf])\b/g, '$1 degrees $2 ');
  t = t.replace(/(\d)\s*°/g, '$1 degrees ');
  t = t.replace(/(\d)\s*k\b/g, '$1 kelvin');
  // "forty five percent bright" is a level; "20 percent brighter" is a step.
  t = t.replace(/\b(percent|per cent)\s+bright\b/g, '$1 brightness');
  t = t.replace(/#([0-9a-f]{6})\b/g, ' hex$1 ');
  t = t.replace(/(\d),(\d{3})\b/g, '$1$2');
  // "the back door's locked": a contraction of "is" before a state, not a possessive.
  t = t.replace(
    /\b([a-z]+)'s (still |now |already |all |fully )?(locked|unlocked|open|opened|closed|shut|on|off|running|wet|dry|low|lit|dark|ready|done|empty|full|switched|turned|left|plugged)\b/g,
    '$1 is $2$3',
  );
  // "set a timer and call it pizza": the name of what was just made, not a new clause.
  t = t.replace(/,?\s*\band (?:call|name|label) it\b/g, ' called');
  // "bedroom 2's lights", "bedroom two's lights": a number owns nothing, the room does.
  t = t.replace(/\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten)'s\b/g, '$1');
  const words: string[] = [];
  for (const raw of t.split(/[\s\-_/]+/)) {
    const word = raw.replace(/^[^a-z0-9']+|[^a-z0-9.']+$/g, '').replace(/\.$/, '');
    if (!word) continue;
    const expanded = CONTRACTIONS[word];
    if (expanded) {
      words.push(...expanded.split(' '));
      continue;
    }
    // "son's" -> "sons"; punctuation inside a word (",", ";", "!") ends a clause.
    const parts = word.replace(/'/g, '').split(/([,;!?:])/);
    for (const part of parts) {
      if (!part) continue;
      if (/^[,;!?:]$/.test(part)) words.push(',');
      else words.push(part.replace(/[^a-z0-9.]/g, ''));
    }
    if (/[,;!?:]$/.test(raw)) words.push(',');
  }
  // "windows open?": a typed question mark asks, whatever the word order.
  if (/\?\s*$/.test(t) && words.at(-1) === ',') words[words.length - 1] = '?';
  const tokens = parseNumbers(words.filter((w) => w !== '' && w !== '.'));
  // "lamp number two" is "lamp 2".
  return tokens.filter((w, i) => !(w === 'number' && i > 0 && /^\d+$/.test(tokens[i + 1] ?? '')));
}
