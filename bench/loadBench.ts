// Load: the time of one typed turn with 100 and with 100,000 entries in the history (an
// append-only log: the two should cost the same), and the hub's commands a second for one
// client over its WebSocket. Run alone: npm run bench -- load
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WebSocket } from 'ws';
import { AssistantService } from '../src-main/assistant/AssistantService.ts';
import { parseHome } from '../src-main/home/loadHome.ts';
import { startHub } from '../src-main/surfaces/hub/startHub.ts';
import { formatMs, percentile } from './percentiles.ts';

const HOME = parseHome(
  `
areas:
  - { id: kitchen, name: Kitchen }
devices:
  - { id: kitchen_light, name: Kitchen light, area: kitchen, type: light }
`,
  'bench home',
);
const TURNS = 300;

async function turnTimes(entries: number): Promise<number[]> {
  const dir = mkdtempSync(join(tmpdir(), 'hearth-bench-load-'));
  try {
    const now = Date.now();
    const lines: string[] = [];
    for (let i = 0; i < entries; i++) {
      const at = new Date(now - (entries - i) * 1000).toISOString();
      lines.push(
        JSON.stringify({
          turnId: `t${i}`,
          at,
          text: 'turn on the kitchen light',
          reply: 'Done.',
          outcomes: [],
        }),
      );
    }
    writeFileSync(join(dir, 'history.jsonl'), lines.join('\n') + '\n');
    const service = await AssistantService.open({
      home: HOME,
      dataDir: dir,
      historyMaxEntries: 200_000,
    });
    try {
      const kept = (await service.getHistory()).length;
      if (kept !== entries) throw new Error(`the history holds ${kept} entries, not ${entries}`);
      const times: number[] = [];
      for (let i = 0; i < TURNS; i++) {
        const started = performance.now();
        await service.sendText(i % 2 ? 'turn off the kitchen light' : 'turn on the kitchen light');
        times.push(performance.now() - started);
      }
      return times.slice(20);
    } finally {
      await service.dispose();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function hubRate(): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'hearth-bench-hub-'));
  // The budget lifted, to measure the hub itself (a page's default is 20 calls a second).
  const hub = await startHub({
    home: HOME,
    dataDir: dir,
    voice: 'none',
    session: { budget: { perSecond: 1e9, burst: 1e9 } },
  });
  try {
    const ws = new WebSocket(`ws://127.0.0.1:${hub.server.port}/api`);
    await new Promise<void>((resolve, reject) => {
      ws.once('open', () => resolve());
      ws.once('error', reject);
    });
    const waiting = new Map<number, () => void>();
    ws.on('message', (data: Buffer) => {
      const { id } = JSON.parse(data.toString()) as { id?: number };
      if (id !== undefined) waiting.get(id)?.();
    });
    const call = (id: number) =>
      new Promise<void>((resolve) => {
        waiting.set(id, resolve);
        ws.send(
          JSON.stringify({
            id,
            method: 'sendText',
            params: [id % 2 ? 'turn off the kitchen light' : 'turn on the kitchen light'],
          }),
        );
      });
    for (let id = 0; id < 50; id++) await call(id);
    const count = 1000;
    const started = performance.now();
    for (let id = 50; id < 50 + count; id++) await call(id);
    const seconds = (performance.now() - started) / 1000;
    ws.terminate();
    return count / seconds;
  } finally {
    await hub.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function benchLoad(): Promise<void> {
  console.log('load: one typed turn (rules, a virtual light, history append), by history size');
  for (const entries of [100, 100_000]) {
    const times = await turnTimes(entries);
    console.log(
      `  history ${String(entries).padStart(7)} entries: p50 ${formatMs(percentile(times, 50))}, p99 ${formatMs(percentile(times, 99))} per turn`,
    );
  }
  const rate = await hubRate();
  console.log(`  hub, one client, sendText in sequence: ${rate.toFixed(0)} commands/s`);
}

if (import.meta.url === `file://${process.argv[1]}`) await benchLoad();
