import { randomBytes } from 'node:crypto';
import { mkdir, open, readFile, rename, unlink } from 'node:fs/promises';
import { homedir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import type { z } from 'zod';

// A JSON file the assistant keeps (history, settings): validated when read, written
// atomically (temp file + rename, so a crash mid-write never leaves half a file), and set
// aside as `NAME.corrupt-TIME` when it cannot be read, so the app starts clean without
// destroying what was there.

export interface JsonFileOptions<T> {
  path: string;
  schema: z.ZodType<T>;
  /** The value when the file does not exist or could not be read. */
  empty: () => T;
  /** What the file holds, in words, for notices: "conversation history". */
  what: string;
}

export interface JsonFileLoad<T> {
  value: T;
  /** Set when the file was corrupt: says where it was kept aside. */
  notice?: string;
}

export class JsonFile<T> {
  readonly path: string;
  private readonly options: JsonFileOptions<T>;
  // Writes run one after another: a later save always lands last.
  private chain: Promise<void> = Promise.resolve();

  constructor(options: JsonFileOptions<T>) {
    this.options = options;
    this.path = options.path;
  }

  async load(): Promise<JsonFileLoad<T>> {
    let text: string;
    try {
      text = await readFile(this.path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT')
        return { value: this.options.empty() };
      throw error;
    }
    const parsed = parseJson(text);
    const result = parsed.ok ? this.options.schema.safeParse(parsed.value) : undefined;
    if (result?.success) return { value: result.data };
    const aside = `${this.path}.corrupt-${new Date().toISOString().replace(/[:.]/g, '-')}`;
    await rename(this.path, aside);
    return {
      value: this.options.empty(),
      notice:
        `Your ${this.options.what} could not be read, so Hearth started with a clean one. ` +
        `The old file was kept as ${basename(aside)} in ${dirname(aside)}.`,
    };
  }

  /** Writes the whole value atomically; resolves once it is on disk. */
  save(value: T): Promise<void> {
    const text = `${JSON.stringify(value, null, 2)}\n`;
    const write = this.chain.then(() => writeAtomic(this.path, text));
    this.chain = write.catch(() => undefined);
    return write;
  }

  /** Waits for pending writes. */
  async flush(): Promise<void> {
    await this.chain;
  }
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

async function writeAtomic(path: string, text: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true, mode: 0o700 });
  const temp = `${path}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`;
  const handle = await open(temp, 'w', 0o600);
  try {
    await handle.writeFile(text, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await rename(temp, path);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
}

/**
 * Where Hearth keeps its files for this user: $HEARTH_DATA_DIR, else the platform's usual
 * place (~/.local/share/hearth, ~/Library/Application Support/Hearth, %APPDATA%\Hearth).
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.HEARTH_DATA_DIR) return env.HEARTH_DATA_DIR;
  if (process.platform === 'win32') {
    return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'Hearth');
  }
  if (process.platform === 'darwin') {
    return join(homedir(), 'Library', 'Application Support', 'Hearth');
  }
  return join(env.XDG_DATA_HOME ?? join(homedir(), '.local', 'share'), 'hearth');
}
