import { supportsCommand } from '../../../core/commands.ts';
import type { Device, Home, MqttBroker } from '../../../core/home.ts';
import type {
  ActionOutcome,
  AdapterContext,
  DeviceAdapter,
  DeviceState,
} from '../../../core/state.ts';
import type { DeviceFailure } from '../DeviceError.ts';
import { DeviceError } from '../DeviceError.ts';
import type { BrokerConnection, BrokerProblem, PublishOptions } from './BrokerConnection.ts';
import { MqttBrokerPool } from './MqttBrokerPool.ts';
import { StateWaiters } from './StateWaiters.ts';

/** What one message tells about a device; merged into what is already known. */
export type StateUpdate = Partial<Omit<DeviceState, 'available'>>;

export interface MqttPublish {
  topic: string;
  payload: string;
}

export interface MqttCommandPlan {
  /** Sent in this order. */
  publishes: MqttPublish[];
  /** True for the state message showing the command took effect; absent: it cannot be confirmed. */
  confirms?: (update: StateUpdate) => boolean;
}

export interface MqttAdapterOptions {
  /** Where broker connections come from; default MqttBrokerPool.shared. */
  pool?: MqttBrokerPool;
}

export interface MqttDeviceSetup {
  device: Device;
  context: AdapterContext;
  /** Names the protocol in messages: "zigbee2mqtt", "tasmota", "mqtt". */
  protocol: string;
  /** The device's own broker, if its connection names one; else the home's. */
  ownBroker?: MqttBroker;
  /** A connection the adapter cannot use, in plain words; every action then fails with it. */
  configProblem?: string;
  options?: MqttAdapterOptions;
  publishOptions?: PublishOptions;
}

const DEFAULT_TIMEOUT_MS = 2000;

/**
 * What every MQTT device shares: a leased broker connection, a state kept current from
 * subscriptions, availability, and the one-outcome-per-action rule (ok on the state echo,
 * unconfirmed without one, failed when the broker or the device is away). Subclasses say
 * which topics to hear, how to read them and what to publish for each command; they call
 * start() at the end of their constructor.
 */
export abstract class MqttDeviceAdapter implements DeviceAdapter {
  readonly deviceId: string;
  protected readonly device: Device;
  protected readonly home: Home;
  protected readonly timeoutMs: number;
  private readonly connection: BrokerConnection | undefined;
  private readonly where: string;
  private readonly configProblem: string | undefined;
  private readonly publishOptions: PublishOptions;
  private known: StateUpdate = {};
  private heard = false;
  /** A state request went out since the broker came up; read() then only waits for it. */
  private askedSinceUp = false;
  private readWaitedSinceUp = false;
  private online: boolean | undefined;
  private readonly listeners = new Set<(state: DeviceState) => void>();
  private readonly waiters: StateWaiters;
  private readonly cleanups: (() => void)[] = [];
  private disposed = false;

  constructor(setup: MqttDeviceSetup) {
    const { device, context } = setup;
    this.deviceId = device.id;
    this.device = device;
    this.home = context.home;
    this.timeoutMs = context.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.waiters = new StateWaiters(this.timeoutMs);
    this.publishOptions = setup.publishOptions ?? {};
    const broker = setup.ownBroker ?? context.home.mqtt;
    this.configProblem =
      setup.configProblem ??
      (broker
        ? brokerUrlProblem(broker.url)
        : 'no MQTT broker is set; add `mqtt: { url: mqtt://host:1883 }` to the home file or `broker:` to the device connection');
    this.connection =
      broker && !this.configProblem
        ? (setup.options?.pool ?? MqttBrokerPool.shared).acquire(broker)
        : undefined;
    this.where = this.connection
      ? `${setup.protocol} via ${this.connection.label}`
      : setup.protocol;
  }

  /** Publishes what the command needs; may throw a DeviceError with the bare cause. */
  protected abstract plan(
    command: string,
    value: number | string | undefined,
  ): MqttCommandPlan | Promise<MqttCommandPlan>;

  /** Asks the device to send its state (Zigbee2MQTT `/get`, Tasmota `STATE`); may do nothing. */
  protected abstract requestState(): Promise<void>;

  /** False for a device that has no way to tell its state (a generic one without state_topic). */
  protected get reportsState(): boolean {
    return true;
  }

  /** Begins listening to the broker's ups and downs; subclasses call it last. */
  protected start(): void {
    const connection = this.connection;
    if (!connection) return;
    this.cleanups.push(
      connection.onStatus((status) => {
        if (status === 'up') {
          this.readWaitedSinceUp = false;
          // Whatever happened while away, the device's state must be asked again.
          this.ask();
        }
        this.notify();
      }),
    );
    if (connection.status === 'up') this.ask();
  }

  private ask(): void {
    this.askedSinceUp = true;
    this.requestState().catch(() => {});
  }

  protected listen(topic: string, handler: (payload: string, retained: boolean) => void): void {
    if (!this.connection) return;
    this.cleanups.push(
      this.connection.subscribe(topic, (payload, retained) => {
        if (!this.disposed) handler(payload.toString('utf8'), retained);
      }),
    );
  }

