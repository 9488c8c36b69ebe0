import type { z } from 'zod';
import type { Device } from '../../../core/home.ts';
import type { DeviceState } from '../../../core/state.ts';
import type { ShellyConnection } from '../../../home/connections/shelly.ts';
import { DeviceError } from '../DeviceError.ts';
import type { DeviceCommand, DeviceCommandName } from '../http/DeviceCommand.ts';
import { brightnessAfter } from '../http/deviceUnits.ts';
import { hostLabel } from '../http/hostLabel.ts';
import { HttpClient, parseJsonReply, statusError } from '../http/HttpClient.ts';
import type { DeviceDriver, DriverReply } from '../http/NetworkDeviceAdapter.ts';
import { TransportError } from '../http/TransportError.ts';
import { SHELLY_COMMANDS, restingCoverState, shellyComponent } from './shellyComponent.ts';
import type { ShellyComponent } from './shellyComponent.ts';
import {
  shellyCoverStatus,
  shellyLightStatus,
  shellyRpcFrame,
  shellySwitchStatus,
} from './shellyReplies.ts';

const PREFIX: Record<ShellyComponent, string> = {
  switch: 'Switch',
  light: 'Light',
  cover: 'Cover',
};

/** A Shelly Gen2+ (Plus, Pro, Gen3, Gen4): JSON-RPC 2.0 over HTTP, POST /rpc. */
export class ShellyRpcDriver implements DeviceDriver {
  readonly who: string;
  readonly secrets: readonly string[] = [];
  readonly timeoutMs: number;
  private readonly client: HttpClient;
  private readonly component: ShellyComponent;
  private readonly channel: number;
  private nextId = 1;

  constructor(device: Device, connection: ShellyConnection, timeoutMs: number) {
    this.who = `${device.name} (shelly ${hostLabel(connection.host, connection.port)})`;
    this.timeoutMs = timeoutMs;
    this.client = new HttpClient({ host: connection.host, port: connection.port, timeoutMs });
    this.component = shellyComponent(device.type);
    this.channel = connection.channel;
  }

  supports(command: DeviceCommandName): boolean {
    return SHELLY_COMMANDS[this.component].has(command);
  }

  async send(command: DeviceCommand, signal: AbortSignal): Promise<DriverReply> {
    const id = this.channel;
    switch (command.name) {
      case 'turn_on':
      case 'turn_off':
        await this.call(
          `${PREFIX[this.component]}.Set`,
          { id, on: command.name === 'turn_on' },
          signal,
        );
        return {};
      case 'set_brightness':
        await this.setBrightness(command.percent, signal);
        return {};
      case 'change_brightness': {
        // No relative call takes a step size: read, add, set (never retried, see withRetry).
        const current = await this.readState(signal);
        await this.setBrightness(brightnessAfter(current, command.delta), signal);
        return {};
      }
      case 'open':
        await this.call('Cover.Open', { id }, signal);
        return {};
      case 'close':
        await this.call('Cover.Close', { id }, signal);
        return {};
      case 'stop':
        await this.call('Cover.Stop', { id }, signal);
        return {};
      case 'set_position':
        await this.call('Cover.GoToPosition', { id, pos: command.percent }, signal);
        return {};
      default:
        throw new DeviceError(
          'unsupported',
          `${this.who} cannot ${command.name.replaceAll('_', ' ')}`,
        );
    }
  }

  async readState(signal: AbortSignal): Promise<DeviceState> {
    const params = { id: this.channel };
    switch (this.component) {
      case 'switch': {
        const s = await this.call('Switch.GetStatus', params, signal, shellySwitchStatus);
        return { available: true, state: s.output ? 'on' : 'off' };
      }
      case 'light': {
        const s = await this.call('Light.GetStatus', params, signal, shellyLightStatus);
        return {
          available: true,
          state: s.output ? 'on' : 'off',
          ...(s.brightness === undefined ? {} : { brightness: s.output ? s.brightness : 0 }),
        };
      }
      case 'cover': {
        const s = await this.call('Cover.GetStatus', params, signal, shellyCoverStatus);
        const moving = s.state === 'opening' || s.state === 'closing';
        return {
          available: true,
          state:
            moving || s.state === 'open' || s.state === 'closed'
              ? s.state
              : restingCoverState(s.current_pos),
          ...(typeof s.current_pos === 'number' ? { position: s.current_pos } : {}),
        };
      }
    }
  }

  close(): void {
    this.client.close();
  }

  private setBrightness(percent: number, signal: AbortSignal): Promise<unknown> {
    const params =
      percent === 0
        ? { id: this.channel, on: false }
        : { id: this.channel, on: true, brightness: percent };
    return this.call('Light.Set', params, signal);
  }

  private async call<T = unknown>(
    method: string,
    params: Record<string, unknown>,
    signal: AbortSignal,
    schema?: z.ZodType<T>,
  ): Promise<T> {
    const reply = await this.client.request('POST', '/rpc', {
      body: { id: this.nextId++, method, params },
      signal,
    });
    if (reply.status === 401) throw this.authError();
    // Errors come as an RPC frame, with a 2xx or an error status depending on firmware.
    let frame: z.infer<typeof shellyRpcFrame> | undefined;
    try {
      frame = parseJsonReply(reply.body, shellyRpcFrame);
    } catch (error) {
      if (reply.status < 200 || reply.status > 299) throw statusError(reply);
      throw error;
    }
    if (frame.error) throw this.rpcError(method, frame.error.code, frame.error.message);
    if (reply.status < 200 || reply.status > 299) throw statusError(reply);
    if (!schema) return frame.result as T;
    const parsed = schema.safeParse(frame.result);
    if (!parsed.success)
      throw new TransportError('malformed', `${method} result: ${parsed.error.message}`);
    return parsed.data;
  }

  private authError(): DeviceError {
    return new DeviceError(
      'auth',
      `${this.who} asks for a password, which Hearth cannot give yet: turn off its login protection in the Shelly app`,
    );
  }

  private rpcError(method: string, code: number, message: string | undefined): DeviceError {
    if (code === 401) return this.authError();
    if (code === 404 || code === -105) {
      return new DeviceError(
        'refused',
        `${this.who} has no ${this.component} ${this.channel} (${method}): check channel in the home file`,
      );
    }
    return new DeviceError(
      'refused',
      `${this.who} turned ${method} down (error ${code}${message ? `: ${message}` : ''})`,
    );
  }
}
