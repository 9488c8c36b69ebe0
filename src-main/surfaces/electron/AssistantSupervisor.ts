import type { AssistantApiMethod, AssistantEvent } from '../../core/assistantApi.ts';
import { hostToMainSchema } from './hostMessages.ts';
import type { MainToHost } from './hostMessages.ts';
import { messageOf } from './messageOf.ts';

// Keeps the assistant's process alive: starts it, sends it requests (waiting while it
// starts), notices when it crashes or stops answering, restarts it, and gives up in plain
// words when it keeps failing. A crash fails the requests that were in flight (a command
// may or may not have run: it is not sent twice) and tells every subscriber what happened.

/** A running assistant process, whatever started it (utilityProcess.fork, child_process.fork). */
export interface HostProcess {
  post(message: MainToHost): void;
  onMessage(listener: (raw: unknown) => void): void;
  /** Called once when the process has ended; code null when killed by a signal. */
  onExit(listener: (code: number | null) => void): void;
  kill(): void;
}

export interface AssistantSupervisorOptions {
  /** Starts a new assistant process. */
  spawn: () => HostProcess;
  /** How long a request may take before it fails. Default 120_000 ms (a slow model). */
  callTimeoutMs?: number;
  /** Liveness ping interval. Default 5000 ms; 0 turns the watchdog off. */
  pingIntervalMs?: number;
  /** Unanswered pings after which the process counts as stuck and is restarted. Default 6. */
  missedPingsLimit?: number;
  /** Restarts allowed within restartWindowMs before giving up. Default 5. */
  maxRestarts?: number;
  /** Default 60_000 ms. */
  restartWindowMs?: number;
  /** Wait before the first restart in a window; doubles after each. Default 250 ms. */
  restartDelayMs?: number;
  /** How long dispose() waits for a clean stop before killing. Default 3000 ms. */
  stopTimeoutMs?: number;
  /** Log lines about dropped messages and restarts. Default: nothing. */
  onProblem?: (message: string) => void;
  /** Each time a process (the first or a restarted one) is ready. Default: nothing. */
  onReady?: () => void;
}

/** The request was in flight when the assistant's process ended. */
export class AssistantCrashedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AssistantCrashedError';
  }
}

/** The assistant is not running and will not be restarted (or the request took too long). */
export class AssistantUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AssistantUnavailableError';
  }
}

interface PendingCall {
  method: AssistantApiMethod;
  args: unknown[];
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
  timer: ReturnType<typeof setTimeout>;
  sent: boolean;
}

type State = 'idle' | 'starting' | 'ready' | 'restarting' | 'failed' | 'disposed';

export class AssistantSupervisor {
  private readonly options: Required<AssistantSupervisorOptions> & {
    onEvent: (raw: unknown) => void;
  };
  private state: State = 'idle';
  private host: HostProcess | undefined;
  private generation = 0;
  private nextId = 1;
  private readonly calls = new Map<number, PendingCall>();
  private crashes: number[] = [];
  private failure = '';
  private pingTimer: ReturnType<typeof setInterval> | undefined;
  private restartTimer: ReturnType<typeof setTimeout> | undefined;
  private pingSeq = 0;
  private pongSeq = 0;
  private stuck = false;
  private stopping: (() => void) | undefined;

  constructor(options: AssistantSupervisorOptions & { onEvent: (raw: unknown) => void }) {
    this.options = {
      callTimeoutMs: 120_000,
      pingIntervalMs: 5000,
      missedPingsLimit: 6,
      maxRestarts: 5,
      restartWindowMs: 60_000,
      restartDelayMs: 250,
      stopTimeoutMs: 3000,
      onProblem: () => undefined,
      onReady: () => undefined,
      ...options,
    };
  }

  /** 'ready' when requests go straight through. */
  get status(): State {
    return this.state;
  }

  start(): void {
    if (this.state !== 'idle') return;
    this.launch();
  }

  /** Sends one request; resolves with the raw (unchecked) value the process answered. */
  call(method: AssistantApiMethod, args: unknown[]): Promise<unknown> {
    if (this.state === 'failed' || this.state === 'disposed') {
      return Promise.reject(new AssistantUnavailableError(this.unavailableMessage()));
    }
    return new Promise((resolve, reject) => {
      const id = this.nextId++;
      const timer = setTimeout(() => {
        this.calls.delete(id);
        reject(new AssistantUnavailableError(`The assistant took too long to answer ${method}.`));
      }, this.options.callTimeoutMs);
      const call: PendingCall = { method, args, resolve, reject, timer, sent: false };
      this.calls.set(id, call);
      if (this.state === 'ready') this.send(id, call);
    });
  }

  /** Audio goes only to a ready process; while it restarts the audio is dropped. */
  sendAudio(samples: Float32Array, sampleRate: number): void {
    if (this.state === 'ready') this.host?.post({ kind: 'audio', samples, sampleRate });
  }

