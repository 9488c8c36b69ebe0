import { setMaxListeners } from 'node:events';
import { supportsCommand } from '../../../core/commands.ts';
import type { Device, Home } from '../../../core/home.ts';
import type { ActionOutcome, DeviceAdapter, DeviceState } from '../../../core/state.ts';
import { DeviceError, redact } from '../DeviceError.ts';
import { confirmsCommand } from './confirmsCommand.ts';
import { toDeviceCommand } from './DeviceCommand.ts';
import type { DeviceCommand, DeviceCommandName } from './DeviceCommand.ts';
import { isIdempotentCommand } from './isIdempotentCommand.ts';
import { toDeviceError } from './toDeviceError.ts';
import { withRetry } from './withRetry.ts';
import type { RetryOptions } from './withRetry.ts';

/** What a successful send learnt. */
export interface DriverReply {
  /** The state the reply reports (fields it does not mention are left out). */
  state?: DeviceState;
  /** The device said, field by field, that it applied the command (Hue's `success` list). */
  acknowledged?: boolean;
}

/** The protocol-specific half of an adapter: bytes on the wire, nothing about outcomes. */
export interface DeviceDriver {
  /** The device and where it lives, for messages: "Porch light (hue bridge 10.0.0.2:80)". */
  readonly who: string;
  /** Every credential this driver holds; scrubbed from every message. */
  readonly secrets: readonly string[];
  readonly timeoutMs: number;
  supports(command: DeviceCommandName): boolean;
  /** Throws TransportError or DeviceError. */
  send(command: DeviceCommand, signal: AbortSignal): Promise<DriverReply>;
  readState(signal: AbortSignal): Promise<DeviceState>;
  close(): void;
}

export interface NetworkAdapterOptions {
  /** How often watch() asks the device for its state while someone watches; default 5000 ms. */
  pollIntervalMs?: number;
  /** Retries of idempotent commands; default delays [100, 300] ms. */
  retry?: RetryOptions;
  /** For the value checks (set_temperature); default celsius. */
  unit?: Home['unit'];
}

const UNREACHABLE = new Set(['unreachable', 'timeout']);

/**
 * The behaviour every HTTP/TCP device shares: checked commands, retries for idempotent ones
 * only, confirmation (from the reply, else by reading the state back), one outcome per action,
 * polling while watched, and messages free of credentials.
 */
export class NetworkDeviceAdapter implements DeviceAdapter {
  readonly deviceId: string;
  /** The last state known, from a reply, a read or a poll. */
  lastState: DeviceState | undefined;
  /** Why the device was last unavailable, for `hearth devices`. */
  lastError: string | undefined;
  private readonly device: Device;
  private readonly driver: DeviceDriver;
  private readonly options: NetworkAdapterOptions;
  private readonly stop = new AbortController();
  private readonly listeners = new Set<(state: DeviceState) => void>();
  private pollTimer: NodeJS.Timeout | undefined;
  private lastFailure: DeviceError['failure'] | undefined;

  constructor(device: Device, driver: DeviceDriver, options: NetworkAdapterOptions = {}) {
    this.deviceId = device.id;
    this.device = device;
    this.driver = driver;
    this.options = options;
    // Every request in flight listens to this one signal; a burst of commands to one device
    // (queued behind the Hue limiter, say) is not a leak.
    setMaxListeners(200, this.stop.signal);
  }

  async execute(command: string, value?: number | string): Promise<ActionOutcome> {
    const base: ActionOutcome = {
      device: this.deviceId,
      command,
      ...(value === undefined ? {} : { value }),
      outcome: 'failed',
    };
    try {
      const cmd = this.check(command, value);
      const signal = this.stop.signal;
      // A device that just failed to answer is not retried: the user hears about it at once.
      const retry =
        isIdempotentCommand(command) && !UNREACHABLE.has(this.lastFailure ?? '')
          ? (this.options.retry ?? {})
          : { ...this.options.retry, delaysMs: [] };
      const reply = await withRetry(() => this.driver.send(cmd, signal), retry, signal);
      this.lastFailure = undefined;
      if (reply.state) this.remember(reply.state);
      if (reply.acknowledged || (reply.state && confirmsCommand(cmd, reply.state))) {
        return { ...base, outcome: 'ok' };
      }
      return { ...base, outcome: (await this.readBack(cmd)) ? 'ok' : 'unconfirmed' };
    } catch (error) {
      const failure = toDeviceError(error, this.driver.who, this.driver.timeoutMs);
      this.lastFailure = failure.failure;
      return { ...base, error: this.scrub(failure.message) };
    }
  }

