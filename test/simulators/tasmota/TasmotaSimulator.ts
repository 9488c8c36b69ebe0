import { HttpSimulator } from '../../act/devices/http/HttpSimulator.ts';
import type { RecordedRequest, SimulatorReply } from '../../act/devices/http/HttpSimulator.ts';

// A Tasmota RGBCCT light with a shutter, over HTTP: GET /cm?cmnd=<command>[&user=&password=].

export class TasmotaSimulator extends HttpSimulator {
  /** When set, commands need user=admin&password=<this>. */
  password: string | undefined;
  power = false;
  dimmer = 60;
  hsb: [number, number, number] = [0, 0, 60];
  ct = 300;
  whiteMode = true;
  shutter = { position: 0, direction: 0, target: 0 };

  protected handle(request: RecordedRequest): SimulatorReply {
    const url = new URL(request.path, 'http://sim');
    if (url.pathname !== '/cm') return { status: 404, body: 'not found' };
    if (
      this.password !== undefined &&
      (url.searchParams.get('user') !== 'admin' ||
        url.searchParams.get('password') !== this.password)
    ) {
      return { status: 401, body: { WARNING: 'Need user=<username>&password=<password>' } };
    }
    const text = url.searchParams.get('cmnd') ?? '';
    const [name = '', arg] = text.split(' ');
    switch (name.toLowerCase()) {
      case 'power':
        if (arg !== undefined) this.power = /^(on|1)$/i.test(arg);
        return { body: { POWER: this.power ? 'ON' : 'OFF' } };
      case 'dimmer':
        if (arg !== undefined) {
          this.dimmer = Number(arg);
          this.power = this.dimmer > 0;
          this.hsb[2] = this.dimmer;
        }
        return { body: this.light() };
      case 'color': {
        const hex = (arg ?? '').replace('#', '');
        const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [
          number,
          number,
          number,
        ];
        const max = Math.max(r, g, b);
        const min = Math.min(r, g, b);
        const d = max - min;
        const h =
          d === 0
            ? 0
            : max === r
              ? 60 * (((g - b) / d) % 6)
              : max === g
                ? 60 * ((b - r) / d + 2)
                : 60 * ((r - g) / d + 4);
        this.hsb = [
          Math.round((h + 360) % 360),
          Math.round(max === 0 ? 0 : (d / max) * 100),
          Math.round((max / 255) * 100),
        ];
        this.dimmer = this.hsb[2];
        this.power = true;
        this.whiteMode = false;
        return { body: this.light() };
      }
      case 'ct':
        if (arg !== undefined) {
          this.ct = Math.min(500, Math.max(153, Number(arg)));
          this.power = true;
          this.whiteMode = true;
        }
        return { body: this.light() };
      case 'state':
        return {
          body: {
            Time: '2026-11-28T12:00:00',
            Uptime: '0T01:00:00',
            ...this.light(),
            Wifi: { AP: 1, SSId: 'home', RSSI: 80 },
          },
        };
      case 'shutteropen':
        return this.moveShutter(100);
      case 'shutterclose':
        return this.moveShutter(0);
      case 'shutterstop':
        this.shutter.direction = 0;
        this.shutter.target = this.shutter.position;
        return { body: this.shutterReply() };
      case 'shutterposition':
        return arg === undefined ? { body: this.shutterReply() } : this.moveShutter(Number(arg));
      default:
        return { body: { Command: 'Unknown' } };
    }
  }

  private light(): Record<string, unknown> {
    return {
      POWER: this.power ? 'ON' : 'OFF',
      Dimmer: this.dimmer,
      Color: this.whiteMode ? '000000FF80' : 'FF00000000',
      HSBColor: this.whiteMode ? `0,0,${this.dimmer}` : this.hsb.join(','),
      White: this.whiteMode ? this.dimmer : 0,
      CT: this.ct,
      Channel: [0, 0, 0, 100, 50],
    };
  }

  private moveShutter(target: number): SimulatorReply {
    this.shutter.target = target;
    this.shutter.direction = Math.sign(target - this.shutter.position);
    return { body: this.shutterReply() };
  }

  private shutterReply(): Record<string, unknown> {
    return {
      Shutter1: {
        Position: this.shutter.position,
        Direction: this.shutter.direction,
        Target: this.shutter.target,
        Tilt: 0,
      },
    };
  }
}
