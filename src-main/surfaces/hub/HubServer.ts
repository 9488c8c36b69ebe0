import { STATUS_CODES, createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Socket } from 'node:net';
import type { Duplex } from 'node:stream';
import { WebSocketServer } from 'ws';
import type { AssistantApi } from '../../core/assistantApi.ts';
import type { UiAssets } from './buildUi.ts';
import {
  PAIRING_COOKIE,
  createPairingToken,
  isLoopbackHost,
  loopbackHostHeaders,
  originAllowed,
  requestToken,
  requestUrl,
  tokenMatches,
} from './hubAccess.ts';
import { HUB_HEADERS } from './hubHeaders.ts';
import { MAX_MESSAGE_BYTES } from './hubProtocol.ts';
import { HubSession } from './HubSession.ts';
import type { HubSessionOptions } from './HubSession.ts';

// `hearth hub`'s server: the interface's files over HTTP and the AssistantApi over a
// WebSocket at /api, on one port.

export interface HubServerOptions {
  api: AssistantApi;
  assets: UiAssets;
  /** The address to listen on. Default 127.0.0.1 (this computer only). */
  host?: string;
  /** Default 0: any free port (see url). */
  port?: number;
  /**
   * Require a pairing token. Default: only when host is not a loopback address, where it is
   * always required whatever this says.
   */
  requireToken?: boolean;
  /** The pairing token. Default: a fresh random one, when one is required. */
  token?: string;
  /** Each page's call budget (see HubSessionOptions). Default: HubSession's defaults. */
  session?: HubSessionOptions;
}

export class HubServer {
  readonly host: string;
  /** The pairing token, when one is required. */
  readonly token: string | undefined;
  private readonly options: HubServerOptions;
  private readonly http: Server;
  private readonly wss: WebSocketServer;
  private readonly sessions = new Set<HubSession>();
  private boundPort = 0;

  static async start(options: HubServerOptions): Promise<HubServer> {
    const server = new HubServer(options);
    await server.listen();
    return server;
  }

