// The values commands take (home-file.md's command table): the one definition of each value
// kind's range and wording. Scene actions in the home file, the language model's answers and
// the executor (before any adapter acts) all check values here, so a value accepted in one
// place is accepted in all.
import { CLIMATE_MODES, COMMAND_VALUES } from './commands.ts';
import type { ValueKind } from './commands.ts';
import { isColorValue } from './cssColors.ts';
import type { Home } from './home.ts';

export type TemperatureUnit = Home['unit'];

/** Inclusive ranges of the number kinds other than temperature. */
export const VALUE_RANGES = {
  percent: [0, 100],
  signed_percent: [-100, 100],
  signed_temperature: [-20, 20],
  kelvin: [1000, 10000],
} as const satisfies Partial<Record<ValueKind, readonly [number, number]>>;

/** Target temperatures a thermostat may be given, in the home's unit (5-35 °C is 41-95 °F). */
export const TEMPERATURE_RANGES = {
  celsius: [5, 35],
  fahrenheit: [41, 95],
} as const satisfies Record<TemperatureUnit, readonly [number, number]>;

/** How a temperature in each unit is written. */
export const DEGREES: Readonly<Record<TemperatureUnit, string>> = {
  celsius: '°C',
  fahrenheit: '°F',
};

/** The inclusive range of a number kind in a home of `unit`; undefined for the word kinds. */
export function valueRange(
  kind: ValueKind,
  unit: TemperatureUnit,
): readonly [number, number] | undefined {
  if (kind === 'temperature') return TEMPERATURE_RANGES[unit];
  return kind === 'color' || kind === 'climate_mode' ? undefined : VALUE_RANGES[kind];
}

/**
 * What a value of `kind` must be, in plain words ("a number from 0 to 100 (percent)").
 * `unit` is the home's; without it (not known yet) a temperature may be in either unit.
 */
export function describeValueKind(kind: ValueKind, unit?: TemperatureUnit): string {
  switch (kind) {
    case 'percent':
      return `a number from ${VALUE_RANGES.percent.join(' to ')} (percent)`;
    case 'signed_percent':
      return `a number from ${VALUE_RANGES.signed_percent.join(' to ')} (a change in percent, e.g. -20)`;
    case 'signed_temperature':
      return `a number from ${VALUE_RANGES.signed_temperature.join(' to ')} (a change in degrees, e.g. -2)`;
    case 'kelvin':
      return `a colour temperature from ${VALUE_RANGES.kelvin.join(' to ')} (kelvin)`;
    case 'color':
      return 'a lower-case CSS colour name such as red, or #rrggbb';
    case 'climate_mode':
      return `one of ${CLIMATE_MODES.join(', ')}`;
    case 'temperature': {
      const range = (u: TemperatureUnit) => `${TEMPERATURE_RANGES[u].join(' to ')} ${DEGREES[u]}`;
      return unit
        ? `a temperature from ${range(unit)}`
        : `a temperature from ${range('celsius')} (or, in a fahrenheit home, ${range('fahrenheit')})`;
    }
  }
}

/** True when `value` is a right value of `kind` (no coercion: "50" is not a number). */
function accepts(kind: ValueKind, value: unknown, unit?: TemperatureUnit): boolean {
  if (kind === 'color') return typeof value === 'string' && isColorValue(value);
  if (kind === 'climate_mode') return (CLIMATE_MODES as readonly unknown[]).includes(value);
  if (typeof value !== 'number' || !Number.isFinite(value)) return false;
  const units = unit ? [unit] : (['celsius', 'fahrenheit'] as const);
  return units.some((u) => {
    const [min, max] = valueRange(kind, u)!;
    return value >= min && value <= max;
  });
}

export type ValueCheck =
  | { ok: true; value: number | string }
  | { ok: false; /** What the value must be, in plain words. */ expected: string };

/** Checks one value against its kind; `unit` as for describeValueKind. */
export function checkValue(kind: ValueKind, value: unknown, unit?: TemperatureUnit): ValueCheck {
  return accepts(kind, value, unit)
    ? { ok: true, value: value as number | string }
    : { ok: false, expected: describeValueKind(kind, unit) };
}

export type CommandValueCheck =
  | { ok: true; value: number | string | undefined }
  | {
      ok: false;
      /** One plain sentence naming the command: "set_brightness needs ..., not 120". */
      problem: string;
      /** unwanted: the command takes no value; missing: it needs one; wrong: kind or range. */
      fault: 'unwanted' | 'missing' | 'wrong';
      /** What the value must be, in plain words (absent for `unwanted`). */
      expected?: string;
    };

/**
 * Checks `value` for `command`: present exactly when the command takes one, and of the
 * right kind and range. `unit` is the home's; without it a temperature may be in either unit.
 */
export function checkCommandValue(
  command: string,
  value: unknown,
  unit?: TemperatureUnit,
): CommandValueCheck {
  const kind = COMMAND_VALUES[command];
  if (kind === undefined) {
    return value === undefined
      ? { ok: true, value: undefined }
      : { ok: false, fault: 'unwanted', problem: `${command} takes no value` };
  }
  if (value === undefined) {
    const expected = describeValueKind(kind, unit);
    return {
      ok: false,
      fault: 'missing',
      expected,
      problem: `${command} needs a value: ${expected}`,
    };
  }
  const checked = checkValue(kind, value, unit);
  if (checked.ok) return checked;
  const { expected } = checked;
  const problem = `${command} needs ${expected}, not ${showValue(value)}`;
  return { ok: false, fault: 'wrong', expected, problem };
}

/** A value as a problem shows it: numbers bare, text quoted and cut short, `nothing`. */
export function showValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'number') return String(value);
  return (JSON.stringify(value) ?? String(value)).slice(0, 40);
}
