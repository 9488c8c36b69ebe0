import { HttpSimulator } from '../../act/devices/http/HttpSimulator.ts';
import type { RecordedRequest, SimulatorReply } from '../../act/devices/http/HttpSimulator.ts';

// A WLED strip with two segments: POST /json/state (answers the new state when "v": true,
// else {"success": true}), GET /json/state.

type Color = [number, number, number];

export class WledSimulator extends HttpSimulator {
  on = false;
  bri = 128;
  readonly segments: { id: number; col: Color[] }[] = [
    {
      id: 0,
      col: [
        [255, 160, 0],
        [0, 0, 0],
        [0, 0, 0],
      ],
    },
    {
      id: 1,
      col: [
        [0, 0, 255],
        [0, 0, 0],
        [0, 0, 0],
      ],
    },
  ];

  protected handle(request: RecordedRequest): SimulatorReply {
    if (request.path !== '/json/state' && request.path !== '/json/state/')
      return { status: 404, body: 'not found' };
    if (request.method === 'GET') return { body: this.state() };
    let body: Record<string, unknown>;
    try {
      body = JSON.parse(request.body) as Record<string, unknown>;
    } catch {
      return { status: 400, body: { error: 9 } };
    }
    if (typeof body.on === 'boolean') this.on = body.on;
    if (typeof body.bri === 'number') this.bri = Math.max(0, Math.min(255, body.bri));
    if (typeof body.bri === 'string' && body.bri.startsWith('~')) {
      this.bri = Math.max(1, Math.min(255, this.bri + Number(body.bri.slice(1))));
    }
    if (Array.isArray(body.seg)) {
      for (const change of body.seg as { id?: number; col?: Color[] }[]) {
        const segment = this.segments.find((s) => s.id === (change.id ?? 0));
        if (segment && change.col?.[0]) segment.col[0] = change.col[0];
      }
    }
    return { body: body.v === true ? this.state() : { success: true } };
  }

  private state(): Record<string, unknown> {
    return {
      on: this.on,
      bri: this.bri,
      transition: 7,
      ps: -1,
      pl: -1,
      mainseg: 0,
      seg: this.segments.map((s) => ({
        id: s.id,
        start: s.id * 30,
        stop: s.id * 30 + 30,
        len: 30,
        on: true,
        bri: 255,
        col: s.col,
        fx: 0,
      })),
    };
  }
}