  /** Rejects with a BrokerProblem; bounded, since a QoS 1 publish can wait for ever. */
  protected publish(topic: string, payload: string): Promise<void> {
    const connection = this.connection;
    if (!connection) return Promise.reject(new Error('no broker'));
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () =>
          reject({
            failure: 'timeout',
            message: 'the MQTT broker did not take the command in time',
          }),
        this.timeoutMs,
      );
      connection.publish(topic, payload, this.publishOptions).then(
        () => {
          clearTimeout(timer);
          resolve();
        },
        (problem: unknown) => {
          clearTimeout(timer);
          reject(problem);
        },
      );
    });
  }

  /** What is known of the device so far. */
  protected get current(): StateUpdate {
    return this.known;
  }

  /**
   * Merges one message's news. Retained copies, and messages a subclass says are not
   * replies (Tasmota's periodic tele/), update the state but never confirm a command.
   */
  protected applyUpdate(update: StateUpdate, retained = false, isReply = true): void {
    const defined = Object.fromEntries(
      Object.entries(update).filter(([, v]) => v !== undefined),
    ) as StateUpdate;
    this.known = { ...this.known, ...defined };
    this.heard = true;
    this.waiters.deliver(defined, isReply && !retained);
    this.notify();
  }

  protected setOnline(online: boolean): void {
    if (this.online === online) return;
    const cameBack = online && this.online === false;
    this.online = online;
    this.notify();
    // Whatever changed while it was away must be asked for again.
    if (cameBack) this.ask();
  }

  /** Asks for the state and waits for it (up to the timeout): for relative commands. */
  protected async freshState(): Promise<StateUpdate> {
    const wait = this.waiters.wait(() => true, true);
    await this.requestState().catch(() => {});
    await wait.done;
    return this.known;
  }

  async execute(command: string, value?: number | string): Promise<ActionOutcome> {
    const base: ActionOutcome = { device: this.deviceId, command, outcome: 'failed' };
    if (value !== undefined) base.value = value;
    try {
      if (this.disposed) return this.failed(base, 'unreachable', 'the adapter was already closed');
      if (this.configProblem || !this.connection) {
        return this.failed(base, 'unsupported', this.configProblem ?? 'no MQTT broker is set');
      }
      if (!supportsCommand(this.device, command)) {
        return this.failed(base, 'unsupported', `a ${this.device.type} cannot do ${command}`);
      }
      const connection = this.connection;
      if (!(await connection.waitUntilUp(this.timeoutMs))) return this.brokerDown(base);
      if (this.online === false) {
        return this.failed(
          base,
          'offline',
          'the device is offline (its availability topic says so)',
        );
      }
      const planned = await this.plan(command, value);
      const confirmation = planned.confirms ? this.waiters.wait(planned.confirms) : undefined;
      try {
        for (const { topic, payload } of planned.publishes) await this.publish(topic, payload);
      } catch (problem) {
        confirmation?.cancel();
        return isBrokerProblem(problem)
          ? this.failed(base, problem.failure, problem.message)
          : this.brokerDown(base);
      }
      if (!confirmation) return { ...base, outcome: 'unconfirmed' };
      return { ...base, outcome: (await confirmation.done) ? 'ok' : 'unconfirmed' };
    } catch (error) {
      if (error instanceof DeviceError) return this.failed(base, error.failure, error.message);
      return this.failed(base, 'unexpected_reply', 'something unexpected went wrong sending it');
    }
  }

  async read(): Promise<DeviceState> {
    if (this.disposed || !this.connection) return { available: false };
    if (!(await this.connection.waitUntilUp(this.timeoutMs))) return { available: false };
    // Until the first state arrives, wait for it once per connection (a device without a
    // way to report state would otherwise cost every read a full timeout).
    if (!this.heard && !this.readWaitedSinceUp && this.online !== false && this.reportsState) {
      this.readWaitedSinceUp = true;
      if (this.askedSinceUp) await this.waiters.wait(() => true, true).done;
      else await this.freshState();
    }
    return this.snapshot();
  }

  watch(listener: (state: DeviceState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async dispose(): Promise<void> {
    if (this.disposed) return;
    this.disposed = true;
    this.waiters.cancelAll();
    for (const cleanup of this.cleanups.splice(0)) cleanup();
    this.listeners.clear();
    await this.connection?.release();
  }

  private snapshot(): DeviceState {
    const up = this.connection?.status === 'up' && !this.disposed;
    if (!up || this.online === false) return { available: false };
    return { available: true, ...this.known };
  }

  private notify(): void {
    if (this.listeners.size === 0) return;
    const state = this.snapshot();
    for (const listener of [...this.listeners]) {
      try {
        listener(state);
      } catch {
        // A watcher's failure must not stop state reaching the others.
      }
    }
  }

  private brokerDown(base: ActionOutcome): ActionOutcome {
    const problem = this.connection?.problem;
    return this.failed(
      base,
      problem?.failure ?? 'unreachable',
      problem?.message ?? 'the MQTT broker is not reachable',
    );
  }

  /** The message names the device and its broker; the failure kind is the DeviceError's. */
  private failed(base: ActionOutcome, _failure: DeviceFailure, cause: string): ActionOutcome {
    return { ...base, outcome: 'failed', error: `${this.device.name} (${this.where}): ${cause}` };
  }
}

const BROKER_PROTOCOLS = new Set(['mqtt:', 'mqtts:', 'tcp:', 'ssl:', 'ws:', 'wss:']);

/** mqtt.js would quietly take `mqtt://` for localhost; only a URL naming a host will do. */
function brokerUrlProblem(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    if (BROKER_PROTOCOLS.has(parsed.protocol) && parsed.hostname !== '') return undefined;
  } catch {
    // Falls through to the problem; the URL itself is not repeated, it may hold a password.
  }
  return 'the MQTT broker URL is not usable; write it like mqtt://192.168.1.5:1883';
}

function isBrokerProblem(value: unknown): value is BrokerProblem {
  return (
    typeof value === 'object' &&
    value !== null &&
    'failure' in value &&
    'message' in value &&
    typeof value.message === 'string'
  );
}
