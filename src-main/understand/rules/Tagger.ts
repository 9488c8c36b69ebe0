import { distance } from 'fastest-levenshtein';
import type { Home } from '../../core/home.ts';
import { CSS_COLOR_NAMES } from '../../core/cssColors.ts';
import { FILLER_WORDS, LEXICON } from './lexicon.ts';
import { PhraseTrie } from './phraseTrie.ts';
import type { Span, Tag } from './tags.ts';
import { buildVocabulary } from './vocabulary.ts';

const COLOR_PREFIXES = new Set([
  'light',
  'dark',
  'pale',
  'deep',
  'hot',
  'sky',
  'sea',
  'medium',
  'lime',
  'forest',
  'royal',
  'steel',
  'slate',
  'navy',
  'midnight',
  'dodger',
  'cornflower',
  'spring',
  'lawn',
  'olive',
  'indian',
  'misty',
  'powder',
  'cadet',
  'rosy',
  'sandy',
  'saddle',
  'dim',
  'blue',
  'green',
  'yellow',
  'orange',
  'violet',
  'lemon',
  'ghost',
  'floral',
  'antique',
  'old',
  'alice',
  'blanched',
  'papaya',
  'peach',
  'lavender',
  'mint',
  'navajo',
  'white',
  'rebecca',
  'medium',
]);

const INFLECTION = /^(s|es|d|ed|ing|er|ly|y)$/;

/** Two-word spellings of CSS colour names: "light blue" -> lightblue, "hot pink" -> hotpink. */
function colorPhrases(): [string[], string][] {
  const out: [string[], string][] = [];
  for (const name of CSS_COLOR_NAMES) {
    for (let i = 3; i <= name.length - 3; i++) {
      const head = name.slice(0, i);
      if (COLOR_PREFIXES.has(head)) out.push([[head, name.slice(i)], name]);
    }
  }
  out.push([['grey'], 'gray'], [['purple'], 'purple'], [['off', 'white'], 'white']);
  return out;
}

/** Tags an utterance's tokens with every reading the home and the lexicon allow. */
export class Tagger {
  private readonly trie = new PhraseTrie<Tag>();
  private readonly targets: readonly string[];
  private readonly corrections = new Map<string, string | undefined>();
  /** Words that are a whole phrase on their own ("raise", not "tone" of "tone down"). */
  private readonly wholeWords = new Set<string>();

  constructor(home: Home) {
    for (const entry of LEXICON) this.trie.add(entry.tokens, entry.tag);
    const reserved = new Set(LEXICON.map((e) => e.tokens.join(' ')));
    for (const entry of buildVocabulary(home, reserved)) this.trie.add(entry.tokens, entry.tag);
    for (const name of CSS_COLOR_NAMES) this.trie.add([name], { kind: 'color', color: name });
    for (const [tokens, color] of colorPhrases()) {
      this.trie.add(tokens, { kind: 'color', color });
    }
    for (const e of LEXICON) if (e.tokens.length === 1) this.wholeWords.add(e.tokens[0]!);
    this.targets = [...this.trie.words].filter(
      (w) => w.length >= 4 && !FILLER_WORDS.has(w) && !/\d/.test(w),
    );
  }

  /** Fixes small misspellings of known words ("kitchn", "capuccino", "iroomba"). */
  correct(token: string): string {
    if (
      token.length < 5 ||
      this.trie.words.has(token) ||
      FILLER_WORDS.has(token) ||
      /\d/.test(token)
    ) {
      return token;
    }
    if (this.corrections.has(token)) return this.corrections.get(token) ?? token;
    // "raised", "opened", "turns": the stem is what the lexicon knows.
    for (const suffix of ['ed', 'd', 'ing', 'es', 's']) {
      const stem = token.slice(0, -suffix.length);
      if (token.endsWith(suffix) && stem.length >= 3 && this.wholeWords.has(stem)) {
        this.corrections.set(token, stem);
        return stem;
      }
    }
    let best: string | undefined;
    let bestDistance = Infinity;
    const allowed = token.length >= 8 ? 2 : 1;
    for (const word of this.targets) {
      if (Math.abs(word.length - token.length) > allowed) continue;
      const sameStart = word[0] === token[0] || token.slice(1) === word;
      // "toned" is not a typo of "tone": an inflection means a different word.
      if (!sameStart || (token.startsWith(word) && INFLECTION.test(token.slice(word.length))))
        continue;
      const d = token.slice(1) === word ? 1 : distance(token, word);
      if (d <= allowed && d < bestDistance) {
        best = word;
        bestDistance = d;
      }
    }
    if (this.corrections.size > 10_000) this.corrections.clear();
    this.corrections.set(token, best);
    return best ?? token;
  }

  tag(rawTokens: readonly string[]): Span[] {
    const tokens = rawTokens.map((t) => this.correct(t));
    const spans: Span[] = [];
    for (let i = 0; i < tokens.length;) {
      const token = tokens[i]!;
      const hit = this.trie.longest(tokens, i);
      const tags: Tag[] = hit ? [...hit.values] : [];
      const length = hit?.length ?? 1;
      if (length === 1 && /^\d+(\.\d+)?$/.test(token))
        tags.push({ kind: 'number', value: Number(token) });
      if (length === 1 && /^hex[0-9a-f]{6}$/.test(token)) {
        tags.push({ kind: 'color', color: `#${token.slice(3)}` });
      }
      if (length === 1 && token.startsWith('dur:'))
        tags.push({ kind: 'duration', seconds: Number(token.slice(4)) });
      if (tags.length === 0) tags.push({ kind: 'word', word: token });
      spans.push({ start: i, end: i + length, tokens: tokens.slice(i, i + length), tags });
      i += length;
    }
    return spans;
  }
}
