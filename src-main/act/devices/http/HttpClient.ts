import http from 'node:http';
import type { IncomingHttpHeaders } from 'node:http';
import type { z } from 'zod';
import { TransportError, transportErrorFromSystem } from './TransportError.ts';

export interface HttpClientOptions {
  /** The host from the home file: the only address this client ever contacts. */
  host: string;
  port: number;
  /** The whole request, connect to last byte; default 2000 ms. */
  timeoutMs?: number;
  /** Replies larger than this are refused as malformed; default 1 MiB. */
  maxReplyBytes?: number;
}

export interface HttpReply {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

export interface HttpRequestOptions {
  /** Sent as JSON unless it is already a string. */
  body?: unknown;
  signal?: AbortSignal;
}

export type HttpMethod = 'GET' | 'POST' | 'PUT';

/**
 * One device's HTTP connection: keep-alive (a plan's commands and the polls reuse a socket),
 * a timeout on every request, and Node's socket errors turned into TransportErrors.
 */
export class HttpClient {
  readonly host: string;
  readonly port: number;
  readonly timeoutMs: number;
  private readonly maxReplyBytes: number;
  // Small devices (ESP8266 Tasmota, Shelly Gen1) cope badly with many parallel sockets. Idle
  // sockets are dropped after 1 s, well before devices drop them: a request never meets a
  // socket the device already closed (retrying one would resend a relative command).
  private readonly agent = new http.Agent({ keepAlive: true, maxSockets: 2, timeout: 1000 });

  constructor(options: HttpClientOptions) {
    this.host = options.host;
    this.port = options.port;
    this.timeoutMs = options.timeoutMs ?? 2000;
    this.maxReplyBytes = options.maxReplyBytes ?? 1024 * 1024;
  }

  request(method: HttpMethod, path: string, options: HttpRequestOptions = {}): Promise<HttpReply> {
    return this.once(method, path, options);
  }

  /** Sends, checks for a 2xx status and validates the JSON reply with `schema`. */
  async json<T>(
    schema: z.ZodType<T>,
    method: HttpMethod,
    path: string,
    options: HttpRequestOptions = {},
  ): Promise<T> {
    const reply = await this.request(method, path, options);
    if (reply.status < 200 || reply.status > 299) throw statusError(reply);
    return parseJsonReply(reply.body, schema);
  }

  close(): void {
    this.agent.destroy();
  }

  private once(method: HttpMethod, path: string, options: HttpRequestOptions): Promise<HttpReply> {
    const body =
      options.body === undefined
        ? undefined
        : typeof options.body === 'string'
          ? options.body
          : JSON.stringify(options.body);
    return new Promise<HttpReply>((resolve, reject) => {
      let settled = false;
      const settle = (error: Error | undefined, reply?: HttpReply): void => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        options.signal?.removeEventListener('abort', onAbort);
        if (error) reject(error);
        else if (reply) resolve(reply);
      };
      const req = http.request(
        {
          host: this.host,
          port: this.port,
          method,
          path,
          agent: this.agent,
          headers: {
            accept: 'application/json',
            ...(body === undefined
              ? {}
              : {
                  'content-type': 'application/json',
                  'content-length': Buffer.byteLength(body),
                }),
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          let size = 0;
          res.on('data', (chunk: Buffer) => {
            size += chunk.length;
            if (size > this.maxReplyBytes) {
              settle(
                new TransportError('malformed', `reply larger than ${this.maxReplyBytes} bytes`),
              );
              req.destroy();
              return;
            }
            chunks.push(chunk);
          });
          res.on('end', () =>
            settle(undefined, {
              status: res.statusCode ?? 0,
              headers: res.headers,
              body: Buffer.concat(chunks).toString('utf8'),
            }),
          );
          res.on('error', (error) => settle(transportErrorFromSystem(error)));
          res.on('aborted', () =>
            settle(new TransportError('closed', 'connection closed in the middle of the reply')),
          );
        },
      );
      req.on('error', (error) => settle(transportErrorFromSystem(error)));
      const timer = setTimeout(() => {
        settle(new TransportError('timeout', `no answer within ${this.timeoutMs} ms`));
        req.destroy();
      }, this.timeoutMs);
      const onAbort = (): void => {
        settle(new TransportError('aborted', 'request abandoned'));
        req.destroy();
      };
      if (options.signal?.aborted) onAbort();
      else options.signal?.addEventListener('abort', onAbort, { once: true });
      req.end(body);
    });
  }
}

/** A non-2xx reply as a TransportError, with Retry-After (seconds or a date) when given. */
export function statusError(reply: HttpReply): TransportError {
  const header = reply.headers['retry-after'];
  let retryAfterMs: number | undefined;
  if (typeof header === 'string' && header.trim() !== '') {
    const seconds = Number(header);
    retryAfterMs = Number.isFinite(seconds)
      ? Math.max(0, seconds * 1000)
      : Math.max(0, Date.parse(header) - Date.now()) || undefined;
  }
  return new TransportError('status', `HTTP ${reply.status}`, {
    status: reply.status,
    ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
  });
}

/** Parses a device's JSON text and checks its shape; anything else is `malformed`. */
export function parseJsonReply<T>(text: string, schema: z.ZodType<T>): T {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new TransportError('malformed', `not JSON: ${text.slice(0, 80)}`);
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    throw new TransportError('malformed', `unexpected JSON: ${parsed.error.message.slice(0, 200)}`);
  }
  return parsed.data;
}
