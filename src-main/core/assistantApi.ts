// The one API every user interface talks to, whatever carries it (Electron IPC or the hub's
// WebSocket). The renderer imports these types only.
import type { HomeFileProblem } from './errors.ts';
import type { Action, Plan } from './plan.ts';
import type { ActionOutcome, DeviceState } from './state.ts';

export type AssistantStatus = 'idle' | 'listening' | 'thinking' | 'acting' | 'error';

export interface DeviceView {
  id: string;
  name: string;
  area?: string;
  areaName?: string;
  type: string;
  class?: string;
  state: DeviceState;
  favorite: boolean;
  /** True until the device's state has been read once (the UI shows it as unknown). */
  pending?: boolean;
}

export interface HomeView {
  name?: string;
  areas: { id: string; name: string }[];
  devices: DeviceView[];
  scenes: { id: string; name: string; favorite: boolean }[];
  /** The home's temperature unit. Absent: celsius. */
  unit?: 'celsius' | 'fahrenheit';
  /** Where the home came from: a file path, or absent for the built-in demo home. */
  file?: string;
}

export type ThemeSetting = 'system' | 'light' | 'dark';

/** What the user can change in Settings; kept on this computer only. */
export interface Settings {
  theme: ThemeSetting;
  /** Days of conversation history to keep: 0 keeps none, null keeps everything. */
  historyDays: number | null;
  /** The microphone (a MediaDeviceInfo.deviceId); null: the system's default. */
  microphoneId: string | null;
  /** Keep the microphone open and let voice detection find each command. */
  handsFree: boolean;
  /** Model names from the catalogue; null: the best installed one that fits in memory. */
  sttModel: string | null;
  llmModel: string | null;
  /** The home file to use next time Hearth starts without --home; null: the demo home. */
  homeFile: string | null;
  /**
   * Hands-free wake word: an installed openWakeWord name (hey_jarvis), or the full path of the
   * user's own openWakeWord .onnx model; 'off': push-to-talk only.
   */
  wakeWord: string;
  /** Wake-word score at or above which it is heard, 0.05-0.95; lower hears more (and more by mistake). */
  wakeThreshold: number;
  /** After a reply, seconds Hearth listens without the wake word (0: never). */
  followUpSeconds: number;
  /** Let a spoken "yes" unlock a lock; false: an unlock is confirmed on the screen or tray. */
  voiceUnlock: boolean;
  /** Speak replies aloud in wake-word mode. */
  spokenReplies: boolean;
}

/** One finished turn of the conversation, as kept in the local history. */
export interface HistoryEntry {
  turnId: string;
  /** ISO 8601 time of the reply. */
  at: string;
  /** The user's words; empty for a turn that only answered a confirmation. */
  text: string;
  reply: string;
  outcomes: ActionOutcome[];
}

/** A model of the catalogue, and whether this computer has it and can run it. */
export interface ModelView {
  name: string;
  /** wake: a wake word; wake-feature: a model wake words need (downloaded with the first one). */
  kind: 'stt' | 'llm' | 'wake' | 'wake-feature';
  description: string;
  sizeBytes: number;
  ramBytes: number;
  installed: boolean;
  /** Its memory need fits this computer's memory. */
  fits: boolean;
  licence?: string;
  /** Terms to show, and have accepted, before its download (the wake words' CC BY-NC-SA 4.0). */
  licenceNotice?: string;
  licenceUrl?: string;
}

/** Settings' "Download" of a catalogue model (and the models it requires). */
export interface ModelDownloadRequest {
  /** A catalogue name: `hey_jarvis`. */
  name: string;
  /** The user accepted the licence notice shown for it (needed when it has one). Default false. */
  acceptLicence?: boolean;
  /** Install a file the catalogue has no checksum for. Default false. */
  allowUnverified?: boolean;
}

