// Shared helpers for the MQTT adapter tests.
import { connectAsync } from 'mqtt';
import type { MqttClient } from 'mqtt';
import type { Device, Home } from '../../../../src-main/core/home.ts';

export async function waitUntil(
  check: () => boolean | Promise<boolean>,
  what: string,
  timeoutMs = 5000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`gave up waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

export function makeHome(
  url: string | undefined,
  devices: Device[],
  unit: Home['unit'] = 'celsius',
): Home {
  return {
    unit,
    floors: [],
    areas: [],
    devices,
    favorites: [],
    scenes: [],
    ...(url ? { mqtt: { url } } : {}),
  };
}

export function makeDevice(
  id: string,
  name: string,
  type: Device['type'],
  connection: Device['connection'],
): Device {
  return { id, name, aliases: [], type, confirm: false, expose: true, connection };
}

/** Collects unhandled rejections while a suite runs; call the result to read them. */
export function trackUnhandledRejections(): { stop: () => unknown[] } {
  const seen: unknown[] = [];
  const onRejection = (reason: unknown): void => {
    seen.push(reason);
  };
  process.on('unhandledRejection', onRejection);
  return {
    stop: () => {
      process.off('unhandledRejection', onRejection);
      return seen;
    },
  };
}

export interface Recorded {
  topic: string;
  payload: string;
  retained: boolean;
}

/** A plain client that records everything published on the broker (it listens to `#`). */
export class MqttRecorder {
  readonly messages: Recorded[] = [];
  private constructor(readonly client: MqttClient) {}

  static async start(url: string): Promise<MqttRecorder> {
    const client = await connectAsync(url, { reconnectPeriod: 50 });
    const recorder = new MqttRecorder(client);
    client.on('message', (topic, payload, packet) => {
      recorder.messages.push({ topic, payload: payload.toString(), retained: packet.retain });
    });
    await client.subscribeAsync('#');
    return recorder;
  }

  /** Live (not retained) payloads published on one topic, oldest first. */
  on(topic: string): string[] {
    return this.messages.filter((m) => m.topic === topic && !m.retained).map((m) => m.payload);
  }

  clear(): void {
    this.messages.length = 0;
  }

  async close(): Promise<void> {
    await this.client.endAsync(true);
  }
}
