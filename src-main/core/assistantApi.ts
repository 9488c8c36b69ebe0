// The one API every user interface talks to, whatever carries it (Electron IPC or the hub's
// WebSocket). The renderer imports these types only.
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
}

export interface HomeView {
  name?: string;
  areas: { id: string; name: string }[];
  devices: DeviceView[];
  scenes: { id: string; name: string; favorite: boolean }[];
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
  | { type: 'level'; rms: number }
  | { type: 'notice'; level: 'info' | 'warning' | 'error'; text: string };

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
}
