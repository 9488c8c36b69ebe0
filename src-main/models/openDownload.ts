import type { IncomingMessage, OutgoingHttpHeaders } from 'node:http';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { describeNetworkError } from './describeNetworkError.ts';
import { ModelDownloadError } from './modelErrors.ts';

export interface OpenDownloadOptions {
  headers?: OutgoingHttpHeaders;
  signal?: AbortSignal;
  /** Give up when the server sends nothing for this long, connecting or mid-file. Default: 30 s. */
  timeoutMs?: number;
  /** Default: 5 (Hugging Face sends one or two: to its file store, then to a CDN). */
  maxRedirects?: number;
}

export interface OpenedDownload {
  /** The final answer, its body not yet read; the socket timeout stays armed while reading. */
  response: IncomingMessage;
  /** Where it came from, after redirects. */
  url: URL;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * A GET that follows redirects but only to https: a model file must never come over plain
 * http, where anyone on the path could swap it (the checksum would catch it, but the user
 * would lose the download). Plain http is accepted only to this computer, for test servers,
 * and only when the download started there.
 */
export async function openDownload(
  start: string,
  options: OpenDownloadOptions = {},
): Promise<OpenedDownload> {
  const maxRedirects = options.maxRedirects ?? 5;
  const first = new URL(start);
  let url = first;
  for (let hop = 0; ; hop += 1) {
    if (!isSecure(url, first)) {
      throw new ModelDownloadError(
        'insecure-redirect',
        `${first.host} redirected the download to ${url.protocol}//${url.host}, which is not https; Hearth refuses to download a model over an insecure connection`,
      );
    }
    const response = await get(url, options);
    const location = response.headers.location;
    if (!REDIRECTS.has(response.statusCode ?? 0) || location === undefined) {
      return { response, url };
    }
    response.resume();
    if (hop >= maxRedirects) {
      throw new ModelDownloadError(
        'too-many-redirects',
        `${first.host} redirected the download more than ${maxRedirects} times; try again later`,
      );
    }
    url = new URL(location, url);
  }
}

function isSecure(url: URL, first: URL): boolean {
  if (url.protocol === 'https:') return true;
  return (
    url.protocol === 'http:' &&
    LOOPBACK.has(url.hostname) &&
    first.protocol === 'http:' &&
    LOOPBACK.has(first.hostname)
  );
}

function get(url: URL, options: OpenDownloadOptions): Promise<IncomingMessage> {
  const timeoutMs = options.timeoutMs ?? 30_000;
  return new Promise((resolve, reject) => {
    const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
    const req = send(url, {
      method: 'GET',
      headers: options.headers,
      signal: options.signal,
      timeout: timeoutMs,
    });
    let response: IncomingMessage | undefined;
    req.on('timeout', () => {
      const error: NodeJS.ErrnoException = new Error(`no answer within ${timeoutMs} ms`);
      error.code = 'ETIMEDOUT';
      // Mid-file, the reader of the body must see the timeout, not a bare "aborted".
      response?.destroy(error);
      req.destroy(error);
    });
    req.on('response', (res) => {
      response = res;
      resolve(res);
    });
    req.on('error', (error) => {
      if (options.signal?.aborted) {
        reject(error);
        return;
      }
      const problem = describeNetworkError(error, url.host, false);
      reject(new ModelDownloadError(problem.reason, problem.message));
    });
    req.end();
  });
}
