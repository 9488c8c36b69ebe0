import type { Device, Home } from './home.ts';

// What Hearth knows of a device right now, and what became of each action.

export interface DeviceState {
  /** False when the device cannot be reached. */
  available: boolean;
  /** on/off, open/closed/opening/closing, locked/unlocked, playing/paused, cleaning/docked... */
  state?: string;
  brightness?: number;
  color?: string;
  color_temp?: number;
  speed?: number;
  position?: number;
  volume?: number;
  temperature?: number;
  target_temperature?: number;
  mode?: string;
  humidity?: number;
  value?: number;
}

export type OutcomeKind = 'ok' | 'unconfirmed' | 'failed' | 'needs_confirmation';

export interface ActionOutcome {
  device: string;
  command: string;
  value?: number | string;
  outcome: OutcomeKind;
  /** Present when outcome is failed: names the device and the cause. */
  error?: string;
}

/** One adapter per device, whatever protocol is behind it. */
export interface DeviceAdapter {
  readonly deviceId: string;
  /** Sends one command; always resolves with exactly one outcome, never rejects. */
  execute(command: string, value?: number | string): Promise<ActionOutcome>;
  /** Asks the device for its state now; unreachable devices give `{ available: false }`. */
  read(): Promise<DeviceState>;
  /** Live updates (MQTT messages, polling); returns the unsubscribe function. */
  watch?(listener: (state: DeviceState) => void): () => void;
  dispose(): Promise<void> | void;
}

export interface AdapterContext {
  home: Home;
  /** Per-request timeout; adapters default to 2000 ms. */
  timeoutMs?: number;
}

export type AdapterFactory = (device: Device, context: AdapterContext) => DeviceAdapter;
