import { sleep as realSleep } from '../http/sleep.ts';

export type HueTarget = 'light' | 'group';

export interface HueRateLimiterOptions {
  /** Sustained light commands per second; default 10 (Philips' guidance for one bridge). */
  lightsPerSecond?: number;
  /** Light commands that may go out at once before spacing starts; default 5. */
  lightBurst?: number;
  /** Sustained group commands per second; default 1 (a group command floods the Zigbee mesh). */
  groupsPerSecond?: number;
  /** Default 1. */
  groupBurst?: number;
  /** Replaceable so tests can count the waits without waiting. */
  now?: () => number;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

class TokenBucket {
  private tokens: number;
  private updated: number;
  private queue: Promise<void> = Promise.resolve();

  constructor(
    private readonly perSecond: number,
    private readonly burst: number,
    private readonly now: () => number,
    private readonly sleep: (ms: number, signal?: AbortSignal) => Promise<void>,
  ) {
    this.tokens = burst;
    this.updated = now();
  }

  take(signal?: AbortSignal): Promise<void> {
    // First come, first served: each taker waits for the one before it.
    const turn = this.queue.then(async () => {
      this.refill();
      if (this.tokens < 1) {
        await this.sleep(Math.ceil(((1 - this.tokens) / this.perSecond) * 1000), signal);
        this.refill();
      }
      this.tokens = Math.max(0, this.tokens - 1);
    });
    this.queue = turn.catch(() => undefined);
    return turn;
  }

  private refill(): void {
    const now = this.now();
    this.tokens = Math.min(
      this.burst,
      this.tokens + ((now - this.updated) / 1000) * this.perSecond,
    );
    this.updated = now;
  }
}

/**
 * Keeps Hearth within a Hue bridge's limits: about 10 light commands and 1 group command per
 * second. One instance per bridge, shared by every light on it (see `forBridge`).
 */
export class HueRateLimiter {
  private static readonly bridges = new Map<string, HueRateLimiter>();
  private readonly lights: TokenBucket;
  private readonly groups: TokenBucket;

  constructor(options: HueRateLimiterOptions = {}) {
    const now = options.now ?? (() => performance.now());
    const sleep = options.sleep ?? realSleep;
    this.lights = new TokenBucket(
      options.lightsPerSecond ?? 10,
      options.lightBurst ?? 5,
      now,
      sleep,
    );
    this.groups = new TokenBucket(
      options.groupsPerSecond ?? 1,
      options.groupBurst ?? 1,
      now,
      sleep,
    );
  }

  /** The limiter every adapter for the bridge at host:port shares. */
  static forBridge(host: string, port: number): HueRateLimiter {
    const key = `${host.toLowerCase()}:${port}`;
    let limiter = HueRateLimiter.bridges.get(key);
    if (!limiter) {
      limiter = new HueRateLimiter();
      HueRateLimiter.bridges.set(key, limiter);
    }
    return limiter;
  }

  /** Resolves when the next command to this kind of target may go out. */
  acquire(target: HueTarget, signal?: AbortSignal): Promise<void> {
    return (target === 'group' ? this.groups : this.lights).take(signal);
  }
}
