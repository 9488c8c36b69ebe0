import { LlamaGrammarEvaluationState, TokenBias } from 'node-llama-cpp';
import type { Llama, LlamaContextSequence, LlamaGrammar, Token } from 'node-llama-cpp';
import type { AnswerGrammar, AnswerStep, FreeStep, OptionsStep } from './AnswerGrammar.ts';
import type { LlmGeneration } from './LlmGenerator.ts';
import { TokenPieces } from './TokenPieces.ts';

export interface JumpForwardDecodeOptions {
  /** Evaluated first (the request), then the answer follows it in the sequence. */
  input: Token[];
  grammar: AnswerGrammar;
  /** Most tokens the model may generate (fixed text written by the decoder does not count). */
  maxTokens: number;
  temperature: number;
  seed: number;
  signal?: AbortSignal;
  onText?: (text: string) => void;
}

/** Shortest fixed text worth writing ahead of the model when several options share it. */
const MIN_SHARED_JUMP = 2;
const KEPT_GRAMMARS = 64;
/** Added to the logits of the tokens an option allows: far above any a model gives. */
const ALLOWED_LOGIT = 1000;

type Outcome = 'next' | LlmGeneration['stopReason'];

/**
 * Generates an answer in the shape of an AnswerGrammar ("jump-forward" decoding). Where the
 * grammar leaves one way to go, the text is tokenized and evaluated in one batch with the
 * next model step rather than generated a token at a time: a token of a 0.5B model costs
 * about 45 ms to generate on a laptop CPU, and a batch of several little more than one. The
 * model decides only the branches, the ids (until one is left that fits), the numbers and
 * the words of a reply.
 *
 * Choices among fixed options are constrained by a token bias (the tokens whose text starts
 * one of the options), not by a grammar: llama.cpp checks a grammar of many alternatives
 * against the whole vocabulary whenever the model's first pick does not fit, which took
 * 80 ms a token for 50 device ids. Free text keeps a small GBNF grammar, which is cheap.
 */
export class JumpForwardDecoder {
  private readonly llama: Llama;
  private readonly sequence: LlamaContextSequence;
  private readonly grammars = new Map<string, Promise<LlamaGrammar>>();
  private reading?: Promise<TokenPieces>;

  constructor(llama: Llama, sequence: LlamaContextSequence) {
    this.llama = llama;
    this.sequence = sequence;
  }

  /** Reads the vocabulary ahead of the first answer (it takes about a second). */
  prepare(): Promise<TokenPieces> {
    this.reading ??= TokenPieces.read(this.sequence.model);
    return this.reading;
  }

  async decode(options: JumpForwardDecodeOptions): Promise<LlmGeneration> {
    const pieces = await this.prepare();
    return new AnswerRun(this, this.sequence, pieces, options).decode();
  }

  /** @internal for AnswerRun */
  grammarFor(gbnf: string): Promise<LlamaGrammar> {
    let grammar = this.grammars.get(gbnf);
    if (!grammar) {
      grammar = this.llama.createGrammar({ grammar: `root ::= ${gbnf}` });
      this.grammars.set(gbnf, grammar);
      for (const old of this.grammars.keys()) {
        if (this.grammars.size <= KEPT_GRAMMARS) break;
        this.grammars.delete(old);
      }
    }
    return grammar;
  }
}

/** One answer being written. */
class AnswerRun {
  private readonly decoder: JumpForwardDecoder;
  private readonly sequence: LlamaContextSequence;
  private readonly pieces: TokenPieces;
  private readonly options: JumpForwardDecodeOptions;
  private text = '';
  private generated = 0;
  private samplers = 0;
  /** Tokens of the answer not yet evaluated: the last one sampled, then any fixed text. */
  private pending: Token[];
  private readonly history: Token[] = [];

  constructor(
    decoder: JumpForwardDecoder,
    sequence: LlamaContextSequence,
    pieces: TokenPieces,
    options: JumpForwardDecodeOptions,
  ) {
    this.decoder = decoder;
    this.sequence = sequence;
    this.pieces = pieces;
    this.options = options;
    this.pending = [...options.input];
  }

  async decode(): Promise<LlmGeneration> {
    this.write(this.options.grammar.prefix);
    let step: AnswerStep | undefined = this.options.grammar.first;
    while (step) {
      const result: { outcome: Outcome; chosen: string } =
        step.kind === 'options' ? await this.choose(step) : await this.writeFree(step);
      if (result.outcome !== 'next') return this.stop(result.outcome);
      step = step.next(result.chosen);
    }
    return this.stop('done');
  }

