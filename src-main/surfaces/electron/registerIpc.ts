import { ipcMain } from 'electron';
import type { IpcMainEvent, IpcMainInvokeEvent } from 'electron';
import { ASSISTANT_API_METHODS } from '../../core/assistantApi.ts';
import { AUDIO_CHANNEL, INVOKE_CHANNELS } from './ipcChannels.ts';
import type { IpcHandlers, SenderFacts } from './ipcHandlers.ts';

// Plugs the checked handlers (ipcHandlers.ts) into ipcMain. The only logic here is reading
// the sender's facts off the Electron event.

function senderFacts(event: IpcMainEvent | IpcMainInvokeEvent): SenderFacts {
  try {
    const frame = event.senderFrame;
    if (!frame) return { webContentsId: event.sender.id };
    return {
      webContentsId: event.sender.id,
      url: frame.url,
      origin: frame.origin,
      isMainFrame: frame === event.sender.mainFrame,
    };
  } catch {
    return {}; // the frame went away mid-message: not trusted
  }
}

/** Registers every channel; returns the function that removes them all. */
export function registerIpc(handlers: IpcHandlers): () => void {
  for (const method of ASSISTANT_API_METHODS) {
    ipcMain.handle(INVOKE_CHANNELS[method], (event, args: unknown) =>
      handlers.invoke[method](senderFacts(event), args),
    );
  }
  const onAudio = (event: IpcMainEvent, args: unknown) =>
    handlers.pushAudio(senderFacts(event), args);
  ipcMain.on(AUDIO_CHANNEL, onAudio);
  return () => {
    for (const method of ASSISTANT_API_METHODS) ipcMain.removeHandler(INVOKE_CHANNELS[method]);
    ipcMain.off(AUDIO_CHANNEL, onAudio);
  };
}
