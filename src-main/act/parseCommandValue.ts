import { checkValue, showValue } from '../core/commandValues.ts';
import type { TemperatureUnit } from '../core/commandValues.ts';
import type { ValueKind } from '../core/commands.ts';

// Checks an action's value against its kind (the one table in core/commandValues.ts) before
// any adapter acts on it: plans come from rules, a language model or a hand-written scene.

export type ParsedValue = { ok: true; value: number | string } | { ok: false; problem: string };

/** The value, or a problem in plain words (the caller adds the device's name). */
export function parseCommandValue(
  kind: ValueKind,
  value: unknown,
  unit: TemperatureUnit = 'celsius',
): ParsedValue {
  const checked = checkValue(kind, value, unit);
  return checked.ok
    ? checked
    : { ok: false, problem: `the value must be ${checked.expected}, not ${showValue(value)}` };
}
