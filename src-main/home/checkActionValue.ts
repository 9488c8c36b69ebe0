// Scene actions' values in the home file, checked against the one table of command values
// (core/commandValues.ts) and worded for the home file: code in backticks, a guess for a
// mistyped colour.
import { COMMAND_VALUES } from '../core/commands.ts';
import { checkCommandValue, showValue } from '../core/commandValues.ts';
import type { TemperatureUnit } from '../core/commandValues.ts';
import { CSS_COLOR_NAMES } from '../core/cssColors.ts';
import { closestMatch } from './closestMatch.ts';

/**
 * What is wrong with giving `value` to `command` (one sentence), or undefined when it is
 * right: a value present exactly when the command takes one, of the right kind and range.
 * `unit` is the home's; when it is not given a temperature may be in either unit.
 */
export function checkActionValue(
  command: string,
  value: number | string | undefined,
  unit?: TemperatureUnit,
): string | undefined {
  const checked = checkCommandValue(command, value, unit);
  if (checked.ok) return undefined;
  switch (checked.fault) {
    case 'unwanted':
      return `command \`${command}\` takes no value; remove \`value\``;
    case 'missing':
      return `command \`${command}\` needs a value: ${checked.expected}`;
    case 'wrong': {
      const shown = typeof value === 'string' ? `\`${value}\`` : showValue(value);
      const wrong = `value ${shown} for \`${command}\` must be ${checked.expected}`;
      if (COMMAND_VALUES[command] !== 'color' || typeof value !== 'string') return wrong;
      const guess = closestMatch(value.replace(/[\s-]/g, ''), CSS_COLOR_NAMES);
      return guess ? `${wrong}; did you mean \`${guess}\`?` : wrong;
    }
  }
}
