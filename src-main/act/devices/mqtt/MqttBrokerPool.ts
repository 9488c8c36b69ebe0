import type { MqttBroker } from '../../../core/home.ts';
import { BrokerConnection } from './BrokerConnection.ts';

export interface MqttBrokerPoolOptions {
  /** First wait before reconnecting to a broker that went away; doubles each failed try. Default 500 ms. */
  reconnectMinMs?: number;
  /** Longest wait between reconnect tries. Default 10 000 ms. */
  reconnectMaxMs?: number;
  /** How long one connection attempt may take before it counts as failed. Default 5000 ms. */
  connectTimeoutMs?: number;
}

/**
 * Hands out one shared BrokerConnection per broker URL and credentials, counting its users:
 * the connection closes when the last device using it is disposed.
 */
export class MqttBrokerPool {
  private static sharedPool: MqttBrokerPool | undefined;
  private readonly tuning: Required<MqttBrokerPoolOptions>;
  private readonly connections = new Map<string, BrokerConnection>();

  constructor(options: MqttBrokerPoolOptions = {}) {
    this.tuning = {
      reconnectMinMs: options.reconnectMinMs ?? 500,
      reconnectMaxMs: options.reconnectMaxMs ?? 10_000,
      connectTimeoutMs: options.connectTimeoutMs ?? 5000,
    };
  }

  /** The pool adapters use unless they are given one (tests give their own). */
  static get shared(): MqttBrokerPool {
    MqttBrokerPool.sharedPool ??= new MqttBrokerPool();
    return MqttBrokerPool.sharedPool;
  }

  /** Open connections, for checks that nothing was left behind. */
  get size(): number {
    return this.connections.size;
  }

  /** The connection for this broker, opened on first use; call its release() when done. */
  acquire(broker: MqttBroker): BrokerConnection {
    // The password is part of the key only so two credentials never share a session; the
    // key is never shown anywhere.
    const key = JSON.stringify([broker.url, broker.username ?? '', broker.password ?? '']);
    let connection = this.connections.get(key);
    if (!connection) {
      const created = new BrokerConnection(broker, this.tuning, () => {
        if (this.connections.get(key) === created) this.connections.delete(key);
      });
      connection = created;
      this.connections.set(key, connection);
    }
    return connection.retain();
  }

  /** Closes every connection, whoever still holds it. */
  async close(): Promise<void> {
    await Promise.all([...this.connections.values()].map((c) => c.close()));
    this.connections.clear();
  }
}
