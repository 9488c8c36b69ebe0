import {
  Connection,
  ERR_CONNECTION_LOST,
  ERR_INVALID_AUTH,
  subscribeEntities,
} from 'home-assistant-js-websocket';
import type { HassEntities, HassEntity } from 'home-assistant-js-websocket';
import type { HomeAssistantServer } from '../../../core/home.ts';
import { DeviceError } from '../DeviceError.ts';
import { createWsSocket } from './createWsSocket.ts';
import { homeAssistantLabel, homeAssistantWebSocketUrl } from './homeAssistantUrls.ts';
import { HOW_TO_MAKE_A_TOKEN, readHomeAssistantToken } from './readHomeAssistantToken.ts';

export type LinkStatus = 'connecting' | 'up' | 'down' | 'auth_failed' | 'closed';

export interface HomeAssistantLinkOptions {
  /** Socket open + auth; default 5000 ms. */
  connectTimeoutMs?: number;
  /** First wait before connecting again after a failed attempt; default 500 ms, doubling. */
  retryMinMs?: number;
  /** Longest wait between attempts; default 30000 ms. */
  retryMaxMs?: number;
}

export interface ServiceCall {
  domain: string;
  service: string;
  data?: Record<string, unknown>;
  entityId: string;
}

/**
 * One authenticated WebSocket to a Home Assistant server, shared by all of a home's HA
 * devices: the live entity states (subscribe_entities), service calls, and reconnecting
 * with backoff. The library reconnects a dropped connection itself; this class retries the
 * first connection and stops for good on a refused token, with a message saying what to do.
 */
export class HomeAssistantLink {
  readonly label: string;
  private connection: Connection | undefined;
  private statusNow: LinkStatus = 'connecting';
  private problemNow: string | undefined;
  private entitiesNow: HassEntities | undefined;
  private readonly entityListeners = new Set<(entities: HassEntities) => void>();
  private readonly statusListeners = new Set<() => void>();
  private retryTimer: NodeJS.Timeout | undefined;
  private unsubscribe: (() => void) | undefined;
  private readonly options: Required<HomeAssistantLinkOptions>;
  private readonly token: string | undefined;
  private readonly wsUrl: string | undefined;

  constructor(server: HomeAssistantServer, options: HomeAssistantLinkOptions = {}) {
    this.options = {
      connectTimeoutMs: options.connectTimeoutMs ?? 5000,
      retryMinMs: options.retryMinMs ?? 500,
      retryMaxMs: options.retryMaxMs ?? 30000,
    };
    this.label = `Home Assistant at ${homeAssistantLabel(server.url)}`;
    try {
      this.wsUrl = homeAssistantWebSocketUrl(server.url);
      this.token = readHomeAssistantToken(server);
    } catch (error) {
      this.setStatus('auth_failed', error instanceof Error ? error.message : String(error));
      return;
    }
    this.connect(0);
  }

  get status(): LinkStatus {
    return this.statusNow;
  }

  /** Why the link is not up, in plain words, without the token. */
  get problem(): string | undefined {
    return this.problemNow;
  }

  /** The states last heard, or undefined before the first subscribe_entities event. */
  get entities(): HassEntities | undefined {
    return this.statusNow === 'up' ? this.entitiesNow : undefined;
  }

  entity(entityId: string): HassEntity | undefined {
    return this.entities?.[entityId];
  }

  onEntities(listener: (entities: HassEntities) => void): () => void {
    this.entityListeners.add(listener);
    return () => this.entityListeners.delete(listener);
  }

  onStatus(listener: () => void): () => void {
    this.statusListeners.add(listener);
    return () => this.statusListeners.delete(listener);
  }

  /** True once up with states known; false if that does not happen within timeoutMs. */
  waitUntilReady(timeoutMs: number): Promise<boolean> {
    if (this.entities) return Promise.resolve(true);
    if (this.statusNow === 'auth_failed' || this.statusNow === 'closed') {
      return Promise.resolve(false);
    }
    return new Promise((resolve) => {
      const done = (ok: boolean): void => {
        clearTimeout(timer);
        offEntities();
        offStatus();
        resolve(ok);
      };
      const timer = setTimeout(() => done(false), timeoutMs);
      const offEntities = this.onEntities(() => {
        if (this.entities) done(true);
      });
      const offStatus = this.onStatus(() => {
        if (this.statusNow === 'auth_failed' || this.statusNow === 'closed') done(false);
      });
    });
  }

