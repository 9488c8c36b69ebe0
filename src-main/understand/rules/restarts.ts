// Speech that starts over: "turn on the... turn off the lights in the hall". A recogniser
// writes the break as an ellipsis or a dash; what came before it was left unfinished.

const BREAK = /(?:\.{2,}|\u2026|\s--?\s|\s\u2014\s?|\u2014)/g;

/** Words a phrase can't end on: a break after one of them abandons the phrase. */
const UNFINISHED: ReadonlySet<string> = new Set(
  'the a an my our your this that to in on of and or some for at with into set turn switch put'.split(
    ' ',
  ),
);

/** The words the speaker stood by: what follows the last unfinished start, or all of it. */
export function withoutRestarts(text: string): string {
  let kept = text;
  for (const match of text.matchAll(BREAK)) {
    const before = text.slice(0, match.index).trim().toLowerCase();
    const after = text.slice(match.index + match[0].length).trim();
    const lastWord = before.split(/\s+/).at(-1) ?? '';
    if (after.split(/\s+/).length >= 2 && UNFINISHED.has(lastWord)) kept = after;
  }
  return kept;
}

/** "turn off the lights, actually never mind": what was said is taken back. */
const TAKEN_BACK =
  /[,.;!?\s-](?:actually|oh|wait|no|sorry)?[,\s]*(?:never ?mind|forget it|forget that|scratch that|don't bother|do not bother)[\s.!]*$/i;

export function takenBack(text: string): boolean {
  return TAKEN_BACK.test(` ${text.trim()}`);
}
