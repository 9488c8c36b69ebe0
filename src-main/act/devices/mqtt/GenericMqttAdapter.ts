import { z } from 'zod';
import type { Device } from '../../../core/home.ts';
import type { AdapterContext } from '../../../core/state.ts';
import type { MqttConnection } from '../../../home/connections/mqtt.ts';
import { DeviceError } from '../DeviceError.ts';
import {
  climateModeOf,
  colorOf,
  fromScale,
  kelvinOf,
  kelvinToMireds,
  miredsToKelvin,
  percentOf,
  rgbToHex,
  samePercent,
  signedPercentOf,
  temperatureOf,
  toScale,
} from './commandValues.ts';
import type { MqttAdapterOptions, MqttCommandPlan, StateUpdate } from './MqttDeviceAdapter.ts';
import { MqttDeviceAdapter } from './MqttDeviceAdapter.ts';

type Attribute =
  'brightness' | 'color' | 'color_temp' | 'speed' | 'position' | 'volume' | 'temperature' | 'mode';
type PercentAttribute = 'brightness' | 'speed' | 'position' | 'volume';

/** The state each plain command should lead to, for confirming it from `state_topic`. */
const EXPECTED_STATE: Readonly<Record<string, readonly string[]>> = {
  turn_on: ['on'],
  turn_off: ['off'],
  open: ['open', 'opening'],
  close: ['closed', 'closing'],
  lock: ['locked'],
  unlock: ['unlocked'],
  play: ['playing'],
  pause: ['paused'],
  return_home: ['returning', 'docked'],
};

const STATE_WORDS: Readonly<Record<string, string>> = {
  close: 'closed',
  lock: 'locked',
  unlock: 'unlocked',
};

/**
 * A device described entirely by its home-file keys: plain commands publish a payload on
 * `command_topic`, value commands fill `{{value}}` in a template on their own topic, and
 * `state_topic` (plain or JSON, read with `*_value_path`) confirms them. Without a state
 * topic every command ends `unconfirmed`.
 */
export class GenericMqttAdapter extends MqttDeviceAdapter {
  private readonly c: MqttConnection | undefined;

  constructor(
    device: Device,
    context: AdapterContext,
    connection: MqttConnection | undefined,
    options: MqttAdapterOptions & { configProblem?: string } = {},
  ) {
    super({
      device,
      context,
      protocol: 'mqtt',
      ownBroker: connection?.broker
        ? { url: connection.broker, username: connection.username, password: connection.password }
        : undefined,
      configProblem: options.configProblem,
      options,
      publishOptions: connection ? { qos: connection.qos, retain: connection.retain } : {},
    });
    this.c = connection;
    if (!connection) return;
    if (connection.state_topic) {
      this.listen(connection.state_topic, (text, retained) => {
        this.applyUpdate(this.parseState(text, connection), retained);
      });
    }
    if (connection.availability_topic) {
      this.listen(connection.availability_topic, (text) => {
        const t = text.trim();
        if (t === connection.payload_available) this.setOnline(true);
        else if (t === connection.payload_not_available) this.setOnline(false);
      });
    }
    this.start();
  }

  protected async plan(
    command: string,
    value: number | string | undefined,
  ): Promise<MqttCommandPlan> {
    const c = this.c;
    if (!c) throw new DeviceError('unsupported', 'its connection is not usable');
    switch (command) {
      case 'set_brightness':
        return this.percent(c, 'brightness', percentOf(command, value), true);
      case 'change_brightness':
        return this.percent(
          c,
          'brightness',
          await this.stepped('brightness', command, value),
          true,
        );
      case 'set_speed':
        return this.percent(c, 'speed', percentOf(command, value), false);
      case 'set_position':
        return this.percent(c, 'position', percentOf(command, value), false);
      case 'set_volume':
        return this.percent(c, 'volume', percentOf(command, value), false);
      case 'change_volume':
        return this.percent(c, 'volume', await this.stepped('volume', command, value), false);
      case 'set_color': {
        const { hex, rgb } = colorOf(value);
        const sent = c.color_format === 'rgb' ? rgb.join(',') : hex;
        return this.valued(c, 'color', sent, (u) => u.color === hex);
      }
      case 'set_color_temp': {
        const kelvin = kelvinOf(value);
        const sent = c.color_temp_unit === 'kelvin' ? kelvin : kelvinToMireds(kelvin);
        return this.valued(c, 'color_temp', String(sent), (u) =>
          u.color_temp === undefined ? false : Math.abs(u.color_temp - kelvin) <= kelvin * 0.02,
        );
      }
      case 'set_temperature': {
        const t = temperatureOf(value);
        return this.valued(c, 'temperature', String(t), (u) =>
          u.target_temperature === undefined ? false : Math.abs(u.target_temperature - t) <= 0.5,
        );
      }
      case 'set_mode': {
        const mode = climateModeOf(value);
        return this.valued(c, 'mode', mode, (u) => u.mode === mode);
      }
      default:
        return this.plain(c, command);
    }
  }

  protected override get reportsState(): boolean {
    return this.c?.state_topic !== undefined;
  }

  protected async requestState(): Promise<void> {
    // A generic device has no "send me your state" command; a retained state topic answers
    // the subscription instead.
  }

