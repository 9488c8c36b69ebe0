import type { HassEntity } from 'home-assistant-js-websocket';
import { supportsCommand } from '../../../core/commands.ts';
import type { Device } from '../../../core/home.ts';
import type {
  ActionOutcome,
  AdapterContext,
  DeviceAdapter,
  DeviceState,
} from '../../../core/state.ts';
import { homeAssistantConnection } from '../../../home/connections/homeAssistant.ts';
import { DeviceError } from '../DeviceError.ts';
import { entityToState } from './entityToState.ts';
import type { HomeAssistantLink } from './HomeAssistantLink.ts';
import { HomeAssistantPool } from './HomeAssistantPool.ts';
import { serviceFor } from './serviceFor.ts';

export interface HomeAssistantAdapterOptions {
  /** Where links come from; default HomeAssistantPool.shared. */
  pool?: HomeAssistantPool;
}

const DEFAULT_TIMEOUT_MS = 2000;

/**
 * A device that lives in Home Assistant: commands become HA service calls, state and
 * availability come from the home's shared subscribe_entities stream. Outcomes follow every
 * adapter's rule: ok when HA's state shows the change in time, unconfirmed when the call was
 * taken but the state did not follow, failed with HA's error in plain words.
 */
export class HomeAssistantAdapter implements DeviceAdapter {
  readonly deviceId: string;
  private readonly device: Device;
  private readonly timeoutMs: number;
  private readonly entityId: string | undefined;
  private readonly configProblem: string | undefined;
  private readonly pool: HomeAssistantPool;
  private readonly link: HomeAssistantLink | undefined;
  private readonly listeners = new Set<(state: DeviceState) => void>();
  private readonly cleanups: (() => void)[] = [];
  private last: HassEntity | undefined;
  private lastShown = '';
  private disposed = false;

  constructor(device: Device, context: AdapterContext, options: HomeAssistantAdapterOptions = {}) {
    this.deviceId = device.id;
    this.device = device;
    this.timeoutMs = context.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.pool = options.pool ?? HomeAssistantPool.shared;
    const parsed = homeAssistantConnection.safeParse(device.connection);
    const server = context.home.home_assistant;
    if (!parsed.success) {
      this.configProblem = 'its connection needs `entity_id:` such as light.kitchen_ceiling';
    } else if (!server) {
      this.configProblem =
        'the home file has no `home_assistant:` block (url and token_file) to reach it through';
    }
    this.entityId = parsed.success ? parsed.data.entity_id : undefined;
    if (this.configProblem || !server) return;
    const link = this.pool.acquire(server);
    this.link = link;
    this.cleanups.push(
      link.onEntities((entities) => {
        const entity = this.entityId ? entities[this.entityId] : undefined;
        if (entity === this.last) return;
        this.last = entity;
        this.notify();
      }),
      link.onStatus(() => this.notify()),
    );
  }

  async execute(command: string, value?: number | string): Promise<ActionOutcome> {
    const base: ActionOutcome = { device: this.deviceId, command, outcome: 'failed' };
    if (value !== undefined) base.value = value;
    try {
      const link = this.link;
      if (this.disposed) throw new DeviceError('unreachable', 'the adapter was already closed');
      if (this.configProblem || !link || !this.entityId) {
        throw new DeviceError('unsupported', this.configProblem ?? 'it is not set up');
      }
      if (!supportsCommand(this.device, command)) {
        throw new DeviceError('unsupported', `a ${this.device.type} cannot do ${command}`);
      }
      if (!(await link.waitUntilReady(this.timeoutMs))) {
        throw new DeviceError('unreachable', link.problem ?? `${link.label} is not reachable`);
      }
      const entity = link.entity(this.entityId);
      if (!entity) {
        throw new DeviceError('offline', `Home Assistant has no entity ${this.entityId}`);
      }
      if (entity.state === 'unavailable') {
        throw new DeviceError('offline', 'Home Assistant says it is unavailable right now');
      }
      const before = entityToState(this.device, entity);
      const planned = serviceFor(this.device, entity, this.entityId, command, value, before);
      const entityId = this.entityId;
      // Listening starts before the call: HA may push the new state before it answers.
      const seen = this.waitForState(entity, (after, changed) =>
        planned.confirms(after, before, changed),
      );
      try {
        await link.callService(
          { domain: planned.domain, service: planned.service, data: planned.data, entityId },
          this.timeoutMs,
        );
      } catch (error) {
        seen.cancel();
        throw error;
      }
      // The call was taken: a state already as asked (a light that was on) is confirmation.
      const now = link.entity(entityId);
      if (now === entity && planned.confirms(before, before, false)) {
        seen.cancel();
        return { ...base, outcome: 'ok' };
      }
      return { ...base, outcome: (await seen.done) ? 'ok' : 'unconfirmed' };
    } catch (error) {
      const cause =
        error instanceof DeviceError ? error.message : 'something unexpected went wrong sending it';
      return { ...base, outcome: 'failed', error: `${this.device.name} (${this.where}): ${cause}` };
    }
  }

  async read(): Promise<DeviceState> {
    if (this.disposed || !this.link || !this.entityId) return { available: false };
    if (!(await this.link.waitUntilReady(this.timeoutMs))) return { available: false };
    return this.snapshot();
  }

  watch(listener: (state: DeviceState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    for (const cleanup of this.cleanups.splice(0)) cleanup();
    this.listeners.clear();
    if (this.link) this.pool.release(this.link);
  }

  private get where(): string {
    return this.link ? `${this.entityId ?? '?'} via ${this.link.label}` : 'home_assistant';
  }

  private snapshot(): DeviceState {
    if (this.disposed || !this.link || !this.entityId) return { available: false };
    return entityToState(this.device, this.link.entity(this.entityId));
  }

  /** Resolves true once a new state of the entity passes the test, false on timeout. */
  private waitForState(
    start: HassEntity,
    test: (after: DeviceState, changed: boolean) => boolean,
  ): { done: Promise<boolean>; cancel: () => void } {
    const link = this.link as HomeAssistantLink;
    const entityId = this.entityId as string;
    let finish: (ok: boolean) => void = () => {};
    const done = new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => finish(false), this.timeoutMs);
      const off = link.onEntities((entities) => {
        const entity = entities[entityId];
        if (!entity || entity === start) return;
        if (accepts(test, entityToState(this.device, entity), true)) finish(true);
      });
      finish = (ok: boolean): void => {
        clearTimeout(timer);
        off();
        resolve(ok);
      };
    });
    return {
      done,
      cancel: () => finish(false),
    };
  }

  private notify(): void {
    if (this.listeners.size === 0) return;
    const state = this.snapshot();
    const shown = JSON.stringify(state);
    if (shown === this.lastShown) return;
    this.lastShown = shown;
    for (const listener of [...this.listeners]) {
      try {
        listener(state);
      } catch {
        // A watcher's failure must not stop state reaching the others.
      }
    }
  }
}

function accepts(
  test: (after: DeviceState, changed: boolean) => boolean,
  state: DeviceState,
  changed: boolean,
): boolean {
  try {
    return state.available && test(state, changed);
  } catch {
    return false;
  }
}
