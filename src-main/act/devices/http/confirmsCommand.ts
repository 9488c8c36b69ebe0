import type { DeviceState } from '../../../core/state.ts';
import type { DeviceCommand } from './DeviceCommand.ts';

const MOVING = new Set(['opening', 'closing']);

/**
 * Does this state, reported by the device after the command, show that the command took
 * effect? Colours are only checked loosely: bulbs clamp them to their own gamut.
 */
export function confirmsCommand(command: DeviceCommand, state: DeviceState): boolean {
  if (!state.available) return false;
  switch (command.name) {
    case 'turn_on':
      return state.state === 'on';
    case 'turn_off':
      return state.state === 'off';
    case 'set_brightness':
      if (command.percent === 0) return state.state === 'off';
      return (
        state.state === 'on' &&
        state.brightness !== undefined &&
        Math.abs(state.brightness - command.percent) <= 1
      );
    case 'change_brightness':
      // Relative: the device reporting a brightness after the change is all one can check.
      return state.brightness !== undefined;
    case 'set_color':
      return state.state === 'on' && state.color !== undefined;
    case 'set_color_temp':
      return state.state === 'on' && state.color_temp !== undefined;
    case 'open':
      return state.state === 'open' || state.state === 'opening';
    case 'close':
      return state.state === 'closed' || state.state === 'closing';
    case 'stop':
      return state.state !== undefined && !MOVING.has(state.state);
    case 'set_position':
      return (
        state.position === command.percent || (state.state !== undefined && MOVING.has(state.state))
      );
  }
}
