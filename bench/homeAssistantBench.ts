// Time from a plan to all its outcomes through Home Assistant: 10 actions at once, each a
// service call on one WebSocket and confirmed by the state HA pushes back, against the
// simulator on loopback in a worker thread. Run alone: node --import tsx bench/homeAssistantBench.ts
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { HomeAssistantAdapter } from '../src-main/act/devices/homeAssistant/HomeAssistantAdapter.ts';
import { HomeAssistantPool } from '../src-main/act/devices/homeAssistant/HomeAssistantPool.ts';
import type { Device, Home } from '../src-main/core/home.ts';
import type { Action } from '../src-main/core/plan.ts';
import { HomeAssistantSimulator } from '../test/simulators/homeAssistant/HomeAssistantSimulator.ts';

// The devices bench imports this file into its own worker: only ours serves HA.
const WORKER_ROLE = 'home-assistant-simulator';
const WARMUP = 50;
const RUNS = 300;
const LIGHTS = 6;
const SWITCHES = 4;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function serveHomeAssistant(): Promise<void> {
  const sim = await new HomeAssistantSimulator().start();
  for (let i = 0; i < LIGHTS; i++) sim.addEntity(`light.bench_${i}`, 'off', { brightness: null });
  for (let i = 0; i < SWITCHES; i++) sim.addEntity(`switch.bench_${i}`, 'off');
  parentPort!.once('message', async () => {
    await sim.stop();
    parentPort!.close();
  });
  parentPort!.postMessage({ url: sim.url, token: sim.token });
}

export async function benchHomeAssistant(): Promise<void> {
  const worker = new Worker(
    `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(import.meta.url)}); });`,
    { eval: true, workerData: WORKER_ROLE },
  );
  const served = await new Promise<{ url: string; token: string }>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  const stopped = new Promise((resolve) => worker.once('exit', resolve));
  const tokenFile = join(mkdtempSync(join(tmpdir(), 'hearth-bench-ha-')), 'token');
  writeFileSync(tokenFile, served.token);

  const devices: Device[] = [];
  const add = (type: 'light' | 'switch', i: number): void => {
    devices.push({
      id: `${type}_${i}`,
      name: `${type} ${i}`,
      aliases: [],
      type,
      confirm: false,
      expose: true,
      connection: { protocol: 'home_assistant', entity_id: `${type}.bench_${i}` },
    });
  };
  for (let i = 0; i < LIGHTS; i++) add('light', i);
  for (let i = 0; i < SWITCHES; i++) add('switch', i);
  const home: Home = {
    unit: 'celsius',
    floors: [],
    areas: [],
    devices,
    favorites: [],
    scenes: [],
    home_assistant: { url: served.url, token_file: tokenFile },
  };
  const pool = new HomeAssistantPool();
  const adapters = new Map(
    devices.map((d) => [d.id, new HomeAssistantAdapter(d, { home }, { pool })]),
  );

  // Every action changes the entity, so each outcome waits for HA's pushed state.
  const planFor = (run: number): Action[] =>
    devices.map((d, i) => {
      if (d.type === 'switch') return { device: d.id, command: run % 2 ? 'turn_on' : 'turn_off' };
      const kind = (run + i) % 3;
      if (kind === 0)
        return { device: d.id, command: 'set_color', value: run % 2 ? 'teal' : '#ff8800' };
      return { device: d.id, command: 'set_brightness', value: 10 + ((run * 7 + i) % 90) };
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
    for (const adapter of adapters.values()) adapter.dispose();
    worker.postMessage('stop');
    await stopped;
  }

  times.sort((a, b) => a - b);
  const fmt = (ms: number) => `${ms.toFixed(2)} ms`;
  console.log(
    `devices: plan of ${devices.length} actions through Home Assistant (one WebSocket, simulator on loopback in a worker thread), ${RUNS} runs`,
  );
  console.log(
    `  plan -> all outcomes (call_service + pushed state): p50 ${fmt(percentile(times, 50))}, p99 ${fmt(percentile(times, 99))}, max ${fmt(times.at(-1)!)}`,
  );
  console.log(
    `  outcomes not ok: ${notOk.length} of ${RUNS * devices.length}${notOk.length ? `; first: ${notOk[0]}` : ''}`,
  );
}

if (!isMainThread) {
  if (workerData === WORKER_ROLE) await serveHomeAssistant();
} else if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await benchHomeAssistant();
}
