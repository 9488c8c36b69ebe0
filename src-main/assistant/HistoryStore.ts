import { randomBytes } from 'node:crypto';
import { mkdir, open, readFile, rename, stat, unlink } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { HistoryEntry } from '../core/assistantApi.ts';
import { JsonFile } from './AssistantServiceJsonFile.ts';
import { removeOrphanedTempFiles } from './removeOrphanedTempFiles.ts';

// The conversation kept on this computer, in DATA_DIR/history.jsonl: an append-only log, one
// JSON line per turn, so a turn costs the same with ten or a hundred thousand entries kept.
// Retention (Settings.historyDays) drops old entries from memory at once; the file is
// rewritten (atomically) only now and then, when most of its lines are no longer kept. A
// line cut off by a crash is skipped at the next start; the older history.json is migrated.

export const historyEntrySchema = z.object({
  turnId: z.string().min(1).max(100),
  at: z.iso.datetime(),
  text: z.string().max(10_000),
  reply: z.string().max(10_000),
  outcomes: z.array(
    z.object({
      device: z.string(),
      command: z.string(),
      value: z.union([z.number(), z.string()]).optional(),
      outcome: z.enum(['ok', 'unconfirmed', 'failed', 'needs_confirmation']),
      error: z.string().optional(),
    }),
  ),
});

const legacySchema = z.object({ version: z.literal(1), entries: z.array(historyEntrySchema) });

export interface HistoryStoreOptions {
  /** The data directory; the log is history.jsonl in it. */
  dir: string;
  /** Days to keep: 0 none, null everything. Read at each change, so a new setting applies. */
  retentionDays: () => number | null;
  /** Most entries kept whatever the retention. Default 5000. */
  maxEntries?: number;
  /** The clock. Default Date.now. */
  now?: () => number;
}

const DAY_MS = 24 * 3600 * 1000;
/** The log is compacted when it holds this many more lines than are kept (and twice as many). */
const SLACK_LINES = 1000;

export class HistoryStore {
  readonly path: string;
  private readonly options: HistoryStoreOptions;
  private list: HistoryEntry[] = [];
  /** Lines in the file now (kept or not). */
  private lines = 0;
  private handle: FileHandle | undefined;
  // Writes run one after another: an append never lands inside a compaction.
  private chain: Promise<void> = Promise.resolve();

  constructor(options: HistoryStoreOptions) {
    this.options = options;
    this.path = join(options.dir, 'history.jsonl');
  }

  /** Reads the log (migrating history.json); resolves with a notice when something was lost. */
  async load(): Promise<string | undefined> {
    await removeOrphanedTempFiles(this.options.dir);
    let notice = await this.migrate();
    let text = '';
    try {
      text = await readFile(this.path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    let bad = 0;
    this.list = [];
    const rows = text.split('\n').filter((line) => line.trim() !== '');
    for (const row of rows) {
      const entry = parseEntry(row);
      if (entry) this.list.push(entry);
      else bad++;
    }
    this.lines = rows.length;
    this.list.sort((a, b) => a.at.localeCompare(b.at));
    if (bad > 0) {
      notice ??= `${bad} damaged line${bad === 1 ? '' : 's'} of the conversation history could not be read and were dropped.`;
    }
    this.prune();
    if (bad > 0 || this.needsCompaction()) await this.compact();
    return notice;
  }

  entries(): HistoryEntry[] {
    this.prune();
    return this.list.map((e) => ({ ...e, outcomes: e.outcomes.map((o) => ({ ...o })) }));
  }

  async add(entry: HistoryEntry): Promise<void> {
    this.list.push(entry);
    this.prune();
    if (this.options.retentionDays() === 0) return;
    const line = `${JSON.stringify(entry)}\n`;
    await this.enqueue(async () => {
      this.handle ??= await openLog(this.path);
      await this.handle.write(line);
      this.lines++;
    });
    if (this.needsCompaction()) await this.compact();
  }

  async clear(): Promise<void> {
    this.list = [];
    await this.compact();
  }

  /** Applies the retention now (after the setting changed). */
  async applyRetention(): Promise<void> {
    if (this.prune()) await this.compact();
  }

  /** Waits for pending writes and puts the log on disk. */
  async flush(): Promise<void> {
    await this.enqueue(async () => {
      await this.handle?.sync();
    });
  }

  async close(): Promise<void> {
    await this.flush();
    await this.enqueue(async () => {
      await this.handle?.close();
      this.handle = undefined;
    });
  }

  private needsCompaction(): boolean {
    return this.lines > SLACK_LINES + this.list.length && this.lines > 2 * this.list.length;
  }

  /** Rewrites the log with only the kept entries: temp file, fsync, rename. */
  private compact(): Promise<void> {
    return this.enqueue(async () => {
      const kept = this.list.slice();
      await this.handle?.close();
      this.handle = undefined;
      await writeAtomic(this.path, kept.map((e) => `${JSON.stringify(e)}\n`).join(''));
      this.lines = kept.length;
    });
  }

  /** history.json (one JSON document) from before the log: its entries become the log. */
  private async migrate(): Promise<string | undefined> {
    const legacy = join(this.options.dir, 'history.json');
    const file = new JsonFile({
      path: legacy,
      schema: legacySchema,
      empty: () => ({ version: 1 as const, entries: [] }),
      what: 'conversation history',
    });
    const exists = await stat(legacy).then(
      () => true,
      () => false,
    );
    if (!exists) return undefined;
    const { value, notice } = await file.load();
    let current = '';
    try {
      current = await readFile(this.path, 'utf8');
    } catch {
      // No log yet.
    }
    const old = value.entries.map((e) => `${JSON.stringify(e)}\n`).join('');
    await writeAtomic(this.path, old + current);
    await unlink(legacy).catch(() => undefined);
    return notice;
  }

  /** Drops entries older than the retention (they are in time order); true when any went. */
  private prune(): boolean {
    const days = this.options.retentionDays();
    const before = this.list.length;
    if (days === 0) this.list = [];
    else if (days !== null) {
      const oldest = (this.options.now ?? Date.now)() - days * DAY_MS;
      let drop = 0;
      while (drop < this.list.length && Date.parse(this.list[drop]?.at ?? '') < oldest) drop++;
      if (drop > 0) this.list.splice(0, drop);
    }
    const max = this.options.maxEntries ?? 5000;
    if (this.list.length > max) this.list.splice(0, this.list.length - max);
    return this.list.length !== before;
  }

  private enqueue(work: () => Promise<void>): Promise<void> {
    const run = this.chain.then(work);
    this.chain = run.catch(() => undefined);
    return run;
  }
}

function parseEntry(line: string): HistoryEntry | undefined {
  try {
    const result = historyEntrySchema.safeParse(JSON.parse(line));
    return result.success ? (result.data as HistoryEntry) : undefined;
  } catch {
    return undefined;
  }
}

async function openLog(path: string): Promise<FileHandle> {
  await mkdir(join(path, '..'), { recursive: true, mode: 0o700 });
  return open(path, 'a', 0o600);
}

async function writeAtomic(path: string, text: string): Promise<void> {
  await mkdir(join(path, '..'), { recursive: true, mode: 0o700 });
  const temp = `${path}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`;
  const handle = await open(temp, 'w', 0o600);
  try {
    await handle.writeFile(text, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
  await rename(temp, path);
}
