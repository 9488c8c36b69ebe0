import { resolve } from 'node:path';
import { SAMPLE_RATE } from '../../core/hear.ts';
import type { Pcm, SpeechRecognizer, TranscribeOptions, Transcript } from '../../core/hear.ts';
import { WhisperProcess } from './WhisperProcess.ts';
import { audioContextFor } from './audioContextFor.ts';
import { autoThreads } from './autoThreads.ts';
import { boundPrompt } from './boundPrompt.ts';
import { checkWhisperModel } from './checkWhisperModel.ts';
import { locateWhisperBinary } from './locateWhisperBinary.ts';
import {
  RecognizerCrashedError,
  RecognizerDisposedError,
  RecognizerRequestError,
  RecognizerTimeoutError,
  RecognizerUnavailableError,
} from './sttErrors.ts';
import { toTranscript } from './toTranscript.ts';
import type { WhisperModelInfo } from './whisperProtocol.ts';

export interface WhisperRecognizerOptions {
  /** The whisper.cpp model file (ggml .bin); a relative path is resolved once, here. */
  model: string;
  /** hearth-whisper to run. Default: locateWhisperBinary() when a process starts. */
  binary?: string;
  /**
   * CPU threads per request. 'auto' (the default): the cores not already busy (by the load
   * average), at most 4, at least 1. whisper's threads wait for each other by spinning, so
   * on busy cores more threads are many times slower, not faster (measured here: 2 threads
   * on 2 busy cores took 2 s where 1 thread took 0.26 s).
   */
  threads?: number | 'auto';
  /** ISO 639-1, or 'auto' (multilingual models). Default 'en'. */
  language?: string;
  /** The prompt when a call gives none: the home's device and room names. Default none. */
  prompt?: string;
  /**
   * The prompt's budget in the model's tokens; it is cut after the last whole name that fits,
   * so names come most useful first. The decoder evaluates every prompt token on every command
   * before the first word (measured here, 2 cores: about 0.5 ms a token for tiny.en, 1-1.4 ms
   * for base.en). Default 64: about 250 characters, 15-25 names, with a real model's vocabulary.
   * whisper itself uses at most 224.
   */
  maxPromptTokens?: number;
  /**
   * whisper's temperature fallback: decode again, up to 5 times, when the result looks unsure.
   * Default false: whisper.cpp 1.5 runs all 6 passes on any command of 3 s or less and answers
   * with the one sampled at temperature 1.0, and elsewhere it makes the unsure answers several
   * times slower without making them right (native/hearth-whisper/transcribe.cpp).
   */
  temperatureFallback?: boolean;
  /** 'fit': encoder window sized to the audio (fast); 'full': 30 s (whisper's own). Default 'fit'. */
  audioContext?: 'fit' | 'full';
  /** With 'fit': extra 20 ms frames past the audio. Default 64. */
  audioContextMargin?: number;
  /** true: one process keeps the model loaded. false: a new process (a model load) per call. Default true. */
  keepLoaded?: boolean;
  /**
   * A request may take timeoutMs + timeoutPerAudioSecondMs per second of audio. Defaults 30000,
   * 2000: generous, because a busy CPU (a build, a language model) slows whisper many times
   * over, and a false timeout costs a model reload.
   */
  timeoutMs?: number;
  timeoutPerAudioSecondMs?: number;
  /** How long loading the model may take. Default 60000. */
  startTimeoutMs?: number;
  /** Failures in a row before pausing for `cooldownMs`. Default 3. */
  maxConsecutiveFailures?: number;
  /** Wait before the second restart in a row, doubling after (at most 8 s). Default 500. */
  restartBackoffMs?: number;
  /** Default 30000. */
  cooldownMs?: number;
  /** Drop whisper's silence phrases ("you", "[BLANK_AUDIO]", ...). Default true. */
  dropSilencePhrases?: boolean;
  /** Told about starts, crashes and timeouts (for logs). */
  onEvent?: (event: RecognizerEvent) => void;
}

export type RecognizerEvent =
  | { kind: 'started'; pid: number; loadMs: number; restart: boolean }
  | { kind: 'crashed'; pid: number; detail: string }
  | { kind: 'timeout'; pid: number; seconds: number };

export interface RecognizerStats {
  /** The running process, if any. */
  pid: number | undefined;
  /** Model loads (process starts) so far. */
  loads: number;
  /** Results and refusals received. */
  requests: number;
  /** Crashes and timeouts so far. */
  failures: number;
  /** Tokens of the prompt that the last result was given, after the cut to maxPromptTokens. */
  promptTokens: number | undefined;
}

