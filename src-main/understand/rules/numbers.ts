// Number words to digits ("twenty one" -> "21", "two thousand seven hundred" -> "2700",
// "one and a half" -> "1.5"), so every later stage sees numbers one way.

const UNITS: Readonly<Record<string, number>> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};
const TENS: Readonly<Record<string, number>> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fourty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const SCALES: Readonly<Record<string, number>> = { hundred: 100, thousand: 1000 };

const isDigits = (w: string): boolean => /^\d+(\.\d+)?$/.test(w);

function wordValue(w: string): number | undefined {
  if (w in UNITS) return UNITS[w];
  if (w in TENS) return TENS[w];
  return undefined;
}

/** Reads one number starting at i; returns its value and the index after it. */
function readNumber(
  words: readonly string[],
  i: number,
): { value: number; next: number } | undefined {
  let total = 0;
  let current = 0;
  let j = i;
  let any = false;
  while (j < words.length) {
    const w = words[j]!;
    const v = wordValue(w);
    if (v !== undefined) {
      // "twenty one" adds; "one two" is two numbers.
      if (any && current % 10 === 0 && current >= 20 && v < 10) current += v;
      else if (any && current === 0 && total > 0) current = v;
      else if (any) break;
      else current = v;
      any = true;
      j++;
      continue;
    }
    if (w in SCALES && (any || (w === 'hundred' && j > i))) {
      current = (current || 1) * SCALES[w]!;
      if (SCALES[w]! >= 1000) {
        total += current;
        current = 0;
      }
      j++;
      // "one hundred and five"
      if (words[j] === 'and' && wordValue(words[j + 1] ?? '') !== undefined) j++;
      continue;
    }
    break;
  }
  if (!any) return undefined;
  return { value: total + current, next: j };
}

const DETERMINERS = new Set([
  'the',
  'that',
  'this',
  'other',
  'which',
  'each',
  'every',
  'any',
  'no',
  'first',
  'second',
  'third',
  'last',
  'another',
  'same',
  'which',
]);
const AFTER_THING = new Set([
  'in',
  'on',
  'at',
  'near',
  'by',
  'from',
  'over',
  'under',
  'next',
  'upstairs',
  'downstairs',
  'too',
  'please',
  'instead',
  'as',
  'and',
  ',',
]);

/** "the other one", "the one in the kitchen", "the bedroom one": a thing, not the number 1. */
function meansThing(words: readonly string[], i: number): boolean {
  const before = words[i - 1];
  if (before !== undefined && DETERMINERS.has(before)) return true;
  const after = words[i + 1];
  const ends = after === undefined || AFTER_THING.has(after);
  return ends && i >= 2 && DETERMINERS.has(words[i - 2]!);
}

export function parseNumbers(words: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length;) {
    const w = words[i]!;
    // "a couple of degrees", "a couple minutes": two.
    const couple = w === 'a' && words[i + 1] === 'couple' ? i + 1 : w === 'couple' ? i : -1;
    if (couple >= 0 && words[couple + 1] !== undefined) {
      out.push('2');
      i = words[couple + 1] === 'of' ? couple + 2 : couple + 1;
      continue;
    }
    // "a hundred" -> 100
    if (w === 'a' && words[i + 1] === 'hundred') {
      out.push('100');
      i += 2;
      continue;
    }
    const read = isDigits(w) ? { value: Number(w), next: i + 1 } : readNumber(words, i);
    if (!read || (w === 'one' && read.next === i + 1 && meansThing(words, i))) {
      out.push(w);
      i++;
      continue;
    }
    let { value, next } = read;
    // "one and a half", "2 and a half"
    if (words[next] === 'and' && words[next + 1] === 'a' && words[next + 2] === 'half') {
      value += 0.5;
      next += 3;
    } else if (words[next] === 'point' && words[next + 1] && isDigits(words[next + 1]!)) {
      value = Number(`${value}.${words[next + 1]}`);
      next += 2;
    } else if (words[next] === 'point' && wordValue(words[next + 1] ?? '') !== undefined) {
      value = Number(`${value}.${wordValue(words[next + 1]!)}`);
      next += 2;
    }
    out.push(String(value));
    i = next;
  }
  return out;
}
