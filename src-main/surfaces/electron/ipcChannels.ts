import type { AssistantApiMethod } from '../../core/assistantApi.ts';

// The IPC channel names shared by main and the preload. Kept free of imports with code so
// the sandboxed preload bundle stays tiny (no zod in the renderer's process).

/** One channel per request member of AssistantApi (ipcRenderer.invoke / ipcMain.handle). */
export const INVOKE_CHANNELS = {
  getHome: 'hearth:getHome',
  sendText: 'hearth:sendText',
  confirm: 'hearth:confirm',
  control: 'hearth:control',
  startListening: 'hearth:startListening',
  stopListening: 'hearth:stopListening',
  getSettings: 'hearth:getSettings',
  updateSettings: 'hearth:updateSettings',
  getHistory: 'hearth:getHistory',
  clearHistory: 'hearth:clearHistory',
  listModels: 'hearth:listModels',
  downloadModel: 'hearth:downloadModel',
  checkHomeFile: 'hearth:checkHomeFile',
  importHomeAssistant: 'hearth:importHomeAssistant',
} as const satisfies Record<AssistantApiMethod, `hearth:${AssistantApiMethod}`>;

/** Microphone audio: fire and forget (ipcRenderer.send), many times a second. */
export const AUDIO_CHANNEL = 'hearth:pushAudio';

/** Main to renderer: every AssistantEvent. The preload fans it out to subscribers. */
export const EVENT_CHANNEL = 'hearth:event';

/** The name the bridge has on the page: `window.hearth`. */
export const BRIDGE_KEY = 'hearth';
