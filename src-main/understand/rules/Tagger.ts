import { distance } from 'fastest-levenshtein';
import type { Home } from '../../core/home.ts';
import { CSS_COLOR_NAMES } from '../../core/cssColors.ts';
import { FILLER_WORDS, LEXICON } from './lexicon.ts';
import type { Domain } from './lexicon.ts';
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

const CLAUSE_ENDS: ReadonlySet<string> = new Set([',', 'please', 'and', 'then', 'as', 'thanks']);

const DETERMINERS: ReadonlySet<string> = new Set([
  'the',
  'a',
  'an',
  'my',
  'your',
  'our',
  'this',
  'that',
  'these',
  'those',
]);

/** True when tokens[i] follows a determiner or a "turn" of its clause: it is part of what is turned. */
function insideObject(tokens: readonly string[], i: number): boolean {
  for (let j = i - 1; j >= 0 && !CLAUSE_ENDS.has(tokens[j]!); j--) {
    if (DETERMINERS.has(tokens[j]!) || SPLIT_VERBS.has(tokens[j]!)) return true;
  }
  return false;
}

/** Verbs whose particle comes after the object: "turn the lights up", "switch the tv off". */
const SPLIT_VERBS: ReadonlySet<string> = new Set([
  'turn',
  'switch',
  'put',
  'bring',
  'crank',
  'bump',
]);

/** "the next song" is still a skip. */
const isVerb = (tag: Tag): boolean =>
  tag.kind === 'verb' && tag.verb !== 'next' && tag.verb !== 'previous';

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

  private readonly nameWords: ReadonlyMap<string, readonly string[]>;

  /** `nameWords`: words of device names that mean nothing else, each with its devices. */
  constructor(home: Home, nameWords: ReadonlyMap<string, readonly string[]> = new Map()) {
    this.nameWords = nameWords;
    for (const entry of LEXICON) this.trie.add(entry.tokens, entry.tag);
    const reserved = new Set(LEXICON.map((e) => e.tokens.join(' ')));
    const kinds = new Map<string, Domain>();
    for (const e of LEXICON)
      if (e.tag.kind === 'domain') kinds.set(e.tokens.join(' '), e.tag.domain);
    for (const entry of buildVocabulary(home, reserved)) {
      const named = entry.tag.kind === 'device' || entry.tag.kind === 'scene';
      const kind = named ? kinds.get(entry.tokens.join(' ')) : undefined;
      this.trie.add(entry.tokens, kind ? { ...entry.tag, kindToo: kind } : entry.tag);
    }
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

  /**
   * "the front and back doors": two names that share their last word, said once. Spelled out
   * ("front door and back doors") when both are names in this home and the first word alone
   * is not.
   */
  private shareHeads(tokens: string[]): string[] {
    for (let k = 1; k + 2 < tokens.length; k++) {
      if (tokens[k] !== 'and') continue;
      const [first, second, head] = [tokens[k - 1]!, tokens[k + 1]!, tokens[k + 2]!];
      // "lamp and lamp 1" is no "lamp 1 and lamp 1": a head is a noun, not a number.
      if (!/^[a-z]{3,}$/.test(head) || first === second) continue;
      // "the bedroom and bathroom lights" are two rooms' lights, whatever the devices are called.
      if (!this.isName([second, head]) || this.isName([first]) || this.isPlace(first)) continue;
      // The head is plural for the two of them; each name has its own ("door", not "doors").
      const one = head.replace(/s$/, '');
      if (one !== head && this.isName([first, one]) && this.isName([second, one])) {
        tokens = [...tokens.slice(0, k), one, 'and', second, one, ...tokens.slice(k + 3)];
        continue;
      }
      const own = [head, `${head}s`].find((h) => this.isName([first, h]));
      if (own) tokens = [...tokens.slice(0, k), own, ...tokens.slice(k)];
    }
    return tokens;
  }

  /** Whether the whole phrase is, among its readings, an entity of one of these kinds. */
  private isEntity(phrase: readonly string[], kinds: readonly Tag['kind'][]): boolean {
    return this.trie
      .all(phrase, 0)
      .some(
        (hit) => hit.length === phrase.length && hit.values.some((t) => kinds.includes(t.kind)),
      );
  }

  private isPlace(word: string): boolean {
    return this.isEntity([word], ['area', 'floor']);
  }

  private isName(phrase: readonly string[]): boolean {
    return this.isEntity(phrase, ['device']);
  }

  /** The greedy reading: the longest phrase at each point, every tag kept. */
  tag(rawTokens: readonly string[]): Span[] {
    const lattice = this.lattice(rawTokens);
    const spans: Span[] = [];
    for (let i = 0; i < lattice.length;) {
      const longest = lattice[i]!.reduce((a, b) => (b.span.end > a.span.end ? b : a));
      spans.push(longest.span);
      i = longest.span.end;
    }
    return spans;
  }

  /**
   * Every reading of every stretch: at each token, each phrase that starts there, and for a
   * phrase that is several things at once (a device called "Light" is also the kind word
   * "light"), each of those things on its own. The readings' search picks among them.
   */
  lattice(rawTokens: readonly string[]): LatticeEdge[][] {
    const tokens = this.shareHeads(rawTokens.map((t) => this.correct(t)));
    const lattice: LatticeEdge[][] = [];
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!;
      const edges: LatticeEdge[] = [];
      const hits = this.trie.all(tokens, i);
      if (hits.length === 0 || hits[0]!.length !== 1) hits.unshift({ length: 1, values: [] });
      const nounHere = hits[0]!.values.some((t) => t.kind === 'domain' || t.kind === 'device');
      for (const hit of hits) {
        let tags: Tag[] = [...hit.values];
        // "and the bedroom too" ends a clause; "too warm" is no "and".
        if (token === 'too' && hit.length === 1 && !CLAUSE_ENDS.has(tokens[i + 1] ?? ','))
          tags = tags.filter((t) => t.kind !== 'conj');
        if (hit.length === 1) {
          if (/^\d+(\.\d+)?$/.test(token)) tags.push({ kind: 'number', value: Number(token) });
          if (/^hex[0-9a-f]{6}$/.test(token))
            tags.push({ kind: 'color', color: `#${token.slice(3)}` });
          if (token.startsWith('dur:'))
            tags.push({ kind: 'duration', seconds: Number(token.slice(4)) });
          if (tags.length === 0) tags.push({ kind: 'word', word: token });
        }
        const span = (t: readonly Tag[]): Span => ({
          start: i,
          end: i + hit.length,
          tokens: tokens.slice(i, i + hit.length),
          tags: t,
        });
        // A verb of several words opens its clause: "turn the light up" has no "light up" in it.
        if (hit.length > 1 && tags.every(isVerb) && nounHere && insideObject(tokens, i)) continue;
        // A word is one thing at a time: "down" is a direction or the floor, never both.
        if (!doubleDips(tags))
          edges.push({ span: span(tags), prior: priorOf(tags, hit.length, false) });
        // "desk" of "Desk lamp", or just a word: "the kitchen floor" is not the floor lamp.
        const ids =
          hit.values.length === 0 && hit.length === 1 ? this.nameWords.get(token) : undefined;
        if (ids) {
          const partial: Tag[] = [{ kind: 'partial', word: token, ids }];
          edges.push({ span: span(partial), prior: 1 - PARTIAL_COST - SPAN_COST });
        }
        for (const reduced of alternatives(tags)) {
          edges.push({ span: span(reduced), prior: priorOf(reduced, hit.length, true) });
        }
      }
      // Longest phrase first, whole reading before its parts: what wins a tie.
      edges.sort((a, b) => b.span.end - a.span.end);
      lattice.push(edges);
    }
    return lattice;
  }
}

