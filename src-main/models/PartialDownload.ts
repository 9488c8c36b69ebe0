import type { Hash } from 'node:crypto';
import { open, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import type { IncomingMessage } from 'node:http';
import type { ModelEntry } from './catalogueSchema.ts';
import { formatBytes } from './formatBytes.ts';
import { ModelDownloadError } from './modelErrors.ts';

/** What is remembered beside a partial file, so a resume never mixes two different files. */
interface PartInfo {
  url: string;
  sha256: string | null;
  sizeBytes: number;
  /** A strong ETag or Last-Modified of the file, sent back as If-Range. */
  validator?: string;
}

/**
 * The files of one download in progress: NAME.part (the bytes so far) and NAME.part.json (which
 * file they are of). Only `install` ever gives the bytes the final name, after checking them.
 */
export class PartialDownload {
  readonly part: string;
  private readonly infoPath: string;

  constructor(
    private readonly entry: ModelEntry,
    /** The model's final path. */
    readonly path: string,
  ) {
    this.part = `${path}.part`;
    this.infoPath = `${path}.part.json`;
  }

  /** How many bytes of an earlier download can be kept: 0 unless they are of this same file. */
  async resumableOffset(): Promise<number> {
    const size = await sizeOf(this.part);
    if (size === undefined) return 0;
    const info = await this.readInfo();
    const same =
      info !== undefined &&
      info.url === this.entry.url &&
      info.sha256 === this.entry.sha256 &&
      info.sizeBytes === this.entry.sizeBytes;
    if (same && size <= this.entry.sizeBytes) return size;
    await this.discard();
    return 0;
  }

  /** The validator to send as If-Range, so a file changed upstream restarts instead of mixing. */
  async validator(): Promise<string | undefined> {
    return (await this.readInfo())?.validator;
  }

  /** Records which file the partial bytes are of, before any of them is written. */
  async remember(response: IncomingMessage): Promise<void> {
    const info: PartInfo = {
      url: this.entry.url,
      sha256: this.entry.sha256,
      sizeBytes: this.entry.sizeBytes,
    };
    // A weak ETag never matches an If-Range, so it would restart every resume.
    const etag = response.headers.etag;
    const validator =
      etag !== undefined && !etag.startsWith('W/') ? etag : response.headers['last-modified'];
    if (validator !== undefined) info.validator = validator;
    await writeFile(this.infoPath, JSON.stringify(info));
  }

  /**
   * Checks the finished bytes (size, then sha256 against `hash`, fed with every byte) and moves
   * them to the final name; a wrong file is deleted, never installed.
   */
  async install(hash: Hash): Promise<void> {
    const { entry } = this;
    const size = await sizeOf(this.part);
    if (size !== entry.sizeBytes) {
      await this.discard();
      throw new ModelDownloadError(
        'size',
        `the download of ${entry.name} has the wrong size (${formatBytes(size ?? 0)}, expected ${formatBytes(entry.sizeBytes)}), so it was deleted; run the command again`,
      );
    }
    const digest = hash.digest('hex');
    if (entry.sha256 !== null && digest !== entry.sha256) {
      await this.discard();
      throw new ModelDownloadError(
        'checksum',
        `the downloaded ${entry.name} does not match its published checksum (sha256 ${digest}, expected ${entry.sha256}), so it was deleted and not installed; run the command again, and if this repeats the file on the server has changed`,
      );
    }
    // On disk before the rename, so a crash cannot leave the final name on missing bytes.
    const handle = await open(this.part, 'r+');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(this.part, this.path);
    await rm(this.infoPath, { force: true });
  }

  /** Deletes the partial bytes and what was remembered about them. */
  async discard(): Promise<void> {
    await rm(this.part, { force: true });
    await rm(this.infoPath, { force: true });
  }

  private async readInfo(): Promise<PartInfo | undefined> {
    try {
      const data = JSON.parse(await readFile(this.infoPath, 'utf8')) as Partial<PartInfo>;
      if (typeof data.url !== 'string' || typeof data.sizeBytes !== 'number') return undefined;
      const info: PartInfo = {
        url: data.url,
        sha256: typeof data.sha256 === 'string' ? data.sha256 : null,
        sizeBytes: data.sizeBytes,
      };
      if (typeof data.validator === 'string') info.validator = data.validator;
      return info;
    } catch {
      return undefined;
    }
  }
}

/** The size of a regular file, or undefined when there is none. */
export async function sizeOf(path: string): Promise<number | undefined> {
  try {
    const stats = await stat(path);
    return stats.isFile() ? stats.size : undefined;
  } catch {
    return undefined;
  }
}
