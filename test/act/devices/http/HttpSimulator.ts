import http from 'node:http';
import { LoopbackSimulator } from '../../../simulators/LoopbackSimulator.ts';

// The common half of the HTTP device simulators: a server on 127.0.0.1 that records every
// request and can be told to misbehave (see LoopbackSimulator). Each protocol's simulator
// answers `handle`.

export type HttpFault =
  | 'hang' // accept the request, never answer
  | 'error500'
  | 'busy429' // with Retry-After when retryAfterSeconds is set
  | 'malformed' // 200 with a body that is not JSON
  | 'reset'; // destroy the connection without answering

export interface RecordedRequest {
  method: string;
  /** Path and query, exactly as received. */
  path: string;
  body: string;
}

export interface SimulatorReply {
  status?: number;
  /** Sent as JSON unless it is a string. */
  body: unknown;
}

export abstract class HttpSimulator extends LoopbackSimulator<HttpFault> {
  readonly requests: RecordedRequest[] = [];
  /** Sent with `busy429` answers, when set. */
  retryAfterSeconds: number | undefined;

  protected createServer(): http.Server {
    return http.createServer((req, res) => this.serve(req, res));
  }

  protected abstract handle(request: RecordedRequest): SimulatorReply;

  private serve(req: http.IncomingMessage, res: http.ServerResponse): void {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const request: RecordedRequest = {
        method: req.method ?? '',
        path: req.url ?? '',
        body: Buffer.concat(chunks).toString('utf8'),
      };
      this.requests.push(request);
      const fault = this.nextFault();
      switch (fault) {
        case 'hang':
          return;
        case 'reset':
          req.socket.destroy();
          return;
        case 'error500':
          return send(res, 500, '{"error":"internal"}');
        case 'busy429':
          if (this.retryAfterSeconds !== undefined)
            res.setHeader('retry-after', String(this.retryAfterSeconds));
          return send(res, 429, '{"error":"busy"}');
        case 'malformed':
          return send(res, 200, '{"on": tru');
        default: {
          let reply: SimulatorReply;
          try {
            reply = this.handle(request);
          } catch (error) {
            reply = { status: 500, body: { error: String(error) } };
          }
          send(
            res,
            reply.status ?? 200,
            typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body),
          );
        }
      }
    });
  }
}

function send(res: http.ServerResponse, status: number, body: string): void {
  res.writeHead(status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(body),
  });
  res.end(body);
}

/** The JSON body of a recorded request, or undefined when it has none. */
export function bodyOf(request: RecordedRequest | undefined): unknown {
  return request && request.body ? JSON.parse(request.body) : undefined;
}
