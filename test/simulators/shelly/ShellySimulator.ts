import { HttpSimulator } from '../../act/devices/http/HttpSimulator.ts';
import type { RecordedRequest, SimulatorReply } from '../../act/devices/http/HttpSimulator.ts';

// A Shelly with a relay/switch, a dimmer/light and a roller/cover on channel 0 (real devices
// have one kind; the tests drive each through its own device). Gen2+ JSON-RPC on POST /rpc,
// or Gen1 REST.

export interface SimCover {
  /** Gen2 names: open, closed, opening, closing, stopped. */
  state: string;
  pos: number;
  target?: number;
}

export class ShellySimulator extends HttpSimulator {
  readonly generation: 1 | 2;
  /** Answers 401 to everything, as a device with login protection does. */
  requireAuth = false;
  readonly switches = new Map<number, boolean>([[0, false]]);
  readonly lights = new Map<number, { on: boolean; brightness: number }>([
    [0, { on: false, brightness: 50 }],
  ]);
  readonly covers = new Map<number, SimCover>([[0, { state: 'closed', pos: 0 }]]);

  constructor(generation: 1 | 2 = 2) {
    super();
    this.generation = generation;
  }

  /** Ends every cover's travel at its target. */
  finishMoving(): void {
    for (const cover of this.covers.values()) {
      if (cover.target !== undefined) cover.pos = cover.target;
      cover.state = cover.pos === 0 ? 'closed' : cover.pos === 100 ? 'open' : 'stopped';
      delete cover.target;
    }
  }

  protected handle(request: RecordedRequest): SimulatorReply {
    if (this.requireAuth) {
      return {
        status: 401,
        body: this.generation === 1 ? '401 Unauthorized' : { code: 401, message: 'unauthorized' },
      };
    }
    return this.generation === 1 ? this.gen1(request) : this.rpc(request);
  }

  private rpc(request: RecordedRequest): SimulatorReply {
    if (request.method !== 'POST' || request.path !== '/rpc')
      return { status: 404, body: 'not found' };
    const frame = JSON.parse(request.body) as {
      id: number;
      method: string;
      params: Record<string, unknown>;
    };
    const id = Number(frame.params.id ?? 0);
    const ok = (result: unknown): SimulatorReply => ({
      body: { id: frame.id, src: 'shellyplus-sim', result },
    });
    const fail = (code: number, message: string): SimulatorReply => ({
      body: { id: frame.id, src: 'shellyplus-sim', error: { code, message } },
    });
    const [component, method] = frame.method.split('.');
    if (component === 'Switch') {
      if (!this.switches.has(id)) return fail(-105, `Argument 'id', value ${id} not found!`);
      if (method === 'Set') {
        const was = this.switches.get(id);
        this.switches.set(id, frame.params.on === true);
        return ok({ was_on: was });
      }
      if (method === 'GetStatus')
        return ok({ id, source: 'http', output: this.switches.get(id), apower: 0 });
    }
    if (component === 'Light') {
      const light = this.lights.get(id);
      if (!light) return fail(-105, `Argument 'id', value ${id} not found!`);
      if (method === 'Set') {
        if (typeof frame.params.on === 'boolean') light.on = frame.params.on;
        if (typeof frame.params.brightness === 'number') light.brightness = frame.params.brightness;
        return ok(null);
      }
      if (method === 'GetStatus')
        return ok({ id, source: 'http', output: light.on, brightness: light.brightness });
    }
    if (component === 'Cover') {
      const cover = this.covers.get(id);
      if (!cover) return fail(-105, `Argument 'id', value ${id} not found!`);
      const moveTo = (target: number): SimulatorReply => {
        cover.target = target;
        cover.state = target > cover.pos ? 'opening' : target < cover.pos ? 'closing' : cover.state;
        return ok(null);
      };
      if (method === 'Open') return moveTo(100);
      if (method === 'Close') return moveTo(0);
      if (method === 'GoToPosition') return moveTo(Number(frame.params.pos));
      if (method === 'Stop') {
        delete cover.target;
        cover.state = 'stopped';
        return ok(null);
      }
      if (method === 'GetStatus') {
        return ok({
          id,
          source: 'http',
          state: cover.state,
          current_pos: cover.pos,
          ...(cover.target === undefined ? {} : { target_pos: cover.target }),
        });
      }
    }
    return fail(404, `No handler for ${frame.method}`);
  }

  private gen1(request: RecordedRequest): SimulatorReply {
    const url = new URL(request.path, 'http://sim');
    const [kind, channel] = url.pathname.split('/').filter(Boolean);
    const id = Number(channel);
    const q = url.searchParams;
    if (kind === 'relay' && this.switches.has(id)) {
      if (q.has('turn'))
        this.switches.set(
          id,
          q.get('turn') === 'on' || (q.get('turn') === 'toggle' && !this.switches.get(id)),
        );
      return {
        body: { ison: this.switches.get(id), has_timer: false, timer_duration: 0, source: 'http' },
      };
    }
    if (kind === 'light' && this.lights.has(id)) {
      const light = this.lights.get(id)!;
      if (q.has('turn')) light.on = q.get('turn') === 'on';
      if (q.has('brightness')) light.brightness = Number(q.get('brightness'));
      return {
        body: { ison: light.on, source: 'http', mode: 'white', brightness: light.brightness },
      };
    }
    if (kind === 'roller' && this.covers.has(id)) {
      const cover = this.covers.get(id)!;
      const go = q.get('go');
      const target =
        go === 'open'
          ? 100
          : go === 'close'
            ? 0
            : go === 'to_pos'
              ? Number(q.get('roller_pos'))
              : undefined;
      if (target !== undefined) {
        cover.target = target;
        cover.state = target > cover.pos ? 'opening' : target < cover.pos ? 'closing' : cover.state;
      } else if (go === 'stop') {
        delete cover.target;
        cover.state = 'stopped';
      }
      // Gen1 names the direction of travel, or "stop".
      const state =
        cover.state === 'opening' ? 'open' : cover.state === 'closing' ? 'close' : 'stop';
      return {
        body: {
          state,
          power: 0,
          is_valid: true,
          current_pos: cover.pos,
          last_direction: 'open',
          positioning: true,
        },
      };
    }
    return { status: 404, body: 'Not found' };
  }
}
