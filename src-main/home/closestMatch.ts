import { distance } from 'fastest-levenshtein';

/**
 * The candidate a misspelt word most likely meant, or undefined when none is close enough to
 * be worth suggesting. Ties go to the earlier candidate, so callers list likely ones first.
 */
export function closestMatch(word: string, candidates: Iterable<string>): string | undefined {
  const lower = word.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = distance(lower, candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  if (best === undefined || bestDistance === 0) return best;
  // Small slips (two edits) always count; longer guesses only when the first letter agrees,
  // which keeps `colour` -> `class` but stops `foo` -> `id`.
  const longest = Math.max(lower.length, best.length);
  if (bestDistance <= 2 && bestDistance < lower.length) return best;
  if (lower[0] === best[0]?.toLowerCase() && bestDistance <= Math.ceil(longest * 0.7)) return best;
  return undefined;
}
