import { utilityProcess } from 'electron';
import type { HostProcess } from './AssistantSupervisor.ts';

// Starts the assistant's process as an Electron utility process: a Node environment of its
// own (native modules allowed), outside the main process and every renderer, so a stuck
// or crashing recogniser or language model cannot freeze or take down the window.

export function spawnUtilityHost(modulePath: string, args: readonly string[]): HostProcess {
  const child = utilityProcess.fork(modulePath, [...args], {
    serviceName: 'Hearth assistant',
    stdio: 'inherit',
  });
  return {
    post: (message) => child.postMessage(message),
    onMessage: (listener) => {
      child.on('message', (message: unknown) => listener(message));
    },
    onExit: (listener) => {
      child.once('exit', (code: number) => listener(code));
    },
    kill: () => {
      child.kill();
    },
  };
}
