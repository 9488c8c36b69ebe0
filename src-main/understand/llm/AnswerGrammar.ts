// The shape the model's answer is forced into, as a chain of decisions. The text between two
// decisions is fixed: the decoder writes it straight into the context (one batch) instead of
// having the model generate it token by token ("jump-forward" decoding), and the model is asked
// only where it has a choice. Pure data and closures, no model code: built from the home's
// exposed devices, used by LlmSession, and readable by tests.

/** The model picks one of these strings (each runs up to the next decision, so none is a prefix of another). */
export interface OptionsStep {
  readonly kind: 'options';
  readonly options: readonly string[];
  /** The step after this one, given the option taken; undefined when the answer is complete. */
  next(chosen: string): AnswerStep | undefined;
}

/** The model writes free text in a GBNF grammar whose every sentence ends with `end` (and only there). */
export interface FreeStep {
  readonly kind: 'free';
  /** The body of a GBNF `root` rule. */
  readonly gbnf: string;
  readonly end: string;
  next(text: string): AnswerStep | undefined;
}

export type AnswerStep = OptionsStep | FreeStep;

export interface AnswerGrammar {
  /** Fixed text the answer starts with. */
  readonly prefix: string;
  readonly first: AnswerStep;
}
