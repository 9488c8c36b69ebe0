import { spawn } from 'node:child_process';
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import {
  ModelFileError,
  RecognizerCrashedError,
  RecognizerRequestError,
  WhisperBinaryMissingError,
} from './sttErrors.ts';
import { encodeWhisperRequest, whisperLineSchema } from './whisperProtocol.ts';
import type { WhisperReady, WhisperReply, WhisperRequest } from './whisperProtocol.ts';

// One running hearth-whisper: started without a shell, with absolute paths; its stdout read
// line by line and every line validated; its stderr kept (the last lines) to explain a crash.
// It answers one request at a time: the caller (WhisperRecognizer) queues.

export interface WhisperProcessOptions {
  /** Absolute path of hearth-whisper. */
  binary: string;
  /** Absolute path of the model file. */
  model: string;
  threads: number;
  /** How long loading the model may take. */
  startTimeoutMs: number;
  /** Called once when the process ends, whatever the reason. */
  onExit?: (detail: string) => void;
}

const STDERR_LINES = 20;

export class WhisperProcess {
  readonly ready: WhisperReady;
  readonly #child: ChildProcessWithoutNullStreams;
  #exited: string | undefined;
  #stderr: string[] = [];
  #pending:
    | { id: number; resolve: (reply: WhisperReply) => void; reject: (error: Error) => void }
    | undefined;
  readonly #exitListeners: ((detail: string) => void)[] = [];
  #abortSent = false;
  #staleAbort = false;

  private constructor(child: ChildProcessWithoutNullStreams, ready: WhisperReady) {
    this.#child = child;
    this.ready = ready;
  }

  get pid(): number {
    return this.ready.pid;
  }

  get alive(): boolean {
    return this.#exited === undefined;
  }

