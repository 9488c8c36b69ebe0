// whisper keeps the last 224 prompt tokens (half its text context): about 1000 characters of
// names. A longer prompt only costs tokenizing time, and hearth-whisper refuses over 4 KiB.
const MAX_PROMPT_CHARS = 1000;

/** The prompt with its spaces collapsed, cut to what whisper can use at a word boundary. */
export function boundPrompt(prompt: string): string {
  const text = prompt.replace(/\s+/g, ' ').trim();
  if (text.length <= MAX_PROMPT_CHARS) return text;
  const cut = text.slice(0, MAX_PROMPT_CHARS);
  return cut.slice(0, Math.max(cut.lastIndexOf(' '), 0)) || cut;
}
