import { totalmem } from 'node:os';
import type { Catalogue, ModelEntry, ModelKind } from './catalogueSchema.ts';

/**
 * The share of this computer's memory a model of each kind may take. The speech model and the
 * language model run together beside the operating system and the user's own programs, so
 * neither may take much: the language model gets a quarter, the speech model an eighth.
 */
export const MEMORY_SHARE: Readonly<Record<ModelKind, number>> = { llm: 1 / 4, stt: 1 / 8 };

/**
 * The best model of a kind for a computer with `totalMemory` bytes: the highest-ranked one that
 * fits in its share of memory, else the smallest one. Undefined when the catalogue has none.
 */
export function recommendModel(
  models: Catalogue['models'],
  kind: ModelKind,
  totalMemory: number = totalmem(),
): ModelEntry | undefined {
  return bestFitting(
    models.filter((entry) => entry.kind === kind),
    totalMemory * MEMORY_SHARE[kind],
  );
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
