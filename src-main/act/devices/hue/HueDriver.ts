import type { Device } from '../../../core/home.ts';
import type { DeviceState } from '../../../core/state.ts';
import type { HueConnection } from '../../../home/connections/hue.ts';
import type { DeviceCommand, DeviceCommandName } from '../http/DeviceCommand.ts';
import {
  hsvToRgb,
  kelvinToMireds,
  miredsToKelvin,
  percentToScale,
  rgbToHex,
  scaleToPercent,
} from '../http/deviceUnits.ts';
import { hostLabel } from '../http/hostLabel.ts';
import { HttpClient } from '../http/HttpClient.ts';
import type { DeviceDriver, DriverReply } from '../http/NetworkDeviceAdapter.ts';
import { rgbToXy, xyToRgb } from './cieXy.ts';
import { hueErrorToDeviceError } from './hueErrorToDeviceError.ts';
import { hueGroupReply, hueLightReply, hueLightState, hueWriteReply } from './hueReplies.ts';
import type { HueLightState } from './hueReplies.ts';
import type { HueRateLimiter } from './HueRateLimiter.ts';

export interface HueDriverOptions {
  timeoutMs: number;
  limiter: HueRateLimiter;
}

const COMMANDS = new Set<DeviceCommandName>([
  'turn_on',
  'turn_off',
  'set_brightness',
  'change_brightness',
  'set_color',
  'set_color_temp',
]);

/** One light or group on a Hue bridge, REST API v1. */
export class HueDriver implements DeviceDriver {
  readonly who: string;
  readonly secrets: readonly string[];
  readonly timeoutMs: number;
  private readonly client: HttpClient;
  private readonly limiter: HueRateLimiter;
  private readonly target: 'light' | 'group';
  private readonly id: string;
  private readonly resourcePath: string;
  // The bridge says "success" even to a bulb switched off at the wall; once a read has shown
  // it unreachable, a success is not a confirmation until a read shows it back.
  private reachable = true;

  constructor(device: Device, connection: HueConnection, options: HueDriverOptions) {
    this.who = `${device.name} (hue bridge ${hostLabel(connection.host, connection.port)})`;
    this.secrets = [connection.username];
    this.timeoutMs = options.timeoutMs;
    this.limiter = options.limiter;
    this.client = new HttpClient({
      host: connection.host,
      port: connection.port,
      timeoutMs: options.timeoutMs,
    });
    this.target = connection.group !== undefined ? 'group' : 'light';
    this.id = connection.group ?? connection.light ?? '';
    this.resourcePath = `/api/${encodeURIComponent(connection.username)}/${this.target}s/${encodeURIComponent(this.id)}`;
  }

  supports(command: DeviceCommandName): boolean {
    return COMMANDS.has(command);
  }

  async send(command: DeviceCommand, signal: AbortSignal): Promise<DriverReply> {
    const body = hueBody(command);
    await this.limiter.acquire(this.target, signal);
    const path = `${this.resourcePath}/${this.target === 'group' ? 'action' : 'state'}`;
    const reply = await this.client.json(hueWriteReply, 'PUT', path, { body, signal });
    const confirmed: Record<string, unknown> = {};
    for (const entry of reply) {
      if ('error' in entry) throw hueErrorToDeviceError(entry, this.who, this.targetName());
      for (const [address, value] of Object.entries(entry.success)) {
        confirmed[address.slice(address.lastIndexOf('/') + 1)] = value;
      }
    }
    return {
      acknowledged: this.reachable && Object.keys(body).every((key) => key in confirmed),
      state: {
        available: this.reachable,
        ...stateFromFields(hueLightState.safeParse(confirmed).data ?? {}),
      },
    };
  }

  async readState(signal: AbortSignal): Promise<DeviceState> {
    if (this.target === 'group') {
      const reply = await this.client.json(hueGroupReply, 'GET', this.resourcePath, { signal });
      if (Array.isArray(reply)) throw hueErrorToDeviceError(reply[0]!, this.who, this.targetName());
      const on = reply.state ? reply.state.any_on : reply.action.on;
      return { available: true, ...stateFromFields({ ...reply.action, on }) };
    }
    const reply = await this.client.json(hueLightReply, 'GET', this.resourcePath, { signal });
    if (Array.isArray(reply)) throw hueErrorToDeviceError(reply[0]!, this.who, this.targetName());
    this.reachable = reply.state.reachable !== false;
    return { available: this.reachable, ...stateFromFields(reply.state) };
  }

  close(): void {
    this.client.close();
  }

  private targetName(): string {
    return `${this.target} "${this.id}"`;
  }
}

/** The JSON body for a command: absolute values except `bri_inc`. */
export function hueBody(command: DeviceCommand): Record<string, unknown> {
  switch (command.name) {
    case 'turn_on':
      return { on: true };
    case 'turn_off':
      return { on: false };
    case 'set_brightness':
      return command.percent === 0
        ? { on: false }
        : { on: true, bri: percentToScale(command.percent, 254, 1) };
    case 'change_brightness': {
      const inc = Math.max(-254, Math.min(254, Math.round((command.delta / 100) * 254)));
      // Brighter also means on; dimmer must not switch on a light that is off.
      return command.delta > 0 ? { on: true, bri_inc: inc } : { bri_inc: inc };
    }
    case 'set_color':
      return { on: true, xy: rgbToXy(command.rgb) };
    case 'set_color_temp':
      return { on: true, ct: kelvinToMireds(command.kelvin) };
    default:
      throw new Error(`no Hue body for ${command.name}`);
  }
}

function stateFromFields(fields: HueLightState): Omit<DeviceState, 'available'> {
  const state: Omit<DeviceState, 'available'> = {};
  if (typeof fields.on === 'boolean') state.state = fields.on ? 'on' : 'off';
  if (typeof fields.bri === 'number') {
    state.brightness = fields.on === false ? 0 : scaleToPercent(fields.bri, 254);
  }
  const mode = fields.colormode;
  if (Array.isArray(fields.xy) && (mode === undefined || mode === 'xy')) {
    state.color = rgbToHex(xyToRgb(fields.xy));
  } else if (mode === 'hs' && typeof fields.hue === 'number' && typeof fields.sat === 'number') {
    state.color = rgbToHex(hsvToRgb((fields.hue / 65535) * 360, (fields.sat / 254) * 100));
  }
  if (
    typeof fields.ct === 'number' &&
    (mode === undefined || mode === 'ct') &&
    state.color === undefined
  ) {
    state.color_temp = miredsToKelvin(fields.ct);
  }
  return state;
}
