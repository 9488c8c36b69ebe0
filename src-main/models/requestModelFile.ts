import type { IncomingMessage } from 'node:http';
import type { ModelEntry } from './catalogueSchema.ts';
import { formatBytes } from './formatBytes.ts';
import { ModelDownloadError } from './modelErrors.ts';
import { openDownload } from './openDownload.ts';
import type { OpenDownloadOptions } from './openDownload.ts';

export interface ModelFileResponse {
  /** 200 (the whole file) or 206 (the rest, from `offset`); its body not yet read. */
  response: IncomingMessage;
  /** The server that answered, for messages. */
  host: string;
}

/**
 * GETs a model file, from `offset` on when resuming (Range, with If-Range when a validator is
 * known), and turns every answer that is not the file into a ModelDownloadError. A 200 to a
 * ranged request means the server ignored the Range or the file changed: the caller restarts.
 * A 206 that does not start at `offset` (or a 416) is a `range` problem: drop the part, retry.
 */
export async function requestModelFile(
  entry: ModelEntry,
  offset: number,
  validator: string | undefined,
  options: Omit<OpenDownloadOptions, 'headers'>,
): Promise<ModelFileResponse> {
  const headers: Record<string, string> = { 'user-agent': 'Hearth', accept: '*/*' };
  if (offset > 0) {
    headers.range = `bytes=${offset}-`;
    if (validator !== undefined) headers['if-range'] = validator;
  }
  const { response, url } = await openDownload(entry.url, { ...options, headers });
  const status = response.statusCode ?? 0;
  const host = url.host;
  if (status === 206 && offset > 0) {
    const start = /^bytes (\d+)-/.exec(response.headers['content-range'] ?? '')?.[1];
    if (start !== undefined && Number(start) === offset) return { response, host };
  }
  if (status === 200) {
    const length = response.headers['content-length'];
    if (length !== undefined && Number(length) !== entry.sizeBytes) {
      response.resume();
      throw new ModelDownloadError(
        'size',
        `${host} offers ${formatBytes(Number(length))} for ${entry.name}, but the catalogue expects ${formatBytes(entry.sizeBytes)}; the file on the server may have changed, so nothing was downloaded`,
      );
    }
    return { response, host };
  }
  response.resume();
  if (status === 206 || status === 416) {
    throw new ModelDownloadError(
      'range',
      `${host} could not resume ${entry.name}, so the partial download was dropped; run the command again to start over`,
    );
  }
  if (status === 404 || status === 410) {
    throw new ModelDownloadError(
      'not-found',
      `${host} has no file for ${entry.name} (HTTP ${status} for ${url.href}); the catalogue may be out of date`,
    );
  }
  if (status === 401 || status === 403) {
    throw new ModelDownloadError(
      'refused',
      `${host} refused to send ${entry.name} (HTTP ${status}); the file may have moved or need a login`,
    );
  }
  const why = status === 429 || status >= 500 ? 'could not send' : 'did not send';
  throw new ModelDownloadError(
    'server',
    `${host} ${why} ${entry.name} (HTTP ${status}); try again later`,
  );
}
