import type { AssistantApi } from '../../src-main/core/assistantApi.ts';
import type { AssistantClient } from './AssistantClient.ts';

// The Electron window's transport: the preload script exposes the AssistantApi itself as
// `window.hearth` through contextBridge (one function per member). There is no connection to
// lose, so onConnection only reports it open.

declare global {
  interface Window {
    hearth?: AssistantApi;
  }
}

const MEMBERS: readonly (keyof AssistantApi)[] = [
  'getHome',
  'sendText',
  'confirm',
  'control',
  'startListening',
  'stopListening',
  'pushAudio',
  'subscribe',
  'getSettings',
  'updateSettings',
  'getHistory',
  'clearHistory',
  'listModels',
  'downloadModel',
  'checkHomeFile',
  'importHomeAssistant',
];

/** The preload bridge as a client, or undefined outside the Electron window. */
export function preloadClient(
  bridge: AssistantApi | undefined = window.hearth,
): AssistantClient | undefined {
  if (!bridge || !MEMBERS.every((name) => typeof bridge[name] === 'function')) return undefined;
  return {
    getHome: () => bridge.getHome(),
    sendText: (text) => bridge.sendText(text),
    confirm: (id, accept) => bridge.confirm(id, accept),
    control: (device, command, value) => bridge.control(device, command, value),
    startListening: () => bridge.startListening(),
    stopListening: () => bridge.stopListening(),
    pushAudio: (samples, rate) => bridge.pushAudio(samples, rate),
    subscribe: (listener) => bridge.subscribe(listener),
    getSettings: () => bridge.getSettings(),
    updateSettings: (patch) => bridge.updateSettings(patch),
    getHistory: () => bridge.getHistory(),
    clearHistory: () => bridge.clearHistory(),
    listModels: () => bridge.listModels(),
    downloadModel: (request) => bridge.downloadModel(request),
    checkHomeFile: (file) => bridge.checkHomeFile(file),
    importHomeAssistant: (request) => bridge.importHomeAssistant(request),
    onConnection: (listener) => {
      listener('open');
      return () => undefined;
    },
    close: () => undefined,
  };
}
