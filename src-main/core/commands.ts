// The table of device types, their commands and values (../shared/spec/home-file.md).
import type { Device, DeviceType } from './home.ts';

export type ValueKind =
  | 'percent' // 0-100
  | 'signed_percent' // e.g. -20
  | 'color' // lower-case CSS colour name or #rrggbb
  | 'kelvin'
  | 'temperature' // degrees in the home's unit
  | 'signed_temperature' // a change in degrees, e.g. -2
  | 'climate_mode';

export const COMMAND_VALUES: Readonly<Record<string, ValueKind | undefined>> = {
  set_brightness: 'percent',
  change_brightness: 'signed_percent',
  set_color: 'color',
  set_color_temp: 'kelvin',
  set_speed: 'percent',
  set_position: 'percent',
  set_temperature: 'temperature',
  change_temperature: 'signed_temperature',
  change_speed: 'signed_percent',
  change_position: 'signed_percent',
  set_mode: 'climate_mode',
  set_volume: 'percent',
  change_volume: 'signed_percent',
};

export const CLIMATE_MODES = ['heat', 'cool', 'auto', 'off'] as const;
export type ClimateMode = (typeof CLIMATE_MODES)[number];

export const DEVICE_COMMANDS: Readonly<Record<DeviceType, readonly string[]>> = {
  light: [
    'turn_on',
    'turn_off',
    'set_brightness',
    'change_brightness',
    'set_color',
    'set_color_temp',
  ],
  switch: ['turn_on', 'turn_off'],
  fan: ['turn_on', 'turn_off', 'set_speed', 'change_speed'],
  cover: ['open', 'close', 'stop', 'set_position', 'change_position'],
  climate: ['turn_on', 'turn_off', 'set_temperature', 'change_temperature', 'set_mode'],
  lock: ['lock', 'unlock'],
  valve: ['open', 'close'],
  media_player: [
    'turn_on',
    'turn_off',
    'play',
    'pause',
    'next',
    'previous',
    'set_volume',
    'change_volume',
  ],
  vacuum: ['start', 'stop', 'return_home'],
  appliance: ['start', 'stop', 'turn_on', 'turn_off'],
  sensor: [],
  binary_sensor: [],
};

export const DEVICE_ATTRIBUTES: Readonly<Record<DeviceType, readonly string[]>> = {
  light: ['state', 'brightness', 'color'],
  switch: ['state'],
  fan: ['state', 'speed'],
  cover: ['state', 'position'],
  climate: ['state', 'temperature', 'target_temperature'],
  lock: ['state'],
  valve: ['state'],
  media_player: ['state', 'volume'],
  vacuum: ['state'],
  appliance: ['state'],
  sensor: ['state', 'temperature', 'humidity', 'value'],
  binary_sensor: ['state'],
};

export const SCENE_COMMAND = 'activate';

export function supportsCommand(device: Pick<Device, 'type'>, command: string): boolean {
  return DEVICE_COMMANDS[device.type].includes(command);
}

const CONFIRM_OPEN_CLASSES = new Set(['garage', 'gate', 'door']);

/** home-file.md: unlock, opening a garage/gate/door cover, and anything on a `confirm: true` device. */
export function needsConfirmation(
  device: Pick<Device, 'type' | 'class' | 'confirm'>,
  command: string,
): boolean {
  if (device.confirm) return true;
  if (command === 'unlock') return true;
  if (device.type === 'cover' && (command === 'open' || command === 'set_position')) {
    return device.class !== undefined && CONFIRM_OPEN_CLASSES.has(device.class);
  }
  return false;
}
