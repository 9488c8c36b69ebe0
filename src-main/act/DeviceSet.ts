import { COMMAND_VALUES, SCENE_COMMAND, needsConfirmation } from '../core/commands.ts';
import type { Device, Home, Protocol } from '../core/home.ts';
import type { Action, Query, QuestionForm } from '../core/plan.ts';
import type { ActionOutcome, AdapterFactory, DeviceAdapter, DeviceState } from '../core/state.ts';
import { answerQueries } from './answerQueries.ts';
import { RELATIVE_COMMANDS, resolveRelative } from './relativeCommands.ts';
import { TypedEmitter } from './TypedEmitter.ts';
import { UnavailableAdapter } from './UnavailableAdapter.ts';
import { virtualAdapterFactory } from './VirtualDevice.ts';
import { PROTOCOL_ADAPTERS } from './devices/protocolAdapters.ts';

// The executor: one adapter per device of a home, and the one place where actions run.
// Safety lives here, not in the planner: whatever a plan says, an action that needs
// confirmation is held unless the caller says the user confirmed.

export interface DeviceSetOptions {
  /**
   * Adapter factories by protocol. Default: every protocol Hearth speaks (PROTOCOL_ADAPTERS); a
   * device whose protocol has no factory gets an adapter whose every action fails, saying so.
   */
  factories?: Partial<Record<Protocol, AdapterFactory>>;
  /** Per-request timeout handed to adapters, in ms. Default 2000. */
  timeoutMs?: number;
  /**
   * How long one action may take in all before it is reported failed, in ms; a safety net for
   * an adapter that never settles. Default 4 × timeoutMs (adapters may retry).
   */
  actionTimeoutMs?: number;
}

export interface ExecuteOptions {
  /** The user confirmed: run actions that need confirmation too. Default false. */
  confirmed?: boolean;
}

export type DeviceSetEvents = {
  /** A device's state changed (after an action, or a live update from the device). */
  state: [deviceId: string, state: DeviceState];
};

const MAX_SCENE_DEPTH = 8;

export class DeviceSet extends TypedEmitter<DeviceSetEvents> {
  readonly home: Home;
  private readonly devices: Map<string, Device>;
  private readonly adapters = new Map<string, DeviceAdapter>();
  private readonly known = new Map<string, string>();
  private readonly unwatch: (() => void)[] = [];
  private readonly actionTimeoutMs: number;

  constructor(home: Home, options: DeviceSetOptions = {}) {
    super();
    this.home = home;
    this.devices = new Map(home.devices.map((d) => [d.id, d]));
    const timeoutMs = options.timeoutMs ?? 2000;
    this.actionTimeoutMs = options.actionTimeoutMs ?? 4 * timeoutMs;
    const factories = options.factories ?? PROTOCOL_ADAPTERS;
    for (const device of home.devices) {
      const protocol = device.connection?.protocol ?? 'virtual';
      const factory = protocol === 'virtual' ? virtualAdapterFactory : factories[protocol];
      let adapter: DeviceAdapter;
      if (!factory) {
        adapter = new UnavailableAdapter(
          device,
          `${device.name}: Hearth cannot talk to ${protocol} devices yet`,
        );
      } else {
        try {
          adapter = factory(device, { home, timeoutMs });
        } catch (error) {
          const why = error instanceof Error ? error.message : String(error);
          adapter = new UnavailableAdapter(device, `${device.name}: cannot be set up: ${why}`);
        }
      }
      this.adapters.set(device.id, adapter);
      if (adapter.watch) this.unwatch.push(adapter.watch((s) => this.update(device.id, s, true)));
    }
  }

  adapter(deviceId: string): DeviceAdapter | undefined {
    return this.adapters.get(deviceId);
  }

  /** Replaces scene activations by the scenes' own actions (scenes may name scenes). */
  expand(actions: readonly Action[], depth = 0): Action[] {
    return actions.flatMap((action) => {
      const scene = this.home.scenes.find((s) => s.id === action.device);
      if (!scene || action.command !== SCENE_COMMAND || depth >= MAX_SCENE_DEPTH) return [action];
      return this.expand(scene.actions, depth + 1);
    });
  }

  /**
   * Runs the actions and resolves with exactly one outcome per (expanded) action, in order.
   * Different devices run concurrently; actions on one device run in the order given.
   */
  async execute(
    actions: readonly Action[],
    options: ExecuteOptions = {},
  ): Promise<ActionOutcome[]> {
    const expanded = this.expand(actions);
    const outcomes: ActionOutcome[] = new Array<ActionOutcome>(expanded.length);
    const queues = new Map<string, number[]>();
    expanded.forEach((action, index) => {
      const held = this.check(action, options.confirmed ?? false);
      if (held) outcomes[index] = held;
      else queues.set(action.device, [...(queues.get(action.device) ?? []), index]);
    });
    await Promise.all(
      [...queues.values()].map(async (indexes) => {
        for (const index of indexes) outcomes[index] = await this.run(expanded[index] as Action);
      }),
    );
    return outcomes;
  }

