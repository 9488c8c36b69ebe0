import { availableParallelism } from 'node:os';
import { LlamaChatSession, LlamaLogLevel, getLlama } from 'node-llama-cpp';
import type { GbnfJsonSchema, Llama, LlamaContext, LlamaGrammar } from 'node-llama-cpp';
import { checkModelFile } from './checkModelFile.ts';
import { JsonEndDetector } from './JsonEndDetector.ts';
import type { LlmGeneration, LlmGenerator, LlmRequest } from './LlmGenerator.ts';
import { LlmModelError } from './LlmModelError.ts';
import { untilAborted } from './untilAborted.ts';

export interface LlmSessionOptions {
  /** The GGUF model file. */
  modelPath: string;
  /**
   * CPU threads. Default $HEARTH_LLM_THREADS, else os.availableParallelism(): node-llama-cpp's
   * own default of at least 4 made generation hundreds of times slower on a 2-core machine.
   */
  threads?: number;
  /** Tokens the context holds: system prompt, request and answer. Default 4096. */
  contextSize?: number;
  /** Tokens evaluated per step; memory grows with vocabulary x batch. Default 128. */
  batchSize?: number;
  /** Sampling temperature; 0 always takes the likeliest token. Default 0. */
  temperature?: number;
  /** With a temperature above 0: request n samples with seed + n, so runs repeat. Default 1. */
  seed?: number;
}

/** Room kept after the system prompt for the request and the answer, in tokens. */
const TURN_ROOM = 512;
const KEPT_GRAMMARS = 4;

/**
 * One loaded model with one context and one chat whose sequence is reused by every request,
 * so the system prompt (the home's devices) is evaluated once per home, not per request.
 * Requests take turns. Load it once and share it; dispose() frees the memory.
 */
export class LlmSession implements LlmGenerator {
  readonly modelPath: string;
  private readonly options: Required<Omit<LlmSessionOptions, 'modelPath'>>;
  private loading?: Promise<void>;
  private llama?: Llama;
  private context?: LlamaContext;
  private chat?: LlamaChatSession;
  private disposed = false;
  private lastError = '';
  private queue: Promise<void> = Promise.resolve();
  private requests = 0;
  private readonly grammars = new Map<string, Promise<LlamaGrammar>>();
  private readonly promptSizes = new Map<string, number>();

  constructor(options: LlmSessionOptions) {
    this.modelPath = options.modelPath;
    this.options = {
      threads:
        options.threads ?? (Number(process.env.HEARTH_LLM_THREADS) || availableParallelism()),
      contextSize: options.contextSize ?? 4096,
      batchSize: options.batchSize ?? 128,
      temperature: options.temperature ?? 0,
      seed: options.seed ?? 1,
    };
  }

  /** True once load() has finished successfully. */
  get ready(): boolean {
    return this.chat !== undefined;
  }

  load(): Promise<void> {
    this.loading ??= this.open();
    return this.loading;
  }

  async prepare(systemPrompt: string, signal?: AbortSignal): Promise<void> {
    await this.load();
    await this.exclusive(signal, async (chat) => {
      this.useSystemPrompt(chat, systemPrompt);
      await chat.preloadPrompt('', { signal });
    });
  }

  async generate(request: LlmRequest): Promise<LlmGeneration> {
    await this.load();
    const grammar = await this.grammarFor(request.schema);
    return this.exclusive(request.signal, async (chat) => {
      this.useSystemPrompt(chat, request.systemPrompt);
      const complete = new AbortController();
      const end = new JsonEndDetector();
      const signal = request.signal
        ? AbortSignal.any([request.signal, complete.signal])
        : complete.signal;
      const result = await chat.promptWithMeta(request.userText, {
        grammar,
        maxTokens: request.maxTokens,
        temperature: this.options.temperature,
        seed: this.options.seed + this.requests++,
        signal,
        stopOnAbortSignal: true,
        onTextChunk: (text) => {
          request.onText?.(text);
          if (end.push(text)) complete.abort();
        },
      });
      const stopReason = request.signal?.aborted
        ? 'aborted'
        : complete.signal.aborted
          ? 'done'
          : result.stopReason === 'maxTokens'
            ? 'maxTokens'
            : result.stopReason === 'abort'
              ? 'aborted'
              : 'done';
      return { text: result.responseText, stopReason };
    });
  }