  private plain(c: MqttConnection, command: string): MqttCommandPlan {
    const given = c.payloads?.[command as keyof NonNullable<MqttConnection['payloads']>];
    const payload =
      given ??
      (command === 'turn_on'
        ? c.payload_on
        : command === 'turn_off'
          ? c.payload_off
          : command.toUpperCase());
    let expected = EXPECTED_STATE[command];
    if (this.device.type === 'appliance' && (command === 'start' || command === 'stop')) {
      expected = [command === 'start' ? 'on' : 'off'];
    }
    if (this.device.type === 'vacuum' && command === 'start') expected = ['cleaning'];
    return {
      publishes: [{ topic: c.command_topic, payload }],
      confirms:
        c.state_topic && expected
          ? (u) => u.state !== undefined && expected.includes(u.state)
          : undefined,
    };
  }

  private percent(
    c: MqttConnection,
    attribute: PercentAttribute,
    p: number,
    zeroIsOff: boolean,
  ): MqttCommandPlan {
    if (p === 0 && zeroIsOff) return this.plain(c, 'turn_off');
    const scale = c[`${attribute}_scale`];
    return this.valued(c, attribute, String(toScale(p, scale)), (u) =>
      samePercent(u[attribute], p, scale),
    );
  }

  private valued(
    c: MqttConnection,
    attribute: Attribute,
    value: string,
    confirms: (u: StateUpdate) => boolean,
  ): MqttCommandPlan {
    const topic = c[`${attribute}_command_topic`];
    if (!topic) {
      throw new DeviceError(
        'unsupported',
        `its connection has no \`${attribute}_command_topic\`, so Hearth cannot set its ${attribute.replace('_', ' ')}`,
      );
    }
    const template = c[`${attribute}_command_template`];
    const payload = template ? template.split('{{value}}').join(value) : value;
    const readBack = attribute === 'temperature' ? 'target_temperature' : attribute;
    const path = c[`${readBack}_value_path`];
    return {
      publishes: [{ topic, payload }],
      confirms: c.state_topic && path ? confirms : undefined,
    };
  }

  /** The absolute level a relative change leads to, from the last known level. */
  private async stepped(
    attribute: 'brightness' | 'volume',
    command: string,
    value: number | string | undefined,
  ): Promise<number> {
    const step = signedPercentOf(command, value);
    const known = this.current[attribute] ?? (await this.freshState())[attribute];
    if (known === undefined) {
      throw new DeviceError(
        'unsupported',
        `its current ${attribute} is not known (no \`${attribute}_value_path\` state), so it cannot be changed by a step; set a level instead`,
      );
    }
    return Math.max(0, Math.min(100, known + step));
  }

  private parseState(text: string, c: MqttConnection): StateUpdate {
    const json = jsonObject(text);
    if (!json) return c.state_value_path ? {} : { state: this.stateWord(text.trim(), c) };
    const at = (path: string | undefined): unknown => (path ? valueAt(json, path) : undefined);
    const numberAt = (path: string | undefined): number | undefined => toNumber(at(path));
    const percentAt = (a: PercentAttribute): number | undefined => {
      const n = numberAt(c[`${a}_value_path`]);
      return n === undefined ? undefined : fromScale(n, c[`${a}_scale`]);
    };
    const ct = numberAt(c.color_temp_value_path);
    const mode = at(c.mode_value_path);
    return {
      state: this.stateWord(at(c.state_value_path ?? 'state'), c),
      brightness: percentAt('brightness'),
      speed: percentAt('speed'),
      position: percentAt('position'),
      volume: percentAt('volume'),
      color: toColor(at(c.color_value_path)),
      color_temp:
        ct === undefined || ct <= 0
          ? undefined
          : c.color_temp_unit === 'kelvin'
            ? ct
            : miredsToKelvin(ct),
      target_temperature: numberAt(c.target_temperature_value_path),
      temperature: numberAt(c.temperature_value_path),
      humidity: numberAt(c.humidity_value_path),
      value: numberAt(c.value_value_path),
      mode: typeof mode === 'string' ? mode.toLowerCase() : undefined,
    };
  }

  private stateWord(raw: unknown, c: MqttConnection): string | undefined {
    if (raw === undefined || raw === null || typeof raw === 'object') return undefined;
    const text = String(raw);
    const valve = this.device.type === 'valve';
    if (typeof raw === 'boolean') return raw ? (valve ? 'open' : 'on') : valve ? 'closed' : 'off';
    if (text === (c.state_on ?? c.payload_on)) return valve ? 'open' : 'on';
    if (text === (c.state_off ?? c.payload_off)) return valve ? 'closed' : 'off';
    const word = text.trim().toLowerCase();
    if (word === '') return undefined;
    return STATE_WORDS[word] ?? word;
  }
}

// The device's JSON is outside data: each value a path points at is checked as it is read.
const jsonRecord = z.record(z.string(), z.unknown());
const numeric = z.union([
  z.number().finite(),
  z.string().trim().min(1).transform(Number).pipe(z.number().finite()),
]);
const colorText = z.string().trim();

function jsonObject(text: string): Record<string, unknown> | undefined {
  try {
    const parsed = jsonRecord.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** `a.b.0.c` into nested objects and arrays; undefined when any step is missing. */
function valueAt(root: unknown, path: string): unknown {
  let node = root;
  for (const key of path.split('.')) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, key)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

function toNumber(value: unknown): number | undefined {
  const parsed = numeric.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

function toColor(value: unknown): string | undefined {
  const parsed = colorText.safeParse(value);
  if (!parsed.success) return undefined;
  const hex = /^#?([0-9a-fA-F]{6})$/.exec(parsed.data);
  if (hex?.[1]) return `#${hex[1].toLowerCase()}`;
  const parts = parsed.data.split(',').map((p) => Number(p.trim()));
  if (parts.length === 3 && parts.every((n) => Number.isFinite(n))) return rgbToHex(parts);
  return undefined;
}
