import { connectAsync } from 'mqtt';
import type { IClientOptions, MqttClient } from 'mqtt';

// The common half of the MQTT device simulators: a client of the test broker that takes
// commands and, like real firmware after a broker restart, subscribes again on every
// connect. Each simulator says what it subscribes to and how it answers.

export abstract class MqttSimulator {
  private ready: Promise<void> = Promise.resolve();

  protected constructor(protected readonly client: MqttClient) {}

  /** A client of the broker at `url` that reconnects quickly and resubscribes on its own. */
  protected static connect(url: string, options: IClientOptions = {}): Promise<MqttClient> {
    return connectAsync(url, { reconnectPeriod: 50, resubscribe: false, ...options });
  }

  /** Resolves once connected and subscribed (again, after a broker restart). */
  async whenReady(): Promise<void> {
    while (!this.client.connected) await new Promise((resolve) => setTimeout(resolve, 10));
    await this.ready;
  }

  /** Starts taking messages; resolves once subscribed the first time. */
  protected async listen(): Promise<void> {
    this.client.on('message', (topic, payload) => this.onMessage(topic, payload.toString()));
    this.client.on('connect', () => {
      this.ready = this.subscribe();
    });
    this.ready = this.subscribe();
    await this.ready;
  }

  /** Subscribes to the command topics, on every connect; never rejects (the broker may go). */
  protected abstract subscribe(): Promise<void>;

  protected abstract onMessage(topic: string, payload: string): void;
}