  /** Tokens evaluated so far (prompts, not generated ones): shows what the cache saved. */
  get evaluatedTokens(): number {
    return this.chat?.sequence.tokenMeter.usedInputTokens ?? 0;
  }

  /** Tokens generated so far. */
  get generatedTokens(): number {
    return this.chat?.sequence.tokenMeter.usedOutputTokens ?? 0;
  }

  /** How many tokens a system prompt takes (known after its first use). */
  promptTokens(systemPrompt: string): number | undefined {
    return this.promptSizes.get(systemPrompt);
  }

  async dispose(): Promise<void> {
    if (this.disposed) return;
    this.disposed = true;
    await this.loading?.catch(() => {});
    await this.llama?.dispose();
    this.chat = undefined;
  }

  private async open(): Promise<void> {
    const file = this.modelPath;
    await checkModelFile(file);
    const llama = await getLlama({
      gpu: false,
      build: 'never',
      maxThreads: this.options.threads,
      // llama.cpp's logs would land in the middle of `hearth plan`'s output: keep the last
      // error for the message instead.
      logLevel: LlamaLogLevel.error,
      logger: (_level, message) => {
        this.lastError = message.trim();
      },
    }).catch((error: unknown) => {
      throw new LlmModelError(file, `the language model engine cannot start: ${reason(error)}`);
    });
    this.llama = llama;
    try {
      const model = await llama.loadModel({ modelPath: file, gpuLayers: 0 });
      this.context = await model.createContext({
        contextSize: this.options.contextSize,
        batchSize: this.options.batchSize,
        threads: this.options.threads,
        sequences: 1,
      });
      this.chat = new LlamaChatSession({ contextSequence: this.context.getSequence() });
    } catch (error) {
      await llama.dispose();
      const why = this.lastError || reason(error);
      throw new LlmModelError(
        file,
        `${file} could not be loaded as a language model (${why}); try another model file`,
      );
    }
    if (this.disposed) await llama.dispose();
  }

  private useSystemPrompt(chat: LlamaChatSession, systemPrompt: string): void {
    if (!this.promptSizes.has(systemPrompt)) {
      const size = chat.model.tokenize(systemPrompt).length;
      if (size > this.options.contextSize - TURN_ROOM) {
        throw new LlmModelError(
          this.modelPath,
          `the home's device list is too long for the language model (${size} tokens; at most ${this.options.contextSize - TURN_ROOM}): hide devices from it with "expose: false"`,
        );
      }
      this.promptSizes.set(systemPrompt, size);
    }
    // The same history every time: the sequence keeps the evaluated system prompt and only
    // the new request is evaluated.
    chat.setChatHistory([{ type: 'system', text: systemPrompt }]);
  }

  private grammarFor(schema: GbnfJsonSchema): Promise<LlamaGrammar> {
    const key = JSON.stringify(schema);
    let grammar = this.grammars.get(key);
    if (!grammar) {
      if (!this.llama) throw new Error('the language model is not loaded');
      grammar = this.llama.createGrammarForJsonSchema<GbnfJsonSchema>(schema);
      this.grammars.set(key, grammar);
      for (const old of this.grammars.keys()) {
        if (this.grammars.size <= KEPT_GRAMMARS) break;
        this.grammars.delete(old);
      }
    }
    return grammar;
  }

  /** Runs `work` when every earlier request is finished (one sequence: one at a time). */
  private async exclusive<T>(
    signal: AbortSignal | undefined,
    work: (chat: LlamaChatSession) => Promise<T>,
  ): Promise<T> {
    let release = (): void => {};
    const mine = new Promise<void>((resolve) => (release = resolve));
    const turn = this.queue;
    // Chained, not replaced: a request that gives up waiting must not let the next one in early.
    this.queue = turn.then(() => mine);
    try {
      await untilAborted(turn, signal);
      if (this.disposed || !this.chat) throw new Error('the language model was closed');
      return await work(this.chat);
    } finally {
      release();
    }
  }
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
