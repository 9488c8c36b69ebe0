import type { z } from 'zod';
import type { Device } from '../../../core/home.ts';
import type { DeviceState } from '../../../core/state.ts';
import type { KasaConnection } from '../../../home/connections/kasa.ts';
import { DeviceError } from '../DeviceError.ts';
import type { DeviceCommand, DeviceCommandName } from '../http/DeviceCommand.ts';
import { brightnessAfter, hsvToRgb, rgbToHex, rgbToHsv } from '../http/deviceUnits.ts';
import { hostLabel } from '../http/hostLabel.ts';
import type { DeviceDriver, DriverReply } from '../http/NetworkDeviceAdapter.ts';
import { TransportError } from '../http/TransportError.ts';
import { KasaClient } from './KasaClient.ts';
import {
  KASA_BULB_SERVICE,
  kasaBulbReply,
  kasaRelayReply,
  kasaSysinfoReply,
} from './kasaReplies.ts';
import type { KasaLightState } from './kasaReplies.ts';

const PLUG = new Set<DeviceCommandName>(['turn_on', 'turn_off']);
const BULB = new Set<DeviceCommandName>([
  'turn_on',
  'turn_off',
  'set_brightness',
  'change_brightness',
  'set_color',
  'set_color_temp',
]);

/** The white range Kasa colour bulbs accept (KL130, LB130: 2500-9000 K). */
const KELVIN_MIN = 2500;
const KELVIN_MAX = 9000;

/** A Kasa plug (its relay) or bulb over the legacy local protocol on TCP 9999. */
export class KasaDriver implements DeviceDriver {
  readonly who: string;
  readonly secrets: readonly string[] = [];
  readonly timeoutMs: number;
  private readonly client: KasaClient;
  private readonly bulb: boolean;

  constructor(device: Device, connection: KasaConnection, timeoutMs: number) {
    this.who = `${device.name} (kasa ${hostLabel(connection.host, connection.port)})`;
    this.timeoutMs = timeoutMs;
    this.client = new KasaClient({ host: connection.host, port: connection.port, timeoutMs });
    this.bulb = device.type === 'light';
  }

  supports(command: DeviceCommandName): boolean {
    return (this.bulb ? BULB : PLUG).has(command);
  }

  async send(command: DeviceCommand, signal: AbortSignal): Promise<DriverReply> {
    if (!this.bulb) {
      const state = command.name === 'turn_on' ? 1 : 0;
      // Methods of one module run in order, so the state read after the change comes in the
      // same answer; if it does not confirm, the adapter still reads back on its own.
      const reply = await this.ask(
        { system: { set_relay_state: { state }, get_sysinfo: {} } },
        kasaRelayReply,
        signal,
      );
      this.check(reply.system.set_relay_state, 'set_relay_state');
      const relay = reply.system.get_sysinfo?.relay_state;
      return relay === undefined
        ? {}
        : { state: { available: true, state: relay === 1 ? 'on' : 'off' } };
    }
    const light = await this.lightRequest(command, signal);
    const reply = await this.ask(
      { [KASA_BULB_SERVICE]: { transition_light_state: { ...light, transition_period: 0 } } },
      kasaBulbReply,
      signal,
    );
    const result = reply[KASA_BULB_SERVICE].transition_light_state;
    this.check(result, 'transition_light_state');
    return { state: bulbState(result) };
  }

  async readState(signal: AbortSignal): Promise<DeviceState> {
    const reply = await this.ask({ system: { get_sysinfo: {} } }, kasaSysinfoReply, signal);
    const info = reply.system.get_sysinfo;
    this.check(info, 'get_sysinfo');
    if (this.bulb) {
      if (!info.light_state) throw new TransportError('malformed', 'no light_state: not a bulb');
      return bulbState(info.light_state);
    }
    if (info.relay_state === undefined)
      throw new TransportError('malformed', 'no relay_state: not a plug');
    return { available: true, state: info.relay_state === 1 ? 'on' : 'off' };
  }

  close(): void {
    this.client.close();
  }

  private async lightRequest(
    command: DeviceCommand,
    signal: AbortSignal,
  ): Promise<Record<string, number>> {
    switch (command.name) {
      case 'turn_on':
        return { on_off: 1 };
      case 'turn_off':
        return { on_off: 0 };
      case 'set_brightness':
        return withBrightness(command.percent);
      case 'change_brightness':
        return withBrightness(brightnessAfter(await this.readState(signal), command.delta));
      case 'set_color': {
        const { hue, saturation } = rgbToHsv(command.rgb);
        // color_temp 0 switches the bulb from white to colour mode.
        return { on_off: 1, ignore_default: 1, hue, saturation, color_temp: 0 };
      }
      case 'set_color_temp': {
        const kelvin = Math.min(KELVIN_MAX, Math.max(KELVIN_MIN, Math.round(command.kelvin)));
        return { on_off: 1, ignore_default: 1, color_temp: kelvin };
      }
      default:
        throw new DeviceError(
          'unsupported',
          `${this.who} cannot ${command.name.replaceAll('_', ' ')}`,
        );
    }
  }

  private async ask<T>(payload: unknown, schema: z.ZodType<T>, signal: AbortSignal): Promise<T> {
    const reply = await this.client.request(payload, signal);
    const parsed = schema.safeParse(reply);
    if (parsed.success) return parsed.data;
    throw new TransportError(
      'malformed',
      `unexpected reply: ${JSON.stringify(reply).slice(0, 120)}`,
    );
  }

  private check(
    result: { err_code?: number | undefined; err_msg?: string | undefined },
    method: string,
  ): void {
    if (result.err_code !== undefined && result.err_code !== 0) {
      throw new DeviceError(
        'refused',
        `${this.who} turned ${method} down (error ${result.err_code}${result.err_msg ? `: ${result.err_msg}` : ''})`,
      );
    }
  }
}

function withBrightness(percent: number): Record<string, number> {
  return percent === 0 ? { on_off: 0 } : { on_off: 1, ignore_default: 1, brightness: percent };
}

function bulbState(light: KasaLightState): DeviceState {
  const on = light.on_off === 1;
  // An off bulb reports what it will come back with under dft_on_state.
  const look = on ? light : (light.dft_on_state ?? {});
  const state: DeviceState = { available: true, state: on ? 'on' : 'off' };
  if (light.on_off === undefined) delete state.state;
  if (look.brightness !== undefined) state.brightness = on ? look.brightness : 0;
  if (look.color_temp !== undefined && look.color_temp > 0) {
    state.color_temp = look.color_temp;
  } else if (look.hue !== undefined && look.saturation !== undefined) {
    state.color = rgbToHex(hsvToRgb(look.hue, look.saturation, 100));
  }
  return state;
}
