// Relative commands ("warmer", "a bit faster", "raise the shutters a little further") become
// the absolute command every adapter speaks, from the device's state now. One place decides
// what a step means for a device that is off:
// - dimming a light that is off leaves it off (it is as dim as it gets; nothing is sent);
// - brightening a light that is off switches it on at the step ("a bit brighter" from dark
//   is a little light, not full brightness);
// - slowing a fan that is off leaves it off; speeding it up starts it at the step;
// - a climate step moves the target temperature, within the home's range.
import { TEMPERATURE_RANGES } from '../core/commandValues.ts';
import type { Device, Home } from '../core/home.ts';
import type { Action } from '../core/plan.ts';
import type { DeviceState } from '../core/state.ts';

export type Resolved =
  /** Send this instead (the same action when the adapter speaks it as it is). */
  | { kind: 'send'; action: Action }
  /** Nothing to do: the device already is where the step would take it. */
  | { kind: 'nothing' }
  | { kind: 'impossible'; why: string };

/** Commands that need the device's state before they can be sent. */
export const RELATIVE_COMMANDS: ReadonlySet<string> = new Set([
  'change_brightness',
  'change_speed',
  'change_position',
  'change_temperature',
]);

const clamp = (n: number, lo: number, hi: number): number =>
  Math.min(hi, Math.max(lo, Math.round(n)));

export function resolveRelative(
  action: Action,
  device: Device,
  state: DeviceState | undefined,
  home: Home,
): Resolved {
  const delta = Number(action.value);
  const off = state?.state === 'off';
  const send = (command: string, value: number): Resolved => ({
    kind: 'send',
    action: { device: action.device, command, value },
  });
  switch (action.command) {
    case 'change_brightness':
      if (off && delta < 0) return { kind: 'nothing' };
      if (off && delta > 0) return send('set_brightness', clamp(delta, 1, 100));
      // A light that is on steps from where it is; the adapter knows how.
      return { kind: 'send', action };
    case 'change_speed': {
      if (off && delta < 0) return { kind: 'nothing' };
      const from = off ? 0 : (state?.speed ?? 50);
      const to = clamp(from + delta, 0, 100);
      return to === 0 ? { kind: 'send', action: turnOff(action) } : send('set_speed', to);
    }
    case 'change_position': {
      const from =
        state?.position ??
        (state?.state === 'closed' ? 0 : state?.state === 'open' ? 100 : undefined);
      if (from === undefined)
        return { kind: 'impossible', why: `${device.name} does not say how far open it is` };
      return send('set_position', clamp(from + delta, 0, 100));
    }
    case 'change_temperature': {
      const from = state?.target_temperature;
      if (from === undefined)
        return { kind: 'impossible', why: `${device.name} does not say what it is set to` };
      const [low, high] = TEMPERATURE_RANGES[home.unit];
      const to = Math.min(high, Math.max(low, Math.round((from + delta) * 2) / 2));
      return send('set_temperature', to);
    }
    default:
      return { kind: 'send', action };
  }
}

function turnOff(action: Action): Action {
  return { device: action.device, command: 'turn_off' };
}
