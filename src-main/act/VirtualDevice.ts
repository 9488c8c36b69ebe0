import { z } from 'zod';
import { COMMAND_VALUES, DEVICE_COMMANDS } from '../core/commands.ts';
import type { Device, Home } from '../core/home.ts';
import type {
  ActionOutcome,
  AdapterContext,
  AdapterFactory,
  DeviceAdapter,
  DeviceState,
} from '../core/state.ts';
import { parseCommandValue } from './parseCommandValue.ts';

// A device that lives only in memory: the demo home, tests, and every device whose
// connection is absent or `protocol: virtual`. It behaves like a well-mannered real device,
// so everything above it (executor, replies, UI) is exercised for real.

// `connection.initial` seeds the state. Fields of the wrong type are dropped rather than
// failing the whole home: the home loader is where a file gets rejected.
const field = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);
const initialStateSchema = z.object({
  available: field(z.boolean()),
  state: field(z.string()),
  brightness: field(z.number().min(0).max(100)),
  color: field(z.string()),
  color_temp: field(z.number().positive()),
  speed: field(z.number().min(0).max(100)),
  position: field(z.number().min(0).max(100)),
  volume: field(z.number().min(0).max(100)),
  temperature: field(z.number()),
  target_temperature: field(z.number()),
  mode: field(z.string()),
  humidity: field(z.number().min(0).max(100)),
  value: field(z.number()),
});

const OPENING_CLASSES = new Set(['door', 'window', 'garage', 'gate', 'opening', 'garage_door']);
const CLEAR_CLASSES = new Set(['motion', 'occupancy', 'presence', 'smoke', 'gas', 'co']);

function defaultState(device: Device, unit: Home['unit']): DeviceState {
  const celsius = unit === 'celsius';
  switch (device.type) {
    case 'light':
      return { available: true, state: 'off', brightness: 100, color_temp: 2700 };
    case 'fan':
      return { available: true, state: 'off', speed: 50 };
    case 'cover':
      return { available: true, state: 'closed', position: 0 };
    case 'climate':
      return {
        available: true,
        state: 'on',
        mode: 'heat',
        temperature: celsius ? 20.5 : 69,
        target_temperature: celsius ? 21 : 70,
      };
    case 'lock':
      return { available: true, state: 'locked' };
    case 'valve':
      return { available: true, state: 'closed' };
    case 'media_player':
      return { available: true, state: 'off', volume: 30 };
    case 'vacuum':
      return { available: true, state: 'docked' };
    case 'sensor':
      if (device.class === 'temperature')
        return { available: true, temperature: celsius ? 21 : 70 };
      if (device.class === 'humidity') return { available: true, humidity: 45 };
      return { available: true, value: 0 };
    case 'binary_sensor': {
      const cls = device.class ?? '';
      if (OPENING_CLASSES.has(cls)) return { available: true, state: 'closed' };
      if (CLEAR_CLASSES.has(cls)) return { available: true, state: 'clear' };
      if (cls === 'moisture' || cls === 'leak') return { available: true, state: 'dry' };
      return { available: true, state: 'off' };
    }
    case 'switch':
    case 'appliance':
      return { available: true, state: 'off' };
  }
}

const clamp = (n: number, min: number, max: number) => Math.min(max, Math.max(min, n));

export interface VirtualDeviceOptions {
  /** The home's temperature unit: sets default temperatures and the accepted range. Default celsius. */
  unit?: Home['unit'];
}

export class VirtualDevice implements DeviceAdapter {
  readonly deviceId: string;
  private readonly device: Device;
  private readonly unit: Home['unit'];
  private current: DeviceState;
  private lastClimateMode = 'heat';
  private readonly listeners = new Set<(state: DeviceState) => void>();

  constructor(device: Device, options: VirtualDeviceOptions = {}) {
    this.deviceId = device.id;
    this.device = device;
    this.unit = options.unit ?? 'celsius';
    const initial = initialStateSchema.safeParse(device.connection?.initial ?? {});
    const seeded = initial.success
      ? Object.fromEntries(Object.entries(initial.data).filter(([, v]) => v !== undefined))
      : {};
    this.current = { ...defaultState(device, this.unit), ...seeded };
    if (this.current.mode && this.current.mode !== 'off') this.lastClimateMode = this.current.mode;
  }

  async execute(command: string, value?: number | string): Promise<ActionOutcome> {
    const takesValue = COMMAND_VALUES[command] !== undefined;
    const base = { device: this.deviceId, command, ...(takesValue ? { value } : {}) };
    const result = this.apply(command, value);
    if (typeof result === 'string') {
      return { ...base, outcome: 'failed', error: `${this.device.name}: ${result}` };
    }
    const next = Object.fromEntries(
      Object.entries(result).filter(([, v]) => v !== undefined),
    ) as DeviceState;
    const changed = JSON.stringify(next) !== JSON.stringify(this.current);
    this.current = next;
    if (changed) for (const listener of [...this.listeners]) listener({ ...next });
    return { ...base, outcome: 'ok' };
  }

  async read(): Promise<DeviceState> {
    return { ...this.current };
  }

