// A small HTTP file server on 127.0.0.1 for the downloader's tests: serves generated files and
// can misbehave on purpose (cut the connection, ignore Range, stall, redirect), recording every
// request it gets and every body byte it sends.
import { createHash, randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ModelEntry } from '../../src-main/models/catalogueSchema.ts';

export type Behaviour =
  | { kind: 'normal' }
  /** Sends the first `bytes` of the answer's body, then destroys the socket. */
  | { kind: 'cut'; bytes: number }
  /** Always answers 200 with the whole file, whatever the Range. */
  | { kind: 'ignore-range' }
  /** Sends the first `bytes` of the body, then nothing more (until the client gives up). */
  | { kind: 'stall'; bytes: number }
  | { kind: 'redirect'; location: string }
  | { kind: 'status'; status: number };

export interface Route {
  body: Buffer;
  behaviour: Behaviour;
  /** Behaviours for the next requests, in order, the last one repeating; default: the same. */
  then?: Behaviour | Behaviour[];
}

export interface RecordedRequest {
  path: string;
  range: string | undefined;
  ifRange: string | undefined;
  status: number;
  bytesSent: number;
}

export class ModelFileServer {
  readonly requests: RecordedRequest[] = [];
  private readonly routes = new Map<string, Route & { hits: number }>();
  private readonly server: Server;

  private constructor(server: Server) {
    this.server = server;
  }

  static async start(): Promise<ModelFileServer> {
    const server = createServer();
    const files = new ModelFileServer(server);
    server.on('request', (req, res) => files.handle(req, res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return files;
  }

  get origin(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  route(path: string, route: Route): void {
    this.routes.set(path, { ...route, hits: 0 });
  }

  /** Bytes of file body sent over all requests to `path`. */
  bytesSent(path: string): number {
    return this.requests.filter((r) => r.path === path).reduce((n, r) => n + r.bytesSent, 0);
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    const path = new URL(req.url ?? '/', this.origin).pathname;
    const ifRange = req.headers['if-range'];
    const record: RecordedRequest = {
      path,
      range: req.headers.range,
      ifRange: typeof ifRange === 'string' ? ifRange : undefined,
      status: 0,
      bytesSent: 0,
    };
    this.requests.push(record);
    const route = this.routes.get(path);
    if (route === undefined) {
      record.status = 404;
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    route.hits += 1;
    const then = route.then === undefined ? [] : [route.then].flat();
    const steps = [route.behaviour, ...then];
    const behaviour = steps[Math.min(route.hits, steps.length) - 1] ?? route.behaviour;
    if (behaviour.kind === 'redirect') {
      record.status = 302;
      res.writeHead(302, { location: behaviour.location }).end();
      return;
    }
    if (behaviour.kind === 'status') {
      record.status = behaviour.status;
      res.writeHead(behaviour.status, { 'content-type': 'text/plain' }).end('no');
      return;
    }
    const { body } = route;
    const etag = `"${createHash('sha256').update(body).digest('hex').slice(0, 16)}"`;
    let start = 0;
    const range = /^bytes=(\d+)-$/.exec(req.headers.range ?? '');
    const rangeValid = ifRange === undefined || ifRange === etag;
    if (range && behaviour.kind !== 'ignore-range' && rangeValid) start = Number(range[1]);
    const slice = body.subarray(start);
    record.status = start > 0 ? 206 : 200;
    res.writeHead(record.status, {
      'content-type': 'application/octet-stream',
      'content-length': String(slice.length),
      'accept-ranges': 'bytes',
      etag,
      ...(start > 0 ? { 'content-range': `bytes ${start}-${body.length - 1}/${body.length}` } : {}),
    });
    if (behaviour.kind === 'cut' || behaviour.kind === 'stall') {
      const first = slice.subarray(0, behaviour.bytes);
      record.bytesSent = first.length;
      res.write(first, () => {
        if (behaviour.kind === 'cut') res.socket?.destroy();
      });
      return;
    }
    record.bytesSent = slice.length;
    res.end(slice);
  }
}

/** A generated "model": random bytes, and a catalogue entry that describes them exactly. */
export function fakeModel(
  name: string,
  url: string,
  size = 256 * 1024,
  overrides: Partial<ModelEntry> = {},
): { body: Buffer; entry: ModelEntry } {
  const body = randomBytes(size);
  const entry: ModelEntry = {
    name,
    kind: 'stt',
    description: `Test model ${name}`,
    file: `${name}.bin`,
    url,
    sizeBytes: body.length,
    sha256: createHash('sha256').update(body).digest('hex'),
    ramBytes: 100_000_000,
    licence: 'MIT',
    languages: ['en'],
    rank: 1,
    ...overrides,
  };
  return { body, entry };
}

/** A free port with nothing listening on it (for "server gone"). */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
