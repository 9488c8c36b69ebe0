import { DeviceSet } from '../act/DeviceSet.ts';
import type { DeviceSetOptions } from '../act/DeviceSet.ts';
import type { Home } from '../core/home.ts';
import type { Action, Plan, PlanContext, Planner } from '../core/plan.ts';
import type { ActionOutcome } from '../core/state.ts';
import { composeReply } from './composeReply.ts';
import { createPlanner } from './createPlanner.ts';
import { TimerService } from './TimerService.ts';
import { Conversation } from './Conversation.ts';

// The one API every surface (command line, console, desktop app, hub) talks to: words in,
// a plan, its outcomes and what to say back out.

export interface AssistantOptions {
  /** Turns words into plans. Default: createPlanner(home), the fast rules. */
  planner?: Planner;
  /** Runs the actions. Default: a new DeviceSet over the home, disposed with the assistant. */
  devices?: DeviceSet;
  /** Options for the default DeviceSet (adapter factories per protocol, timeouts). */
  deviceOptions?: DeviceSetOptions;
  /** Keeps the timers. Default: a new in-memory TimerService, disposed with the assistant. */
  timers?: TimerService;
  /** What a turn may refer to from the one before. Default: a new two-minute Conversation. */
  conversation?: Conversation;
}

export interface HandleOptions {
  /** The room the speaker is in; overrides the home's default_area. */
  area?: string;
  /** The user already confirmed: run actions that need confirmation too. Default false. */
  yes?: boolean;
  /** Told the plan before any of its actions run, so a listener can show it first. */
  onPlan?: (plan: Plan) => void | Promise<void>;
}

export interface HandleResult {
  plan: Plan;
  /** One per action (scenes expanded into their actions), in plan order. */
  outcomes: ActionOutcome[];
  reply: string;
  /** Actions waiting for the user's confirmation; pass them to confirm() to run them. */
  held: Action[];
}

export class Assistant {
  readonly home: Home;
  readonly planner: Planner;
  readonly devices: DeviceSet;
  readonly timers: TimerService;
  readonly conversation: Conversation;
  private readonly owned: { devices: boolean; timers: boolean };

  constructor(home: Home, options: AssistantOptions = {}) {
    this.home = home;
    this.planner = options.planner ?? createPlanner(home);
    this.devices = options.devices ?? new DeviceSet(home, options.deviceOptions);
    this.timers = options.timers ?? new TimerService();
    this.conversation = options.conversation ?? new Conversation();
    this.owned = { devices: !options.devices, timers: !options.timers };
  }

  /** Understands without doing anything (a dry run). */
  async plan(text: string, context: PlanContext = {}): Promise<Plan> {
    return this.planner.plan(text, context);
  }

  /** Understands and carries out one utterance, as the next turn of the conversation. */
  async handle(text: string, options: HandleOptions = {}): Promise<HandleResult> {
    const previous = this.conversation.previous();
    const plan = await this.plan(text, {
      ...(options.area ? { area: options.area } : {}),
      ...(previous ? { previous } : {}),
    });
    this.conversation.remember(plan);
    await options.onPlan?.(plan);
    // A question back ("which lamp?") or nothing understood: nothing is acted on.
    if (plan.source === 'none' || plan.clarify?.length) {
      return { plan, outcomes: [], reply: plan.reply, held: [] };
    }
    const outcomes = await this.devices.execute(plan.actions, { confirmed: options.yes ?? false });
    const answers =
      plan.queries.length > 0 ? await this.devices.answer(plan.queries, plan.question) : '';
    const timerResults = plan.timers.map((timer) => this.timers.apply(timer));
    const reply = composeReply(this.home, plan, outcomes, answers, timerResults);
    return { plan, outcomes, reply, held: heldActions(outcomes) };
  }

  /** Runs actions the user has now confirmed (the `held` of a handle() result). */
  async confirm(actions: readonly Action[]): Promise<{ outcomes: ActionOutcome[]; reply: string }> {
    const outcomes = await this.devices.execute(actions, { confirmed: true });
    const plan: Plan = {
      text: '',
      actions: [...actions],
      queries: [],
      timers: [],
      confirm: false,
      reply: 'Done.',
      source: 'rules',
    };
    return { outcomes, reply: composeReply(this.home, plan, outcomes, '', []) };
  }

  async dispose(): Promise<void> {
    if (this.owned.timers) this.timers.dispose();
    if (this.owned.devices) await this.devices.dispose();
  }
}

function heldActions(outcomes: readonly ActionOutcome[]): Action[] {
  return outcomes
    .filter((o) => o.outcome === 'needs_confirmation')
    .map((o) => ({
      device: o.device,
      command: o.command,
      ...(o.value !== undefined ? { value: o.value } : {}),
    }));
}
