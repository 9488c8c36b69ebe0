import type { Action, Plan } from '../core/plan.ts';
import type { ActionOutcome } from '../core/state.ts';
import type { Assistant, HandleOptions, HandleResult } from './Assistant.ts';
import { composeReply } from './composeReply.ts';
import { readsComplete } from './readsComplete.ts';

// One utterance acted on as soon as its end is first noticed, when its words read as a
// finished command that needs no confirmation (no question back, no query, no timer): the
// 380 ms wait to confirm the end is then not paid. If speech resumes, the whole utterance is
// planned again when it ends and only the actions not already done are run, so "turn on the
// kitchen light ... and the hall light" adds the hall light and nothing is done twice.

export class EarlyTurn {
  /** Outcomes of actions already run for this utterance, in order. */
  readonly acted: ActionOutcome[] = [];
  /** Wall time (performance.now()) when the first action went out. */
  firstAt: number | undefined;
  private readonly assistant: Assistant;
  private readonly area: string | undefined;
  private pending: Promise<void> = Promise.resolve();

  constructor(assistant: Assistant, area: string | undefined) {
    this.assistant = assistant;
    this.area = area;
  }

  /**
   * Acts on the speculative words `text` if they read complete; `stillCurrent` says whether
   * the guess still stands (speech has not resumed), checked right before acting.
   */
  attempt(text: Promise<string | undefined>, stillCurrent: () => boolean): void {
    this.pending = this.pending.then(async () => {
      const words = await text.catch(() => undefined);
      if (!words || !readsComplete(words) || !stillCurrent()) return;
      const plan = await this.assistant.plan(words, this.context());
      if (!actsAlone(plan) || !stillCurrent()) return;
      const todo = notDone(plan.actions, this.acted);
      if (todo.length === 0) return;
      this.firstAt ??= performance.now();
      const outcomes = await this.assistant.devices.execute(todo, { confirmed: false });
      this.acted.push(...outcomes);
    });
  }

  /** The whole utterance's words: what handle() would give, without repeating what was done. */
  async finish(text: string, options: HandleOptions): Promise<HandleResult> {
    await this.pending.catch(() => {});
    if (this.acted.length === 0) return this.assistant.handle(text, options);
    const plan = await this.assistant.plan(text, this.context());
    await options.onPlan?.(plan);
    if (plan.source === 'none' || plan.clarify?.length) {
      const reply = composeReply(this.assistant.home, planOf(this.acted), this.acted, '', []);
      return { plan, outcomes: [...this.acted], reply, held: [] };
    }
    const more = await this.assistant.devices.execute(notDone(plan.actions, this.acted), {
      confirmed: options.yes ?? false,
    });
    const outcomes = [...this.acted, ...more];
    const answers =
      plan.queries.length > 0 ? await this.assistant.devices.answer(plan.queries) : '';
    const timers = plan.timers.map((timer) => this.assistant.timers.apply(timer));
    const reply = composeReply(this.assistant.home, plan, outcomes, answers, timers);
    const held = outcomes
      .filter((o) => o.outcome === 'needs_confirmation')
      .map((o) => ({
        device: o.device,
        command: o.command,
        ...(o.value !== undefined ? { value: o.value } : {}),
      }));
    return { plan, outcomes, reply, held };
  }

  private context() {
    return this.area ? { area: this.area } : {};
  }
}

function actsAlone(plan: Plan): boolean {
  return (
    plan.source !== 'none' &&
    !plan.clarify?.length &&
    !plan.confirm &&
    plan.actions.length > 0 &&
    plan.queries.length === 0 &&
    plan.timers.length === 0
  );
}

const same = (a: Action, b: { device: string; command: string; value?: unknown }) =>
  a.device === b.device && a.command === b.command && a.value === b.value;

function notDone(actions: readonly Action[], done: readonly ActionOutcome[]): Action[] {
  return actions.filter((a) => !done.some((d) => same(a, d)));
}

function planOf(outcomes: readonly ActionOutcome[]): Plan {
  return {
    text: '',
    actions: outcomes.map((o) => ({
      device: o.device,
      command: o.command,
      ...(o.value !== undefined ? { value: o.value } : {}),
    })),
    queries: [],
    timers: [],
    confirm: false,
    reply: 'Done.',
    source: 'rules',
  };
}
