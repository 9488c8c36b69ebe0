import type { Device } from '../../../core/home.ts';
import type { DeviceState } from '../../../core/state.ts';
import type { ShellyConnection } from '../../../home/connections/shelly.ts';
import { DeviceError } from '../DeviceError.ts';
import type { DeviceCommand, DeviceCommandName } from '../http/DeviceCommand.ts';
import { brightnessAfter } from '../http/deviceUnits.ts';
import { hostLabel } from '../http/hostLabel.ts';
import { HttpClient } from '../http/HttpClient.ts';
import type { DeviceDriver, DriverReply } from '../http/NetworkDeviceAdapter.ts';
import { TransportError } from '../http/TransportError.ts';
import { SHELLY_COMMANDS, restingCoverState, shellyComponent } from './shellyComponent.ts';
import type { ShellyComponent } from './shellyComponent.ts';
import { shellyGen1Light, shellyGen1Relay, shellyGen1Roller } from './shellyReplies.ts';

const RESOURCE: Record<ShellyComponent, string> = {
  switch: 'relay',
  light: 'light',
  cover: 'roller',
};

/** A Shelly Gen1 (Shelly 1, 2.5, Dimmer, Plug S...): REST, GET /relay/0?turn=on and friends. */
export class ShellyGen1Driver implements DeviceDriver {
  readonly who: string;
  readonly secrets: readonly string[] = [];
  readonly timeoutMs: number;
  private readonly client: HttpClient;
  private readonly component: ShellyComponent;
  private readonly path: string;

  constructor(device: Device, connection: ShellyConnection, timeoutMs: number) {
    this.who = `${device.name} (shelly ${hostLabel(connection.host, connection.port)})`;
    this.timeoutMs = timeoutMs;
    this.client = new HttpClient({ host: connection.host, port: connection.port, timeoutMs });
    this.component = shellyComponent(device.type);
    this.path = `/${RESOURCE[this.component]}/${connection.channel}`;
  }

  supports(command: DeviceCommandName): boolean {
    return SHELLY_COMMANDS[this.component].has(command);
  }

  async send(command: DeviceCommand, signal: AbortSignal): Promise<DriverReply> {
    switch (command.name) {
      case 'turn_on':
      case 'turn_off':
        return {
          state: await this.get({ turn: command.name === 'turn_on' ? 'on' : 'off' }, signal),
        };
      case 'set_brightness':
        return { state: await this.get(brightnessQuery(command.percent), signal) };
      case 'change_brightness': {
        const current = await this.get({}, signal);
        return {
          state: await this.get(brightnessQuery(brightnessAfter(current, command.delta)), signal),
        };
      }
      case 'open':
      case 'close':
      case 'stop':
        return { state: await this.get({ go: command.name }, signal) };
      case 'set_position':
        return {
          state: await this.get({ go: 'to_pos', roller_pos: String(command.percent) }, signal),
        };
      default:
        throw new DeviceError(
          'unsupported',
          `${this.who} cannot ${command.name.replaceAll('_', ' ')}`,
        );
    }
  }

  readState(signal: AbortSignal): Promise<DeviceState> {
    return this.get({}, signal);
  }

  close(): void {
    this.client.close();
  }

  private async get(query: Record<string, string>, signal: AbortSignal): Promise<DeviceState> {
    const search = new URLSearchParams(query).toString();
    const path = search ? `${this.path}?${search}` : this.path;
    try {
      switch (this.component) {
        case 'switch': {
          const r = await this.client.json(shellyGen1Relay, 'GET', path, { signal });
          return { available: true, state: r.ison ? 'on' : 'off' };
        }
        case 'light': {
          const r = await this.client.json(shellyGen1Light, 'GET', path, { signal });
          return {
            available: true,
            state: r.ison ? 'on' : 'off',
            ...(r.brightness === undefined ? {} : { brightness: r.ison ? r.brightness : 0 }),
          };
        }
        case 'cover': {
          const r = await this.client.json(shellyGen1Roller, 'GET', path, { signal });
          // Gen1 names the direction of travel: "open" means opening now.
          const state =
            r.state === 'open'
              ? 'opening'
              : r.state === 'close'
                ? 'closing'
                : restingCoverState(r.current_pos);
          return {
            available: true,
            state,
            ...(r.current_pos === undefined ? {} : { position: r.current_pos }),
          };
        }
      }
    } catch (error) {
      if (error instanceof TransportError && error.kind === 'status' && error.status === 401) {
        throw new DeviceError(
          'auth',
          `${this.who} asks for a password, which Hearth cannot give yet: turn off its login protection in the Shelly app`,
        );
      }
      throw error;
    }
  }
}

function brightnessQuery(percent: number): Record<string, string> {
  return percent === 0 ? { turn: 'off' } : { turn: 'on', brightness: String(percent) };
}
