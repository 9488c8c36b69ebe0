import { contextBridge, ipcRenderer } from 'electron';
import type { AssistantApi, AssistantApiMethod, AssistantEvent } from '../../core/assistantApi.ts';
import { AUDIO_CHANNEL, BRIDGE_KEY, EVENT_CHANNEL, INVOKE_CHANNELS } from './ipcChannels.ts';

// The sandboxed preload: it gives the page `window.hearth`, one function per AssistantApi
// member and nothing else. ipcRenderer itself never reaches the page (a page holding it
// could send on any channel); each function sends on its own channel, and main checks
// the sender and the arguments again.

/** Electron prefixes errors from main; the page should show the assistant's own words. */
function plainError(error: unknown): Error {
  const raw = (error as { message?: unknown } | null)?.message;
  const message = typeof raw === 'string' ? raw : String(error);
  return new Error(message.replace(/^Error invoking remote method '[^']*': (?:\w*Error: )?/, ''));
}

function invoker<K extends AssistantApiMethod>(method: K) {
  return (...args: Parameters<AssistantApi[K]>): ReturnType<AssistantApi[K]> =>
    ipcRenderer.invoke(INVOKE_CHANNELS[method], args).catch((error: unknown) => {
      throw plainError(error);
    }) as ReturnType<AssistantApi[K]>;
}

const listeners = new Set<(event: AssistantEvent) => void>();
ipcRenderer.on(EVENT_CHANNEL, (_event, payload: AssistantEvent) => {
  for (const listener of [...listeners]) {
    try {
      listener(payload);
    } catch (error) {
      console.error('A Hearth event listener failed:', error);
    }
  }
});

const bridge: AssistantApi = {
  getHome: invoker('getHome'),
  sendText: invoker('sendText'),
  confirm: invoker('confirm'),
  control: invoker('control'),
  startListening: invoker('startListening'),
  stopListening: invoker('stopListening'),
  getSettings: invoker('getSettings'),
  updateSettings: invoker('updateSettings'),
  getHistory: invoker('getHistory'),
  clearHistory: invoker('clearHistory'),
  listModels: invoker('listModels'),
  downloadModel: invoker('downloadModel'),
  checkHomeFile: invoker('checkHomeFile'),
  importHomeAssistant: invoker('importHomeAssistant'),
  pushAudio(samples: Float32Array, sampleRate: number): void {
    ipcRenderer.send(AUDIO_CHANNEL, [samples, sampleRate]);
  },
  subscribe(listener: (event: AssistantEvent) => void): () => void {
    if (typeof listener !== 'function') throw new TypeError('subscribe needs a function');
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  },
};

contextBridge.exposeInMainWorld(BRIDGE_KEY, bridge);
