import { createHash } from 'node:crypto';
import type { Hash } from 'node:crypto';
import { mkdir, open } from 'node:fs/promises';
import type { IncomingMessage } from 'node:http';
import { dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { ModelEntry } from './catalogueSchema.ts';
import { describeNetworkError } from './describeNetworkError.ts';
import { DownloadLock } from './DownloadLock.ts';
import { formatBytes } from './formatBytes.ts';
import { hashFile } from './hashFile.ts';
import { ModelDownloadError } from './modelErrors.ts';
import { PartialDownload, sizeOf } from './PartialDownload.ts';
import { requestModelFile } from './requestModelFile.ts';

export interface DownloadProgress {
  name: string;
  /** Bytes of the file on disk so far, including any resumed part. */
  received: number;
  total: number;
  /** Bytes that were already there when this request started (resumed, not fetched). */
  resumedFrom: number;
}

export interface DownloadModelOptions {
  /** The models folder (ModelLocator.dir). */
  dir: string;
  /** Install a file the catalogue has no checksum for (size-checked only). Default: false. */
  allowUnverified?: boolean;
  /** Stops the download; the partial file stays for a later resume. */
  signal?: AbortSignal;
  onProgress?: (progress: DownloadProgress) => void;
  /** Told before each automatic retry. */
  onRetry?: (error: ModelDownloadError, attempt: number) => void;
  /** Give up on a server silent for this long, connecting or mid-file. Default: 30 000 ms. */
  timeoutMs?: number;
  /** Automatic retries after an interruption, timeout or server error. Default: 3. */
  retries?: number;
  /** Wait before the first retry, doubled for each next one. Default: 2000 ms. */
  retryDelayMs?: number;
  /** Default: 5. */
  maxRedirects?: number;
}

export interface DownloadResult {
  path: string;
  /** The file was there already; nothing was fetched. */
  alreadyInstalled: boolean;
  /** Bytes fetched over the network by this call, over all its attempts. */
  bytesFetched: number;
  /** Bytes of an earlier partial download that this call started from. */
  resumedFrom: number;
  /** False for an entry without a checksum (installed with allowUnverified), or already there. */
  verified: boolean;
}

interface Tally {
  bytesFetched: number;
  resumedFrom: number | undefined;
}

/**
 * Downloads a catalogue model into `options.dir`: into NAME.part (resumed with an HTTP Range
 * request when one is there), hashing while streaming, renamed to its final name only after its
 * size and sha256 match. A wrong file is deleted; an interrupted one is kept and resumed,
 * automatically up to `retries` times and by the next call after that.
 */
export async function downloadModel(
  entry: ModelEntry,
  options: DownloadModelOptions,
): Promise<DownloadResult> {
  const path = join(options.dir, entry.file);
  if (entry.sha256 === null && !options.allowUnverified) {
    throw new ModelDownloadError(
      'unverified',
      `the catalogue has no checksum for ${entry.name}, so its download cannot be checked; run again with --allow-unverified to accept it anyway`,
    );
  }
  if ((await sizeOf(path)) === entry.sizeBytes) {
    return { path, alreadyInstalled: true, bytesFetched: 0, resumedFrom: 0, verified: false };
  }
  // The file may live in a sub-folder of the models folder (openwakeword/...).
  await mkdir(dirname(path), { recursive: true });
  const lock = await DownloadLock.acquire(`${path}.lock`, entry.name);
  const tally: Tally = { bytesFetched: 0, resumedFrom: undefined };
  const retries = options.retries ?? 3;
  try {
    for (let attempt = 0; ; attempt += 1) {
      try {
        await attemptDownload(entry, new PartialDownload(entry, path), options, tally);
        break;
      } catch (error) {
        if (!(error instanceof ModelDownloadError) || !error.retryable || attempt >= retries) {
          throw error;
        }
        options.onRetry?.(error, attempt + 1);
        const delay = (options.retryDelayMs ?? 2000) * 2 ** attempt;
        await sleep(delay, undefined, { signal: options.signal }).catch(() => {
          throw stopped(entry);
        });
      }
    }
  } finally {
    await lock.release();
  }
  return {
    path,
    alreadyInstalled: false,
    bytesFetched: tally.bytesFetched,
    resumedFrom: tally.resumedFrom ?? 0,
    verified: entry.sha256 !== null,
  };
}

async function attemptDownload(
  entry: ModelEntry,
  download: PartialDownload,
  options: DownloadModelOptions,
  tally: Tally,
): Promise<void> {
  if (options.signal?.aborted) throw stopped(entry);
  let offset = await download.resumableOffset();
  tally.resumedFrom ??= offset;
  let hash = createHash('sha256');
  if (offset > 0) {
    try {
      await hashFile(download.part, hash, options.signal);
    } catch {
      if (options.signal?.aborted) throw stopped(entry);
      // An unreadable partial file is worth nothing: start over.
      await download.discard();
      offset = 0;
      hash = createHash('sha256');
    }
  }
  if (offset < entry.sizeBytes) {
    const answer = await requestModelFile(entry, offset, await download.validator(), {
      signal: options.signal,
      timeoutMs: options.timeoutMs,
      maxRedirects: options.maxRedirects,
    }).catch(async (error: unknown) => {
      if (options.signal?.aborted) throw stopped(entry);
      if (error instanceof ModelDownloadError && error.reason === 'range') {
        await download.discard();
      }
      throw error;
    });
    if (answer.response.statusCode === 200 && offset > 0) {
      // The server ignored the Range, or the file changed upstream: this is the whole file.
      offset = 0;
      hash = createHash('sha256');
    }
    await download.remember(answer.response);
    await receive(entry, answer.response, answer.host, download, offset, hash, options, tally);
  }
  await download.install(hash);
}

/** Streams the body into the partial file (appending from `offset`), hashing as it goes. */
async function receive(
  entry: ModelEntry,
  response: IncomingMessage,
  host: string,
  download: PartialDownload,
  offset: number,
  hash: Hash,
  options: DownloadModelOptions,
  tally: Tally,
): Promise<void> {
  let received = offset;
  const total = entry.sizeBytes;
  const progress = () =>
    options.onProgress?.({ name: entry.name, received, total, resumedFrom: offset });
  progress();
  // Each chunk is on disk before it counts as received, so whatever stops the download (an
  // abort, a cut connection) leaves a part file that is exactly what was reported.
  const file = await open(download.part, offset > 0 ? 'a' : 'w');
  const abort = () => response.destroy(new Error('stopped'));
  options.signal?.addEventListener('abort', abort, { once: true });
  let failure: unknown;
  try {
    for await (const chunk of response as AsyncIterable<Buffer>) {
      if (received + chunk.length > total) {
        throw new ModelDownloadError(
          'size',
          `${host} sent more than the ${formatBytes(total)} the catalogue expects for ${entry.name}; the file on the server may have changed, so it was not installed`,
        );
      }
      for (let written = 0; written < chunk.length;) {
        written += (await file.write(chunk, written)).bytesWritten;
      }
      received += chunk.length;
      tally.bytesFetched += chunk.length;
      hash.update(chunk);
      progress();
    }
  } catch (error) {
    failure = error;
    response.destroy();
  } finally {
    options.signal?.removeEventListener('abort', abort);
    await file.close();
  }
  if (failure !== undefined) {
    if (options.signal?.aborted) throw stopped(entry, received);
    if (failure instanceof ModelDownloadError) {
      if (failure.reason === 'size') await download.discard();
      throw failure;
    }
    const problem = describeNetworkError(failure, host, true);
    throw new ModelDownloadError(
      problem.reason,
      `${problem.message} (${formatBytes(received)} of ${formatBytes(total)} kept)`,
    );
  }
  if (received < total) {
    throw new ModelDownloadError(
      'interrupted',
      `${host} ended the download of ${entry.name} early (${formatBytes(received)} of ${formatBytes(total)} kept); run the same command again to resume`,
    );
  }
}

function stopped(entry: ModelEntry, received?: number): ModelDownloadError {
  const kept = received !== undefined && received > 0 ? ` with ${formatBytes(received)} kept` : '';
  return new ModelDownloadError(
    'aborted',
    `the download of ${entry.name} was stopped${kept}; run the same command again to resume`,
  );
}
