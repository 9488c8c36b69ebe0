import assert from 'node:assert/strict';
import {
  appendFileSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import type { HistoryEntry } from '../../src-main/core/assistantApi.ts';
import { HistoryStore } from '../../src-main/assistant/HistoryStore.ts';

// The history as an append-only log: one line per turn, migrated from history.json, a torn
// last line skipped, compacted when most lines are no longer kept, orphans removed.

let dir = '';
const stores: HistoryStore[] = [];
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'hearth-history-'));
});
afterEach(async () => {
  for (const store of stores.splice(0)) await store.close();
  rmSync(dir, { recursive: true, force: true });
});

const entry = (
  n: number,
  at = new Date(Date.UTC(2026, 0, 1, 0, 0, n)).toISOString(),
): HistoryEntry => ({
  turnId: `t${n}`,
  at,
  text: `command ${n}`,
  reply: `reply ${n}`,
  outcomes: [],
});

async function open(options: Partial<ConstructorParameters<typeof HistoryStore>[0]> = {}) {
  const store = new HistoryStore({ dir, retentionDays: () => null, ...options });
  stores.push(store);
  const notice = await store.load();
  return { store, notice };
}

const lines = () => readFileSync(join(dir, 'history.jsonl'), 'utf8').split('\n').filter(Boolean);

describe('HistoryStore', () => {
  it('appends one line per turn and reads them back', async () => {
    const { store } = await open();
    for (let n = 1; n <= 3; n++) await store.add(entry(n));
    assert.equal(lines().length, 3);
    await store.close();
    const { store: again } = await open();
    assert.deepEqual(
      again.entries().map((e) => e.turnId),
      ['t1', 't2', 't3'],
    );
  });

  it('migrates history.json into the log', async () => {
    writeFileSync(
      join(dir, 'history.json'),
      JSON.stringify({ version: 1, entries: [entry(1), entry(2)] }),
    );
    const { store } = await open();
    assert.deepEqual(
      store.entries().map((e) => e.turnId),
      ['t1', 't2'],
    );
    assert.equal(existsSync(join(dir, 'history.json')), false);
    assert.equal(lines().length, 2);
  });

  it('skips a line cut off by a crash, with a notice, and keeps the rest', async () => {
    writeFileSync(
      join(dir, 'history.jsonl'),
      `${JSON.stringify(entry(1))}\n${JSON.stringify(entry(2)).slice(0, 30)}`,
    );
    const { store, notice } = await open();
    assert.deepEqual(
      store.entries().map((e) => e.turnId),
      ['t1'],
    );
    assert.match(notice ?? '', /1 damaged line/);
    await store.add(entry(3));
    assert.deepEqual(
      lines().map((l) => (JSON.parse(l) as HistoryEntry).turnId),
      ['t1', 't3'],
    );
  });

  it('keeps at most maxEntries and compacts the file now and then', async () => {
    const { store } = await open({ maxEntries: 10 });
    for (let n = 1; n <= 1100; n++) await store.add(entry(n));
    assert.equal(store.entries().length, 10);
    assert.equal(store.entries()[0]?.turnId, 't1091');
    assert.ok(lines().length <= 1010 + 1, `${lines().length} lines`);
  });

  it('applies the retention in days, and keeps nothing at 0', async () => {
    let days: number | null = 1;
    const now = Date.UTC(2026, 0, 10);
    const { store } = await open({ retentionDays: () => days, now: () => now });
    await store.add(entry(1, new Date(now - 3 * 86_400_000).toISOString()));
    await store.add(entry(2, new Date(now - 3600_000).toISOString()));
    assert.deepEqual(
      store.entries().map((e) => e.turnId),
      ['t2'],
    );
    days = 0;
    await store.applyRetention();
    assert.deepEqual(store.entries(), []);
    assert.deepEqual(lines(), []);
  });

  it('removes temp files orphaned by a crash, but not those of a live process', async () => {
    writeFileSync(join(dir, 'history.jsonl.tmp-999999999-abcd1234'), 'half');
    writeFileSync(join(dir, 'settings.json.tmp-999999998-00ff00ff'), 'half');
    writeFileSync(join(dir, `settings.json.tmp-${process.ppid}-00ff00ff`), 'live');
    appendFileSync(join(dir, 'history.jsonl'), `${JSON.stringify(entry(1))}\n`);
    await open();
    assert.deepEqual(
      readdirSync(dir).filter((f) => f.includes('.tmp-')),
      [`settings.json.tmp-${process.ppid}-00ff00ff`],
    );
  });
});