  private constructor(options: HubServerOptions) {
    this.options = options;
    this.host = options.host ?? '127.0.0.1';
    const needsToken = !isLoopbackHost(this.host) || options.requireToken === true;
    this.token = needsToken ? (options.token ?? createPairingToken()) : undefined;
    this.http = createServer((req, res) => this.guard(res, () => this.onRequest(req, res)));
    this.wss = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES });
    this.http.on('upgrade', (req, socket: Duplex, head: Buffer) => {
      // A client that resets a refused socket must not raise an unhandled 'error'.
      socket.on('error', () => socket.destroy());
      try {
        this.onUpgrade(req, socket, head);
      } catch {
        refuseSocket(socket, 400, 'The request could not be understood.');
      }
    });
    // Node's own answers to a malformed request (400) or oversized headers (431) carry no
    // headers of ours; write them here so every answer has the same security headers.
    this.http.on('clientError', (error: NodeJS.ErrnoException, socket: Socket) => {
      if (error.code === 'ECONNRESET' || !socket.writable) return void socket.destroy();
      const tooLarge = error.code === 'HPE_HEADER_OVERFLOW';
      refuseSocket(
        socket,
        tooLarge ? 431 : 400,
        tooLarge ? 'The request headers are too large.' : 'The request could not be understood.',
      );
    });
  }

  get port(): number {
    return this.boundPort;
  }

  /** The address to open; carries the pairing token when one is required. */
  get url(): string {
    const host = this.host.includes(':') ? `[${this.host}]` : this.host;
    const base = `http://${host}:${this.boundPort}/`;
    return this.token ? `${base}?token=${encodeURIComponent(this.token)}` : base;
  }

  async close(): Promise<void> {
    for (const client of this.wss.clients) client.terminate();
    this.wss.close();
    this.http.closeAllConnections();
    await new Promise<void>((resolve) => this.http.close(() => resolve()));
  }

  private async listen(): Promise<void> {
    await new Promise<void>((resolve, reject) => {
      this.http.once('error', reject);
      this.http.listen(this.options.port ?? 0, this.host, () => {
        this.http.off('error', reject);
        resolve();
      });
    });
    this.boundPort = (this.http.address() as AddressInfo).port;
  }

  /** Why a request may not go on (status and words), or undefined when it may. */
  private refuse(req: IncomingMessage): [number, string] | undefined {
    const hosts = loopbackHostHeaders(this.boundPort, this.host);
    if (!this.token && !hosts.has((req.headers.host ?? '').toLowerCase())) {
      return [421, 'This hub answers only to its own address (127.0.0.1 or localhost).'];
    }
    if (this.token) {
      const { fromQuery, fromCookie } = requestToken(req);
      if (!tokenMatches(this.token, fromQuery) && !tokenMatches(this.token, fromCookie)) {
        return [401, 'This hub needs its pairing token: open the address hearth hub printed.'];
      }
    }
    return undefined;
  }

  /** Runs a request's handler; anything it throws is a 400, never the end of the hub. */
  private guard(res: ServerResponse, handle: () => void): void {
    try {
      handle();
    } catch {
      if (res.headersSent) res.destroy();
      else this.reply(res, 400, 'The request could not be understood.');
    }
  }

  private onRequest(req: IncomingMessage, res: ServerResponse): void {
    const refused = this.refuse(req);
    if (refused) return this.reply(res, refused[0], refused[1]);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD');
      return this.reply(res, 405, 'Only GET and HEAD are served here.');
    }
    const url = requestUrl(req);
    if (!url) return this.reply(res, 400, 'The request could not be understood.');
    if (this.token && url.searchParams.has('token')) {
      // Keep the token in an HttpOnly cookie and out of the address bar and history.
      res.setHeader(
        'Set-Cookie',
        `${PAIRING_COOKIE}=${encodeURIComponent(this.token)}; HttpOnly; SameSite=Strict; Path=/`,
      );
      res.setHeader('Location', url.pathname);
      return this.reply(res, 303, 'Paired.');
    }
    const file = this.options.assets.get(url.pathname === '/' ? '/index.html' : url.pathname);
    if (!file) return this.reply(res, 404, 'Not found.');
    res.writeHead(200, {
      ...HUB_HEADERS,
      'Content-Type': file.type,
      'Content-Length': file.body.length,
    });
    res.end(req.method === 'HEAD' ? undefined : file.body);
  }

  private onUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    const url = requestUrl(req);
    const refused = !url
      ? ([400, 'The request could not be understood.'] as const)
      : url.pathname !== '/api'
        ? ([404, 'Not found.'] as const)
        : !originAllowed(req)
          ? ([403, 'WebSockets are accepted only from the page of this hub.'] as const)
          : this.refuse(req);
    if (refused) return refuseSocket(socket, refused[0], refused[1]);
    this.wss.handleUpgrade(req, socket, head, (ws) => {
      const session = new HubSession(ws, this.options.api, this.options.session);
      this.sessions.add(session);
      ws.on('close', () => this.sessions.delete(session));
    });
  }

  private reply(res: ServerResponse, status: number, text: string): void {
    res.writeHead(status, { ...HUB_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' });
    res.end(`${text}\n`);
  }
}

/** Answers on a bare socket (an upgrade or a request Node could not parse) and closes it. */
function refuseSocket(socket: Duplex, status: number, text: string): void {
  if (!socket.writable) return void socket.destroy();
  const body = `${text}\n`;
  const headers = Object.entries({
    ...HUB_HEADERS,
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': String(Buffer.byteLength(body)),
    Connection: 'close',
  })
    .map(([name, value]) => `${name}: ${value}\r\n`)
    .join('');
  socket.end(`HTTP/1.1 ${status} ${STATUS_CODES[status] ?? 'Refused'}\r\n${headers}\r\n${body}`);
}
