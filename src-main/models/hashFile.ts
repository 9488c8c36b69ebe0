import { createHash } from 'node:crypto';
import type { Hash } from 'node:crypto';
import { createReadStream } from 'node:fs';

/**
 * Feeds a file's bytes into `hash` (a new sha256 by default) and returns it, streaming so a
 * 2 GB model never sits in memory.
 */
export async function hashFile(
  path: string,
  hash: Hash = createHash('sha256'),
  signal?: AbortSignal,
): Promise<Hash> {
  const stream = createReadStream(path, { highWaterMark: 1 << 20, signal });
  for await (const chunk of stream) hash.update(chunk as Buffer);
  return hash;
}
