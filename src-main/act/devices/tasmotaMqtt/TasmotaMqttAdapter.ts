import type { Device } from '../../../core/home.ts';
import type { AdapterContext } from '../../../core/state.ts';
import { DeviceError } from '../DeviceError.ts';
import {
  colorOf,
  kelvinOf,
  kelvinToMireds,
  percentOf,
  signedPercentOf,
} from '../mqtt/commandValues.ts';
import type {
  MqttAdapterOptions,
  MqttCommandPlan,
  StateUpdate,
} from '../mqtt/MqttDeviceAdapter.ts';
import { MqttDeviceAdapter } from '../mqtt/MqttDeviceAdapter.ts';
import { parseTasmotaState } from './parseTasmotaState.ts';

/** Types whose on/off (start/stop, open/close) is Tasmota's relay, POWER. */
const RELAY_TYPES: ReadonlySet<string> = new Set([
  'light',
  'switch',
  'appliance',
  'fan',
  'valve',
  'media_player',
]);

export interface TasmotaMqttConnection {
  topic: string;
  broker?: string;
  username?: string;
  password?: string;
}

/**
 * A Tasmota device over MQTT with the default full topic `%prefix%/%topic%/`: commands on
 * `cmnd/<topic>/<Command>`, answers on `stat/<topic>/RESULT` and `stat/<topic>/POWER`,
 * periodic state on `tele/<topic>/STATE` and `tele/<topic>/SENSOR`, and the last will on
 * `tele/<topic>/LWT` (Online/Offline).
 */
export class TasmotaMqttAdapter extends MqttDeviceAdapter {
  private readonly topic: string;

  constructor(
    device: Device,
    context: AdapterContext,
    connection: TasmotaMqttConnection | undefined,
    options: MqttAdapterOptions & { configProblem?: string } = {},
  ) {
    super({
      device,
      context,
      protocol: 'tasmota',
      ownBroker: connection?.broker
        ? { url: connection.broker, username: connection.username, password: connection.password }
        : undefined,
      configProblem: options.configProblem,
      options,
    });
    this.topic = connection?.topic ?? '';
    if (!connection) return;
    // Only stat/RESULT answers a command: stat/POWER trails a RESULT and could otherwise
    // confirm the next command before the device has even seen it.
    const onState =
      (isReply: boolean) =>
      (text: string, retained: boolean): void => {
        const update = parseTasmotaState(text, device, this.home.unit);
        if (update) this.applyUpdate(update, retained, isReply);
      };
    this.listen(`stat/${this.topic}/RESULT`, onState(true));
    for (const topic of ['stat/%/POWER', 'tele/%/STATE', 'tele/%/SENSOR']) {
      this.listen(topic.replace('%', this.topic), onState(false));
    }
    if (device.type === 'sensor') this.listen(`stat/${this.topic}/STATUS10`, onState(false));
    this.listen(`tele/${this.topic}/LWT`, (text) => {
      const lwt = text.trim().toLowerCase();
      if (lwt === 'online' || lwt === 'offline') this.setOnline(lwt === 'online');
    });
    this.start();
  }

  protected async plan(
    command: string,
    value: number | string | undefined,
  ): Promise<MqttCommandPlan> {
    const type = this.device.type;
    const onWord = type === 'valve' ? 'open' : 'on';
    const offWord = type === 'valve' ? 'closed' : 'off';
    const power = (on: boolean): MqttCommandPlan =>
      this.send('POWER', on ? 'ON' : 'OFF', (u) => u.state === (on ? onWord : offWord));

    if (RELAY_TYPES.has(type)) {
      if (command === 'turn_on' || command === 'start' || command === 'open') return power(true);
      if (command === 'turn_off' || command === 'stop' || command === 'close') return power(false);
    }
    if (type === 'light') {
      switch (command) {
        case 'set_brightness':
          return this.dimmer(percentOf(command, value));
        case 'change_brightness': {
          const step = signedPercentOf(command, value);
          const known = this.current.brightness ?? (await this.freshState()).brightness;
          if (known === undefined) {
            throw new DeviceError(
              'unexpected_reply',
              'its current brightness is not known, so it cannot be changed by a step; set a level instead',
            );
          }
          return this.dimmer(Math.max(0, Math.min(100, known + step)));
        }
        case 'set_color':
          return this.send('Color', colorOf(value).hex, (u) => u.color !== undefined);
        case 'set_color_temp': {
          // Tasmota's CT range is 153-500 mireds; it rejects anything outside.
          const ct = Math.max(153, Math.min(500, kelvinToMireds(kelvinOf(value))));
          return this.send('CT', String(ct), (u) => u.color_temp !== undefined);
        }
      }
    }
    if (type === 'fan' && command === 'set_speed') {
      const speed = Math.round((percentOf(command, value) / 100) * 3);
      const expected = Math.round((speed / 3) * 100);
      return this.send('FanSpeed', String(speed), (u) => u.speed === expected);
    }
    throw new DeviceError('unsupported', `Tasmota cannot do ${command} on a ${type}`);
  }

  protected async requestState(): Promise<void> {
    if (this.device.type === 'sensor') await this.publish(`cmnd/${this.topic}/STATUS`, '10');
    else await this.publish(`cmnd/${this.topic}/STATE`, '');
  }

  private dimmer(percent: number): MqttCommandPlan {
    const p = Math.round(percent);
    if (p === 0) return this.send('POWER', 'OFF', (u) => u.state === 'off');
    return this.send('Dimmer', String(p), (u) => u.brightness === p);
  }

  private send(
    command: string,
    payload: string,
    confirms: (u: StateUpdate) => boolean,
  ): MqttCommandPlan {
    return { publishes: [{ topic: `cmnd/${this.topic}/${command}`, payload }], confirms };
  }
}
