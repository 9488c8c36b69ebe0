import { parseArgs } from 'node:util';
import { locateWhisperBinary } from '../../hear/stt/locateWhisperBinary.ts';
import { AssistantHost } from './AssistantHost.ts';
import { composeAssistant } from './composeAssistant.ts';
import type { HostToMain, MainToHost, MessagePort } from './hostMessages.ts';

// The entry of the assistant's own process. In the app it is an Electron utility process
// (messages through process.parentPort); the same file runs as a Node child process
// (process.send, 'advanced' serialization) in tests and wherever no Electron exists.
// Arguments: --home FILE, --area AREA, --data-dir DIR, --no-voice, and --whisper-dir DIR
// (the packaged app's unpacked build/whisper: a binary inside app.asar cannot be run).

interface ParentPortLike {
  on(event: 'message', listener: (event: { data: unknown }) => void): unknown;
  off(event: 'message', listener: (event: { data: unknown }) => void): unknown;
  postMessage(message: unknown): void;
}

function parentPort(): MessagePort<MainToHost, HostToMain> {
  const electronPort = (process as { parentPort?: ParentPortLike }).parentPort;
  if (electronPort) {
    return {
      post: (message) => electronPort.postMessage(message),
      onMessage: (listener) => {
        const receive = (event: { data: unknown }) => listener(event.data);
        electronPort.on('message', receive);
        return () => electronPort.off('message', receive);
      },
    };
  }
  const send = process.send?.bind(process);
  if (!send) throw new Error('the assistant host must be started by Hearth, not on its own');
  return {
    post: (message) => {
      if (process.connected) send(message);
    },
    onMessage: (listener) => {
      process.on('message', listener);
      return () => process.off('message', listener);
    },
  };
}

const { values } = parseArgs({
  args: process.argv.slice(2),
  options: {
    home: { type: 'string' },
    area: { type: 'string' },
    'data-dir': { type: 'string' },
    'whisper-dir': { type: 'string' },
    'no-voice': { type: 'boolean' },
  },
  strict: true,
});

const whisperDir = values['whisper-dir'];
if (whisperDir !== undefined && !process.env.HEARTH_WHISPER_BINARY) {
  try {
    // The recogniser honours this variable; pick the variant for this CPU once, here.
    process.env.HEARTH_WHISPER_BINARY = locateWhisperBinary({ buildDir: whisperDir });
  } catch {
    // No binary for this computer: the voice pipeline reports it when speech arrives.
  }
}

const host = new AssistantHost({
  port: parentPort(),
  open: async () => {
    const { service, notices } = await composeAssistant({
      ...(values.home !== undefined ? { homeFile: values.home } : {}),
      ...(values.area !== undefined ? { area: values.area } : {}),
      ...(values['data-dir'] !== undefined ? { dataDir: values['data-dir'] } : {}),
      ...(values['no-voice'] ? { voice: 'none' as const } : {}),
    });
    return { api: service, notices };
  },
  onStopped: () => process.exit(0),
});
// A Node child exits when its parent goes; an Electron utility process is ended by main.
process.on('disconnect', () => void host.dispose().finally(() => process.exit(0)));
await host.start();
