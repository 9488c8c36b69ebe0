// A token trie: finds every known phrase starting at a position in one walk.

interface TrieNode<T> {
  next: Map<string, TrieNode<T>>;
  values: T[];
}

export class PhraseTrie<T> {
  private readonly root: TrieNode<T> = { next: new Map(), values: [] };
  /** Every token that occurs in some phrase. */
  readonly words = new Set<string>();

  add(tokens: readonly string[], value: T): void {
    let node = this.root;
    for (const token of tokens) {
      this.words.add(token);
      let child = node.next.get(token);
      if (!child) {
        child = { next: new Map(), values: [] };
        node.next.set(token, child);
      }
      node = child;
    }
    node.values.push(value);
  }

  /** The longest phrase at `start`: its length and every value stored for it. */
  longest(
    tokens: readonly string[],
    start: number,
  ): { length: number; values: readonly T[] } | undefined {
    let node = this.root;
    let best: { length: number; values: readonly T[] } | undefined;
    for (let i = start; i < tokens.length; i++) {
      const child = node.next.get(tokens[i]!);
      if (!child) break;
      node = child;
      if (node.values.length > 0) best = { length: i - start + 1, values: node.values };
    }
    return best;
  }

  /** Every phrase at `start`, shortest first: the readings a longer match would hide. */
  all(tokens: readonly string[], start: number): { length: number; values: readonly T[] }[] {
    let node = this.root;
    const out: { length: number; values: readonly T[] }[] = [];
    for (let i = start; i < tokens.length; i++) {
      const child = node.next.get(tokens[i]!);
      if (!child) break;
      node = child;
      if (node.values.length > 0) out.push({ length: i - start + 1, values: node.values });
    }
    return out;
  }
}
