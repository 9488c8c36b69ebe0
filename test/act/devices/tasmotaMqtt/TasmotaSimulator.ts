// A tiny Tasmota device on MQTT: takes `cmnd/<topic>/<Command>` and answers like firmware
// 13 does, on `stat/<topic>/RESULT` (and `stat/<topic>/POWER` for power changes), with its
// last will on `tele/<topic>/LWT`.
import type { MqttClient } from 'mqtt';
import { MqttSimulator } from '../mqtt/MqttSimulator.ts';

export interface TasmotaState {
  POWER: 'ON' | 'OFF';
  Dimmer: number;
  Color: string;
  CT: number;
  FanSpeed: number;
}

export class TasmotaSimulator extends MqttSimulator {
  /** Every command received: [Command, payload]. */
  readonly received: [string, string][] = [];
  /** While true, commands are recorded but not answered. */
  silent = false;
  readonly state: TasmotaState = {
    POWER: 'OFF',
    Dimmer: 100,
    Color: 'FFFFFF',
    CT: 250,
    FanSpeed: 0,
  };

  private constructor(
    client: MqttClient,
    private readonly topic: string,
  ) {
    super(client);
  }

  static async start(url: string, topic: string): Promise<TasmotaSimulator> {
    const client = await MqttSimulator.connect(url, {
      will: { topic: `tele/${topic}/LWT`, payload: Buffer.from('Offline'), qos: 1, retain: true },
    });
    const sim = new TasmotaSimulator(client, topic);
    await sim.listen();
    return sim;
  }

  /** Like the firmware, it subscribes again and announces itself on every connect. */
  protected async subscribe(): Promise<void> {
    try {
      await this.client.subscribeAsync(`cmnd/${this.topic}/+`);
      await this.setOnline(true);
    } catch {
      // Lost the broker again; the next connect tries again.
    }
  }

  async setOnline(online: boolean): Promise<void> {
    await this.client.publishAsync(`tele/${this.topic}/LWT`, online ? 'Online' : 'Offline', {
      retain: true,
    });
  }

  async publish(subtopic: string, payload: string): Promise<void> {
    await this.client.publishAsync(subtopic.replace('%', this.topic), payload);
  }

  async close(): Promise<void> {
    await this.setOnline(false);
    await this.client.endAsync();
  }

  protected onMessage(topic: string, payload: string): void {
    const command = topic.split('/').at(-1) ?? '';
    this.received.push([command, payload]);
    if (this.silent) return;
    const s = this.state;
    const arg = payload.trim();
    let result: Record<string, unknown>;
    switch (command.toUpperCase()) {
      case 'POWER':
        if (arg !== '') s.POWER = arg.toUpperCase() === 'ON' ? 'ON' : 'OFF';
        result = { POWER: s.POWER };
        break;
      case 'DIMMER':
        s.Dimmer = Number(arg);
        s.POWER = s.Dimmer > 0 ? 'ON' : 'OFF';
        result = { POWER: s.POWER, Dimmer: s.Dimmer, Color: s.Color };
        break;
      case 'COLOR':
        s.Color = arg.replace('#', '').toUpperCase();
        s.POWER = 'ON';
        result = { POWER: s.POWER, Dimmer: s.Dimmer, Color: s.Color, HSBColor: '0,100,100' };
        break;
      case 'CT':
        s.CT = Number(arg);
        result = { POWER: s.POWER, Dimmer: s.Dimmer, CT: s.CT };
        break;
      case 'FANSPEED':
        s.FanSpeed = Number(arg);
        result = { FanSpeed: s.FanSpeed };
        break;
      case 'STATE':
        result = { Time: '2025-01-01T00:00:00', ...s };
        break;
      default:
        result = { Command: 'Unknown' };
    }
    void this.client
      .publishAsync(`stat/${this.topic}/RESULT`, JSON.stringify(result))
      .catch(() => {});
    if (command.toUpperCase() === 'POWER') {
      void this.client.publishAsync(`stat/${this.topic}/POWER`, s.POWER).catch(() => {});
    }
  }
}