/** Silence run through the model by warmUp(): as long as a short command. */
const WARM_UP_SECONDS = 2;

/** The longest audio one call may pass: 30 minutes (hearth-whisper's own limit). */
export const MAX_AUDIO_SECONDS = 30 * 60;

/** Speech to text with whisper.cpp in a long-lived hearth-whisper process. */
export class WhisperRecognizer implements SpeechRecognizer {
  readonly #o: Required<Omit<WhisperRecognizerOptions, 'binary' | 'onEvent'>> &
    Pick<WhisperRecognizerOptions, 'binary' | 'onEvent'>;
  #current: WhisperProcess | undefined;
  #tail: Promise<unknown> = Promise.resolve();
  #nextId = 0;
  #disposed = false;
  #expectedExits = new WeakSet<WhisperProcess>();
  #failuresInRow = 0;
  #lastFailureAt = 0;
  #lastFailure = '';
  #stats: RecognizerStats = {
    pid: undefined,
    loads: 0,
    requests: 0,
    failures: 0,
    promptTokens: undefined,
  };

  constructor(options: WhisperRecognizerOptions) {
    this.#o = {
      threads: 'auto',
      language: 'en',
      prompt: '',
      maxPromptTokens: 64,
      temperatureFallback: false,
      audioContext: 'fit',
      audioContextMargin: 64,
      keepLoaded: true,
      timeoutMs: 30_000,
      timeoutPerAudioSecondMs: 2000,
      startTimeoutMs: 60_000,
      maxConsecutiveFailures: 3,
      restartBackoffMs: 500,
      cooldownMs: 30_000,
      dropSilencePhrases: true,
      ...options,
      model: resolve(options.model),
    };
  }

  get stats(): Readonly<RecognizerStats> {
    return { ...this.#stats, pid: this.#current?.alive ? this.#current.pid : undefined };
  }

  /** What the loaded model is, once a process has started. */
  get model(): WhisperModelInfo | undefined {
    return this.#current?.ready.model;
  }

  /**
   * Loads the model now and runs it once on a moment of silence, so that the first command
   * waits neither for the load nor for whisper's first run (its buffers allocated and touched,
   * the code and weights in the caches). The warm-up run is not counted in `stats`.
   */
  async warmUp(): Promise<void> {
    await this.#enqueue(async () => {
      if (!this.#o.keepLoaded) return;
      const session = await this.#session();
      const samples = WARM_UP_SECONDS * SAMPLE_RATE;
      await session
        .request(
          {
            id: ++this.#nextId,
            language: this.#o.language,
            prompt: boundPrompt(this.#o.prompt),
            threads: this.#threads(),
            audio_ctx: audioContextFor(samples, {
              mode: this.#o.audioContext,
              margin: this.#o.audioContextMargin,
              max: session.ready.model.n_audio_ctx,
            }),
            max_prompt_tokens: Math.max(0, Math.floor(this.#o.maxPromptTokens)),
            fallback: this.#o.temperatureFallback,
          },
          new Float32Array(samples),
        )
        // A refusal or a crash here is the first command's to report (the process restarts).
        .catch(() => {});
    });
  }

  transcribe(audio: Pcm, options: TranscribeOptions = {}): Promise<Transcript> {
    const started = performance.now();
    if (this.#disposed) return Promise.reject(new RecognizerDisposedError());
    if (audio.length > MAX_AUDIO_SECONDS * SAMPLE_RATE) {
      return Promise.reject(
        new RecognizerRequestError(
          'too_long',
          `the audio is ${Math.round(audio.length / SAMPLE_RATE)} s long; at most ${MAX_AUDIO_SECONDS} s can be transcribed at once`,
        ),
      );
    }
    return this.#enqueue(() => this.#run(audio, options, started), options.signal);
  }

  async dispose(): Promise<void> {
    this.#disposed = true;
    const current = this.#current;
    this.#current = undefined;
    if (current) {
      this.#expectedExits.add(current);
      await current.close(500);
    }
  }

  /** Runs `work` after every earlier call; an abort while waiting rejects at once. */
  #enqueue<T>(work: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    return new Promise<T>((resolvePromise, reject) => {
      if (signal?.aborted) return reject(signal.reason);
      const onAbort = () => reject(signal?.reason);
      signal?.addEventListener('abort', onAbort, { once: true });
      this.#tail = this.#tail.then(async () => {
        try {
          if (signal?.aborted) return;
          resolvePromise(await work());
        } catch (error) {
          reject(error);
        } finally {
          signal?.removeEventListener('abort', onAbort);
        }
      });
    });
  }

  async #run(audio: Pcm, options: TranscribeOptions, started: number): Promise<Transcript> {
    const session = await this.#session();
    const seconds = audio.length / SAMPLE_RATE;
    const timeoutMs = this.#o.timeoutMs + this.#o.timeoutPerAudioSecondMs * seconds;
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      this.#expectedExits.add(session);
      this.#o.onEvent?.({ kind: 'timeout', pid: session.pid, seconds: timeoutMs / 1000 });
      session.kill();
    }, timeoutMs);
    const onAbort = () => session.abortCurrent();
    options.signal?.addEventListener('abort', onAbort, { once: true });
    let reply;
    try {
      reply = await session.request(
        {
          id: ++this.#nextId,
          language: options.language ?? this.#o.language,
          prompt: boundPrompt(options.prompt ?? this.#o.prompt),
          threads: this.#threads(),
          audio_ctx: audioContextFor(audio.length, {
            mode: this.#o.audioContext,
            margin: this.#o.audioContextMargin,
            max: session.ready.model.n_audio_ctx,
          }),
          max_prompt_tokens: Math.max(0, Math.floor(this.#o.maxPromptTokens)),
          fallback: this.#o.temperatureFallback,
        },
        audio,
      );
    } catch (error) {
      if (this.#disposed) throw new RecognizerDisposedError();
      if (timedOut) {
        this.#noteFailure(`no answer within ${(timeoutMs / 1000).toFixed(1)} s`);
        throw new RecognizerTimeoutError(timeoutMs / 1000);
      }
      throw error;
    } finally {
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
    }
    this.#stats.requests++;
    this.#failuresInRow = 0;
    if (!this.#o.keepLoaded) {
      this.#expectedExits.add(session);
      this.#current = undefined;
      await session.close();
    }
    if (reply.type === 'error') {
      if (reply.code === 'aborted') {
        throw options.signal?.reason ?? new DOMException('aborted', 'AbortError');
      }
      throw new RecognizerRequestError(reply.code, reply.message);
    }
    this.#stats.promptTokens = reply.prompt_tokens;
    return toTranscript(reply, {
      dropSilencePhrases: this.#o.dropSilencePhrases,
      audioSeconds: seconds,
      elapsedMs: performance.now() - started,
    });
  }

  /** The running process, started (after a pause, when it keeps failing) if there is none. */
  async #session(): Promise<WhisperProcess> {
    if (this.#disposed) throw new RecognizerDisposedError();
    if (this.#current?.alive) return this.#current;
    const failures = this.#failuresInRow;
    if (failures >= this.#o.maxConsecutiveFailures) {
      const waited = Date.now() - this.#lastFailureAt;
      if (waited < this.#o.cooldownMs) {
        throw new RecognizerUnavailableError(
          failures,
          (this.#o.cooldownMs - waited) / 1000,
          this.#lastFailure,
        );
      }
    } else if (failures >= 2) {
      const backoff = Math.min(8000, this.#o.restartBackoffMs * 2 ** (failures - 2));
      await new Promise((r) => setTimeout(r, backoff));
    }
    const binary = this.#o.binary ?? locateWhisperBinary();
    await checkWhisperModel(this.#o.model);
    let session: WhisperProcess;
    try {
      session = await WhisperProcess.start({
        binary,
        model: this.#o.model,
        threads: this.#threads(),
        startTimeoutMs: this.#o.startTimeoutMs,
        onExit: (detail) => this.#onExit(session, detail),
      });
    } catch (error) {
      if (error instanceof RecognizerCrashedError) this.#noteFailure(error.message);
      throw error;
    }
    if (this.#disposed) {
      await session.close(500);
      throw new RecognizerDisposedError();
    }
    this.#current = session;
    this.#stats.loads++;
    this.#o.onEvent?.({
      kind: 'started',
      pid: session.pid,
      loadMs: session.ready.load_ms,
      restart: this.#stats.loads > 1 && this.#o.keepLoaded,
    });
    return session;
  }

  #threads(): number {
    return this.#o.threads === 'auto' ? autoThreads() : Math.max(1, Math.floor(this.#o.threads));
  }

  #onExit(session: WhisperProcess, detail: string): void {
    if (this.#current === session) this.#current = undefined;
    if (this.#expectedExits.has(session)) return;
    this.#noteFailure(detail);
    this.#o.onEvent?.({ kind: 'crashed', pid: session.pid, detail });
  }

  #noteFailure(detail: string): void {
    this.#failuresInRow++;
    this.#stats.failures++;
    this.#lastFailureAt = Date.now();
    this.#lastFailure = detail;
  }
}
