import type { DeviceType } from '../../../core/home.ts';
import type { DeviceCommandName } from '../http/DeviceCommand.ts';

/** Which part of a Shelly drives a device of this type, and the commands it takes. */
export type ShellyComponent = 'switch' | 'light' | 'cover';

export const SHELLY_COMMANDS: Readonly<Record<ShellyComponent, ReadonlySet<DeviceCommandName>>> = {
  switch: new Set(['turn_on', 'turn_off']),
  light: new Set(['turn_on', 'turn_off', 'set_brightness', 'change_brightness']),
  cover: new Set(['open', 'close', 'stop', 'set_position']),
};

export function shellyComponent(type: DeviceType): ShellyComponent {
  if (type === 'light') return 'light';
  if (type === 'cover') return 'cover';
  return 'switch';
}

/** A cover at rest reports where it is; this says open or closed the way people do. */
export function restingCoverState(position: number | null | undefined): string {
  if (position === null || position === undefined) return 'stopped';
  return position <= 0 ? 'closed' : 'open';
}
