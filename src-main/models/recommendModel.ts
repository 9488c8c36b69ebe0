import { availableParallelism, totalmem } from 'node:os';
import type { Catalogue, ModelEntry, ModelKind } from './catalogueSchema.ts';

/**
 * The share of this computer's memory a model of each kind may take. The speech model and the
 * language model run together beside the operating system and the user's own programs, so
 * neither may take much: the language model gets a quarter, the speech model an eighth.
 */
export const MEMORY_SHARE: Readonly<Record<ModelKind, number>> = {
  llm: 1 / 4,
  stt: 1 / 8,
  // A wake word and its feature models take a few tens of MB: any computer has room.
  wake: 1 / 16,
  'wake-feature': 1 / 16,
};

/**
 * The largest model file of each kind worth running per CPU core. On a laptop CPU both models
 * are limited by how fast their weights can be read: measured here on 2 cores, a 491 MB
 * language model writes a token in about 42 ms (a plan in about 0.6 s, target 1.5 s) and the
 * 148 MB base.en recognises a 3 s command in about 240 ms (target 300 ms); machines with more
 * cores tend to have the memory bandwidth to match. A larger model than this is slower than a
 * voice assistant may be, however much memory there is.
 */
export const BYTES_PER_CORE: Readonly<Record<ModelKind, number>> = {
  llm: 320_000_000,
  stt: 100_000_000,
  // Measured here: about 2 ms of one core per 80 ms of audio, for any openWakeWord model.
  wake: 100_000_000,
  'wake-feature': 100_000_000,
};

/**
 * The best model of a kind for a computer with `totalMemory` bytes and `cores` CPU cores: the
 * highest-ranked one that fits in its share of memory and is quick enough on those cores,
 * else the smallest one. Undefined when the catalogue has none.
 */
export function recommendModel(
  models: Catalogue['models'],
  kind: ModelKind,
  totalMemory: number = totalmem(),
  cores: number = availableParallelism(),
): ModelEntry | undefined {
  return bestFitting(
    quickEnough(
      models.filter((entry) => entry.kind === kind),
      cores,
    ),
    totalMemory * MEMORY_SHARE[kind],
  );
}

/** The entries quick enough on `cores` cores; when none is, the smallest. */
export function quickEnough(entries: readonly ModelEntry[], cores: number): ModelEntry[] {
  const quick = entries.filter((e) => e.sizeBytes <= cores * BYTES_PER_CORE[e.kind]);
  if (quick.length || !entries.length) return quick;
  return [entries.reduce((a, b) => (b.sizeBytes < a.sizeBytes ? b : a))];
}

/** The highest-ranked entry within `budget` bytes of memory, else the lightest one. */
export function bestFitting(
  entries: readonly ModelEntry[],
  budget: number,
): ModelEntry | undefined {
  const fitting = entries.filter((entry) => entry.ramBytes <= budget);
  if (fitting.length > 0) {
    return fitting.reduce((best, entry) =>
      entry.rank > best.rank || (entry.rank === best.rank && entry.ramBytes < best.ramBytes)
        ? entry
        : best,
    );
  }
  return entries.reduce<ModelEntry | undefined>(
    (lightest, entry) =>
      lightest === undefined || entry.ramBytes < lightest.ramBytes ? entry : lightest,
    undefined,
  );
}