  async read(): Promise<DeviceState> {
    try {
      const state = await this.driver.readState(this.stop.signal);
      this.lastError = undefined;
      this.lastFailure = undefined;
      this.remember(state, true);
      return state;
    } catch (error) {
      const failure = toDeviceError(error, this.driver.who, this.driver.timeoutMs);
      this.lastFailure = failure.failure;
      this.lastError = this.scrub(failure.message);
      const state: DeviceState = { available: false };
      this.remember(state, true);
      return state;
    }
  }

  watch(listener: (state: DeviceState) => void): () => void {
    this.listeners.add(listener);
    if (this.listeners.size === 1 && !this.stop.signal.aborted) this.schedulePoll(0);
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size === 0) {
        clearTimeout(this.pollTimer);
        this.pollTimer = undefined;
      }
    };
  }

  dispose(): void {
    this.stop.abort();
    clearTimeout(this.pollTimer);
    this.pollTimer = undefined;
    this.listeners.clear();
    this.driver.close();
  }

  private check(command: string, value: number | string | undefined): DeviceCommand {
    const who = this.driver.who;
    if (this.stop.signal.aborted)
      throw new DeviceError('offline', `${who} is no longer controlled: Hearth is shutting down`);
    if (!supportsCommand(this.device, command)) {
      throw new DeviceError(
        'unsupported',
        `${who} is a ${this.device.type.replaceAll('_', ' ')} and cannot ${command.replaceAll('_', ' ')}`,
      );
    }
    const cmd = toDeviceCommand(command, value, who, this.options.unit);
    if (!this.driver.supports(cmd.name)) {
      throw new DeviceError(
        'unsupported',
        `${who} cannot ${command.replaceAll('_', ' ')} over this protocol`,
      );
    }
    return cmd;
  }

  private async readBack(cmd: DeviceCommand): Promise<boolean> {
    try {
      const state = await this.driver.readState(this.stop.signal);
      this.remember(state, true);
      return confirmsCommand(cmd, state);
    } catch {
      // The command was sent and accepted; only the confirmation is missing.
      return false;
    }
  }

  private remember(state: DeviceState, whole = false): void {
    const previous = this.lastState;
    let next: DeviceState;
    if (whole || !previous || !previous.available) {
      next = state;
    } else {
      next = { ...previous, ...state };
      // A light shows either a colour or a white temperature, never both at once.
      if (state.color !== undefined && state.color_temp === undefined) delete next.color_temp;
      if (state.color_temp !== undefined && state.color === undefined) delete next.color;
    }
    this.lastState = next;
    if (this.listeners.size > 0 && JSON.stringify(previous) !== JSON.stringify(next)) {
      for (const listener of [...this.listeners]) {
        try {
          listener(next);
        } catch (error) {
          process.emitWarning(`A state listener for ${this.deviceId} failed: ${String(error)}`);
        }
      }
    }
  }

  private schedulePoll(delayMs: number): void {
    clearTimeout(this.pollTimer);
    this.pollTimer = setTimeout(() => {
      void this.read().then(() => {
        if (this.listeners.size > 0 && !this.stop.signal.aborted) {
          this.schedulePoll(this.options.pollIntervalMs ?? 5000);
        }
      });
    }, delayMs);
    // Polling alone must not keep a command-line run alive.
    this.pollTimer.unref();
  }

  private scrub(message: string): string {
    return redact(message, this.driver.secrets);
  }
}
