import type {
  AssistantApi,
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
} from '../../core/assistantApi.ts';
import type { ActionOutcome } from '../../core/state.ts';
import { RESULT_SCHEMAS, assistantEventSchema } from './assistantSchemas.ts';
import { AssistantSupervisor } from './AssistantSupervisor.ts';
import type { AssistantSupervisorOptions } from './AssistantSupervisor.ts';
import { messageOf } from './messageOf.ts';

// The AssistantApi as main sees it: every request crosses to the assistant's own process
// and every answer and event that comes back is checked against the contract before
// anyone in main (the window's IPC, the tray, notifications) sees it. The supervisor
// underneath starts that process, restarts it after a crash and says so.

export type RemoteAssistantOptions = AssistantSupervisorOptions;

/** The assistant's process answered with something that is not what the contract says. */
export class MalformedAnswerError extends Error {
  constructor(method: string) {
    super(`The assistant sent a malformed answer to ${method}; try again.`);
    this.name = 'MalformedAnswerError';
  }
}

export class RemoteAssistant implements AssistantApi {
  readonly supervisor: AssistantSupervisor;
  private readonly listeners = new Set<(event: AssistantEvent) => void>();
  private readonly onProblem: (message: string) => void;

  constructor(options: RemoteAssistantOptions) {
    this.onProblem = options.onProblem ?? (() => undefined);
    this.supervisor = new AssistantSupervisor({
      ...options,
      onEvent: (raw) => this.receiveEvent(raw),
    });
  }

  /** Starts the assistant's process; requests made before it is ready wait for it. */
  start(): void {
    this.supervisor.start();
  }

  getHome(): Promise<HomeView> {
    return this.request('getHome', []);
  }
  sendText(text: string): Promise<void> {
    return this.request('sendText', [text]);
  }
  confirm(id: string, accept: boolean): Promise<void> {
    return this.request('confirm', [id, accept]);
  }
  control(device: string, command: string, value?: number | string): Promise<ActionOutcome> {
    return this.request(
      'control',
      value === undefined ? [device, command] : [device, command, value],
    );
  }
  startListening(): Promise<void> {
    return this.request('startListening', []);
  }
  stopListening(): Promise<void> {
    return this.request('stopListening', []);
  }
  getSettings(): Promise<Settings> {
    return this.request('getSettings', []);
  }
  updateSettings(patch: Partial<Settings>): Promise<Settings> {
    return this.request('updateSettings', [patch]);
  }
  getHistory(): Promise<HistoryEntry[]> {
    return this.request('getHistory', []);
  }
  clearHistory(): Promise<void> {
    return this.request('clearHistory', []);
  }
  listModels(): Promise<ModelView[]> {
    return this.request('listModels', []);
  }
  downloadModel(request: ModelDownloadRequest): Promise<ModelView[]> {
    return this.request('downloadModel', [request]);
  }
  checkHomeFile(file: string): Promise<HomeFileCheck> {
    return this.request('checkHomeFile', [file]);
  }
  importHomeAssistant(request: HomeAssistantImportRequest): Promise<HomeAssistantImportResult> {
    return this.request('importHomeAssistant', [request]);
  }

  pushAudio(samples: Float32Array, sampleRate: number): void {
    this.supervisor.sendAudio(samples, sampleRate);
  }

  subscribe(listener: (event: AssistantEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async dispose(): Promise<void> {
    await this.supervisor.dispose();
    this.listeners.clear();
  }

  private async request<T>(method: AssistantApiMethod, args: unknown[]): Promise<T> {
    const value = await this.supervisor.call(method, args);
    const parsed = RESULT_SCHEMAS[method].safeParse(value);
    if (!parsed.success) {
      this.onProblem(`malformed ${method} answer from the assistant process`);
      throw new MalformedAnswerError(method);
    }
    return parsed.data as T;
  }

  private receiveEvent(raw: unknown): void {
    const parsed = assistantEventSchema.safeParse(raw);
    if (!parsed.success) {
      this.onProblem('dropped a malformed event from the assistant process');
      return;
    }
    const event = parsed.data as AssistantEvent;
    for (const listener of [...this.listeners]) {
      try {
        listener(event);
      } catch (error) {
        // One failing subscriber (a closed window) must not starve the tray or the others.
        this.onProblem(`an event listener failed: ${messageOf(error)}`);
      }
    }
  }
}
