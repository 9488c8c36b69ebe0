// A token bucket: how many calls one page may make, so that one client (a stuck script, a
// hostile page on the LAN with the token) cannot keep the assistant busy for everyone.

export interface CallBudgetOptions {
  /** Calls a second, sustained. Default 20 (a person clicks and speaks far less). */
  perSecond?: number;
  /** Calls allowed at once after a quiet spell. Default 40. */
  burst?: number;
  /** The clock, in ms. Default performance.now. */
  now?: () => number;
}

export class CallBudget {
  readonly perSecond: number;
  private readonly burst: number;
  private readonly now: () => number;
  private tokens: number;
  private last: number;

  constructor(options: CallBudgetOptions = {}) {
    this.perSecond = options.perSecond ?? 20;
    this.burst = options.burst ?? 40;
    this.now = options.now ?? (() => performance.now());
    this.tokens = this.burst;
    this.last = this.now();
  }

  /** Takes one call from the budget; false when it is spent. */
  take(): boolean {
    const now = this.now();
    this.tokens = Math.min(this.burst, this.tokens + ((now - this.last) / 1000) * this.perSecond);
    this.last = now;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}
