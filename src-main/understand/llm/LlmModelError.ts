import { HearthError } from '../../core/errors.ts';

/**
 * The language model file cannot be used: missing, not GGUF, incomplete, or refused by
 * llama.cpp. The message names the file and says what to do; Hearth carries on with the
 * fast rules.
 */
export class LlmModelError extends HearthError {
  readonly file: string;
  constructor(file: string, message: string) {
    super(message, 1);
    this.file = file;
  }
}
