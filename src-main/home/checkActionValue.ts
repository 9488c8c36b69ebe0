// The value rules of the command table (home-file.md): which commands take a value and what
// range it must be in. Used for scene actions here, and by anything else that builds actions.
import { CLIMATE_MODES, COMMAND_VALUES } from '../core/commands.ts';
import type { ValueKind } from '../core/commands.ts';
import { CSS_COLOR_NAMES, isColorValue } from '../core/cssColors.ts';
import { closestMatch } from './closestMatch.ts';

const KIND_WORDS: Readonly<Record<ValueKind, string>> = {
  percent: 'a number from 0 to 100 (percent)',
  signed_percent: 'a number from -100 to 100 (a change in percent, e.g. -20)',
  color: 'a lower-case CSS colour name such as `red`, or `#rrggbb`',
  kelvin: 'a colour temperature from 1000 to 10000 (kelvin)',
  temperature: "a number of degrees in the home's unit",
  climate_mode: `one of ${CLIMATE_MODES.join(', ')}`,
};

const RANGES: Partial<Record<ValueKind, readonly [number, number]>> = {
  percent: [0, 100],
  signed_percent: [-100, 100],
  kelvin: [1000, 10000],
  // Wide enough for any thermostat in either unit; it catches typos such as 210 for 21.0.
  temperature: [-50, 150],
};

/**
 * What is wrong with giving `value` to `command` (one sentence), or undefined when it is
 * right: a value present exactly when the command takes one, of the right kind and range.
 */
export function checkActionValue(
  command: string,
  value: number | string | undefined,
): string | undefined {
  const kind = COMMAND_VALUES[command];
  if (kind === undefined) {
    return value === undefined
      ? undefined
      : `command \`${command}\` takes no value; remove \`value\``;
  }
  if (value === undefined) return `command \`${command}\` needs a value: ${KIND_WORDS[kind]}`;
  const shown = typeof value === 'string' ? `\`${value}\`` : String(value);
  const wrong = `value ${shown} for \`${command}\` must be ${KIND_WORDS[kind]}`;
  const range = RANGES[kind];
  if (range) {
    return typeof value === 'number' &&
      Number.isFinite(value) &&
      value >= range[0] &&
      value <= range[1]
      ? undefined
      : wrong;
  }
  if (typeof value !== 'string') return wrong;
  if (kind === 'color') {
    if (isColorValue(value)) return undefined;
    const guess = closestMatch(value.replace(/[\s-]/g, ''), CSS_COLOR_NAMES);
    return guess ? `${wrong}; did you mean \`${guess}\`?` : wrong;
  }
  return (CLIMATE_MODES as readonly string[]).includes(value) ? undefined : wrong;
}
