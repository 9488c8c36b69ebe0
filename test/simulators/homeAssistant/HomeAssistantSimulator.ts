import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocket, WebSocketServer } from 'ws';
import { LoopbackSimulator } from '../LoopbackSimulator.ts';
import { applyService, ServiceError } from './haServices.ts';
import type { SimEntity } from './haServices.ts';

// A Home Assistant on 127.0.0.1, written from HA's developer documentation of its WebSocket
// API (auth phase, `result` messages and their error codes, get_states, get_config,
// subscribe_entities with compressed events, call_service, the registry lists) and a few
// REST endpoints (/api/, /api/states, /api/config, /api/services). Faults apply to the next
// service calls: answer slowly, drop the connection without answering, fail with an error,
// or take the call and change nothing.

export type HaFault = 'slow' | 'drop' | 'error' | 'ignore';

export interface HaRegistries {
  floors: Record<string, unknown>[];
  areas: Record<string, unknown>[];
  devices: Record<string, unknown>[];
  /** Entity registry entries; `aliases` and `options` come back from get_entries only. */
  entities: Record<string, unknown>[];
}

interface Client {
  socket: WebSocket;
  authed: boolean;
  /** subscribe_entities subscriptions: id -> entity filter (undefined: all). */
  subscriptions: Map<number, Set<string> | undefined>;
}

export class HomeAssistantSimulator extends LoopbackSimulator<HaFault> {
  readonly haVersion = '2026.4.0';
  /** Tokens HA accepts; revoke one by deleting it. */
  readonly tokens = new Set(['sim-long-lived-token-0123456789']);
  readonly entities = new Map<string, SimEntity>();
  registries: HaRegistries = { floors: [], areas: [], devices: [], entities: [] };
  unitSystem: 'metric' | 'us_customary' = 'metric';
  /** How long a 'slow' fault holds the answer. */
  slowMs = 3000;
  /** Every call_service received, in order: `domain.service` with its data. */
  readonly calls: { service: string; entityId: string; data: Record<string, unknown> }[] = [];
  private readonly wss = new WebSocketServer({ noServer: true });
  private readonly clients = new Set<Client>();
  private clock = 1_760_000_000;

