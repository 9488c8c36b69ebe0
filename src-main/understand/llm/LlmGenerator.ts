import type { AnswerGrammar } from './AnswerGrammar.ts';

// What the planner needs from a language model, so tests can put a scripted model in its
// place and replay hostile answers through the very same planner code.

export interface LlmRequest {
  /** The same text for every request of a home, so its evaluation is cached. */
  systemPrompt: string;
  userText: string;
  /** The model's answer is forced into this shape. */
  grammar: AnswerGrammar;
  maxTokens: number;
  /** Stops the request: while waiting its turn, evaluating or generating. */
  signal?: AbortSignal;
  /** Each piece of text as it is generated. */
  onText?: (text: string) => void;
}

export interface LlmGeneration {
  text: string;
  /** `maxTokens` means the answer was cut short; `aborted` that the signal stopped it. */
  stopReason: 'done' | 'maxTokens' | 'aborted';
}

export interface LlmGenerator {
  /** Loads the model (once; later calls share the first). Rejects with LlmModelError. */
  load(): Promise<void>;
  /** Evaluates a system prompt ahead of the first request that uses it. */
  prepare(systemPrompt: string, signal?: AbortSignal): Promise<void>;
  generate(request: LlmRequest): Promise<LlmGeneration>;
}
