import net from 'node:net';
import { KasaFrameReader, encodeKasaFrame } from '../../../src-main/act/devices/kasa/kasaFrame.ts';
import { LoopbackSimulator } from '../LoopbackSimulator.ts';

// A TP-Link Kasa plug or bulb on the legacy protocol: length-prefixed, XOR-autokey frames on
// 127.0.0.1. Records every decoded request; can hang, hang up mid-frame, send garbage.

export type KasaFault =
  | 'hang' // read the request, never answer
  | 'truncate' // announce a whole frame, send part of it, hang up
  | 'malformed' // a whole frame whose text is not JSON
  | 'reset'; // hang up as soon as the request arrives

const BULB = 'smartlife.iot.smartbulb.lightingservice';

export class KasaSimulator extends LoopbackSimulator<KasaFault> {
  readonly kind: 'plug' | 'bulb';
  /** Each request, decoded. */
  readonly requests: unknown[] = [];
  relay = 0;
  /** Older firmware: answer only the first method of each module. */
  ignoreExtraMethods = false;
  light = { on_off: 0, brightness: 40, hue: 0, saturation: 0, color_temp: 2700 };

  constructor(kind: 'plug' | 'bulb') {
    super();
    this.kind = kind;
  }

  protected createServer(): net.Server {
    return net.createServer((socket) => this.serve(socket));
  }

  private serve(socket: net.Socket): void {
    socket.on('error', () => socket.destroy());
    const reader = new KasaFrameReader();
    socket.on('data', (chunk: Buffer) => {
      const text = reader.push(chunk);
      if (text === undefined) return;
      const request = JSON.parse(text) as Record<string, Record<string, Record<string, unknown>>>;
      this.requests.push(request);
      const fault = this.nextFault();
      if (fault === 'hang') return;
      if (fault === 'reset') return void socket.destroy();
      if (fault === 'malformed') return void socket.end(encodeKasaFrame('{"system": {"get_sys'));
      const frame = encodeKasaFrame(JSON.stringify(this.answer(request)));
      if (fault === 'truncate')
        return void socket.end(frame.subarray(0, Math.ceil(frame.length / 2)));
      socket.end(frame);
    });
  }

  private answer(request: Record<string, Record<string, Record<string, unknown>>>): unknown {
    const reply: Record<string, Record<string, unknown>> = {};
    for (const [module, methods] of Object.entries(request)) {
      reply[module] = {};
      for (const [method, params] of Object.entries(methods)) {
        reply[module][method] = this.call(module, method, params ?? {});
        if (this.ignoreExtraMethods) break;
      }
    }
    return reply;
  }

  private call(module: string, method: string, params: Record<string, unknown>): unknown {
    if (module === 'system' && method === 'get_sysinfo') {
      const common = {
        sw_ver: '1.0.0',
        hw_ver: '1.0',
        alias: 'Sim',
        mic_type: 'IOT.SMARTPLUGSWITCH',
        err_code: 0,
      };
      if (this.kind === 'plug') return { ...common, relay_state: this.relay };
      return { ...common, mic_type: 'IOT.SMARTBULB', light_state: this.lightState() };
    }
    if (module === 'system' && method === 'set_relay_state' && this.kind === 'plug') {
      this.relay = params.state === 1 ? 1 : 0;
      return { err_code: 0 };
    }
    if (module === BULB && method === 'transition_light_state' && this.kind === 'bulb') {
      for (const key of ['on_off', 'brightness', 'hue', 'saturation', 'color_temp'] as const) {
        if (typeof params[key] === 'number') this.light[key] = params[key];
      }
      return { ...this.lightState(), err_code: 0 };
    }
    return { err_code: -1, err_msg: 'module not support' };
  }

  private lightState(): Record<string, unknown> {
    const { on_off, ...look } = this.light;
    return on_off === 1
      ? { on_off, mode: 'normal', ...look }
      : { on_off, dft_on_state: { mode: 'normal', ...look } };
  }
}
