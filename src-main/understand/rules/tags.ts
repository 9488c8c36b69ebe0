// What the tagger says about each stretch of an utterance.
import type { LexTag } from './lexicon.ts';
import type { EntityTag } from './vocabulary.ts';

export type Tag =
  | LexTag
  | EntityTag
  | { kind: 'number'; value: number }
  | { kind: 'duration'; seconds: number }
  | { kind: 'color'; color: string }
  | { kind: 'word'; word: string }
  /** A word of some device's name and of nothing else ("desk" of "Desk lamp"). */
  | { kind: 'partial'; word: string; ids: readonly string[] };

export interface Span {
  start: number;
  end: number;
  tokens: readonly string[];
  /** Every reading of this stretch; the interpreter picks by context. */
  tags: readonly Tag[];
}

export function tagOf<K extends Tag['kind']>(
  span: Span,
  kind: K,
): Extract<Tag, { kind: K }> | undefined {
  return span.tags.find((t): t is Extract<Tag, { kind: K }> => t.kind === kind);
}
