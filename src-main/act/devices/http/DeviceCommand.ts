import { COMMAND_VALUES } from '../../../core/commands.ts';
import { cssColorToRgb } from '../../../core/cssColors.ts';
import type { Home } from '../../../core/home.ts';
import { parseCommandValue } from '../../parseCommandValue.ts';
import { DeviceError } from '../DeviceError.ts';

export type Rgb = readonly [number, number, number];

/** A command with its value checked and typed: what a protocol driver turns into bytes. */
export type DeviceCommand =
  | { name: 'turn_on' | 'turn_off' | 'open' | 'close' | 'stop' }
  | { name: 'set_brightness'; percent: number }
  | { name: 'change_brightness'; delta: number }
  | { name: 'set_color'; rgb: Rgb; text: string }
  | { name: 'set_color_temp'; kelvin: number }
  | { name: 'set_position'; percent: number };

export type DeviceCommandName = DeviceCommand['name'];

export const NETWORK_COMMANDS: ReadonlySet<string> = new Set<DeviceCommandName>([
  'turn_on',
  'turn_off',
  'open',
  'close',
  'stop',
  'set_brightness',
  'change_brightness',
  'set_color',
  'set_color_temp',
  'set_position',
]);

/**
 * Checks a plan's command and value; throws a DeviceError naming `who` when the value is
 * wrong or the command is not one the network adapters know.
 */
export function toDeviceCommand(
  command: string,
  value: number | string | undefined,
  who: string,
  unit: Home['unit'] = 'celsius',
): DeviceCommand {
  const kind = COMMAND_VALUES[command];
  let checked: number | string | undefined;
  if (kind) {
    const parsed = parseCommandValue(kind, value, unit);
    if (!parsed.ok) throw new DeviceError('unsupported', `${who}: ${parsed.problem}`);
    checked = parsed.value;
  }
  switch (command) {
    case 'turn_on':
    case 'turn_off':
    case 'open':
    case 'close':
    case 'stop':
      return { name: command };
    case 'set_brightness':
    case 'set_position':
      return { name: command, percent: Math.round(Number(checked)) };
    case 'change_brightness':
      return { name: command, delta: Math.round(Number(checked)) };
    case 'set_color_temp':
      return { name: command, kelvin: Number(checked) };
    case 'set_color': {
      const text = String(checked);
      const rgb = cssColorToRgb(text);
      if (!rgb)
        throw new DeviceError('unsupported', `${who}: Hearth does not know the colour "${text}"`);
      return { name: command, rgb, text };
    }
    default:
      throw new DeviceError('unsupported', `${who} cannot ${command.replaceAll('_', ' ')}`);
  }
}