  /** Starts hearth-whisper and waits until its model is loaded. */
  static start(options: WhisperProcessOptions): Promise<WhisperProcess> {
    return new Promise<WhisperProcess>((resolve, reject) => {
      const child = spawn(
        options.binary,
        ['--model', options.model, '--threads', String(options.threads)],
        { stdio: ['pipe', 'pipe', 'pipe'], shell: false, windowsHide: true },
      );
      let session: WhisperProcess | undefined;
      const stderr: string[] = [];
      let buffered = '';
      let settled = false;
      const fail = (error: Error) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        child.kill('SIGKILL');
        reject(error);
      };
      const timer = setTimeout(
        () =>
          fail(
            new RecognizerCrashedError(
              `loading the model took longer than ${options.startTimeoutMs / 1000} s`,
            ),
          ),
        options.startTimeoutMs,
      );

      child.on('error', (error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT' || error.code === 'EACCES') {
          fail(
            new WhisperBinaryMissingError(
              options.binary,
              `${options.binary} could not be started (${error.code})`,
            ),
          );
        } else {
          fail(new RecognizerCrashedError(`it could not be started: ${error.message}`));
        }
      });
      child.stdin.on('error', () => {
        // A dead process closes its stdin; 'exit' explains why.
      });
      child.stderr.setEncoding('utf8');
      child.stderr.on('data', (chunk: string) => {
        for (const line of chunk.split('\n')) {
          if (line.trim()) stderr.push(line.trim());
        }
        stderr.splice(0, Math.max(0, stderr.length - STDERR_LINES));
      });
      child.stdout.setEncoding('utf8');
      child.stdout.on('data', (chunk: string) => {
        buffered += chunk;
        let newline: number;
        while ((newline = buffered.indexOf('\n')) >= 0) {
          const line = buffered.slice(0, newline);
          buffered = buffered.slice(newline + 1);
          if (session) session.#onLine(line);
          else onStartLine(line);
        }
      });
      // 'close', not 'exit': a last line (a fatal error) is read before the end is reported.
      child.on('close', (code, signal) => {
        const detail = describeExit(code, signal, stderr);
        if (session) session.#onExit(detail);
        else fail(new RecognizerCrashedError(detail));
      });

      const onStartLine = (line: string) => {
        const parsed = parseLine(line);
        if (parsed?.type === 'ready') {
          if (settled) return;
          settled = true;
          clearTimeout(timer);
          session = new WhisperProcess(child, parsed);
          session.#stderr = stderr;
          if (options.onExit) session.#exitListeners.push(options.onExit);
          resolve(session);
        } else if (parsed?.type === 'fatal') {
          fail(fatalError(parsed.code, parsed.message, options.model));
        } else {
          fail(new RecognizerCrashedError(`it wrote something unexpected: ${line.slice(0, 200)}`));
        }
      };
    });
  }

  /** Sends one request; resolves with its reply. Only one request may be in flight. */
  async request(request: WhisperRequest, pcm: Float32Array): Promise<WhisperReply> {
    if (this.#staleAbort) {
      // An abort signal that came after its request finished is still set in the process;
      // a request without audio never computes, so it clears the signal harmlessly.
      this.#staleAbort = false;
      await this.#send({ ...request, id: 0 }, new Float32Array(0));
    }
    const reply = await this.#send(request, pcm);
    if (this.#abortSent && !(reply.type === 'error' && reply.code === 'aborted')) {
      this.#staleAbort = true;
    }
    this.#abortSent = false;
    return reply;
  }

  /** Asks the process to abandon the request in flight (it answers "aborted"). */
  abortCurrent(): void {
    if (this.#exited !== undefined || !this.#pending) return;
    this.#abortSent = true;
    this.#child.kill('SIGUSR1');
  }

  /** Ends the process at once. */
  kill(): void {
    if (this.#exited === undefined) this.#child.kill('SIGKILL');
  }

  /** Ends the process: politely (end of its input) and, after `graceMs`, by force. */
  async close(graceMs = 2000): Promise<void> {
    if (this.#exited !== undefined) return;
    const exited = new Promise<void>((resolve) => this.#exitListeners.push(() => resolve()));
    this.#child.stdin.end();
    const timer = setTimeout(() => this.kill(), graceMs);
    await exited;
    clearTimeout(timer);
  }

  #send(request: WhisperRequest, pcm: Float32Array): Promise<WhisperReply> {
    if (this.#pending) throw new Error('WhisperProcess: one request at a time');
    if (this.#exited !== undefined) {
      return Promise.reject(new RecognizerCrashedError(this.#exited));
    }
    return new Promise<WhisperReply>((resolve, reject) => {
      this.#pending = { id: request.id, resolve, reject };
      this.#child.stdin.write(encodeWhisperRequest(request, pcm));
    });
  }

  #onLine(line: string): void {
    const parsed = parseLine(line);
    const pending = this.#pending;
    if ((parsed?.type === 'result' || parsed?.type === 'error') && pending?.id === parsed.id) {
      this.#pending = undefined;
      pending.resolve(parsed);
      return;
    }
    // Out of step with the protocol: nothing it says can be trusted any more.
    this.#stderr.push(`unexpected output: ${line.slice(0, 200)}`);
    this.kill();
  }

  #onExit(detail: string): void {
    if (this.#exited !== undefined) return;
    this.#exited = detail;
    const pending = this.#pending;
    this.#pending = undefined;
    pending?.reject(new RecognizerCrashedError(detail));
    for (const listener of this.#exitListeners) listener(detail);
  }
}

function parseLine(line: string) {
  try {
    const result = whisperLineSchema.safeParse(JSON.parse(line));
    return result.success ? result.data : undefined;
  } catch {
    return undefined;
  }
}

function fatalError(code: string, message: string, model: string): Error {
  if (code === 'model_missing') return new ModelFileError(model, 'missing', message);
  if (code === 'model_unreadable') return new ModelFileError(model, 'unreadable', message);
  if (code === 'model_invalid' || code === 'model_load_failed') {
    return new ModelFileError(model, 'invalid', message);
  }
  return new RecognizerRequestError(code, message);
}

function describeExit(
  code: number | null,
  signal: NodeJS.Signals | null,
  stderr: readonly string[],
): string {
  const last = stderr.at(-1);
  const why =
    signal === 'SIGILL'
      ? 'killed by SIGILL: it was built for a newer CPU than this one'
      : signal
        ? `killed by ${signal}`
        : `exit code ${code}`;
  return last ? `${why}; it said: ${last.slice(0, 300)}` : why;
}