  watch(listener: (state: DeviceState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  dispose(): void {
    this.listeners.clear();
  }

  /** The state after the command, or a problem in plain words (without the device name). */
  private apply(command: string, raw: number | string | undefined): DeviceState | string {
    const { type } = this.device;
    if (DEVICE_COMMANDS[type].length === 0) {
      return `it is a ${type.replace('_', ' ')}: it only has readings and takes no commands`;
    }
    if (!DEVICE_COMMANDS[type].includes(command)) {
      const can = DEVICE_COMMANDS[type].map((c) => c.replace(/_/g, ' ')).join(', ');
      return `a ${type.replace('_', ' ')} cannot "${command.replace(/_/g, ' ')}"; it can: ${can}`;
    }
    if (!this.current.available) {
      return 'did not answer (it is marked unavailable in the home file)';
    }
    let value = 0;
    let text = '';
    const kind = COMMAND_VALUES[command];
    if (kind) {
      const parsed = parseCommandValue(kind, raw, this.unit);
      if (!parsed.ok) return parsed.problem;
      if (typeof parsed.value === 'number') value = parsed.value;
      else text = parsed.value;
    }
    const s: DeviceState = { ...this.current };
    const on = s.state === 'on';
    switch (`${type}.${command}`) {
      case 'light.turn_on':
        if (!s.brightness) s.brightness = 100;
        return { ...s, state: 'on' };
      case 'climate.turn_on':
        return { ...s, state: 'on', mode: this.lastClimateMode };
      case 'switch.turn_on':
      case 'fan.turn_on':
      case 'media_player.turn_on':
      case 'appliance.turn_on':
        return { ...s, state: 'on' };
      case 'climate.turn_off':
        return { ...s, state: 'off', mode: 'off' };
      case 'light.turn_off':
      case 'switch.turn_off':
      case 'fan.turn_off':
      case 'media_player.turn_off':
      case 'appliance.turn_off':
      case 'appliance.stop':
        return { ...s, state: 'off' };
      case 'light.set_brightness':
        // 0% means off (home-file.md); the last brightness is kept for the next turn_on.
        return value === 0
          ? { ...s, state: 'off' }
          : { ...s, state: 'on', brightness: Math.round(value) };
      case 'light.change_brightness': {
        const from = on ? (s.brightness ?? 100) : 0;
        return { ...s, state: 'on', brightness: clamp(Math.round(from + value), 1, 100) };
      }
      // A light shows either a colour or a white temperature, never both.
      case 'light.set_color':
        return { ...s, state: 'on', color: text, color_temp: undefined };
      case 'light.set_color_temp':
        return { ...s, state: 'on', color_temp: Math.round(value), color: undefined };
      case 'fan.set_speed':
        return value === 0
          ? { ...s, state: 'off' }
          : { ...s, state: 'on', speed: Math.round(value) };
      case 'fan.change_speed': {
        const speed = clamp(Math.round((on ? (s.speed ?? 50) : 0) + value), 0, 100);
        return speed === 0 ? { ...s, state: 'off' } : { ...s, state: 'on', speed };
      }
      case 'cover.change_position': {
        const position = clamp(Math.round((s.position ?? 0) + value), 0, 100);
        return { ...s, position, state: position > 0 ? 'open' : 'closed' };
      }
      case 'climate.change_temperature':
        if (s.target_temperature === undefined) return 'its target temperature is not known';
        return { ...s, target_temperature: s.target_temperature + value };
      case 'cover.open':
        return { ...s, state: 'open', position: 100 };
      case 'cover.close':
        return { ...s, state: 'closed', position: 0 };
      case 'cover.stop':
        // Virtual covers move instantly, so there is never a motion to stop.
        return s;
      case 'cover.set_position': {
        const position = Math.round(value);
        return { ...s, position, state: position > 0 ? 'open' : 'closed' };
      }
      case 'climate.set_temperature':
        return { ...s, target_temperature: value };
      case 'climate.set_mode':
        if (text !== 'off') this.lastClimateMode = text;
        return { ...s, mode: text, state: text === 'off' ? 'off' : 'on' };
      case 'lock.lock':
        return { ...s, state: 'locked' };
      case 'lock.unlock':
        return { ...s, state: 'unlocked' };
      case 'valve.open':
        return { ...s, state: 'open' };
      case 'valve.close':
        return { ...s, state: 'closed' };
      case 'media_player.play':
        return { ...s, state: 'playing' };
      case 'media_player.pause':
        return s.state === 'off' ? s : { ...s, state: 'paused' };
      case 'media_player.next':
      case 'media_player.previous':
        return s;
      case 'media_player.set_volume':
        return { ...s, volume: Math.round(value) };
      case 'media_player.change_volume':
        return { ...s, volume: clamp(Math.round((s.volume ?? 0) + value), 0, 100) };
      case 'vacuum.start':
        return { ...s, state: 'cleaning' };
      case 'vacuum.stop':
        return { ...s, state: 'idle' };
      case 'vacuum.return_home':
        return { ...s, state: 'docked' };
      case 'appliance.start':
        return { ...s, state: 'running' };
    }
    return `"${command}" is not implemented for virtual ${type} devices`;
  }
}

export const virtualAdapterFactory: AdapterFactory = (device: Device, context: AdapterContext) =>
  new VirtualDevice(device, { unit: context.home.unit });
