import type {
  LlmGeneration,
  LlmGenerator,
  LlmRequest,
} from '../../../src-main/understand/llm/LlmGenerator.ts';
import { LlmModelError } from '../../../src-main/understand/llm/LlmModelError.ts';

/**
 * A stand-in language model that answers from a script (hostile answers included), streams
 * them in small pieces, and can hang until it is stopped or fail to load, so the planner's
 * own code is tested on exactly the text a real model could write.
 */
export class ScriptedModel implements LlmGenerator {
  readonly requests: LlmRequest[] = [];
  readonly prepared: string[] = [];
  answers: string[];
  /** Never answers: waits for the request's signal. */
  hang = false;
  /** load() rejects with this message. */
  loadFailure?: string;
  stopReason: LlmGeneration['stopReason'] = 'done';

  constructor(...answers: string[]) {
    this.answers = answers;
  }

  async load(): Promise<void> {
    if (this.loadFailure) throw new LlmModelError('model.gguf', this.loadFailure);
  }

  async prepare(systemPrompt: string): Promise<void> {
    await this.load();
    this.prepared.push(systemPrompt);
  }

  async generate(request: LlmRequest): Promise<LlmGeneration> {
    this.requests.push(request);
    if (this.hang) {
      await new Promise<void>((resolve) => {
        if (request.signal?.aborted) resolve();
        request.signal?.addEventListener('abort', () => resolve(), { once: true });
      });
      return { text: '{"actions":[', stopReason: 'aborted' };
    }
    const text = this.answers.shift() ?? '{"reply":"I have nothing to say."}';
    for (let i = 0; i < text.length; i += 3) request.onText?.(text.slice(i, i + 3));
    return { text, stopReason: this.stopReason };
  }
}
