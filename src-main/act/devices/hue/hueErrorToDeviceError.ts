import { DeviceError } from '../DeviceError.ts';
import type { HueErrorEntry } from './hueReplies.ts';

/** A bridge's `error` entry in plain words; `target` is e.g. `light "3"`. */
export function hueErrorToDeviceError(
  entry: HueErrorEntry,
  who: string,
  target: string,
): DeviceError {
  const { type, description } = entry.error;
  switch (type) {
    case 1:
      return new DeviceError(
        'auth',
        `${who} rejected Hearth's username: pair Hearth with the bridge again (hearth hue pair)`,
      );
    case 3:
      return new DeviceError('refused', `${who} has no ${target}: check the id in the home file`);
    case 201:
      return new DeviceError(
        'refused',
        `${who} is off, so that cannot change until it is turned on`,
      );
    case 101:
      return new DeviceError(
        'auth',
        `${who}: press the link button on the bridge, then try again within 30 s`,
      );
    default:
      return new DeviceError(
        'refused',
        `${who} turned the command down (Hue error ${type}${description ? `: ${description}` : ''})`,
      );
  }
}
