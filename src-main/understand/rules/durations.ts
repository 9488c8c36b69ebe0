// Spoken durations to one token each ("an hour and a half" -> "dur:5400"), before tagging,
// so that the "and" inside a duration never splits a sentence in two.

const UNIT_SECONDS: Readonly<Record<string, number>> = {
  second: 1,
  seconds: 1,
  sec: 1,
  secs: 1,
  minute: 60,
  minutes: 60,
  min: 60,
  mins: 60,
  hour: 3600,
  hours: 3600,
  hr: 3600,
  hrs: 3600,
};

const MORE_WORDS: ReadonlySet<string> = new Set(['more', 'extra', 'additional']);

const isNumber = (w: string | undefined): boolean => w !== undefined && /^\d+(\.\d+)?$/.test(w);

/** Reads "N unit [and a half]" / "a unit" / "half an hour" / "a quarter of an hour" at i. */
function readPart(
  words: readonly string[],
  i: number,
): { seconds: number; next: number } | undefined {
  const w = words[i];
  if (w === undefined) return undefined;
  if (w === 'half' || (w === 'a' && words[i + 1] === 'half')) {
    const j = w === 'half' ? i + 1 : i + 2;
    const k = words[j] === 'an' || words[j] === 'a' ? j + 1 : j;
    const unit = UNIT_SECONDS[words[k] ?? ''];
    return unit ? { seconds: unit / 2, next: k + 1 } : undefined;
  }
  if (w === 'quarter' || (w === 'a' && words[i + 1] === 'quarter')) {
    let j = w === 'quarter' ? i + 1 : i + 2;
    if (words[j] === 'of') j++;
    if (words[j] === 'an' || words[j] === 'a') j++;
    return words[j] === 'hour' ? { seconds: 900, next: j + 1 } : undefined;
  }
  let count: number;
  if (isNumber(w)) count = Number(w);
  else if (w === 'a' || w === 'an' || w === 'another') count = 1;
  else return undefined;
  // "five more minutes": the "more" is kept beside the duration by the caller.
  const extra = MORE_WORDS.has(words[i + 1] ?? '') ? 1 : 0;
  const unit = UNIT_SECONDS[words[i + 1 + extra] ?? ''];
  if (!unit) return undefined;
  let seconds = count * unit;
  let next = i + 2 + extra;
  if (words[next] === 'and' && words[next + 1] === 'a' && words[next + 2] === 'half') {
    seconds += unit / 2;
    next += 3;
  }
  return { seconds, next };
}

export function parseDurations(words: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length;) {
    let part = readPart(words, i);
    if (!part) {
      out.push(words[i]!);
      i++;
      continue;
    }
    let { seconds, next } = part;
    // "1 hour and 15 minutes", "2 minutes 30 seconds"
    for (;;) {
      const skip = words[next] === 'and' ? next + 1 : next;
      part = readPart(words, skip);
      if (!part || (words[skip] === 'a' && !UNIT_SECONDS[words[skip + 1] ?? ''])) break;
      seconds += part.seconds;
      next = part.next;
    }
    // "another minute" is one more minute.
    if ((MORE_WORDS.has(words[i + 1] ?? '') && /^\d/.test(words[i]!)) || words[i] === 'another')
      out.push('more');
    out.push(`dur:${Math.round(seconds)}`);
    i = next;
  }
  return out;
}