  /** The model picks one of the step's options; fixed stretches are written, not generated. */
  private async choose(step: OptionsStep): Promise<{ outcome: Outcome; chosen: string }> {
    let chosen = '';
    // What is left of each option that fits what has been chosen so far.
    let left = [...step.options];
    for (;;) {
      const fixed = fixedStart(left);
      if (fixed) {
        this.write(fixed);
        chosen += fixed;
        left = left.map((o) => o.slice(fixed.length));
        if (left.includes('')) return { outcome: 'next', chosen };
      }
      if (this.options.signal?.aborted) return { outcome: 'aborted', chosen };
      const sampled: Token[] = [];
      let jump = false;
      for await (const token of this.evaluate({
        tokenBias: () => this.allowedBias(left),
      })) {
        sampled.push(token);
        this.generated++;
        const piece = this.sequence.model.detokenize([token], false, this.contextTail(sampled));
        this.history.push(token);
        const fitting = left.filter((o) => o.startsWith(piece));
        this.text += piece;
        // Only a model that ignores a 1000-logit bias gets here: the validator refuses it.
        if (!fitting.length) return { outcome: 'done', chosen };
        this.options.onText?.(piece);
        chosen += piece;
        left = fitting.map((o) => o.slice(piece.length));
        jump = left.includes('') || fixedStart(left) !== '';
        if (jump || this.options.signal?.aborted || this.generated >= this.options.maxTokens) break;
      }
      // The last token is sampled but not yet evaluated: it leads the next batch.
      this.pending = sampled.slice(-1);
      if (this.options.signal?.aborted) return { outcome: 'aborted', chosen };
      if (left.includes('')) return { outcome: 'next', chosen };
      if (!jump) {
        return { outcome: this.generated >= this.options.maxTokens ? 'maxTokens' : 'done', chosen };
      }
    }
  }

  /** The model writes free text in the step's grammar, up to its end marker. */
  private async writeFree(step: FreeStep): Promise<{ outcome: Outcome; chosen: string }> {
    const model = this.sequence.model;
    const grammar = await this.decoder.grammarFor(step.gbnf);
    const sampled: Token[] = [];
    const before = this.history.slice(-4);
    let written = '';
    let shown = 0;
    let ended = false;
    for await (const token of this.evaluate({
      grammarEvaluationState: new LlamaGrammarEvaluationState({ model, grammar }),
    })) {
      sampled.push(token);
      this.generated++;
      written = model.detokenize(sampled, false, before);
      // A character split over tokens is shown once whole.
      if (!written.endsWith('\uFFFD') && written.length > shown) {
        this.options.onText?.(written.slice(shown));
        shown = written.length;
      }
      ended = written.endsWith(step.end);
      if (ended || this.options.signal?.aborted || this.generated >= this.options.maxTokens) break;
    }
    this.pending = sampled.slice(-1);
    this.history.push(...sampled);
    this.text += written;
    if (written.length > shown) this.options.onText?.(written.slice(shown));
    if (this.options.signal?.aborted) return { outcome: 'aborted', chosen: written };
    if (ended) return { outcome: 'next', chosen: written };
    return {
      outcome: this.generated >= this.options.maxTokens ? 'maxTokens' : 'done',
      chosen: written,
    };
  }

  /** Lifts the tokens whose text starts one of the options left far above all others. */
  private allowedBias(left: readonly string[]): TokenBias {
    const bias = new TokenBias(this.sequence.model.tokenizer);
    return bias.set(this.pieces.startingAny(left), { logit: ALLOWED_LOGIT });
  }

  private evaluate(
    constraint: Pick<
      NonNullable<Parameters<LlamaContextSequence['evaluate']>[1]>,
      'tokenBias' | 'grammarEvaluationState'
    >,
  ): AsyncGenerator<Token, void, void | Token | Token[]> {
    const tokens = this.pending;
    this.pending = [];
    return this.sequence.evaluate(tokens, {
      ...constraint,
      temperature: this.options.temperature,
      // A new sampler per call: a new seed, or every call would draw the same numbers.
      seed: this.options.seed + this.samplers++,
    });
  }

  /** Fixed text: evaluated with the next model step, never generated. */
  private write(fixed: string): void {
    if (!fixed) return;
    const tokens = this.sequence.model.tokenize(fixed, false, 'trimLeadingSpace');
    this.pending.push(...tokens);
    this.history.push(...tokens);
    this.text += fixed;
    this.options.onText?.(fixed);
  }

  private contextTail(sampled: readonly Token[]): Token[] {
    return sampled.length > 1 ? sampled.slice(-2, -1) : this.history.slice(-1);
  }

  private stop(reason: LlmGeneration['stopReason']): LlmGeneration {
    return { text: this.text, stopReason: reason };
  }
}

/** The text every option left starts with, when it is worth writing ahead of the model. */
function fixedStart(left: readonly string[]): string {
  if (left.length === 1) return left[0]!;
  const shared = commonPrefix(left);
  return shared.length >= MIN_SHARED_JUMP ? shared : '';
}

function commonPrefix(texts: readonly string[]): string {
  let prefix = texts[0] ?? '';
  for (const t of texts) {
    let i = 0;
    while (i < prefix.length && i < t.length && prefix[i] === t[i]) i++;
    prefix = prefix.slice(0, i);
  }
  return prefix;
}
