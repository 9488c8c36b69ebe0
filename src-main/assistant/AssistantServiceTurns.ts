import { randomUUID } from 'node:crypto';
import type { AssistantEvent, AssistantStatus, HistoryEntry } from '../core/assistantApi.ts';
import type { Action } from '../core/plan.ts';
import type { ActionOutcome } from '../core/state.ts';
import type { Assistant, HandleOptions, HandleResult } from './Assistant.ts';

// The conversation's turns and held actions, one turn at a time: a command, its reply and
// outcomes, and the confirmations it leaves open. Nothing held runs until answer(id, true);
// a cancelled one changes nothing.

export interface AssistantServiceTurnsOptions {
  assistant: Assistant;
  area: string | undefined;
  emit: (event: AssistantEvent) => void;
  setStatus: (status: AssistantStatus, message?: string) => void;
  /** The status between turns: listening while the microphone is open, else idle. */
  restingStatus: () => AssistantStatus;
  remember: (entry: HistoryEntry) => Promise<void>;
  prompt: (actions: readonly Action[]) => string;
  /** Reads devices again after failures, so the panel shows whether they answer. */
  recheck: (ids: readonly string[]) => Promise<void>;
  /** A held question is closed unanswered after this long. Default 120000 (2 minutes). */
  holdMs?: number;
  /** Open questions at most; a new one closes the oldest. Default 20. */
  maxHeld?: number;
}

interface Held {
  turnId: string;
  actions: Action[];
  /** Held by a direct control: its result goes to notices, not to the conversation. */
  fromControl: boolean;
  /** Closes it unanswered when the user never answers (a stale "yes" must not act later). */
  timer: NodeJS.Timeout;
}

const failedOf = (outcomes: readonly ActionOutcome[]) =>
  outcomes.filter((o) => o.outcome === 'failed');

const heldOf = (outcomes: readonly ActionOutcome[]): Action[] =>
  outcomes
    .filter((o) => o.outcome === 'needs_confirmation')
    .map((o) => ({
      device: o.device,
      command: o.command,
      ...(o.value !== undefined ? { value: o.value } : {}),
    }));

export class AssistantServiceTurns {
  private readonly options: AssistantServiceTurnsOptions;
  private readonly held = new Map<string, Held>();
  private queue: Promise<unknown> = Promise.resolve();
  /** The turn being worked on now, if any (turns run one at a time). */
  current: string | undefined;

  constructor(options: AssistantServiceTurnsOptions) {
    this.options = options;
  }

  /**
   * One command (typed, or a final transcript): its words, then its reply. `handle`: how to
   * carry it out when part of it already was (acting early); default the assistant's handle().
   */
  say(
    turnId: string,
    text: string,
    handle?: (text: string, options: HandleOptions) => Promise<HandleResult>,
  ): Promise<void> {
    const { emit, setStatus } = this.options;
    emit({ type: 'user', turnId, text, final: true });
    return this.enqueue(async () => {
      setStatus('thinking');
      this.current = turnId;
      try {
        const area = this.options.area;
        const options = area ? { area } : {};
        const result = handle
          ? await handle(text, options)
          : await this.options.assistant.handle(text, options);
        const { reply, outcomes, plan } = result;
        emit({ type: 'reply', turnId, text: reply, plan, outcomes });
        if (result.held.length > 0) this.hold(turnId, result.held, false);
        await this.finish(turnId, text, reply, outcomes);
      } catch (error) {
        const why = error instanceof Error ? error.message : String(error);
        const reply = `Sorry, something went wrong: ${why}`;
        emit({ type: 'reply', turnId, text: reply, outcomes: [] });
        setStatus('error', why);
      } finally {
        this.current = undefined;
      }
    });
  }

