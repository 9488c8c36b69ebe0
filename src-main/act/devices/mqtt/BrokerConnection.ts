import { randomBytes } from 'node:crypto';
import { connect } from 'mqtt';
import type { MqttClient } from 'mqtt';
import type { MqttBroker } from '../../../core/home.ts';
import type { DeviceFailure } from '../DeviceError.ts';
import { redact } from '../DeviceError.ts';

/**
 * connecting: the first attempt is under way (callers may wait for it);
 * up: connected and every subscription is back; down: lost or never reached (callers fail
 * fast); closed: released for good.
 */
export type BrokerStatus = 'connecting' | 'up' | 'down' | 'closed';

/** Why the broker cannot be used, in plain words with no credential in them. */
export interface BrokerProblem {
  failure: DeviceFailure;
  message: string;
}

/** Gets each message on one exact topic; `retained` marks the broker's stored copy. */
export type MessageHandler = (payload: Buffer, retained: boolean) => void;

export interface BrokerConnectionTuning {
  reconnectMinMs: number;
  reconnectMaxMs: number;
  connectTimeoutMs: number;
}

export interface PublishOptions {
  qos?: 0 | 1;
  retain?: boolean;
}

const UNREACHABLE: BrokerProblem = {
  failure: 'unreachable',
  message: 'the MQTT broker is not reachable',
};

/**
 * One MQTT client for one broker and one set of credentials, shared by every device on it
 * (MqttBrokerPool hands it out). It reconnects with doubling delays itself rather than
 * through mqtt.js's fixed-interval timer, and it never queues a publish while the broker is
 * away: a command held back and delivered minutes later (an "unlock"!) is worse than a
 * command that fails now.
 */
export class BrokerConnection {
  /** The broker URL without any user name or password in it, for messages. */
  readonly label: string;
  private readonly client: MqttClient;
  private readonly tuning: BrokerConnectionTuning;
  private readonly secrets: readonly (string | undefined)[];
  private readonly onClosed: () => void;
  private readonly handlers = new Map<string, Set<MessageHandler>>();
  private readonly statusListeners = new Set<(status: BrokerStatus) => void>();
  private statusNow: BrokerStatus = 'connecting';
  private problemNow: BrokerProblem = UNREACHABLE;
  private attemptFailedWithError = false;
  private failedAttempts = 0;
  private reconnectTimer: NodeJS.Timeout | undefined;
  private refs = 0;
  private closing: Promise<void> | undefined;

  constructor(broker: MqttBroker, tuning: BrokerConnectionTuning, onClosed: () => void) {
    this.tuning = tuning;
    this.onClosed = onClosed;
    this.secrets = [broker.password, passwordInUrl(broker.url)];
    this.label = brokerLabel(broker.url, this.secrets);
    this.client = connect(broker.url, {
      ...(broker.username !== undefined ? { username: broker.username } : {}),
      ...(broker.password !== undefined ? { password: broker.password } : {}),
      clientId: `hearth_${randomBytes(6).toString('hex')}`,
      clean: true,
      keepalive: 30,
      connectTimeout: tuning.connectTimeoutMs,
      reconnectPeriod: 0,
      resubscribe: false,
      queueQoSZero: false,
    });
    this.client.on('connect', () => this.onConnect());
    this.client.on('error', (error) => this.onError(error));
    this.client.on('close', () => this.onClose());
    this.client.on('message', (topic, payload, packet) => {
      for (const handler of this.handlers.get(topic) ?? []) {
        try {
          handler(payload, packet.retain);
        } catch {
          // One device's bad handler must not stop the others from hearing their messages.
        }
      }
    });
  }

  get status(): BrokerStatus {
    return this.statusNow;
  }

  /** Why the broker is not usable; meaningful while status is down. */
  get problem(): BrokerProblem {
    return this.problemNow;
  }

  /** Counts one more device using this connection; see release(). */
  retain(): this {
    this.refs += 1;
    return this;
  }

  /** One device is done with the connection; the last one closes the client. */
  async release(): Promise<void> {
    this.refs = Math.max(0, this.refs - 1);
    if (this.refs === 0) await this.close();
  }

  /** Listens to one exact topic (never a wildcard); returns the unsubscribe function. */
  subscribe(topic: string, handler: MessageHandler): () => void {
    let set = this.handlers.get(topic);
    if (!set) {
      set = new Set();
      this.handlers.set(topic, set);
      if (this.client.connected) this.client.subscribe(topic, { qos: 0 }, ignore);
    }
    set.add(handler);
    return () => {
      const current = this.handlers.get(topic);
      if (!current?.delete(handler) || current.size > 0) return;
      this.handlers.delete(topic);
      if (this.client.connected && !this.closing) this.client.unsubscribe(topic, ignore);
    };
  }

  /** Hears every status change (up after each reconnect, down when the broker goes away). */
  onStatus(listener: (status: BrokerStatus) => void): () => void {
    this.statusListeners.add(listener);
    return () => this.statusListeners.delete(listener);
  }

