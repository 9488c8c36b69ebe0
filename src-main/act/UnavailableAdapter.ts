import type { Device } from '../core/home.ts';
import type { ActionOutcome, DeviceAdapter, DeviceState } from '../core/state.ts';

/**
 * Stands in for a device Hearth cannot reach at all (no adapter for its protocol yet, or
 * its adapter could not be built): every action fails with the same plain message, so no
 * action on it is ever silently dropped.
 */
export class UnavailableAdapter implements DeviceAdapter {
  readonly deviceId: string;
  /** Names the device and says why, e.g. "Porch light: Hearth cannot talk to hue devices yet". */
  readonly reason: string;

  constructor(device: Device, reason: string) {
    this.deviceId = device.id;
    this.reason = reason;
  }

  async execute(command: string, value?: number | string): Promise<ActionOutcome> {
    return {
      device: this.deviceId,
      command,
      ...(value !== undefined ? { value } : {}),
      outcome: 'failed',
      error: this.reason,
    };
  }

  async read(): Promise<DeviceState> {
    return { available: false };
  }

  dispose(): void {}
}