  /** The device's state now; undefined for an id that is not a device of this home. */
  async state(deviceId: string): Promise<DeviceState | undefined> {
    return this.read(deviceId, false);
  }

  private async read(deviceId: string, afterAction: boolean): Promise<DeviceState | undefined> {
    const adapter = this.adapters.get(deviceId);
    if (!adapter) return undefined;
    const state = await this.guard(
      adapter.read().catch((): DeviceState => ({ available: false })),
      (): DeviceState => ({ available: false }),
    );
    this.update(deviceId, state, afterAction);
    return state;
  }

  /** Every device's state, read concurrently, by device id in home-file order. */
  async states(): Promise<Record<string, DeviceState>> {
    const ids = [...this.adapters.keys()];
    const states = await Promise.all(ids.map((id) => this.state(id)));
    return Object.fromEntries(ids.map((id, i) => [id, states[i] ?? { available: false }]));
  }

  /** Answers state queries in short sentences ("The front door is locked."). */
  async answer(queries: readonly Query[], question?: QuestionForm): Promise<string> {
    const ids = [...new Set(queries.map((q) => q.device))];
    const read = await Promise.all(ids.map(async (id) => [id, await this.state(id)] as const));
    const states = new Map<string, DeviceState>();
    for (const [id, state] of read) if (state) states.set(id, state);
    return answerQueries(this.home, queries, states, question);
  }

  async dispose(): Promise<void> {
    for (const stop of this.unwatch.splice(0)) stop();
    this.removeAllListeners();
    await Promise.allSettled([...this.adapters.values()].map(async (a) => a.dispose()));
    this.adapters.clear();
  }

  /** The outcome an action gets without running: held for confirmation, or impossible. */
  private check(action: Action, confirmed: boolean): ActionOutcome | undefined {
    const failed = (error: string) => this.outcome(action, 'failed', error);
    const device = this.devices.get(action.device);
    if (!device) {
      const scene = this.home.scenes.find((s) => s.id === action.device);
      if (scene) return failed(`${scene.name} is a scene: the only thing it can do is activate`);
      return failed(`There is no device or scene called "${action.device}" in this home`);
    }
    if (!confirmed && needsConfirmation(device, action.command)) {
      return this.outcome(action, 'needs_confirmation');
    }
    if (!this.adapters.has(device.id)) return failed(`${device.name}: Hearth has shut down`);
    return undefined;
  }

  private async run(action: Action): Promise<ActionOutcome> {
    const device = this.devices.get(action.device) as Device;
    const adapter = this.adapters.get(action.device) as DeviceAdapter;
    const seconds = this.actionTimeoutMs / 1000;
    let sent = action;
    if (RELATIVE_COMMANDS.has(action.command)) {
      const known = this.known.get(action.device);
      const state = known
        ? (JSON.parse(known) as DeviceState)
        : await this.read(action.device, false);
      const resolved = resolveRelative(action, device, state, this.home);
      if (resolved.kind === 'nothing') return this.outcome(action, 'ok');
      if (resolved.kind === 'impossible') return this.outcome(action, 'failed', resolved.why);
      sent = resolved.action;
    }
    const result = await this.guard(
      adapter.execute(sent.command, sent.value).catch((error: unknown) => ({
        ...this.outcome(action, 'failed'),
        error: `${device.name}: ${error instanceof Error ? error.message : String(error)}`,
      })),
      () => this.outcome(action, 'failed', `${device.name} did not answer within ${seconds} s`),
    );
    // Adapters without live updates are read back, so listeners still hear of the change.
    if (result.outcome !== 'failed' && !adapter.watch) await this.read(action.device, true);
    if (result.outcome === 'failed') {
      return this.outcome(action, 'failed', result.error ?? `${device.name}: the action failed`);
    }
    return this.outcome(action, result.outcome);
  }

  private outcome(
    action: Action,
    outcome: ActionOutcome['outcome'],
    error?: string,
  ): ActionOutcome {
    const takesValue = action.value !== undefined && COMMAND_VALUES[action.command] !== undefined;
    return {
      device: action.device,
      command: action.command,
      ...(takesValue ? { value: action.value } : {}),
      outcome,
      ...(error !== undefined ? { error } : {}),
    };
  }

  private async guard<T>(work: Promise<T>, onTimeout: () => T): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<T>((resolve) => {
      timer = setTimeout(() => resolve(onTimeout()), this.actionTimeoutMs);
    });
    try {
      return await Promise.race([work, late]);
    } finally {
      clearTimeout(timer);
    }
  }

  /** Remembers a state; announces it when it changed, or is news after an action or update. */
  private update(deviceId: string, state: DeviceState, news: boolean): void {
    const text = JSON.stringify(state);
    const before = this.known.get(deviceId);
    if (before === text) return;
    this.known.set(deviceId, text);
    if (news || before !== undefined) this.emit('state', deviceId, { ...state });
  }
}
