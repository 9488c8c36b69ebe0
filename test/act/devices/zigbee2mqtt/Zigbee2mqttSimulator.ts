// A tiny Zigbee2MQTT bridge: takes `<base>/<name>/set` and `/get` like the real one and
// answers with the device's whole state as JSON on `<base>/<name>`.
import type { MqttClient } from 'mqtt';
import { MqttSimulator } from '../mqtt/MqttSimulator.ts';

type State = Record<string, unknown>;

export class Zigbee2mqttSimulator extends MqttSimulator {
  /** Every `/set` and `/get` received: [friendly name, 'set' | 'get', parsed payload]. */
  readonly received: [string, 'set' | 'get', unknown][] = [];
  /** While true, commands are recorded but no state is sent back (a device that is gone). */
  silent = false;
  private readonly states = new Map<string, State>();

  private constructor(
    client: MqttClient,
    private readonly base: string,
  ) {
    super(client);
  }

  static async start(
    url: string,
    devices: Record<string, State>,
    base = 'zigbee2mqtt',
  ): Promise<Zigbee2mqttSimulator> {
    const sim = new Zigbee2mqttSimulator(await MqttSimulator.connect(url), base);
    for (const [name, state] of Object.entries(devices)) sim.states.set(name, { ...state });
    await sim.listen();
    return sim;
  }

  /** Like the real bridge after a broker restart, it subscribes again on every connect. */
  protected async subscribe(): Promise<void> {
    await this.client
      .subscribeAsync([`${this.base}/+/set`, `${this.base}/+/get`])
      .then(() => undefined)
      .catch(() => undefined);
  }

  state(name: string): State {
    return this.states.get(name) ?? {};
  }

  sets(name: string): unknown[] {
    return this.received.filter(([n, kind]) => n === name && kind === 'set').map(([, , p]) => p);
  }

  async setAvailability(name: string, online: boolean, style: 'plain' | 'json'): Promise<void> {
    const word = online ? 'online' : 'offline';
    const payload = style === 'plain' ? word : JSON.stringify({ state: word });
    await this.client.publishAsync(`${this.base}/${name}/availability`, payload, { retain: true });
  }

  /** Publishes the stored state, as the bridge does on any change. */
  async report(name: string, extra: State = {}): Promise<void> {
    const state = { ...this.state(name), ...extra };
    this.states.set(name, state);
    await this.client.publishAsync(`${this.base}/${name}`, JSON.stringify(state));
  }

  async publishRaw(name: string, payload: string): Promise<void> {
    await this.client.publishAsync(`${this.base}/${name}`, payload);
  }

  async close(): Promise<void> {
    await this.client.endAsync(true);
  }

  protected onMessage(topic: string, text: string): void {
    const match = new RegExp(`^${this.base}/(.+)/(set|get)$`).exec(topic);
    const [, name, kind] = match ?? [];
    if (!name || (kind !== 'set' && kind !== 'get')) return;
    let payload: unknown;
    try {
      payload = JSON.parse(text);
    } catch {
      payload = text;
    }
    this.received.push([name, kind, payload]);
    if (this.silent || !this.states.has(name)) return;
    if (kind === 'set' && typeof payload === 'object' && payload !== null) {
      this.states.set(name, apply(this.state(name), payload as State));
    }
    void this.report(name).catch(() => {});
  }
}

/** What a real bridge would report after a `/set`. */
function apply(before: State, set: State): State {
  const s: State = { ...before };
  for (const [key, value] of Object.entries(set)) {
    switch (key) {
      case 'state':
        if (value === 'OPEN') Object.assign(s, { state: 'OPEN', position: 100 });
        else if (value === 'CLOSE') Object.assign(s, { state: 'CLOSE', position: 0 });
        else if (value === 'LOCK') Object.assign(s, { state: 'LOCK', lock_state: 'locked' });
        else if (value === 'UNLOCK') Object.assign(s, { state: 'UNLOCK', lock_state: 'unlocked' });
        else s.state = value;
        break;
      case 'brightness':
        Object.assign(s, { brightness: value, state: 'ON' });
        break;
      case 'brightness_step': {
        const next = Math.max(0, Math.min(254, Number(s.brightness ?? 0) + Number(value)));
        if (next === 0) s.state = 'OFF';
        else Object.assign(s, { brightness: next, state: 'ON' });
        break;
      }
      case 'color': {
        // The real bridge reports xy, not the hex it was given.
        const hex = String((value as { hex?: string }).hex ?? '#ffffff');
        Object.assign(s, { color: hexToXy(hex), color_mode: 'xy' });
        break;
      }
      case 'color_temp':
        Object.assign(s, { color_temp: value, color_mode: 'color_temp' });
        break;
      case 'position':
        Object.assign(s, { position: value, state: Number(value) > 0 ? 'OPEN' : 'CLOSE' });
        break;
      default:
        s[key] = value;
    }
  }
  return s;
}

function hexToXy(hex: string): { x: number; y: number } {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c > 0.04045 ? ((c + 0.055) / 1.055) ** 2.4 : c / 12.92;
  }) as [number, number, number];
  const X = r * 0.4124 + g * 0.3576 + b * 0.1805;
  const Y = r * 0.2126 + g * 0.7152 + b * 0.0722;
  const Z = r * 0.0193 + g * 0.1192 + b * 0.9505;
  const sum = X + Y + Z || 1;
  return { x: Math.round((X / sum) * 10000) / 10000, y: Math.round((Y / sum) * 10000) / 10000 };
}