  get token(): string {
    return [...this.tokens][0] ?? '';
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** Adds or replaces an entity, telling subscribers (as HA does when one is added). */
  addEntity(entityId: string, state: string, attributes: Record<string, unknown> = {}): void {
    const t = this.tick();
    this.entities.set(entityId, {
      entity_id: entityId,
      state,
      attributes: { ...attributes },
      last_changed: t,
      last_updated: t,
    });
    this.push(
      { a: { [entityId]: this.compressed(this.entities.get(entityId) as SimEntity) } },
      entityId,
    );
  }

  /** Changes an entity as a device would on its own (a wall switch, a sensor reading). */
  setState(entityId: string, state: string, attributes: Record<string, unknown> = {}): void {
    const entity = this.entities.get(entityId);
    if (!entity) throw new Error(`no entity ${entityId}`);
    const before = structuredClone(entity);
    entity.state = state;
    Object.assign(entity.attributes, attributes);
    this.changed(before, entity);
  }

  /** Connected WebSocket clients that passed auth. */
  get connectedClients(): number {
    return [...this.clients].filter((c) => c.authed).length;
  }

  /** Drops every WebSocket (as a network blip would) but keeps serving. */
  dropConnections(): void {
    for (const client of this.clients) client.socket.terminate();
  }

  override async stop(): Promise<void> {
    for (const client of this.clients) client.socket.terminate();
    this.clients.clear();
    await super.stop();
  }

  protected createServer(): Server {
    const server = createServer((req, res) => {
      this.rest(req, res).catch(() => {
        res.statusCode = 500;
        res.end();
      });
    });
    server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
      if (req.url !== '/api/websocket') {
        socket.destroy();
        return;
      }
      this.wss.handleUpgrade(req, socket, head, (ws) => this.accept(ws));
    });
    return server;
  }

  private accept(socket: WebSocket): void {
    const client: Client = { socket, authed: false, subscriptions: new Map() };
    this.clients.add(client);
    socket.on('close', () => this.clients.delete(client));
    socket.on('error', () => {});
    socket.send(JSON.stringify({ type: 'auth_required', ha_version: this.haVersion }));
    socket.on('message', (data) => {
      let message: Record<string, unknown>;
      try {
        message = JSON.parse(data.toString()) as Record<string, unknown>;
      } catch {
        socket.close();
        return;
      }
      if (!client.authed) {
        if (
          message.type === 'auth' &&
          typeof message.access_token === 'string' &&
          this.tokens.has(message.access_token)
        ) {
          client.authed = true;
          socket.send(JSON.stringify({ type: 'auth_ok', ha_version: this.haVersion }));
        } else {
          socket.send(
            JSON.stringify({ type: 'auth_invalid', message: 'Invalid access token or password' }),
          );
          socket.close();
        }
        return;
      }
      void this.command(client, message);
    });
  }

  private async command(client: Client, message: Record<string, unknown>): Promise<void> {
    const id = typeof message.id === 'number' ? message.id : 0;
    const send = (payload: Record<string, unknown>): void => {
      if (client.socket.readyState === WebSocket.OPEN)
        client.socket.send(JSON.stringify({ id, ...payload }));
    };
    const ok = (result: unknown): void => send({ type: 'result', success: true, result });
    const fail = (code: string, text: string): void =>
      send({ type: 'result', success: false, error: { code, message: text } });
    switch (message.type) {
      case 'supported_features':
        return ok(null);
      case 'ping':
        return send({ type: 'pong' });
      case 'get_states':
        return ok([...this.entities.values()].map((e) => this.full(e)));
      case 'get_config':
        return ok(this.config());
      case 'subscribe_entities': {
        const filter = Array.isArray(message.entity_ids)
          ? new Set(message.entity_ids.map(String))
          : undefined;
        client.subscriptions.set(id, filter);
        ok(null);
        const added: Record<string, unknown> = {};
        for (const entity of this.entities.values()) {
          if (!filter || filter.has(entity.entity_id))
            added[entity.entity_id] = this.compressed(entity);
        }
        return send({ type: 'event', event: { a: added } });
      }
      case 'unsubscribe_events':
        client.subscriptions.delete(Number(message.subscription));
        return ok(null);
      case 'config/floor_registry/list':
        return ok(this.registries.floors);
      case 'config/area_registry/list':
        return ok(this.registries.areas);
      case 'config/device_registry/list':
        return ok(this.registries.devices);
      case 'config/entity_registry/list':
        return ok(this.registries.entities.map(({ aliases: _a, ...rest }) => rest));
      case 'config/entity_registry/get_entries': {
        const ids = Array.isArray(message.entity_ids) ? message.entity_ids.map(String) : [];
        const out: Record<string, unknown> = {};
        for (const entityId of ids) {
          out[entityId] = this.registries.entities.find((e) => e.entity_id === entityId) ?? null;
        }
        return ok(out);
      }
      case 'call_service':
        return this.callService(message, ok, fail, client);
      default:
        return fail('unknown_command', 'Unknown command.');
    }
  }

  private async callService(
    message: Record<string, unknown>,
    ok: (result: unknown) => void,
    fail: (code: string, text: string) => void,
    client: Client,
  ): Promise<void> {
    const domain = String(message.domain);
    const service = String(message.service);
    const data = { ...((message.service_data as Record<string, unknown> | undefined) ?? {}) };
    const target =
      (message.target as { entity_id?: unknown } | undefined)?.entity_id ?? data.entity_id;
    delete data.entity_id;
    const entityId = Array.isArray(target) ? String(target[0]) : String(target);
    this.calls.push({ service: `${domain}.${service}`, entityId, data });
    const fault = this.nextFault();
    if (fault === 'drop') {
      client.socket.terminate();
      return;
    }
    if (fault === 'slow') await new Promise((r) => setTimeout(r, this.slowMs));
    if (fault === 'error') {
      return fail('home_assistant_error', 'Failed to communicate with the device: timed out');
    }
    const entity = this.entities.get(entityId);
    if (!entity) return fail('not_found', `Entity ${entityId} not found`);
    if (fault === 'ignore') return ok({ context: { id: 'ctx' }, response: null });
    const before = structuredClone(entity);
    try {
      if (
        !applyService(entity, domain, service, data, () =>
          new Date(this.tick() * 1000).toISOString(),
        )
      ) {
        return fail('not_found', `Action ${domain}.${service} not found.`);
      }
    } catch (error) {
      if (error instanceof ServiceError) return fail(error.code, error.message);
      throw error;
    }
    // HA sends the new state before it answers the call.
    this.changed(before, entity);
    ok({ context: { id: 'ctx' }, response: null });
  }

  private changed(before: SimEntity, entity: SimEntity): void {
    const t = this.tick();
    entity.last_updated = t;
    const plus: Record<string, unknown> = { lu: t };
    if (before.state !== entity.state) {
      entity.last_changed = t;
      plus.s = entity.state;
      plus.lc = t;
      delete plus.lu;
    }
    const attrs: Record<string, unknown> = {};
    const removed: string[] = [];
    for (const [key, value] of Object.entries(entity.attributes)) {
      if (JSON.stringify(before.attributes[key]) !== JSON.stringify(value)) attrs[key] = value;
    }
    for (const key of Object.keys(before.attributes))
      if (!(key in entity.attributes)) removed.push(key);
    if (Object.keys(attrs).length > 0) plus.a = attrs;
    const diff: Record<string, unknown> = { '+': plus };
    if (removed.length > 0) diff['-'] = { a: removed };
    this.push({ c: { [entity.entity_id]: diff } }, entity.entity_id);
  }

  private push(event: Record<string, unknown>, entityId: string): void {
    for (const client of this.clients) {
      for (const [id, filter] of client.subscriptions) {
        if (filter && !filter.has(entityId)) continue;
        if (client.socket.readyState === WebSocket.OPEN) {
          client.socket.send(JSON.stringify({ id, type: 'event', event }));
        }
      }
    }
  }

  private compressed(entity: SimEntity): Record<string, unknown> {
    return {
      s: entity.state,
      a: entity.attributes,
      c: 'ctx',
      lc: entity.last_changed,
      lu: entity.last_updated,
    };
  }

  private full(entity: SimEntity): Record<string, unknown> {
    return {
      entity_id: entity.entity_id,
      state: entity.state,
      attributes: entity.attributes,
      last_changed: new Date(entity.last_changed * 1000).toISOString(),
      last_updated: new Date(entity.last_updated * 1000).toISOString(),
      context: { id: 'ctx', parent_id: null, user_id: null },
    };
  }

  private config(): Record<string, unknown> {
    const metric = this.unitSystem === 'metric';
    return {
      location_name: 'Home',
      unit_system: { temperature: metric ? '°C' : '°F', length: metric ? 'km' : 'mi' },
      version: this.haVersion,
      state: 'RUNNING',
      time_zone: 'Europe/Amsterdam',
      components: ['light', 'switch'],
    };
  }

  private async rest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const json = (status: number, body: unknown): void => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    const auth = req.headers.authorization ?? '';
    if (!auth.startsWith('Bearer ') || !this.tokens.has(auth.slice(7)))
      return json(401, { message: '401: Unauthorized' });
    const url = req.url ?? '/';
    if (req.method === 'GET' && url === '/api/') return json(200, { message: 'API running.' });
    if (req.method === 'GET' && url === '/api/config') return json(200, this.config());
    if (req.method === 'GET' && url === '/api/states')
      return json(
        200,
        [...this.entities.values()].map((e) => this.full(e)),
      );
    const one = /^\/api\/states\/([a-z0-9_.]+)$/.exec(url);
    if (req.method === 'GET' && one) {
      const entity = this.entities.get(one[1] as string);
      return entity ? json(200, this.full(entity)) : json(404, { message: 'Entity not found.' });
    }
    const service = /^\/api\/services\/([a-z0-9_]+)\/([a-z0-9_]+)$/.exec(url);
    if (req.method === 'POST' && service) {
      let body = '';
      for await (const chunk of req) body += String(chunk);
      const data = (body ? JSON.parse(body) : {}) as Record<string, unknown>;
      const entity = this.entities.get(String(data.entity_id));
      if (!entity) return json(400, { message: 'Entity not found.' });
      const before = structuredClone(entity);
      if (
        !applyService(entity, service[1] as string, service[2] as string, data, () =>
          new Date(this.tick() * 1000).toISOString(),
        )
      ) {
        return json(400, { message: 'Service not found.' });
      }
      this.changed(before, entity);
      return json(200, [this.full(entity)]);
    }
    json(404, { message: 'Not found' });
  }

  private tick(): number {
    this.clock += 1;
    return this.clock;
  }
}
