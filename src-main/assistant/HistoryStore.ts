import { join } from 'node:path';
import { z } from 'zod';
import type { HistoryEntry } from '../core/assistantApi.ts';
import { JsonFile } from './AssistantServiceJsonFile.ts';

// The conversation kept on this computer, in DATA_DIR/history.json, pruned to the retention
// the user chose (Settings.historyDays) whenever it is read or written.

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

const fileSchema = z.object({ version: z.literal(1), entries: z.array(historyEntrySchema) });

export interface HistoryStoreOptions {
  /** The data directory; the file is history.json in it. */
  dir: string;
  /** Days to keep: 0 none, null everything. Read at each change, so a new setting applies. */
  retentionDays: () => number | null;
  /** Most entries kept whatever the retention. Default 5000. */
  maxEntries?: number;
  /** The clock. Default Date.now. */
  now?: () => number;
}

const DAY_MS = 24 * 3600 * 1000;

export class HistoryStore {
  private readonly file: JsonFile<z.infer<typeof fileSchema>>;
  private readonly options: HistoryStoreOptions;
  private list: HistoryEntry[] = [];

  constructor(options: HistoryStoreOptions) {
    this.options = options;
    this.file = new JsonFile({
      path: join(options.dir, 'history.json'),
      schema: fileSchema,
      empty: () => ({ version: 1 as const, entries: [] }),
      what: 'conversation history',
    });
  }

  get path(): string {
    return this.file.path;
  }

  /** Reads the file; resolves with a notice when it was corrupt and set aside. */
  async load(): Promise<string | undefined> {
    const { value, notice } = await this.file.load();
    this.list = value.entries;
    if (this.prune()) await this.save();
    return notice;
  }

  entries(): HistoryEntry[] {
    this.prune();
    return this.list.map((e) => ({ ...e, outcomes: e.outcomes.map((o) => ({ ...o })) }));
  }

  async add(entry: HistoryEntry): Promise<void> {
    this.list.push(entry);
    this.prune();
    await this.save();
  }

  async clear(): Promise<void> {
    this.list = [];
    await this.save();
  }

  /** Applies the retention now (after the setting changed). */
  async applyRetention(): Promise<void> {
    if (this.prune()) await this.save();
  }

  async flush(): Promise<void> {
    await this.file.flush();
  }

  private save(): Promise<void> {
    return this.file.save({ version: 1, entries: this.list });
  }

  /** Drops entries older than the retention; true when any was dropped. */
  private prune(): boolean {
    const days = this.options.retentionDays();
    const before = this.list.length;
    if (days !== null) {
      const oldest = (this.options.now ?? Date.now)() - days * DAY_MS;
      this.list = days === 0 ? [] : this.list.filter((e) => Date.parse(e.at) >= oldest);
    }
    const max = this.options.maxEntries ?? 5000;
    if (this.list.length > max) this.list = this.list.slice(-max);
    return this.list.length !== before;
  }
}
