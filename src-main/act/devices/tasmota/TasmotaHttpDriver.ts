import type { Device } from '../../../core/home.ts';
import type { DeviceState } from '../../../core/state.ts';
import { DeviceError } from '../DeviceError.ts';
import type { DeviceCommand, DeviceCommandName } from '../http/DeviceCommand.ts';
import {
  brightnessAfter,
  hsvToRgb,
  kelvinToMireds,
  miredsToKelvin,
  rgbToHex,
} from '../http/deviceUnits.ts';
import { hostLabel } from '../http/hostLabel.ts';
import { HttpClient } from '../http/HttpClient.ts';
import type { DeviceDriver, DriverReply } from '../http/NetworkDeviceAdapter.ts';
import { TransportError } from '../http/TransportError.ts';
import { tasmotaReply } from './tasmotaReply.ts';
import type { TasmotaReply } from './tasmotaReply.ts';

export interface TasmotaHttpTarget {
  host: string;
  port: number;
  /** The web UI's login, when one is set (Tasmota's user is usually `admin`). */
  username?: string;
  password?: string;
}

type Kind = 'power' | 'light' | 'shutter';

const COMMANDS: Record<Kind, ReadonlySet<DeviceCommandName>> = {
  power: new Set(['turn_on', 'turn_off']),
  light: new Set([
    'turn_on',
    'turn_off',
    'set_brightness',
    'change_brightness',
    'set_color',
    'set_color_temp',
  ]),
  shutter: new Set(['open', 'close', 'stop', 'set_position']),
};

/** A Tasmota device over HTTP: GET /cm?cmnd=Power%20On, Dimmer, Color, CT, Shutter... */
export class TasmotaHttpDriver implements DeviceDriver {
  readonly who: string;
  readonly secrets: readonly string[];
  readonly timeoutMs: number;
  private readonly client: HttpClient;
  private readonly kind: Kind;
  private readonly login: string;

  constructor(device: Device, target: TasmotaHttpTarget, timeoutMs: number) {
    this.who = `${device.name} (tasmota ${hostLabel(target.host, target.port)})`;
    this.secrets = [target.password ?? ''];
    this.timeoutMs = timeoutMs;
    this.client = new HttpClient({ host: target.host, port: target.port, timeoutMs });
    this.kind = device.type === 'light' ? 'light' : device.type === 'cover' ? 'shutter' : 'power';
    this.login =
      target.password !== undefined
        ? `user=${encodeURIComponent(target.username ?? 'admin')}&password=${encodeURIComponent(target.password)}&`
        : '';
  }

  supports(command: DeviceCommandName): boolean {
    return COMMANDS[this.kind].has(command);
  }

  async send(command: DeviceCommand, signal: AbortSignal): Promise<DriverReply> {
    let text: string;
    switch (command.name) {
      case 'turn_on':
        text = 'Power On';
        break;
      case 'turn_off':
        text = 'Power Off';
        break;
      case 'set_brightness':
        text = command.percent === 0 ? 'Power Off' : `Dimmer ${command.percent}`;
        break;
      case 'change_brightness': {
        const target = brightnessAfter(await this.readState(signal), command.delta);
        text = target === 0 ? 'Power Off' : `Dimmer ${target}`;
        break;
      }
      case 'set_color':
        text = `Color ${rgbToHex(command.rgb).toUpperCase()}`;
        break;
      case 'set_color_temp':
        text = `CT ${kelvinToMireds(command.kelvin)}`;
        break;
      case 'open':
        text = 'ShutterOpen';
        break;
      case 'close':
        text = 'ShutterClose';
        break;
      case 'stop':
        text = 'ShutterStop';
        break;
      case 'set_position':
        text = `ShutterPosition ${command.percent}`;
        break;
    }
    return { state: stateFromReply(await this.command(text, signal)) };
  }

  async readState(signal: AbortSignal): Promise<DeviceState> {
    return stateFromReply(
      await this.command(this.kind === 'shutter' ? 'ShutterPosition' : 'State', signal),
    );
  }

  close(): void {
    this.client.close();
  }

  private async command(text: string, signal: AbortSignal): Promise<TasmotaReply> {
    let reply: TasmotaReply;
    try {
      reply = await this.client.json(
        tasmotaReply,
        'GET',
        `/cm?${this.login}cmnd=${encodeURIComponent(text)}`,
        { signal },
      );
    } catch (error) {
      if (error instanceof TransportError && error.kind === 'status' && error.status === 401)
        throw this.authError();
      throw error;
    }
    if (reply.WARNING !== undefined && /user|password/i.test(reply.WARNING)) throw this.authError();
    if (reply.Command === 'Unknown' || reply.Command === 'Error') {
      throw new DeviceError(
        'refused',
        `${this.who} did not understand "${text.split(' ')[0]}": check its firmware has that feature`,
      );
    }
    return reply;
  }

  private authError(): DeviceError {
    return new DeviceError(
      'auth',
      `${this.who} rejected Hearth's login: check username and password in the home file against the device's web password`,
    );
  }
}

function stateFromReply(reply: TasmotaReply): DeviceState {
  const state: DeviceState = { available: true };
  const power = reply.POWER ?? reply.POWER1;
  if (power !== undefined) state.state = power.toUpperCase() === 'ON' ? 'on' : 'off';
  if (reply.Dimmer !== undefined) state.brightness = state.state === 'off' ? 0 : reply.Dimmer;
  const hsb = reply.HSBColor?.split(',').map(Number);
  const saturated =
    hsb !== undefined && hsb.length === 3 && hsb.every(Number.isFinite) && hsb[1]! > 0;
  if (saturated) {
    state.color = rgbToHex(hsvToRgb(hsb[0]!, hsb[1]!, 100));
  } else if (reply.CT !== undefined && reply.CT > 0) {
    state.color_temp = miredsToKelvin(reply.CT);
  } else if (reply.Color !== undefined && /^[0-9a-f]{6}/i.test(reply.Color) && hsb === undefined) {
    state.color = `#${reply.Color.slice(0, 6).toLowerCase()}`;
  }
  const shutter = reply.Shutter1;
  if (shutter) {
    state.position = shutter.Position;
    state.state =
      shutter.Direction === 1
        ? 'opening'
        : shutter.Direction === -1
          ? 'closing'
          : shutter.Position <= 0
            ? 'closed'
            : 'open';
  }
  return state;
}
