import type { ConnectionOptions, HaWebSocket } from 'home-assistant-js-websocket';
import { ERR_CANNOT_CONNECT, ERR_INVALID_AUTH } from 'home-assistant-js-websocket';
import WebSocket from 'ws';
import { z } from 'zod';

const authPhaseMessage = z.looseObject({
  type: z.string(),
  ha_version: z.string().optional(),
  message: z.string().optional(),
});

export interface WsSocketOptions {
  /** ws:// or wss:// address of /api/websocket. */
  wsUrl: string;
  token: string;
  /** How long the socket may take to open and authenticate; default 5000 ms. */
  connectTimeoutMs?: number;
}

/**
 * The `createSocket` home-assistant-js-websocket needs in Node: a `ws` socket taken through
 * HA's auth phase (auth_required -> auth -> auth_ok | auth_invalid). Rejects with the
 * library's own codes, so its reconnect logic knows an invalid token from a dead host; it
 * tries once, as retrying is the caller's (with backoff).
 */
export function createWsSocket(options: WsSocketOptions): ConnectionOptions['createSocket'] {
  const timeoutMs = options.connectTimeoutMs ?? 5000;
  return () =>
    new Promise<HaWebSocket>((resolve, reject) => {
      const socket = new WebSocket(options.wsUrl, { handshakeTimeout: timeoutMs });
      let settled = false;
      const finish = (error: number | undefined): void => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        socket.removeAllListeners('message');
        if (error === undefined) {
          resolve(socket as unknown as HaWebSocket);
          return;
        }
        socket.removeAllListeners('close');
        socket.on('error', () => {});
        socket.terminate();
        reject(error);
      };
      const timer = setTimeout(() => finish(ERR_CANNOT_CONNECT), timeoutMs);
      socket.on('error', () => finish(ERR_CANNOT_CONNECT));
      socket.on('close', () => finish(ERR_CANNOT_CONNECT));
      socket.on('message', (data: WebSocket.RawData) => {
        let parsed: z.infer<typeof authPhaseMessage>;
        try {
          parsed = authPhaseMessage.parse(JSON.parse(data.toString()));
        } catch {
          finish(ERR_CANNOT_CONNECT);
          return;
        }
        if (parsed.type === 'auth_required') {
          socket.send(JSON.stringify({ type: 'auth', access_token: options.token }));
        } else if (parsed.type === 'auth_invalid') {
          finish(ERR_INVALID_AUTH);
        } else if (parsed.type === 'auth_ok') {
          (socket as unknown as { haVersion: string }).haVersion = parsed.ha_version ?? '0.0.0';
          // The library listens through addEventListener; errors after this point are its.
          socket.removeAllListeners('error');
          socket.on('error', () => {});
          socket.removeAllListeners('close');
          finish(undefined);
        }
      });
    });
}
