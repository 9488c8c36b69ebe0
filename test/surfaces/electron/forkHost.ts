import { fork } from 'node:child_process';
import type { HostProcess } from '../../../src-main/surfaces/electron/AssistantSupervisor.ts';

// Runs an assistant host as a Node child process (what an Electron utility process is,
// minus Electron): the same entry files, the same messages, real crashes and exits.

export interface ForkedHosts {
  spawn: () => HostProcess;
  /** How many processes were started. */
  readonly count: number;
  /** Everything the children wrote to stderr (for failure messages). */
  readonly stderr: string;
  /** Kills any child still running. */
  killAll(): void;
}

export function forkHosts(
  entry: string,
  args: readonly string[] = [],
  env: NodeJS.ProcessEnv = {},
): ForkedHosts {
  let count = 0;
  let stderr = '';
  const children = new Set<ReturnType<typeof fork>>();
  return {
    get count() {
      return count;
    },
    get stderr() {
      return stderr;
    },
    killAll() {
      for (const child of children) child.kill('SIGKILL');
    },
    spawn() {
      count++;
      const child = fork(entry, [...args], {
        execArgv: ['--import', 'tsx'],
        serialization: 'advanced',
        stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
        env: { ...process.env, ...env },
      });
      children.add(child);
      child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      return {
        post: (message) => {
          if (child.connected) child.send(message);
        },
        onMessage: (listener) => {
          child.on('message', listener);
        },
        onExit: (listener) => {
          child.once('exit', (code) => {
            children.delete(child);
            listener(code);
          });
        },
        kill: () => {
          child.kill('SIGKILL');
        },
      };
    },
  };
}
