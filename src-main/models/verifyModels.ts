import { rename, rm } from 'node:fs/promises';
import type { ModelEntry } from './catalogueSchema.ts';
import { formatBytes } from './formatBytes.ts';
import { hashFile } from './hashFile.ts';
import type { ModelLocator } from './ModelLocator.ts';
import { sizeOf } from './PartialDownload.ts';

export type VerifyStatus = 'ok' | 'corrupt' | 'missing' | 'unverified';

export interface VerifyResult {
  name: string;
  kind: ModelEntry['kind'];
  path: string;
  /** ok: size and sha256 match; unverified: size matches, the catalogue has no sha256. */
  status: VerifyStatus;
  /** For corrupt: what was wrong, in words. */
  problem?: string;
  /** For corrupt: where the file was moved so that it is no longer used. */
  movedTo?: string;
}

export interface VerifyModelsOptions {
  /** Only these catalogue names. Default: every model in the catalogue. */
  names?: readonly string[];
  /** Told before each installed file is hashed (hashing a large model takes seconds). */
  onCheck?: (entry: ModelEntry) => void;
  signal?: AbortSignal;
}

/**
 * Re-hashes the installed model files against the catalogue. A corrupt file is moved aside to
 * FILE.corrupt rather than deleted: it is then never used, and if the catalogue itself were
 * wrong the user has not lost a large download.
 */
export async function verifyModels(
  locator: ModelLocator,
  options: VerifyModelsOptions = {},
): Promise<VerifyResult[]> {
  const entries =
    options.names === undefined
      ? locator.catalogue.models
      : options.names.map((name) => locator.entry(name));
  const results: VerifyResult[] = [];
  for (const entry of entries) {
    const path = locator.pathFor(entry);
    const base = { name: entry.name, kind: entry.kind, path };
    const size = await sizeOf(path);
    if (size === undefined) {
      results.push({ ...base, status: 'missing' });
      continue;
    }
    let problem: string | undefined;
    if (size !== entry.sizeBytes) {
      problem = `its size is ${formatBytes(size)}, expected ${formatBytes(entry.sizeBytes)}`;
    } else if (entry.sha256 !== null) {
      options.onCheck?.(entry);
      const digest = (await hashFile(path, undefined, options.signal)).digest('hex');
      if (digest !== entry.sha256) problem = `its sha256 is ${digest}, expected ${entry.sha256}`;
    }
    if (problem === undefined) {
      results.push({ ...base, status: entry.sha256 === null ? 'unverified' : 'ok' });
      continue;
    }
    const movedTo = `${path}.corrupt`;
    await rm(movedTo, { force: true });
    await rename(path, movedTo);
    results.push({ ...base, status: 'corrupt', problem, movedTo });
  }
  return results;
}