  async dispose(): Promise<void> {
    if (this.state === 'disposed') return;
    const host = this.state === 'ready' || this.state === 'starting' ? this.host : undefined;
    this.state = 'disposed';
    this.stopTimers();
    clearTimeout(this.restartTimer);
    this.failAll(new AssistantUnavailableError('Hearth is closing.'));
    if (!host) return;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        host.kill();
        resolve();
      }, this.options.stopTimeoutMs);
      this.stopping = () => {
        clearTimeout(timer);
        resolve();
      };
      host.post({ kind: 'stop' });
    });
  }

  private launch(): void {
    this.state = this.state === 'restarting' ? 'restarting' : 'starting';
    const generation = ++this.generation;
    let host: HostProcess;
    try {
      host = this.options.spawn();
    } catch (error) {
      this.giveUp(`Hearth could not start its assistant: ${messageOf(error)}`);
      return;
    }
    this.host = host;
    this.stuck = false;
    host.onMessage((raw) => {
      if (generation === this.generation) this.receive(raw);
    });
    host.onExit((code) => {
      if (generation !== this.generation) return;
      this.exited(code);
    });
  }

  private receive(raw: unknown): void {
    const parsed = hostToMainSchema.safeParse(raw);
    if (!parsed.success) {
      this.options.onProblem('dropped a malformed message from the assistant process');
      return;
    }
    const message = parsed.data;
    switch (message.kind) {
      case 'ready': {
        const restarted = this.state === 'restarting';
        this.state = 'ready';
        this.startWatchdog();
        if (restarted)
          this.say({ type: 'notice', level: 'info', text: 'The assistant is running again.' });
        for (const [id, call] of this.calls) if (!call.sent) this.send(id, call);
        this.options.onReady();
        return;
      }
      case 'failed':
        this.giveUp(message.message);
        this.host?.kill();
        return;
      case 'event':
        this.options.onEvent(message.event);
        return;
      case 'pong':
        this.pongSeq = Math.max(this.pongSeq, message.seq);
        return;
      case 'result': {
        const call = this.calls.get(message.id);
        if (!call?.sent) return; // late answer to a call that timed out
        this.calls.delete(message.id);
        clearTimeout(call.timer);
        if (message.ok) call.resolve(message.value);
        else call.reject(new Error(message.error));
        return;
      }
    }
  }

  private exited(code: number | null): void {
    this.stopTimers();
    this.host = undefined;
    if (this.state === 'disposed') {
      this.stopping?.();
      return;
    }
    if (this.state === 'failed') return;
    const why = this.stuck
      ? 'stopped responding'
      : `stopped unexpectedly (${code === null ? 'killed' : `exit code ${code}`})`;
    this.options.onProblem(`the assistant process ${why}`);
    for (const [id, call] of this.calls) {
      if (!call.sent) continue;
      this.calls.delete(id);
      clearTimeout(call.timer);
      call.reject(
        new AssistantCrashedError(
          `The assistant ${why} while working on ${call.method}; it is restarting. Check whether your command was carried out before you repeat it.`,
        ),
      );
    }
    const now = Date.now();
    this.crashes = [...this.crashes.filter((t) => now - t < this.options.restartWindowMs), now];
    if (this.crashes.length > this.options.maxRestarts) {
      this.giveUp(
        `The assistant ${why} ${this.crashes.length} times in a row; Hearth stopped restarting it. Quit Hearth and start it again.`,
      );
      return;
    }
    this.state = 'restarting';
    this.say({ type: 'listening', on: false });
    this.say({ type: 'status', status: 'error', message: `The assistant ${why}; restarting it.` });
    this.say({ type: 'notice', level: 'error', text: `The assistant ${why}; restarting it.` });
    const delay = this.options.restartDelayMs * 2 ** (this.crashes.length - 1);
    this.restartTimer = setTimeout(() => {
      if (this.state === 'restarting') this.launch();
    }, delay);
  }

  private giveUp(message: string): void {
    if (this.state === 'disposed' || this.state === 'failed') return;
    this.state = 'failed';
    this.failure = message;
    this.stopTimers();
    this.failAll(new AssistantUnavailableError(message));
    this.say({ type: 'listening', on: false });
    this.say({ type: 'status', status: 'error', message });
    this.say({ type: 'notice', level: 'error', text: message });
  }

  private unavailableMessage(): string {
    return this.state === 'disposed' ? 'Hearth is closing.' : this.failure;
  }

  private send(id: number, call: PendingCall): void {
    call.sent = true;
    this.host?.post({ kind: 'call', id, method: call.method, args: call.args });
  }

  private failAll(error: Error): void {
    for (const call of this.calls.values()) {
      clearTimeout(call.timer);
      call.reject(error);
    }
    this.calls.clear();
  }

  private startWatchdog(): void {
    if (this.options.pingIntervalMs <= 0) return;
    this.pingSeq = 0;
    this.pongSeq = 0;
    this.pingTimer = setInterval(() => {
      if (this.pingSeq - this.pongSeq >= this.options.missedPingsLimit) {
        this.stuck = true;
        this.stopTimers();
        this.host?.kill(); // its exit restarts it
        return;
      }
      this.host?.post({ kind: 'ping', seq: ++this.pingSeq });
    }, this.options.pingIntervalMs);
  }

  private stopTimers(): void {
    clearInterval(this.pingTimer);
    this.pingTimer = undefined;
  }

  private say(event: AssistantEvent): void {
    this.options.onEvent(event);
  }
}
