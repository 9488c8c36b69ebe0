// Time from a plan to all its outcomes: 10 actions at once on loopback simulators of every
// HTTP/TCP protocol (issue 3: p99 under 20 ms). Run alone: node --import tsx bench/devicesBench.ts
import { pathToFileURL } from 'node:url';
import { Worker, isMainThread, parentPort } from 'node:worker_threads';
import { createHueAdapter } from '../src-main/act/devices/hue/createHueAdapter.ts';
import { HueRateLimiter } from '../src-main/act/devices/hue/HueRateLimiter.ts';
import { createKasaAdapter } from '../src-main/act/devices/kasa/createKasaAdapter.ts';
import { createShellyAdapter } from '../src-main/act/devices/shelly/createShellyAdapter.ts';
import { createTasmotaAdapter } from '../src-main/act/devices/tasmota/createTasmotaAdapter.ts';
import { createWledAdapter } from '../src-main/act/devices/wled/createWledAdapter.ts';
import type { Connection, Device, DeviceType, Home } from '../src-main/core/home.ts';
import type { Action } from '../src-main/core/plan.ts';
import type { AdapterContext, DeviceAdapter } from '../src-main/core/state.ts';
import { benchHomeAssistant } from './homeAssistantBench.ts';
import { HueSimulator } from '../test/simulators/hue/HueSimulator.ts';
import { KasaSimulator } from '../test/simulators/kasa/KasaSimulator.ts';
import { ShellySimulator } from '../test/simulators/shelly/ShellySimulator.ts';
import { TasmotaSimulator } from '../test/simulators/tasmota/TasmotaSimulator.ts';
import { WledSimulator } from '../test/simulators/wled/WledSimulator.ts';

const WARMUP = 50;
const RUNS = 300;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

type Ports = Record<
  'hue' | 'shelly2' | 'shelly1' | 'tasmota' | 'wled' | 'plug' | 'bulb',
  number
> & {
  hueUsername: string;
};

/** In a worker thread: the devices live apart from Hearth, as real ones do. */
async function serveSimulators(): Promise<void> {
  const hue = await new HueSimulator().start();
  const sims = {
    hue,
    shelly2: await new ShellySimulator(2).start(),
    shelly1: await new ShellySimulator(1).start(),
    tasmota: await new TasmotaSimulator().start(),
    wled: await new WledSimulator().start(),
    plug: await new KasaSimulator('plug').start(),
    bulb: await new KasaSimulator('bulb').start(),
  };
  const ports = Object.fromEntries(Object.entries(sims).map(([k, v]) => [k, v.port]));
  parentPort!.once('message', async () => {
    for (const sim of Object.values(sims)) await sim.stop();
    parentPort!.close();
  });
  parentPort!.postMessage({ ...ports, hueUsername: hue.username });
}