/** The result of validating a home file without using it. */
export interface HomeFileCheck {
  file: string;
  ok: boolean;
  problems: HomeFileProblem[];
  /** When ok: "3 areas, 12 devices, 2 scenes". */
  summary?: string;
}

/** Settings' "Import from Home Assistant": preview (apply false) or import (apply true). */
export interface HomeAssistantImportRequest {
  url: string;
  /** A long-lived access token; kept in a file beside the settings, never sent back. */
  token: string;
  apply: boolean;
}

export interface HomeAssistantImportResult {
  devices: { name: string; type: string; area?: string; entityId: string; exposed: boolean }[];
  areas: string[];
  unit: 'celsius' | 'fahrenheit';
  /** When applied: the home file written and now in use. */
  homeFile?: string;
}

export type AssistantEvent =
  | { type: 'status'; status: AssistantStatus; message?: string }
  /** The user's words: typed, or the transcript as it arrives (final when complete). */
  | { type: 'user'; turnId: string; text: string; final: boolean }
  /** The reply streamed token by token, then the whole turn. */
  | { type: 'reply_token'; turnId: string; token: string }
  | { type: 'reply'; turnId: string; text: string; plan?: Plan; outcomes: ActionOutcome[] }
  /** Actions held until the user presses Confirm or Cancel. */
  | { type: 'confirmation'; id: string; turnId: string; prompt: string; actions: Action[] }
  | { type: 'confirmation_closed'; id: string; accepted: boolean }
  | { type: 'device'; device: DeviceView }
  | { type: 'speech'; phase: 'start' | 'end'; t: number }
  /** The wake word was heard (as said: "hey jarvis"): a cue, and the command follows. */
  | { type: 'wake'; word: string }
  | { type: 'level'; rms: number }
  | { type: 'notice'; level: 'info' | 'warning' | 'error'; text: string }
  /** The microphone was opened or closed (by the UI, a tray action or a shortcut). */
  | { type: 'listening'; on: boolean }
  | { type: 'settings'; settings: Settings }
  | { type: 'history_cleared' };

export interface AssistantApi {
  getHome(): Promise<HomeView>;
  sendText(text: string): Promise<void>;
  confirm(id: string, accept: boolean): Promise<void>;
  control(device: string, command: string, value?: number | string): Promise<ActionOutcome>;
  startListening(): Promise<void>;
  stopListening(): Promise<void>;
  /** Microphone audio from the UI: mono float samples at the given rate. */
  pushAudio(samples: Float32Array, sampleRate: number): void;
  subscribe(listener: (event: AssistantEvent) => void): () => void;
  getSettings(): Promise<Settings>;
  /** Changes some settings; resolves with all of them. Rejects (changing nothing) when invalid. */
  updateSettings(patch: Partial<Settings>): Promise<Settings>;
  /** The kept conversation, oldest first. */
  getHistory(): Promise<HistoryEntry[]>;
  clearHistory(): Promise<void>;
  listModels(): Promise<ModelView[]>;
  /** Downloads a catalogue model; resolves with the models as listModels() does. */
  downloadModel(request: ModelDownloadRequest): Promise<ModelView[]>;
  /** Validates a home file (every problem with its line and column); uses nothing. */
  checkHomeFile(file: string): Promise<HomeFileCheck>;
  /** Reads a Home Assistant's devices; with apply, writes them as the home file and uses it. */
  importHomeAssistant(request: HomeAssistantImportRequest): Promise<HomeAssistantImportResult>;
}

/** The AssistantApi members a transport forwards as request/response calls. */
export const ASSISTANT_API_METHODS = [
  'getHome',
  'sendText',
  'confirm',
  'control',
  'startListening',
  'stopListening',
  'getSettings',
  'updateSettings',
  'getHistory',
  'clearHistory',
  'listModels',
  'downloadModel',
  'checkHomeFile',
  'importHomeAssistant',
] as const;
export type AssistantApiMethod = (typeof ASSISTANT_API_METHODS)[number];
