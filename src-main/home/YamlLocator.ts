import { isAlias, isMap, isPair, isScalar, isSeq } from 'yaml';
import type { Document, LineCounter, Node } from 'yaml';

/** A 1-based place in the home file. */
export interface Place {
  line: number;
  column: number;
}

type PathKey = PropertyKey;

/**
 * Finds where in the YAML source a value of the parsed data came from, so that every problem
 * can name its line and column. Paths are the ones zod reports: keys and list indexes.
 */
export class YamlLocator {
  readonly #doc: Document;
  readonly #lines: LineCounter;

  constructor(doc: Document, lines: LineCounter) {
    this.#doc = doc;
    this.#lines = lines;
  }

  /** The place of an offset in the source text. */
  placeOfOffset(offset: number): Place {
    const { line, col } = this.#lines.linePos(offset);
    return { line: Math.max(line, 1), column: Math.max(col, 1) };
  }

  /**
   * The place of the value at `path`; when that value is not written in the file (a missing
   * key, a key merged in from elsewhere) the place of the nearest enclosing value.
   */
  at(path: readonly PathKey[]): Place {
    return this.#placeOf(this.#walk(path).written);
  }

  /** The place of the key `key` itself in the mapping at `path` (for "unknown key" problems). */
  keyAt(path: readonly PathKey[], key: string): Place {
    const { node, complete } = this.#walk(path);
    if (complete && isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === key);
      if (pair && isScalar(pair.key)) return this.#placeOf(pair.key);
    }
    return this.#placeOf(node);
  }

  /**
   * Walks as far down `path` as the document goes; `complete` says whether it got to the end.
   * `written` is the node as written there: an alias (`*lamp`) is reported where it is used,
   * not where its anchor is.
   */
  #walk(path: readonly PathKey[]): { node: Node | null; written: Node | null; complete: boolean } {
    let node = this.#resolve(this.#doc.contents);
    let written = node;
    for (const key of path) {
      let next: unknown;
      if (isMap(node)) {
        const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(key));
        // `key:` with nothing after it has no value node: the key is the best place.
        next = pair ? (pair.value ?? pair.key) : undefined;
      } else if (isSeq(node) && typeof key === 'number') {
        next = node.items[key];
      }
      if (isPair(next)) next = next.key;
      const resolved = this.#resolve(next);
      if (!resolved) return { node, written, complete: false };
      node = resolved;
      written = isAlias(next) ? next : resolved;
    }
    return { node, written, complete: true };
  }

  #resolve(value: unknown): Node | null {
    if (isAlias(value)) return value.resolve(this.#doc) ?? value;
    if (isMap(value) || isSeq(value) || isScalar(value)) return value;
    return null;
  }

  #placeOf(node: Node | null): Place {
    return this.placeOfOffset(node?.range?.[0] ?? this.#doc.contents?.range?.[0] ?? 0);
  }
}