/** One reading of one stretch, with what it is worth before the home is consulted. */
export interface LatticeEdge {
  span: Span;
  prior: number;
}

type ReadingClass = 'entity' | 'scene' | 'place' | 'kind' | 'value' | 'attribute' | 'question';

function readingClass(tag: Tag): ReadingClass | undefined {
  switch (tag.kind) {
    case 'device':
      return 'entity';
    case 'scene':
      return 'scene';
    case 'question':
      return 'question';
    case 'area':
    case 'floor':
      return 'place';
    case 'domain':
      return 'kind';
    case 'mode':
    case 'colortemp':
    case 'level':
      return 'value';
    case 'attribute':
      return 'attribute';
    default:
      return undefined;
  }
}

/**
 * The stretch read as each of its things alone: without the device name, without the kind
 * word, and each of two kind words on its own ("water" is a valve and a leak sensor).
 */
function alternatives(tags: readonly Tag[]): Tag[][] {
  const classes = new Set(tags.map((t) => readingClass(t) ?? 'other'));
  const out: Tag[][] = [];
  if (classes.size >= 2) {
    for (const c of classes) out.push(tags.filter((t) => (readingClass(t) ?? 'other') !== c));
  }
  const kinds = tags.filter((t) => t.kind === 'domain');
  if (kinds.length >= 2) {
    for (const kind of kinds) out.push(tags.filter((t) => t.kind !== 'domain' || t === kind));
  }
  return out;
}

/** A place that is also a verb or a value: read as both at once it would say two things. */
function doubleDips(tags: readonly Tag[]): boolean {
  const classes = new Set(tags.map((t) => readingClass(t) ?? 'other'));
  return classes.has('place') && (classes.has('other') || classes.has('value'));
}

/** Words a reading explains, less what it assumes: a plural the home never wrote, a derived name. */
function priorOf(tags: readonly Tag[], length: number, reduced: boolean): number {
  // A known phrase that says nothing ("it is") is still explained; a stray word is not.
  const says = tags.some((t) => t.kind !== 'word');
  let prior = (says ? length : 0) - SPAN_COST - (reduced ? 0.01 : 0);
  const entity = tags.find(
    (t) => t.kind === 'device' || t.kind === 'scene' || t.kind === 'area' || t.kind === 'floor',
  );
  if (entity && 'plural' in entity) {
    if (entity.plural) prior -= 0.4;
    else if (entity.derived) prior -= 0.15;
  }
  return prior;
}

/** Part of a name says less than the whole name. */
const PARTIAL_COST = 0.3;

/** Fewer, longer stretches win a tie: "reading lamp" as one name, not two words. */
const SPAN_COST = 0.05;
