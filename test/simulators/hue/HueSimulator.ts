import { HttpSimulator } from '../../act/devices/http/HttpSimulator.ts';
import type { RecordedRequest, SimulatorReply } from '../../act/devices/http/HttpSimulator.ts';

// A Hue bridge, REST API v1: lights, groups, pairing, and its error replies.

export interface SimLight {
  on: boolean;
  bri: number;
  xy?: [number, number];
  ct?: number;
  hue?: number;
  sat?: number;
  colormode?: 'xy' | 'ct' | 'hs';
  reachable: boolean;
}

export class HueSimulator extends HttpSimulator {
  username = 'secret-hue-username-0123456789';
  /** POST /api grants a username only while this is true. */
  linkButtonPressed = false;
  readonly lights = new Map<string, SimLight>();
  readonly groups = new Map<string, { lights: string[]; action: Partial<SimLight> }>();

  constructor() {
    super();
    this.lights.set('1', {
      on: false,
      bri: 254,
      xy: [0.3127, 0.329],
      ct: 366,
      colormode: 'ct',
      reachable: true,
    });
    this.lights.set('2', { on: true, bri: 127, reachable: true });
    this.groups.set('1', { lights: ['1', '2'], action: { on: false, bri: 254 } });
  }

  protected handle(request: RecordedRequest): SimulatorReply {
    const parts = request.path.split('?')[0]!.split('/').filter(Boolean).map(decodeURIComponent);
    if (parts[0] !== 'api') return { status: 404, body: 'not found' };
    if (parts.length === 1 && request.method === 'POST') return this.pair();
    const [, user, kind, id, sub] = parts;
    const address = `/${parts.slice(2).join('/')}`;
    if (user !== this.username) return errorReply(1, address, 'unauthorized user');
    if (kind === 'lights' && id !== undefined) {
      const light = this.lights.get(id);
      if (!light) return errorReply(3, address, `resource, /lights/${id}, not available`);
      if (request.method === 'GET' && sub === undefined)
        return { body: { state: light, type: 'Extended color light', name: `Light ${id}` } };
      if (request.method === 'PUT' && sub === 'state')
        return this.apply([light], request.body, `/lights/${id}/state`);
    }
    if (kind === 'groups' && id !== undefined) {
      const group = this.groups.get(id);
      if (!group) return errorReply(3, address, `resource, /groups/${id}, not available`);
      const members = group.lights.map((l) => this.lights.get(l)!).filter(Boolean);
      if (request.method === 'GET' && sub === undefined) {
        return {
          body: {
            name: `Group ${id}`,
            lights: group.lights,
            action: group.action,
            state: { all_on: members.every((l) => l.on), any_on: members.some((l) => l.on) },
          },
        };
      }
      if (request.method === 'PUT' && sub === 'action') {
        const reply = this.apply(members, request.body, `/groups/${id}/action`);
        Object.assign(group.action, members[0] ?? {});
        return reply;
      }
    }
    return errorReply(4, address, 'method not available for resource');
  }

  private pair(): SimulatorReply {
    if (!this.linkButtonPressed) return errorReply(101, '', 'link button not pressed');
    return { body: [{ success: { username: this.username } }] };
  }

  private apply(lights: SimLight[], text: string, prefix: string): SimulatorReply {
    let body: Record<string, unknown>;
    try {
      body = JSON.parse(text) as Record<string, unknown>;
    } catch {
      return errorReply(2, prefix, 'body contains invalid json');
    }
    const replies: unknown[] = [];
    const willBeOn = body.on === true || (body.on === undefined && lights.every((l) => l.on));
    for (const [key, value] of Object.entries(body)) {
      if (key !== 'on' && !willBeOn) {
        replies.push({
          error: {
            type: 201,
            address: `${prefix}/${key}`,
            description: `parameter, ${key}, is not modifiable. Device is set to off.`,
          },
        });
        continue;
      }
      for (const light of lights) {
        if (key === 'on') light.on = value === true;
        else if (key === 'bri') light.bri = Number(value);
        else if (key === 'bri_inc')
          light.bri = Math.max(1, Math.min(254, light.bri + Number(value)));
        else if (key === 'xy') Object.assign(light, { xy: value, colormode: 'xy' });
        else if (key === 'ct') Object.assign(light, { ct: value, colormode: 'ct' });
      }
      replies.push({ success: { [`${prefix}/${key}`]: value } });
    }
    return { body: replies };
  }
}

function errorReply(type: number, address: string, description: string): SimulatorReply {
  return { body: [{ error: { type, address, description } }] };
}
