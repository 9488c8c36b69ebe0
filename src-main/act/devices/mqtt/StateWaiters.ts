import type { StateUpdate } from './MqttDeviceAdapter.ts';

export interface StateWait {
  /** True when an accepted update arrived, false on timeout or cancel. */
  done: Promise<boolean>;
  cancel: () => void;
}

/** Callers waiting for a device's next matching state message, each with its own timeout. */
export class StateWaiters {
  private readonly timeoutMs: number;
  private readonly waiters = new Set<(update: StateUpdate | undefined, reply: boolean) => void>();

  constructor(timeoutMs: number) {
    this.timeoutMs = timeoutMs;
  }

  /**
   * Waits for the first update the test accepts. Only replies count unless anyUpdate: a
   * retained copy is the broker's memory, not the device answering.
   */
  wait(test: (update: StateUpdate) => boolean, anyUpdate = false): StateWait {
    let settle: (ok: boolean) => void = () => {};
    const done = new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => finish(false), this.timeoutMs);
      const waiter = (update: StateUpdate | undefined, reply: boolean): void => {
        if (update === undefined) finish(false);
        else if ((anyUpdate || reply) && accepts(test, update)) finish(true);
      };
      const finish = (ok: boolean): void => {
        clearTimeout(timer);
        this.waiters.delete(waiter);
        resolve(ok);
      };
      settle = finish;
      this.waiters.add(waiter);
    });
    return { done, cancel: () => settle(false) };
  }

  deliver(update: StateUpdate, reply: boolean): void {
    for (const waiter of [...this.waiters]) waiter(update, reply);
  }

  cancelAll(): void {
    for (const waiter of [...this.waiters]) waiter(undefined, false);
  }
}

function accepts(test: (update: StateUpdate) => boolean, update: StateUpdate): boolean {
  try {
    return test(update);
  } catch {
    return false;
  }
}