  /**
   * True once the broker is up. While the very first attempt is under way it waits for it
   * (up to timeoutMs); when the broker is known to be down it answers false at once.
   */
  waitUntilUp(timeoutMs: number): Promise<boolean> {
    if (this.statusNow !== 'connecting') return Promise.resolve(this.statusNow === 'up');
    return new Promise((resolve) => {
      const timer = setTimeout(() => finish(false), timeoutMs);
      const stop = this.onStatus((status) => {
        if (status !== 'connecting') finish(status === 'up');
      });
      function finish(up: boolean): void {
        clearTimeout(timer);
        stop();
        resolve(up);
      }
    });
  }

  /** Sends now or rejects with a BrokerProblem; never held back for a later reconnect. */
  publish(topic: string, payload: string, options: PublishOptions = {}): Promise<void> {
    if (!this.client.connected || this.closing) return Promise.reject(this.problemNow);
    return new Promise((resolve, reject) => {
      this.client.publish(
        topic,
        payload,
        { qos: options.qos ?? 0, retain: options.retain ?? false },
        (error) => (error ? reject(UNREACHABLE) : resolve()),
      );
    });
  }

  /** Closes the client now, whoever still holds it. */
  close(): Promise<void> {
    this.closing ??= this.shutDown();
    return this.closing;
  }

  private async shutDown(): Promise<void> {
    // Leave the pool at once, so a device created meanwhile gets a fresh connection.
    this.onClosed();
    clearTimeout(this.reconnectTimer);
    this.setStatus('closed');
    this.statusListeners.clear();
    this.handlers.clear();
    // A polite DISCONNECT when connected; otherwise (or if it hangs) drop the socket.
    const graceful = this.client.connected;
    await new Promise<void>((resolve) => {
      const force = setTimeout(() => this.client.end(true, {}, () => resolve()), 1000);
      this.client.end(!graceful, {}, () => {
        clearTimeout(force);
        resolve();
      });
    });
  }

  private onConnect(): void {
    this.failedAttempts = 0;
    this.attemptFailedWithError = false;
    const topics = [...this.handlers.keys()];
    if (topics.length === 0) {
      this.setStatus('up');
      return;
    }
    // Up only once the subscriptions are back, so that a state request sent on "up" cannot
    // be answered before anyone listens.
    this.client.subscribe(topics, { qos: 0 }, () => {
      if (this.client.connected && !this.closing) this.setStatus('up');
    });
  }

  private onError(error: Error & { code?: unknown }): void {
    this.attemptFailedWithError = true;
    this.problemNow = describeError(error, this.secrets);
  }

  private onClose(): void {
    if (this.closing) return;
    if (!this.attemptFailedWithError) this.problemNow = UNREACHABLE;
    this.attemptFailedWithError = false;
    this.setStatus('down');
    this.scheduleReconnect();
  }

  private scheduleReconnect(): void {
    if (this.reconnectTimer || this.closing) return;
    const { reconnectMinMs, reconnectMaxMs } = this.tuning;
    const delay = Math.min(reconnectMaxMs, reconnectMinMs * 2 ** this.failedAttempts);
    this.failedAttempts = Math.min(this.failedAttempts + 1, 30);
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = undefined;
      if (!this.closing) this.client.reconnect();
    }, delay);
    // Retrying alone must not keep a finished command-line run alive.
    this.reconnectTimer.unref();
  }

  private setStatus(status: BrokerStatus): void {
    if (this.statusNow === status) return;
    this.statusNow = status;
    for (const listener of [...this.statusListeners]) {
      try {
        listener(status);
      } catch {
        // A listener's failure is its own; the connection carries on.
      }
    }
  }
}

function ignore(): void {}

function describeError(
  error: Error & { code?: unknown },
  secrets: readonly (string | undefined)[],
): BrokerProblem {
  const { code } = error;
  if (code === 4 || code === 5 || code === 134 || code === 135) {
    return {
      failure: 'auth',
      message:
        'the MQTT broker refused the username or password (check `username` and `password` for the broker in the home file)',
    };
  }
  if (typeof code === 'number') {
    const reason = redact(error.message.replace(/^Connection refused:\s*/i, ''), secrets);
    return { failure: 'refused', message: `the MQTT broker refused the connection (${reason})` };
  }
  if (/connack timeout/i.test(error.message)) {
    return { failure: 'timeout', message: 'the MQTT broker did not answer in time' };
  }
  return UNREACHABLE;
}

function passwordInUrl(url: string): string | undefined {
  try {
    return decodeURIComponent(new URL(url).password) || undefined;
  } catch {
    return undefined;
  }
}

function brokerLabel(url: string, secrets: readonly (string | undefined)[]): string {
  try {
    const parsed = new URL(url);
    const path = parsed.pathname === '/' ? '' : parsed.pathname;
    return `${parsed.protocol}//${parsed.host}${path}`;
  } catch {
    return redact(url.replace(/\/\/[^@/]*@/, '//'), secrets);
  }
}
