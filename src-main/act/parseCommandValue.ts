import { z } from 'zod';
import { CLIMATE_MODES } from '../core/commands.ts';
import type { ValueKind } from '../core/commands.ts';
import type { Home } from '../core/home.ts';
import { isColorValue } from '../core/cssColors.ts';

// Checks an action's value against its kind (home-file.md's command table) before any
// adapter acts on it: plans come from rules, a language model or a hand-written scene.

export type ParsedValue = { ok: true; value: number | string } | { ok: false; problem: string };

// Digits in a string ("50") are accepted: scenes written in YAML sometimes quote numbers.
const number = z
  .union([
    z.number(),
    z
      .string()
      .trim()
      .regex(/^-?\d+(\.\d+)?$/),
  ])
  .pipe(z.coerce.number());

const TEMPERATURE_RANGE = { celsius: [5, 35], fahrenheit: [40, 95] } as const;

function inRange(value: unknown, min: number, max: number, what: string): ParsedValue {
  const parsed = number.safeParse(value);
  if (!parsed.success || !Number.isFinite(parsed.data)) {
    return {
      ok: false,
      problem: `${what} must be a number from ${min} to ${max}, not ${show(value)}`,
    };
  }
  if (parsed.data < min || parsed.data > max) {
    return { ok: false, problem: `${what} must be from ${min} to ${max}, not ${parsed.data}` };
  }
  return { ok: true, value: parsed.data };
}

function show(value: unknown): string {
  return value === undefined ? 'nothing' : JSON.stringify(value);
}

export function parseCommandValue(
  kind: ValueKind,
  value: unknown,
  unit: Home['unit'] = 'celsius',
): ParsedValue {
  switch (kind) {
    case 'percent':
      return inRange(value, 0, 100, 'the value (a percentage)');
    case 'signed_percent':
      return inRange(value, -100, 100, 'the change (a percentage)');
    case 'kelvin':
      return inRange(value, 1000, 10000, 'the colour temperature (kelvin)');
    case 'temperature': {
      const [min, max] = TEMPERATURE_RANGE[unit];
      return inRange(value, min, max, `the temperature (°${unit === 'celsius' ? 'C' : 'F'})`);
    }
    case 'color': {
      const text = typeof value === 'string' ? value.trim().toLowerCase() : '';
      return isColorValue(text)
        ? { ok: true, value: text }
        : {
            ok: false,
            problem: `the colour must be a CSS colour name or #rrggbb, not ${show(value)}`,
          };
    }
    case 'climate_mode': {
      const parsed = z.enum(CLIMATE_MODES).safeParse(value);
      return parsed.success
        ? { ok: true, value: parsed.data }
        : {
            ok: false,
            problem: `the mode must be one of ${CLIMATE_MODES.join(', ')}, not ${show(value)}`,
          };
    }
  }
}
