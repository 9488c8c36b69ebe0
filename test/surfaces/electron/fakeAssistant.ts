import type {
  AssistantApi,
  AssistantEvent,
  HomeAssistantImportRequest,
  HomeView,
  ModelDownloadRequest,
  ModelView,
  Settings,
} from '../../../src-main/core/assistantApi.ts';
import type { ActionOutcome } from '../../../src-main/core/state.ts';

// An AssistantApi that records every call, for the IPC and host tests.

export const TEST_HOME: HomeView = {
  name: 'Test flat',
  areas: [{ id: 'kitchen', name: 'Kitchen' }],
  devices: [
    {
      id: 'kitchen_light',
      name: 'Kitchen light',
      area: 'kitchen',
      type: 'light',
      state: { available: true, state: 'off' },
      favorite: true,
    },
  ],
  scenes: [{ id: 'evening', name: 'Evening', favorite: true }],
};

export const TEST_SETTINGS: Settings = {
  theme: 'system',
  historyDays: 30,
  microphoneId: null,
  handsFree: false,
  sttModel: null,
  llmModel: null,
  homeFile: null,
  wakeWord: 'off',
  wakeThreshold: 0.5,
  followUpSeconds: 5,
  voiceUnlock: false,
  spokenReplies: true,
};

export class FakeAssistant implements AssistantApi {
  readonly calls: [string, unknown[]][] = [];
  readonly listeners = new Set<(event: AssistantEvent) => void>();

  private record<T>(name: string, args: unknown[], value: T): Promise<T> {
    this.calls.push([name, args]);
    return Promise.resolve(value);
  }
  getHome = () => this.record('getHome', [], TEST_HOME);
  sendText = (text: string): Promise<void> => this.record('sendText', [text], undefined);
  confirm = (id: string, accept: boolean) => this.record('confirm', [id, accept], undefined);
  control = (device: string, command: string, value?: number | string) =>
    this.record<ActionOutcome>(
      'control',
      value === undefined ? [device, command] : [device, command, value],
      {
        device,
        command,
        outcome: 'ok',
      },
    );
  startListening = () => this.record('startListening', [], undefined);
  stopListening = () => this.record('stopListening', [], undefined);
  getSettings = () => this.record('getSettings', [], TEST_SETTINGS);
  updateSettings = (patch: Partial<Settings>) =>
    this.record('updateSettings', [patch], { ...TEST_SETTINGS, ...patch });
  getHistory = () => this.record('getHistory', [], []);
  clearHistory = () => this.record('clearHistory', [], undefined);
  listModels = () => this.record('listModels', [], []);
  downloadModel = (request: ModelDownloadRequest) =>
    this.record('downloadModel', [request], [] as ModelView[]);
  checkHomeFile = (file: string) =>
    this.record('checkHomeFile', [file], { file, ok: true, problems: [] });
  importHomeAssistant = (request: HomeAssistantImportRequest) =>
    this.record('importHomeAssistant', [request], {
      devices: [],
      areas: [],
      unit: 'celsius' as const,
    });
  pushAudio(samples: Float32Array, sampleRate: number): void {
    this.calls.push(['pushAudio', [samples, sampleRate]]);
  }
  subscribe(listener: (event: AssistantEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
  emit(event: AssistantEvent): void {
    for (const listener of this.listeners) listener(event);
  }
}
