import type { Device, Home } from '../../../core/home.ts';
import { DeviceError } from '../DeviceError.ts';
import {
  climateModeOf,
  colorOf,
  kelvinOf,
  kelvinToMireds,
  percentOf,
  samePercent,
  signedPercentOf,
  temperatureOf,
  toScale,
} from '../mqtt/commandValues.ts';
import type { StateUpdate } from '../mqtt/MqttDeviceAdapter.ts';
import { FAN_MODE_SPEEDS } from './parseZigbee2mqttState.ts';

export interface Zigbee2mqttCommand {
  /** The JSON object published to `<base_topic>/<friendly_name>/set`. */
  payload: Record<string, unknown>;
  /** Which state echo confirms it; absent when none can. */
  confirms?: (update: StateUpdate) => boolean;
}

export interface Zigbee2mqttCommandContext {
  unit: Home['unit'];
  /** What is known of the device: in cool mode the cooling setpoint is the one to set. */
  current: StateUpdate;
  /** The setpoint key the thermostat reports; default occupied_heating_setpoint. */
  setpointKey?: string;
  /** The thermostat's last mode other than off, for turn_on; default heat. */
  lastActiveMode?: string;
}

const stateIs =
  (...states: string[]) =>
  (u: StateUpdate): boolean =>
    u.state !== undefined && states.includes(u.state);

/**
 * The Zigbee2MQTT `/set` payload for one command. Colour and colour temperature are
 * confirmed by the attribute coming back at all: lights clamp to their own gamut and
 * mired range, so the value read back rarely equals the one sent.
 */
export function zigbee2mqttCommand(
  device: Pick<Device, 'type'>,
  command: string,
  value: number | string | undefined,
  context: Zigbee2mqttCommandContext,
): Zigbee2mqttCommand {
  const onOff = (on: boolean): Zigbee2mqttCommand => ({
    payload: { state: on ? 'ON' : 'OFF' },
    confirms: stateIs(on ? 'on' : 'off'),
  });

  switch (device.type) {
    case 'light':
      switch (command) {
        case 'turn_on':
          return onOff(true);
        case 'turn_off':
          return onOff(false);
        case 'set_brightness': {
          const p = percentOf(command, value);
          if (p === 0) return onOff(false);
          return {
            payload: { brightness: toScale(p, 254) },
            confirms: (u) => samePercent(u.brightness, p, 254),
          };
        }
        case 'change_brightness': {
          const step = toScale(signedPercentOf(command, value), 254);
          return {
            payload: { brightness_step: step },
            confirms: (u) => u.brightness !== undefined || u.state === 'off',
          };
        }
        case 'set_color':
          return {
            payload: { color: { hex: colorOf(value).hex } },
            confirms: (u) => u.color !== undefined,
          };
        case 'set_color_temp':
          return {
            payload: { color_temp: kelvinToMireds(kelvinOf(value)) },
            confirms: (u) => u.color_temp !== undefined,
          };
      }
      break;
    case 'switch':
    case 'appliance':
      if (command === 'turn_on' || command === 'start') return onOff(true);
      if (command === 'turn_off' || command === 'stop') return onOff(false);
      break;
    case 'fan':
      if (command === 'turn_on') return onOff(true);
      if (command === 'turn_off') return onOff(false);
      if (command === 'set_speed') {
        // Zigbee fan controllers take a mode, not a percentage.
        const p = percentOf(command, value);
        const mode = p === 0 ? 'off' : p <= 33 ? 'low' : p <= 67 ? 'medium' : 'high';
        return {
          payload: { fan_mode: mode },
          confirms: (u) => u.speed === FAN_MODE_SPEEDS[mode],
        };
      }
      break;
    case 'cover':
      switch (command) {
        case 'open':
          return {
            payload: { state: 'OPEN' },
            confirms: (u) => u.state === 'open' && (u.position === undefined || u.position > 0),
          };
        case 'close':
          return {
            payload: { state: 'CLOSE' },
            confirms: (u) => u.state === 'closed' || u.position === 0,
          };
        case 'stop':
          return {
            payload: { state: 'STOP' },
            confirms: (u) => u.position !== undefined || u.state !== undefined,
          };
        case 'set_position': {
          const p = Math.round(percentOf(command, value));
          return { payload: { position: p }, confirms: (u) => u.position === p };
        }
      }
      break;
    case 'lock':
      if (command === 'lock') return { payload: { state: 'LOCK' }, confirms: stateIs('locked') };
      if (command === 'unlock') {
        return { payload: { state: 'UNLOCK' }, confirms: stateIs('unlocked') };
      }
      break;
    case 'valve':
      if (command === 'open') return { payload: { state: 'ON' }, confirms: stateIs('open') };
      if (command === 'close') return { payload: { state: 'OFF' }, confirms: stateIs('closed') };
      break;
    case 'climate':
      return climateCommand(command, value, context);
    default:
      break;
  }
  throw new DeviceError('unsupported', `Zigbee2MQTT cannot do ${command} on a ${device.type}`);
}

function climateCommand(
  command: string,
  value: number | string | undefined,
  context: Zigbee2mqttCommandContext,
): Zigbee2mqttCommand {
  const mode = (m: string): Zigbee2mqttCommand => ({
    payload: { system_mode: m },
    confirms: (u) => u.mode === m,
  });
  switch (command) {
    case 'turn_on':
      return mode(context.lastActiveMode ?? 'heat');
    case 'turn_off':
      return mode('off');
    case 'set_mode':
      return mode(climateModeOf(value));
    case 'set_temperature': {
      const wanted = temperatureOf(value);
      // Zigbee thermostats always speak Celsius, in half degrees.
      const celsius =
        context.unit === 'fahrenheit' ? Math.round((((wanted - 32) * 5) / 9) * 2) / 2 : wanted;
      const key =
        context.current.mode === 'cool'
          ? 'occupied_cooling_setpoint'
          : (context.setpointKey ?? 'occupied_heating_setpoint');
      return {
        payload: { [key]: celsius },
        confirms: (u) =>
          u.target_temperature !== undefined && Math.abs(u.target_temperature - wanted) <= 0.6,
      };
    }
  }
  throw new DeviceError('unsupported', `Zigbee2MQTT cannot do ${command} on a climate device`);
}
