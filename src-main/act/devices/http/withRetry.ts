import { sleep as realSleep } from './sleep.ts';
import { TransportError } from './TransportError.ts';

export interface RetryOptions {
  /** The wait before each retry; its length is the number of retries. Default [100, 300]. */
  delaysMs?: readonly number[];
  /** A Retry-After longer than this is not waited for: the attempt fails. Default 2000 ms. */
  maxRetryAfterMs?: number;
  /** Replaceable so tests can see the waits without waiting. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

export const DEFAULT_RETRY_DELAYS_MS: readonly number[] = [100, 300];

/**
 * Runs `attempt`, and again after a pause when it fails in a way another try may fix
 * (connection errors, timeouts, 5xx, 429). Callers pass no delays for commands that must not
 * run twice.
 */
export async function withRetry<T>(
  attempt: () => Promise<T>,
  options: RetryOptions = {},
  signal?: AbortSignal,
): Promise<T> {
  const delays = options.delaysMs ?? DEFAULT_RETRY_DELAYS_MS;
  const maxRetryAfterMs = options.maxRetryAfterMs ?? 2000;
  const sleep = options.sleep ?? realSleep;
  for (let retry = 0; ; retry++) {
    try {
      return await attempt();
    } catch (error) {
      const delay = delays[retry];
      if (delay === undefined || !(error instanceof TransportError) || !error.retryable) {
        throw error;
      }
      const asked = error.retryAfterMs;
      if (asked !== undefined && asked > maxRetryAfterMs) throw error;
      await sleep(Math.max(delay, asked ?? 0), signal);
    }
  }
}
