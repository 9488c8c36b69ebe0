import { z } from 'zod';
import type { Device, Home } from '../../../core/home.ts';
import { fromScale, miredsToKelvin, rgbToHex } from '../mqtt/commandValues.ts';
import type { StateUpdate } from '../mqtt/MqttDeviceAdapter.ts';
import { xyToHex } from './xyToHex.ts';

// Every field is optional and a field of the wrong type is dropped rather than failing the
// whole message: one odd attribute from a quirky device must not hide the rest.
const num = z.number().finite().optional().catch(undefined);
const str = z.string().optional().catch(undefined);
const bool = z.boolean().optional().catch(undefined);

const z2mState = z.object({
  state: str,
  brightness: num,
  color_temp: num,
  color: z
    .object({ hex: str, x: num, y: num, hue: num, saturation: num })
    .optional()
    .catch(undefined),
  position: num,
  lock_state: str,
  system_mode: str,
  occupied_heating_setpoint: num,
  occupied_cooling_setpoint: num,
  current_heating_setpoint: num,
  local_temperature: num,
  temperature: num,
  humidity: num,
  fan_mode: str,
  fan_state: str,
  contact: bool,
  occupancy: bool,
  presence: bool,
  water_leak: bool,
  smoke: bool,
  vibration: bool,
  gas: bool,
  power: num,
  energy: num,
  illuminance: num,
  illuminance_lux: num,
  pressure: num,
  co2: num,
  voltage: num,
  current: num,
  battery: num,
});
type Z2mState = z.infer<typeof z2mState>;

export interface ParsedZigbee2mqttState {
  update: StateUpdate;
  /** Which setpoint key the thermostat uses, when the message shows one. */
  setpointKey?: 'occupied_heating_setpoint' | 'current_heating_setpoint';
}

export const FAN_MODE_SPEEDS: Readonly<Record<string, number>> = {
  off: 0,
  low: 33,
  medium: 67,
  high: 100,
  on: 100,
};

/** One JSON state message from `<base_topic>/<friendly_name>`; undefined when unreadable. */
export function parseZigbee2mqttState(
  text: string,
  device: Pick<Device, 'type' | 'class'>,
  unit: Home['unit'],
): ParsedZigbee2mqttState | undefined {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return undefined;
  }
  const parsed = z2mState.safeParse(json);
  if (!parsed.success) return undefined;
  const s = parsed.data;
  const temp = (c: number | undefined): number | undefined =>
    c === undefined ? undefined : unit === 'fahrenheit' ? round1((c * 9) / 5 + 32) : c;
  const update: StateUpdate = {};
  const onOff = (s.fan_state ?? s.state)?.toLowerCase();

  switch (device.type) {
    case 'light':
    case 'switch':
    case 'appliance':
      if (onOff === 'on' || onOff === 'off') update.state = onOff;
      if (s.brightness !== undefined && device.type === 'light') {
        update.brightness = fromScale(s.brightness, 254);
      }
      update.color = colorOf(s);
      if (s.color_temp !== undefined && s.color_temp > 0) {
        update.color_temp = miredsToKelvin(s.color_temp);
      }
      break;
    case 'fan':
      if (onOff === 'on' || onOff === 'off') update.state = onOff;
      if (s.fan_mode !== undefined) {
        update.speed = FAN_MODE_SPEEDS[s.fan_mode.toLowerCase()];
        if (update.speed !== undefined && update.state === undefined) {
          update.state = update.speed > 0 ? 'on' : 'off';
        }
      }
      break;
    case 'cover':
      update.position = s.position;
      update.state = coverState(s);
      break;
    case 'lock': {
      const lock = (s.lock_state ?? s.state)?.toLowerCase();
      if (lock === 'lock' || lock === 'locked') update.state = 'locked';
      else if (lock === 'unlock' || lock === 'unlocked') update.state = 'unlocked';
      else if (lock) update.state = lock;
      break;
    }
    case 'valve':
      if (onOff === 'on' || onOff === 'open') update.state = 'open';
      else if (onOff === 'off' || onOff === 'closed' || onOff === 'close') update.state = 'closed';
      break;
    case 'climate': {
      const mode = s.system_mode?.toLowerCase();
      update.mode = mode;
      if (mode) update.state = mode === 'off' ? 'off' : 'on';
      update.temperature = temp(s.local_temperature ?? s.temperature);
      const setpoint =
        mode === 'cool' && s.occupied_cooling_setpoint !== undefined
          ? s.occupied_cooling_setpoint
          : (s.occupied_heating_setpoint ?? s.current_heating_setpoint);
      update.target_temperature = temp(setpoint);
      break;
    }
    case 'binary_sensor':
      update.state = binaryState(s);
      break;
    case 'sensor':
      update.temperature = temp(s.temperature ?? s.local_temperature);
      update.humidity = s.humidity;
      update.value = sensorValue(s, device.class);
      break;
    default:
      break;
  }
  const result: ParsedZigbee2mqttState = { update };
  if (s.occupied_heating_setpoint !== undefined) result.setpointKey = 'occupied_heating_setpoint';
  else if (s.current_heating_setpoint !== undefined)
    result.setpointKey = 'current_heating_setpoint';
  return result;
}

