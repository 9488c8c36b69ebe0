// A cheap first bound, in characters: hearth-whisper cuts the prompt to maxPromptTokens of the
// model's own tokens (at most 224, whisper's limit; about 900 characters with a real model's
// vocabulary), and refuses a prompt over 4 KiB. Cutting here too keeps its tokenizing short.
const MAX_PROMPT_CHARS = 1000;

/**
 * The prompt with its spaces collapsed, cut to at most 1000 characters after a whole name
 * (names are separated by ", "), or failing that a word.
 */
export function boundPrompt(prompt: string): string {
  const text = prompt.replace(/\s+/g, ' ').trim();
  if (text.length <= MAX_PROMPT_CHARS) return text;
  const cut = text.slice(0, MAX_PROMPT_CHARS + 1);
  const name = cut.lastIndexOf(', ');
  if (name > 0) return cut.slice(0, name);
  const word = cut.lastIndexOf(' ');
  return word > 0 ? cut.slice(0, word) : cut.slice(0, MAX_PROMPT_CHARS);
}