  /** Answers a confirmation; false when there is no such open question. */
  async answer(id: string, accept: boolean): Promise<boolean> {
    const held = this.held.get(id);
    if (!held) return false;
    this.held.delete(id);
    clearTimeout(held.timer);
    const { emit } = this.options;
    emit({ type: 'confirmation_closed', id, accepted: accept });
    if (!accept) {
      if (!held.fromControl) {
        const reply = 'Cancelled: nothing was changed.';
        emit({ type: 'reply', turnId: held.turnId, text: reply, outcomes: [] });
        await this.options.remember(entry(held.turnId, '', reply, []));
      }
      return true;
    }
    await this.enqueue(async () => {
      this.options.setStatus('acting');
      const { outcomes, reply } = await this.options.assistant.confirm(held.actions);
      if (held.fromControl) this.tellFailures(outcomes);
      else emit({ type: 'reply', turnId: held.turnId, text: reply, outcomes });
      await this.finish(held.turnId, '', reply, outcomes, held.fromControl);
    });
    return true;
  }

  /** A direct control from the devices panel; held actions ask first, as spoken ones do. */
  control(action: Action): Promise<ActionOutcome> {
    return this.enqueue(async () => {
      this.options.setStatus('acting');
      const outcomes = await this.options.assistant.devices.execute([action], { confirmed: false });
      const held = heldOf(outcomes);
      if (held.length > 0) this.hold(`control-${randomUUID()}`, held, true);
      this.tellFailures(outcomes);
      await this.finish('', '', '', outcomes, true);
      return summarise(action, outcomes);
    });
  }

  dispose(): void {
    for (const [id, held] of this.held) {
      clearTimeout(held.timer);
      this.options.emit({ type: 'confirmation_closed', id, accepted: false });
    }
    this.held.clear();
  }

  private hold(turnId: string, actions: Action[], fromControl: boolean): void {
    const id = randomUUID();
    // Maps keep insertion order: the first key is the oldest open question.
    const max = this.options.maxHeld ?? 20;
    for (const oldest of [...this.held.keys()].slice(0, Math.max(0, this.held.size - max + 1))) {
      this.expire(oldest);
    }
    const timer = setTimeout(() => this.expire(id), this.options.holdMs ?? 120_000);
    timer.unref();
    this.held.set(id, { turnId, actions, fromControl, timer });
    const prompt = this.options.prompt(actions);
    this.options.emit({ type: 'confirmation', id, turnId, prompt, actions });
  }

  /** Closes an open question unanswered: nothing held by it runs. */
  private expire(id: string): void {
    const held = this.held.get(id);
    if (!held) return;
    clearTimeout(held.timer);
    this.held.delete(id);
    this.options.emit({ type: 'confirmation_closed', id, accepted: false });
  }

  private tellFailures(outcomes: readonly ActionOutcome[]): void {
    for (const failed of failedOf(outcomes)) {
      this.options.emit({
        type: 'notice',
        level: 'error',
        text: failed.error ?? 'The action failed.',
      });
    }
  }

  /** After a turn: history, a fresh look at failed devices, and the status. */
  private async finish(
    turnId: string,
    text: string,
    reply: string,
    outcomes: ActionOutcome[],
    fromControl = false,
  ): Promise<void> {
    if (!fromControl) await this.options.remember(entry(turnId, text, reply, outcomes));
    const failed = failedOf(outcomes);
    if (failed.length > 0) {
      void this.options.recheck([...new Set(failed.map((o) => o.device))]);
      this.options.setStatus('error', failed[0]?.error ?? 'An action failed.');
    } else {
      this.options.setStatus(this.options.restingStatus());
    }
  }

  private enqueue<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(work);
    this.queue = run.catch(() => undefined);
    return run;
  }
}

function entry(
  turnId: string,
  text: string,
  reply: string,
  outcomes: ActionOutcome[],
): HistoryEntry {
  return { turnId, at: new Date().toISOString(), text, reply, outcomes };
}

/** One outcome for a control that may have run several actions (a scene). */
function summarise(action: Action, outcomes: readonly ActionOutcome[]): ActionOutcome {
  const base = {
    device: action.device,
    command: action.command,
    ...(action.value !== undefined ? { value: action.value } : {}),
  };
  const failed = failedOf(outcomes)[0];
  if (failed) return { ...base, outcome: 'failed', error: failed.error ?? 'The action failed.' };
  if (outcomes.some((o) => o.outcome === 'needs_confirmation'))
    return { ...base, outcome: 'needs_confirmation' };
  if (outcomes.some((o) => o.outcome === 'unconfirmed')) return { ...base, outcome: 'unconfirmed' };
  return { ...base, outcome: 'ok' };
}