function round1(n: number): number {
  return Math.round(n * 10) / 10;
}

function colorOf(s: Z2mState): string | undefined {
  const c = s.color;
  if (!c) return undefined;
  if (c.hex && /^#[0-9a-fA-F]{6}$/.test(c.hex)) return c.hex.toLowerCase();
  if (c.x !== undefined && c.y !== undefined) return xyToHex(c.x, c.y);
  if (c.hue !== undefined && c.saturation !== undefined) return hsToHex(c.hue, c.saturation);
  return undefined;
}

function hsToHex(hue: number, saturation: number): string {
  const h = (((hue % 360) + 360) % 360) / 60;
  const s = Math.max(0, Math.min(100, saturation)) / 100;
  const x = s * (1 - Math.abs((h % 2) - 1));
  const m = 1 - s;
  const sector: [number, number, number][] = [
    [s, x, 0],
    [x, s, 0],
    [0, s, x],
    [0, x, s],
    [x, 0, s],
    [s, 0, x],
  ];
  const [r, g, b] = sector[Math.floor(h) % 6] ?? [s, x, 0];
  return rgbToHex([r + m, g + m, b + m].map((c) => c * 255));
}

function coverState(s: Z2mState): string | undefined {
  const state = s.state?.toLowerCase();
  if (state === 'open') return 'open';
  if (state === 'close' || state === 'closed') return 'closed';
  // STOP (or no state at all) says nothing of where it is; the position does.
  if (s.position !== undefined) return s.position > 0 ? 'open' : 'closed';
  return undefined;
}

function binaryState(s: Z2mState): string | undefined {
  if (s.contact !== undefined) return s.contact ? 'closed' : 'open';
  const detected = s.occupancy ?? s.presence ?? s.water_leak ?? s.smoke ?? s.gas ?? s.vibration;
  if (detected !== undefined) return detected ? 'on' : 'off';
  const state = s.state?.toLowerCase();
  return state === 'on' || state === 'off' ? state : undefined;
}

function sensorValue(s: Z2mState, sensorClass: string | undefined): number | undefined {
  const byClass: Record<string, number | undefined> = {
    power: s.power,
    energy: s.energy,
    illuminance: s.illuminance_lux ?? s.illuminance,
    pressure: s.pressure,
    co2: s.co2,
    voltage: s.voltage,
    current: s.current,
    battery: s.battery,
  };
  if (sensorClass && sensorClass in byClass) return byClass[sensorClass];
  return s.power ?? s.illuminance_lux ?? s.illuminance ?? s.co2 ?? s.pressure;
}
