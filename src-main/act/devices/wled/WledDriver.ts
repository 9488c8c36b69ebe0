import type { Device } from '../../../core/home.ts';
import type { DeviceState } from '../../../core/state.ts';
import type { WledConnection } from '../../../home/connections/wled.ts';
import { DeviceError } from '../DeviceError.ts';
import type { DeviceCommand, DeviceCommandName } from '../http/DeviceCommand.ts';
import { kelvinToRgb, percentToScale, rgbToHex, scaleToPercent } from '../http/deviceUnits.ts';
import { hostLabel } from '../http/hostLabel.ts';
import { HttpClient } from '../http/HttpClient.ts';
import type { DeviceDriver, DriverReply } from '../http/NetworkDeviceAdapter.ts';
import { wledPostReply, wledState } from './wledReplies.ts';
import type { WledState } from './wledReplies.ts';

const COMMANDS = new Set<DeviceCommandName>([
  'turn_on',
  'turn_off',
  'set_brightness',
  'change_brightness',
  'set_color',
  'set_color_temp',
]);

/** A WLED strip (one segment of it), JSON API: POST /json/state, GET /json/state. */
export class WledDriver implements DeviceDriver {
  readonly who: string;
  readonly secrets: readonly string[] = [];
  readonly timeoutMs: number;
  private readonly client: HttpClient;
  private readonly segment: number;

  constructor(device: Device, connection: WledConnection, timeoutMs: number) {
    this.who = `${device.name} (wled ${hostLabel(connection.host, connection.port)})`;
    this.timeoutMs = timeoutMs;
    this.client = new HttpClient({ host: connection.host, port: connection.port, timeoutMs });
    this.segment = connection.segment;
  }

  supports(command: DeviceCommandName): boolean {
    return COMMANDS.has(command);
  }

  async send(command: DeviceCommand, signal: AbortSignal): Promise<DriverReply> {
    // "v": true makes WLED answer with its whole new state: the confirmation.
    const body = { ...wledBody(command, this.segment), v: true };
    const reply = await this.client.json(wledPostReply, 'POST', '/json/state', { body, signal });
    if ('error' in reply) {
      throw new DeviceError(
        'refused',
        `${this.who} turned the command down (WLED error ${String(reply.error)})`,
      );
    }
    const full = wledState.safeParse(reply);
    if (full.success) return { acknowledged: true, state: this.toState(full.data) };
    return { acknowledged: false };
  }

  async readState(signal: AbortSignal): Promise<DeviceState> {
    return this.toState(await this.client.json(wledState, 'GET', '/json/state', { signal }));
  }

  close(): void {
    this.client.close();
  }

  private toState(reply: WledState): DeviceState {
    const state: DeviceState = {
      available: true,
      state: reply.on && reply.bri > 0 ? 'on' : 'off',
      brightness: reply.on ? scaleToPercent(reply.bri, 255) : 0,
    };
    const segments = reply.seg ?? [];
    const segment = segments.find((s) => s.id === this.segment) ?? segments[this.segment];
    const first = segment?.col?.[0];
    if (first && first.length >= 3) state.color = rgbToHex([first[0]!, first[1]!, first[2]!]);
    return state;
  }
}

/** The JSON for a command. WLED takes "~N" / "~-N" as a relative brightness step. */
export function wledBody(command: DeviceCommand, segment: number): Record<string, unknown> {
  switch (command.name) {
    case 'turn_on':
      return { on: true };
    case 'turn_off':
      return { on: false };
    case 'set_brightness':
      return command.percent === 0
        ? { on: false }
        : { on: true, bri: percentToScale(command.percent, 255) };
    case 'change_brightness': {
      const step = Math.round((command.delta / 100) * 255);
      return command.delta > 0 ? { on: true, bri: `~${step}` } : { bri: `~${step}` };
    }
    case 'set_color':
      return { on: true, seg: [{ id: segment, col: [[...command.rgb]] }] };
    case 'set_color_temp':
      // RGB strips have no white channel to set: send the white as a colour.
      return { on: true, seg: [{ id: segment, col: [[...kelvinToRgb(command.kelvin)]] }] };
    default:
      throw new Error(`no WLED body for ${command.name}`);
  }
}
