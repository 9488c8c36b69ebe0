import { availableParallelism } from 'node:os';
import { LlamaLogLevel, getLlama, resolveChatWrapper } from 'node-llama-cpp';
import type { ChatWrapper, Llama, LlamaContextSequence, Token } from 'node-llama-cpp';
import { checkModelFile } from './checkModelFile.ts';
import { JumpForwardDecoder } from './JumpForwardDecoder.ts';
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
/** System prompts whose tokens are kept (one per home; a few homes when settings change). */
const KEPT_PROMPTS = 4;

/**
 * One loaded model with one context sequence reused by every request: the sequence keeps the
 * evaluated system prompt (the home's devices), so it is evaluated once per home and each
 * request adds only its own words. Requests take turns. Load it once and share it; dispose()
 * frees the memory.
 */
export class LlmSession implements LlmGenerator {
  readonly modelPath: string;
  private readonly options: Required<Omit<LlmSessionOptions, 'modelPath'>>;
  private loading?: Promise<void>;
  private llama?: Llama;
  private loaded?: {
    sequence: LlamaContextSequence;
    wrapper: ChatWrapper;
    decoder: JumpForwardDecoder;
  };
  private disposed = false;
  private lastError = '';
  private queue: Promise<void> = Promise.resolve();
  private requests = 0;
  /** Per system prompt: its size alone, and its tokens as they open every turn. */
  private readonly systemPrompts = new Map<string, { size: number; tokens: Token[] }>();

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
    return this.loaded !== undefined;
  }

  load(): Promise<void> {
    this.loading ??= this.open();
    return this.loading;
  }

  async prepare(systemPrompt: string, signal?: AbortSignal): Promise<void> {
    await this.load();
    await this.exclusive(signal, async ({ sequence, wrapper, decoder }) => {
      await decoder.prepare();
      const tokens = this.systemPromptTokens(wrapper, systemPrompt);
      const rest = await keepCommonStart(sequence, tokens, false);
      if (rest.length) await sequence.evaluateWithoutGeneratingNewTokens(rest);
    });
  }

  async generate(request: LlmRequest): Promise<LlmGeneration> {
    await this.load();
    return this.exclusive(request.signal, async ({ sequence, wrapper, decoder }) => {
      this.systemPromptTokens(wrapper, request.systemPrompt);
      const tokens = turnTokens(wrapper, sequence, request.systemPrompt, request.userText);
      const input = await keepCommonStart(sequence, tokens, true);
      return decoder.decode({
        input,
        grammar: request.grammar,
        maxTokens: request.maxTokens,
        temperature: this.options.temperature,
        seed: this.options.seed + this.requests++,
        signal: request.signal,
        onText: request.onText,
      });
    });
  }

  /** Tokens evaluated so far (prompts, not generated ones): shows what the cache saved. */
  get evaluatedTokens(): number {
    return this.loaded?.sequence.tokenMeter.usedInputTokens ?? 0;
  }

  /** Tokens generated so far. */
  get generatedTokens(): number {
    return this.loaded?.sequence.tokenMeter.usedOutputTokens ?? 0;
  }

  /** How many tokens a system prompt takes (known after its first use). */
  promptTokens(systemPrompt: string): number | undefined {
    return this.systemPrompts.get(systemPrompt)?.size;
  }

  async dispose(): Promise<void> {
    if (this.disposed) return;
    this.disposed = true;
    await this.loading?.catch(() => {});
    await this.llama?.dispose();
    this.loaded = undefined;
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
      const context = await model.createContext({
        contextSize: this.options.contextSize,
        batchSize: this.options.batchSize,
        threads: this.options.threads,
        sequences: 1,
      });
      const sequence = context.getSequence();
      this.loaded = {
        sequence,
        wrapper: resolveChatWrapper(model),
        decoder: new JumpForwardDecoder(llama, sequence),
      };
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

  /** The system prompt's tokens as they open every turn, checked against the context size once. */
  private systemPromptTokens(wrapper: ChatWrapper, systemPrompt: string): Token[] {
    const known = this.systemPrompts.get(systemPrompt);
    if (known) return known.tokens;
    const sequence = this.loaded!.sequence;
    const size = sequence.model.tokenize(systemPrompt).length;
    if (size > this.options.contextSize - TURN_ROOM) {
      throw new LlmModelError(
        this.modelPath,
        `the home's device list is too long for the language model (${size} tokens; at most ${this.options.contextSize - TURN_ROOM}): hide devices from it with "expose: false"`,
      );
    }
    // Where two different requests part is where the system prompt's part of a turn ends.
    const a = turnTokens(wrapper, sequence, systemPrompt, 'a');
    const b = turnTokens(wrapper, sequence, systemPrompt, 'b');
    let same = 0;
    while (same < a.length && a[same] === b[same]) same++;
    const tokens = a.slice(0, same);
    this.systemPrompts.set(systemPrompt, { size, tokens });
    for (const old of this.systemPrompts.keys()) {
      if (this.systemPrompts.size <= KEPT_PROMPTS) break;
      this.systemPrompts.delete(old);
    }
    return tokens;
  }

  /** Runs `work` when every earlier request is finished (one sequence: one at a time). */
  private async exclusive<T>(
    signal: AbortSignal | undefined,
    work: (loaded: NonNullable<LlmSession['loaded']>) => Promise<T>,
  ): Promise<T> {
    let release = (): void => {};
    const mine = new Promise<void>((resolve) => (release = resolve));
    const turn = this.queue;
    // Chained, not replaced: a request that gives up waiting must not let the next one in early.
    this.queue = turn.then(() => mine);
    try {
      await untilAborted(turn, signal);
      if (this.disposed || !this.loaded) throw new Error('the language model was closed');
      return await work(this.loaded);
    } finally {
      release();
    }
  }
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The tokens of a turn: the system prompt, the user's words, and the opening of the answer. */
function turnTokens(
  wrapper: ChatWrapper,
  sequence: LlamaContextSequence,
  systemPrompt: string,
  userText: string,
): Token[] {
  const { contextText } = wrapper.generateContextState({
    chatHistory: [
      { type: 'system', text: systemPrompt },
      { type: 'user', text: userText },
      { type: 'model', response: [] },
    ],
  });
  return contextText.tokenize(sequence.model.tokenizer);
}

/**
 * Erases what the sequence holds beyond its common start with `tokens`, and returns the
 * tokens still to evaluate; with `answerNext`, at least one, since the model's next choice is
 * read from the last token evaluated.
 */
async function keepCommonStart(
  sequence: LlamaContextSequence,
  tokens: Token[],
  answerNext: boolean,
): Promise<Token[]> {
  const held = sequence.contextTokens;
  let same = 0;
  while (same < held.length && same < tokens.length && held[same] === tokens[same]) same++;
  if (answerNext && same === tokens.length && same > 0) same--;
  if (same < held.length) {
    await sequence.eraseContextTokenRanges([{ start: same, end: held.length }]);
  }
  return tokens.slice(same);
}