  /** Calls one service; rejects with a DeviceError carrying HA's own error in plain words. */
  async callService(call: ServiceCall, timeoutMs: number): Promise<void> {
    const connection = this.connection;
    if (!connection || this.statusNow !== 'up') {
      throw new DeviceError('unreachable', this.problemNow ?? `${this.label} is not connected`);
    }
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new DeviceError('timeout', `${this.label} did not answer in time`)),
        timeoutMs,
      );
    });
    try {
      await Promise.race([
        connection.sendMessagePromise({
          type: 'call_service',
          domain: call.domain,
          service: call.service,
          service_data: call.data ?? {},
          target: { entity_id: call.entityId },
        }),
        timeout,
      ]);
    } catch (error) {
      throw toCallError(error, call, this.label);
    } finally {
      clearTimeout(timer);
    }
  }

  /** Sends any other command (the registry lists); rejects like callService. */
  async command<T>(
    message: { type: string; [key: string]: unknown },
    timeoutMs: number,
  ): Promise<T> {
    const connection = this.connection;
    if (!connection || this.statusNow !== 'up') {
      throw new DeviceError('unreachable', this.problemNow ?? `${this.label} is not connected`);
    }
    let timer: NodeJS.Timeout | undefined;
    try {
      return await Promise.race([
        connection.sendMessagePromise<T>(message),
        new Promise<never>((_, reject) => {
          timer = setTimeout(
            () => reject(new DeviceError('timeout', `${this.label} did not answer in time`)),
            timeoutMs,
          );
        }),
      ]);
    } catch (error) {
      if (error instanceof DeviceError) throw error;
      throw new DeviceError('refused', `${this.label}: ${haErrorText(error)}`);
    } finally {
      clearTimeout(timer);
    }
  }

  close(): void {
    clearTimeout(this.retryTimer);
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.connection?.close();
    this.connection = undefined;
    this.setStatus('closed', `${this.label}: the connection was closed`);
    this.entityListeners.clear();
    this.statusListeners.clear();
  }

  private connect(attempt: number): void {
    if (this.statusNow === 'closed' || !this.wsUrl || this.token === undefined) return;
    const createSocket = createWsSocket({
      wsUrl: this.wsUrl,
      token: this.token,
      connectTimeoutMs: this.options.connectTimeoutMs,
    });
    const options = { setupRetry: 0, createSocket };
    createSocket(options).then(
      (socket) => {
        if (this.statusNow === 'closed') {
          socket.close();
          return;
        }
        const connection = new Connection(socket, options);
        this.connection = connection;
        connection.addEventListener('ready', () => this.setStatus('up'));
        connection.addEventListener('disconnected', () =>
          this.setStatus('down', `${this.label} is not reachable (reconnecting)`),
        );
        connection.addEventListener('reconnect-error', () => this.refused());
        this.setStatus('up');
        // The library resubscribes after every reconnect; the first event after it is a
        // full set of states, so what was missed while away is caught up.
        this.unsubscribe = subscribeEntities(connection, (entities) => {
          this.entitiesNow = entities;
          for (const listener of [...this.entityListeners]) safely(() => listener(entities));
        });
      },
      (error: unknown) => {
        if (this.statusNow === 'closed') return;
        if (error === ERR_INVALID_AUTH) {
          this.refused();
          return;
        }
        this.setStatus('down', `${this.label} is not reachable; is it running at that address?`);
        const wait = Math.min(this.options.retryMaxMs, this.options.retryMinMs * 2 ** attempt);
        this.retryTimer = setTimeout(() => this.connect(attempt + 1), wait);
      },
    );
  }

  private refused(): void {
    this.connection?.close();
    this.connection = undefined;
    this.setStatus(
      'auth_failed',
      `${this.label} refused the access token (it is wrong or was revoked); ${HOW_TO_MAKE_A_TOKEN}`,
    );
  }

  private setStatus(status: LinkStatus, problem?: string): void {
    if (this.statusNow === 'closed') return;
    this.statusNow = status;
    this.problemNow = status === 'up' ? undefined : problem;
    for (const listener of [...this.statusListeners]) safely(listener);
  }
}

function safely(fn: () => void): void {
  try {
    fn();
  } catch {
    // One listener's failure must not keep news from the others.
  }
}

function haErrorText(error: unknown): string {
  if (error === ERR_CONNECTION_LOST) return 'the connection was lost';
  if (typeof error === 'object' && error !== null && 'message' in error) {
    const message = (error as { message: unknown }).message;
    if (typeof message === 'string' && message.trim() !== '') return message.trim();
  }
  return 'it answered with an error';
}

function toCallError(raw: unknown, call: ServiceCall, label: string): DeviceError {
  if (raw instanceof DeviceError) return raw;
  // A lost connection comes as a whole `result` message; HA's own errors as its `error`.
  const error =
    typeof raw === 'object' && raw !== null && 'error' in raw
      ? (raw as { error: unknown }).error
      : raw;
  const code =
    typeof error === 'object' && error !== null && 'code' in error
      ? (error as { code: unknown }).code
      : error;
  if (code === ERR_CONNECTION_LOST) {
    return new DeviceError(
      'unreachable',
      `the connection to ${label} was lost during the call; it may or may not have been carried out`,
    );
  }
  const what = `${call.domain}.${call.service}`;
  if (code === 'not_found') {
    return new DeviceError(
      'unsupported',
      `${label} has no service ${what} (${haErrorText(error)})`,
    );
  }
  if (code === 'unauthorized') {
    return new DeviceError('auth', `${label} does not let this token call ${what}`);
  }
  return new DeviceError('refused', `${label} could not do ${what}: ${haErrorText(error)}`);
}
