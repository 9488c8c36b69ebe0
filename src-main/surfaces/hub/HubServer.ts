import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
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
  tokenMatches,
} from './hubAccess.ts';
import { HUB_HEADERS } from './hubHeaders.ts';
import { MAX_MESSAGE_BYTES } from './hubProtocol.ts';
import { HubSession } from './HubSession.ts';

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
    this.http = createServer((req, res) => this.onRequest(req, res));
    this.wss = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES });
    this.http.on('upgrade', (req, socket, head) => this.onUpgrade(req, socket, head));
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
    if (!this.token && !loopbackHostHeaders(this.boundPort).has(req.headers.host ?? '')) {
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

  private onRequest(req: IncomingMessage, res: ServerResponse): void {
    const refused = this.refuse(req);
    if (refused) return this.reply(res, refused[0], refused[1]);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD');
      return this.reply(res, 405, 'Only GET and HEAD are served here.');
    }
    const url = new URL(req.url ?? '/', 'http://hub.invalid');
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
    const url = new URL(req.url ?? '/', 'http://hub.invalid');
    const refused =
      url.pathname !== '/api'
        ? ([404, 'Not found.'] as const)
        : !originAllowed(req)
          ? ([403, 'WebSockets are accepted only from the page of this hub.'] as const)
          : this.refuse(req);
    if (refused) {
      socket.end(
        `HTTP/1.1 ${refused[0]} Refused\r\nConnection: close\r\nContent-Type: text/plain\r\n\r\n${refused[1]}\n`,
      );
      return;
    }
    this.wss.handleUpgrade(req, socket, head, (ws) => {
      const session = new HubSession(ws, this.options.api);
      this.sessions.add(session);
      ws.on('close', () => this.sessions.delete(session));
    });
  }

  private reply(res: ServerResponse, status: number, text: string): void {
    res.writeHead(status, { ...HUB_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' });
    res.end(`${text}\n`);
  }
}
