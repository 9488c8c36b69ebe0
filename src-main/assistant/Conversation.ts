import type { Plan } from '../core/plan.ts';

// One conversation's memory: the last turn that gave the next one something to refer to
// ("make it brighter", "and the bedroom too", "the one in the kitchen"). It lapses after a
// quiet spell, so a command hours later never leans on an old one.

export interface ConversationOptions {
  /** How long a turn stays referable, in ms. Default 120000 (two minutes); Infinity keeps it. */
  windowMs?: number;
  /** The clock, for tests. Default Date.now. */
  now?: () => number;
}

export class Conversation {
  private readonly windowMs: number;
  private readonly now: () => number;
  private last: { plan: Plan; at: number } | undefined;

  constructor(options: ConversationOptions = {}) {
    this.windowMs = options.windowMs ?? 120_000;
    this.now = options.now ?? Date.now;
  }

  /** The turn before, while it is recent enough to refer to. */
  previous(): Plan | undefined {
    if (!this.last) return undefined;
    if (this.now() - this.last.at > this.windowMs) {
      this.last = undefined;
      return undefined;
    }
    return this.last.plan;
  }

  /**
   * Takes a turn in. One that leaves nothing to refer to (not understood, or from a planner
   * that keeps no memory) keeps the earlier turn's devices but not its open question.
   */
  remember(plan: Plan): void {
    const at = this.now();
    if (plan.memory) {
      this.last = { plan, at };
      return;
    }
    const earlier = this.previous()?.memory;
    if (!earlier) {
      this.last = undefined;
      return;
    }
    const { targets, alternatives, commandText } = earlier;
    this.last = {
      plan: { ...plan, memory: { targets, alternatives, ...(commandText ? { commandText } : {}) } },
      at,
    };
  }

  /** Forgets everything: a new conversation starts. */
  reset(): void {
    this.last = undefined;
  }
}
