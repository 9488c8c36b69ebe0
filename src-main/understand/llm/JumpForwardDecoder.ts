import { LlamaGrammarEvaluationState } from 'node-llama-cpp';
import type { Llama, LlamaContextSequence, LlamaGrammar, Token } from 'node-llama-cpp';
import { optionsGbnf } from './AnswerGrammar.ts';
import type { AnswerGrammar, AnswerStep, FreeStep } from './AnswerGrammar.ts';
import type { LlmGeneration } from './LlmGenerator.ts';

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
const KEPT_GRAMMARS = 256;

/**
 * Generates an answer in the shape of an AnswerGrammar. Where the grammar leaves one way to go,
 * the text is tokenized and evaluated in one batch with the next model step, rather than
 * generated a token at a time: on a laptop CPU a token of a 0.5B model costs about 45 ms to
 * generate, and a batch of several costs little more than one. The model decides only the
 * branches, the ids (until one is left that fits), the numbers and the words of a reply.
 */
export class JumpForwardDecoder {
  private readonly llama: Llama;
  private readonly sequence: LlamaContextSequence;
  private readonly grammars = new Map<string, Promise<LlamaGrammar>>();

  constructor(llama: Llama, sequence: LlamaContextSequence) {
    this.llama = llama;
    this.sequence = sequence;
  }

  async decode(options: JumpForwardDecodeOptions): Promise<LlmGeneration> {
    const model = this.sequence.model;
    let text = '';
    let generated = 0;
    let steps = 0;
    let pending: Token[] = [...options.input];
    const history: Token[] = [];
    const write = (fixed: string): void => {
      if (!fixed) return;
      const tokens = model.tokenize(fixed, false, 'trimLeadingSpace');
      pending.push(...tokens);
      history.push(...tokens);
      text += fixed;
      options.onText?.(fixed);
    };
    const stopped = (reason: LlmGeneration['stopReason']): LlmGeneration => ({
      text,
      stopReason: reason,
    });

    write(options.grammar.prefix);
    let step: AnswerStep | undefined = options.grammar.first;
    while (step) {
      let chosen = '';
      // What is left of each option that still fits what this step has written so far.
      let left = step.kind === 'options' ? [...step.options] : undefined;
      for (;;) {
        if (left) {
          const shared = left.length === 1 ? left[0]! : commonPrefix(left);
          if (left.length === 1 || shared.length >= MIN_SHARED_JUMP) {
            write(shared);
            chosen += shared;
            left = left.map((o) => o.slice(shared.length));
            if (left.includes('')) break;
          }
        }
        if (options.signal?.aborted) return stopped('aborted');
        const end = step.kind === 'free' ? step.end : undefined;
        const grammar = await this.grammarFor(left ? optionsGbnf(left) : (step as FreeStep).gbnf);
        const state = new LlamaGrammarEvaluationState({ model, grammar });
        const iterator = this.sequence.evaluate(pending, {
          grammarEvaluationState: state,
          temperature: options.temperature,
          // A new sampler per step: a new seed, or every step would draw the same numbers.
          seed: options.seed + steps++,
        });
        pending = [];
        const piece: Token[] = [];
        const before = history.slice(-4);
        let pieceText = '';
        let shown = 0;
        let done = false;
        for await (const token of iterator) {
          generated++;
          piece.push(token);
          pieceText = model.detokenize(piece, false, before);
          // A character split over tokens is shown once whole.
          if (!pieceText.endsWith('\uFFFD') && pieceText.length > shown) {
            options.onText?.(pieceText.slice(shown));
            shown = pieceText.length;
          }
          if (options.signal?.aborted) break;
          if (left) {
            const fitting = left.filter((o) => o.startsWith(pieceText));
            // Stop asking the model once the rest is fixed (or worth jumping to).
            const shared = commonPrefix(fitting).length - pieceText.length;
            if (fitting.length <= 1 || shared >= MIN_SHARED_JUMP) {
              left = fitting.map((o) => o.slice(pieceText.length));
              done = true;
            }
          } else if (end !== undefined && pieceText.endsWith(end)) {
            done = true;
          }
          if (done || generated >= options.maxTokens) break;
        }
        // The last token is sampled but not yet evaluated: it leads the next batch.
        pending = piece.slice(-1);
        history.push(...piece);
        text += pieceText;
        chosen += pieceText;
        if (pieceText.length > shown) options.onText?.(pieceText.slice(shown));
        if (options.signal?.aborted) return stopped('aborted');
        if (!done) return stopped(generated >= options.maxTokens ? 'maxTokens' : 'done');
        if (!left || left.length === 0 || left.includes('')) break;
      }
      if (left && left.length === 0) return stopped('done'); // off the grammar: the validator says no
      step = step.next(chosen);
    }
    return stopped('done');
  }

  private grammarFor(gbnf: string): Promise<LlamaGrammar> {
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

function commonPrefix(texts: readonly string[]): string {
  let prefix = texts[0] ?? '';
  for (const t of texts) {
    let i = 0;
    while (i < prefix.length && i < t.length && prefix[i] === t[i]) i++;
    prefix = prefix.slice(0, i);
  }
  return prefix;
}
