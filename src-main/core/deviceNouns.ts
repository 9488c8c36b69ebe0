import type { DeviceType } from './home.ts';

/** What a device of each type is called in a reply: singular and plural. */
export const TYPE_NOUNS: Readonly<Record<DeviceType, readonly [string, string]>> = {
  light: ['light', 'lights'],
  switch: ['switch', 'switches'],
  fan: ['fan', 'fans'],
  cover: ['cover', 'covers'],
  climate: ['thermostat', 'thermostats'],
  lock: ['lock', 'locks'],
  valve: ['valve', 'valves'],
  media_player: ['media player', 'media players'],
  vacuum: ['vacuum', 'vacuums'],
  appliance: ['appliance', 'appliances'],
  sensor: ['sensor', 'sensors'],
  binary_sensor: ['sensor', 'sensors'],
};
