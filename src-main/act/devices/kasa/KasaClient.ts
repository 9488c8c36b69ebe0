import net from 'node:net';
import { KasaFrameReader, encodeKasaFrame } from './kasaFrame.ts';
import { TransportError, transportErrorFromSystem } from '../http/TransportError.ts';

export interface KasaClientOptions {
  host: string;
  /** Default 9999. */
  port?: number;
  /** Connect, send and the whole answer; default 2000 ms. */
  timeoutMs?: number;
}

/**
 * Sends one JSON request per TCP connection to a Kasa device and returns the parsed answer
 * (not yet checked: callers validate it). Requests to one device go one at a time: the
 * devices serve a single connection well and several badly.
 */
export class KasaClient {
  readonly host: string;
  readonly port: number;
  readonly timeoutMs: number;
  private queue: Promise<unknown> = Promise.resolve();
  private readonly sockets = new Set<net.Socket>();

  constructor(options: KasaClientOptions) {
    this.host = options.host;
    this.port = options.port ?? 9999;
    this.timeoutMs = options.timeoutMs ?? 2000;
  }

  request(payload: unknown, signal?: AbortSignal): Promise<unknown> {
    const turn = this.queue.then(() => this.once(JSON.stringify(payload), signal));
    this.queue = turn.catch(() => undefined);
    return turn;
  }

  close(): void {
    for (const socket of this.sockets) socket.destroy();
    this.sockets.clear();
  }

  private once(json: string, signal?: AbortSignal): Promise<unknown> {
    return new Promise((resolve, reject) => {
      const reader = new KasaFrameReader();
      let settled = false;
      const socket = net.connect({ host: this.host, port: this.port, noDelay: true });
      this.sockets.add(socket);
      const settle = (error: Error | undefined, value?: unknown): void => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
        this.sockets.delete(socket);
        socket.destroy();
        if (error) reject(error);
        else resolve(value);
      };
      const timer = setTimeout(
        () => settle(new TransportError('timeout', `no answer within ${this.timeoutMs} ms`)),
        this.timeoutMs,
      );
      const onAbort = (): void => settle(new TransportError('aborted', 'request abandoned'));
      if (signal?.aborted) return onAbort();
      signal?.addEventListener('abort', onAbort, { once: true });
      socket.on('connect', () => socket.write(encodeKasaFrame(json)));
      socket.on('data', (chunk: Buffer) => {
        let text: string | undefined;
        try {
          text = reader.push(chunk);
        } catch (error) {
          return settle(new TransportError('malformed', String(error)));
        }
        if (text === undefined) return;
        try {
          settle(undefined, JSON.parse(text));
        } catch {
          settle(new TransportError('malformed', `not JSON: ${text.slice(0, 80)}`));
        }
      });
      socket.on('error', (error) => settle(transportErrorFromSystem(error)));
      // Matters only when the device hung up before a whole frame arrived.
      socket.on('close', () => {
        if (!settled) {
          settle(
            new TransportError(
              'closed',
              `connection closed after ${reader.received} bytes, mid-frame`,
            ),
          );
        }
      });
    });
  }
}
