import type {
  AssistantApiMethod,
  AssistantEvent,
  HistoryEntry,
  HomeAssistantImportRequest,
  HomeAssistantImportResult,
  HomeFileCheck,
  HomeView,
  ModelDownloadRequest,
  ModelView,
  Settings,
} from '../../src-main/core/assistantApi.ts';
import type { ActionOutcome } from '../../src-main/core/state.ts';
import type { ServerMessage } from '../../src-main/surfaces/hub/hubProtocol.ts';
import type { AssistantClient, ConnectionState } from './AssistantClient.ts';

// The hub's transport: calls as {id, method, params} over a WebSocket, answers and events
// back; audio as binary frames (rate as uint32, then float32 samples). It reconnects by
// itself after the hub restarts; calls made while it is away wait for it.

export interface WebSocketClientOptions {
  /** Default: ws(s)://<this page's host>/api. */
  url?: string;
  /** Longest wait between reconnection attempts, in ms. Default 5000. */
  maxRetryMs?: number;
}

interface Pending {
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

export class WebSocketClient implements AssistantClient {
  private readonly url: string;
  private readonly maxRetryMs: number;
  private socket: WebSocket | undefined;
  private nextId = 1;
  private retryMs = 250;
  private closed = false;
  private readonly pending = new Map<number, Pending>();
  private readonly waiting: string[] = [];
  private readonly listeners = new Set<(event: AssistantEvent) => void>();
  private readonly connectionListeners = new Set<(state: ConnectionState) => void>();

  constructor(options: WebSocketClientOptions = {}) {
    const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
    this.url = options.url ?? `${scheme}//${location.host}/api`;
    this.maxRetryMs = options.maxRetryMs ?? 5000;
    this.connect();
  }

  getHome = () => this.call('getHome', []) as Promise<HomeView>;
  sendText = (text: string) => this.call('sendText', [text]) as Promise<void>;
  confirm = (id: string, accept: boolean) => this.call('confirm', [id, accept]) as Promise<void>;
  control = (device: string, command: string, value?: number | string) =>
    this.call(
      'control',
      value === undefined ? [device, command] : [device, command, value],
    ) as Promise<ActionOutcome>;
  startListening = () => this.call('startListening', []) as Promise<void>;
  stopListening = () => this.call('stopListening', []) as Promise<void>;
  getSettings = () => this.call('getSettings', []) as Promise<Settings>;
  updateSettings = (patch: Partial<Settings>) =>
    this.call('updateSettings', [patch]) as Promise<Settings>;
  getHistory = () => this.call('getHistory', []) as Promise<HistoryEntry[]>;
  clearHistory = () => this.call('clearHistory', []) as Promise<void>;
  listModels = () => this.call('listModels', []) as Promise<ModelView[]>;
  downloadModel = (request: ModelDownloadRequest) =>
    this.call('downloadModel', [request]) as Promise<ModelView[]>;
  checkHomeFile = (file: string) => this.call('checkHomeFile', [file]) as Promise<HomeFileCheck>;
  importHomeAssistant = (request: HomeAssistantImportRequest) =>
    this.call('importHomeAssistant', [request]) as Promise<HomeAssistantImportResult>;

  pushAudio(samples: Float32Array, sampleRate: number): void {
    if (this.socket?.readyState !== WebSocket.OPEN) return;
    const buffer = new ArrayBuffer(4 + samples.length * 4);
    const view = new DataView(buffer);
    view.setUint32(0, sampleRate, true);
    for (let i = 0; i < samples.length; i++) view.setFloat32(4 + i * 4, samples[i] ?? 0, true);
    this.socket.send(buffer);
  }

  subscribe(listener: (event: AssistantEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  onConnection(listener: (state: ConnectionState) => void): () => void {
    this.connectionListeners.add(listener);
    return () => this.connectionListeners.delete(listener);
  }

  close(): void {
    this.closed = true;
    this.socket?.close();
  }

  private call(method: AssistantApiMethod, params: unknown[]): Promise<unknown> {
    const id = this.nextId++;
    const text = JSON.stringify({ id, method, params });
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      if (this.socket?.readyState === WebSocket.OPEN) this.socket.send(text);
      else this.waiting.push(text);
    });
  }

  private connect(): void {
    this.setState('connecting');
    const socket = new WebSocket(this.url);
    socket.binaryType = 'arraybuffer';
    this.socket = socket;
    socket.onopen = () => {
      this.retryMs = 250;
      for (const text of this.waiting.splice(0)) socket.send(text);
      this.setState('open');
    };
    socket.onmessage = (message) => {
      if (typeof message.data === 'string')
        this.onMessage(JSON.parse(message.data) as ServerMessage);
    };
    socket.onclose = () => {
      // Calls in flight are lost with the connection: say so rather than wait for ever.
      for (const [id, call] of this.pending) {
        call.reject(new Error('Lost the connection to Hearth; try again.'));
        this.pending.delete(id);
      }
      this.setState('closed');
      if (this.closed) return;
      setTimeout(() => this.connect(), this.retryMs);
      this.retryMs = Math.min(this.maxRetryMs, this.retryMs * 2);
    };
  }

  private onMessage(message: ServerMessage): void {
    if ('event' in message) {
      for (const listener of [...this.listeners]) listener(message.event);
      return;
    }
    if (!('id' in message)) {
      console.warn(`Hearth hub: ${message.error}`);
      return;
    }
    const call = this.pending.get(message.id);
    if (!call) return;
    this.pending.delete(message.id);
    if (message.ok) call.resolve(message.result);
    else call.reject(new Error(message.error));
  }

  private setState(state: ConnectionState): void {
    for (const listener of [...this.connectionListeners]) listener(state);
  }
}