export async function benchDevices(): Promise<void> {
  // A worker does not inherit the tsx loader: it registers it, then loads this file.
  const worker = new Worker(
    `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(import.meta.url)}); });`,
    { eval: true },
  );
  const ports = await new Promise<Ports>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  const stopped = new Promise((resolve) => worker.once('exit', resolve));
  const local = { host: '127.0.0.1' };
  const hueKeys = {
    protocol: 'hue',
    ...local,
    port: ports.hue,
    username: ports.hueUsername,
  } as const;

  const devices: Device[] = [];
  const add = (id: string, type: DeviceType, connection: Connection): Device => {
    const d: Device = { id, name: id, aliases: [], type, confirm: false, expose: true, connection };
    devices.push(d);
    return d;
  };
  const specs: [Device, (d: Device, c: AdapterContext) => DeviceAdapter][] = [];
  // The real limiter spaces light commands at 10/s by design; the bench measures Hearth's own
  // overhead, so its bridge gets a limiter that never waits.
  const limiter = new HueRateLimiter({
    lightsPerSecond: 1e9,
    lightBurst: 1e9,
    groupsPerSecond: 1e9,
    groupBurst: 1e9,
  });
  const hueFactory = (d: Device, c: AdapterContext) => createHueAdapter(d, c, { limiter });
  specs.push([add('hue_1', 'light', { ...hueKeys, light: '1' }), hueFactory]);
  specs.push([add('hue_2', 'light', { ...hueKeys, light: '2' }), hueFactory]);
  specs.push([
    add('shelly_switch', 'switch', { protocol: 'shelly', ...local, port: ports.shelly2 }),
    createShellyAdapter,
  ]);
  specs.push([
    add('shelly_dimmer', 'light', { protocol: 'shelly', ...local, port: ports.shelly2 }),
    createShellyAdapter,
  ]);
  specs.push([
    add('shelly1_relay', 'switch', {
      protocol: 'shelly',
      ...local,
      port: ports.shelly1,
      generation: 1,
    }),
    createShellyAdapter,
  ]);
  specs.push([
    add('tasmota_light', 'light', { protocol: 'tasmota', ...local, port: ports.tasmota }),
    createTasmotaAdapter,
  ]);
  specs.push([
    add('wled_0', 'light', { protocol: 'wled', ...local, port: ports.wled }),
    createWledAdapter,
  ]);
  specs.push([
    add('wled_1', 'light', { protocol: 'wled', ...local, port: ports.wled, segment: 1 }),
    createWledAdapter,
  ]);
  specs.push([
    add('kasa_plug', 'switch', { protocol: 'kasa', ...local, port: ports.plug }),
    createKasaAdapter,
  ]);
  specs.push([
    add('kasa_bulb', 'light', { protocol: 'kasa', ...local, port: ports.bulb }),
    createKasaAdapter,
  ]);

  const home: Home = { unit: 'celsius', floors: [], areas: [], devices, favorites: [], scenes: [] };
  const adapters = new Map(specs.map(([d, make]) => [d.id, make(d, { home })]));

  // Each run mixes on/off, brightness and colour (where the device has colour).
  const planFor = (run: number): Action[] =>
    devices.map((d, i) => {
      if (d.type !== 'light')
        return { device: d.id, command: (run + i) % 2 ? 'turn_on' : 'turn_off' };
      const kind = (run + i) % 3;
      if (kind === 1 && d.connection?.protocol !== 'shelly') {
        return { device: d.id, command: 'set_color', value: run % 2 ? 'teal' : '#ff8800' };
      }
      if (kind === 2) return { device: d.id, command: 'turn_on' };
      return { device: d.id, command: 'set_brightness', value: 20 + ((run * 7) % 80) };
    });

  const times: number[] = [];
  const notOk: string[] = [];
  try {
    for (let run = 0; run < WARMUP + RUNS; run++) {
      const plan = planFor(run);
      const start = performance.now();
      const outcomes = await Promise.all(
        plan.map((a) => adapters.get(a.device)!.execute(a.command, a.value)),
      );
      const elapsed = performance.now() - start;
      if (run < WARMUP) continue;
      times.push(elapsed);
      for (const o of outcomes)
        if (o.outcome !== 'ok')
          notOk.push(`${o.device} ${o.command}: ${o.outcome} ${o.error ?? ''}`);
    }
  } finally {
    for (const adapter of adapters.values()) await adapter.dispose();
    worker.postMessage('stop');
    await stopped;
  }

  times.sort((a, b) => a - b);
  const fmt = (ms: number) => `${ms.toFixed(2)} ms`;
  console.log(
    `devices: plan of ${devices.length} actions (hue, shelly gen1/gen2, tasmota, wled, kasa) on loopback simulators in a worker thread, ${RUNS} runs`,
  );
  console.log(
    `  plan -> all outcomes: p50 ${fmt(percentile(times, 50))}, p99 ${fmt(percentile(times, 99))}, max ${fmt(times.at(-1)!)} (target p99 < 20 ms)`,
  );
  console.log(
    `  outcomes not ok: ${notOk.length} of ${RUNS * devices.length}${notOk.length ? `; first: ${notOk[0]}` : ''}`,
  );
  console.log(
    '  (Hue rate limiter relaxed for the bench; by default it spaces light commands at 10/s per bridge)',
  );
  await benchHomeAssistant();
}

if (!isMainThread) {
  await serveSimulators();
} else if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await benchDevices();
}
