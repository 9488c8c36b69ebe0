/** What --llm says until the on-device language model arrives (a later issue). */
export const LLM_NOT_AVAILABLE =
  'the on-device language model is not available yet; run without --llm (the fast rules handle commands for now)';
