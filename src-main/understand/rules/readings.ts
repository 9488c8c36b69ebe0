// The readings of a whole utterance, best first: each a way to cut it into stretches and
// read each stretch as one of its things. Ranked before the home is consulted by the words
// they explain and what they assume; the planner then checks them against the home.
import type { LatticeEdge } from './Tagger.ts';
import type { Span } from './tags.ts';

export interface Reading {
  spans: Span[];
  /** The most this reading can score: checking it against the home only takes away. */
  prior: number;
}

interface Path {
  edge: LatticeEdge;
  next: Path | undefined;
  prior: number;
}

/** The `limit` best readings of a lattice, best first (a beam over its positions). */
export function bestReadings(
  lattice: readonly (readonly LatticeEdge[])[],
  limit: number,
): Reading[] {
  const n = lattice.length;
  // best[i]: the best ways to read tokens i..n; undefined entries stand for "nothing left".
  const best: (Path | undefined)[][] = new Array<(Path | undefined)[]>(n + 1);
  best[n] = [undefined];
  for (let i = n - 1; i >= 0; i--) {
    const here: Path[] = [];
    for (const edge of lattice[i]!) {
      for (const tail of best[edge.span.end]!) {
        here.push({ edge, next: tail, prior: edge.prior + (tail?.prior ?? 0) });
      }
    }
    // Stable: among equals, the order the lattice gives (longest phrase, whole reading) wins.
    here.sort((a, b) => b.prior - a.prior);
    if (here.length > limit) here.length = limit;
    best[i] = here;
  }
  return best[0]!.map((path) => {
    const spans: Span[] = [];
    for (let p = path; p; p = p.next) spans.push(p.edge.span);
    return { spans, prior: path?.prior ?? 0 };
  });
}
