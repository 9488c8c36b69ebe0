import type { Home } from '../core/home.ts';
import { FILLER_WORDS, LEXICON } from '../understand/rules/lexicon.ts';
import { normalize } from '../understand/rules/normalize.ts';

/** A cheap first bound: the recogniser keeps only the names that fit in its token budget. */
const MAX_CHARS = 800;

/**
 * The recogniser's prompt for a home: its device, scene, room and floor names (and aliases),
 * so that whisper spells "Hue Go" or "the snug" the way the home file does. Devices hidden
 * from the language model (`expose: false`) are still named: the fast rules know them.
 *
 * The recogniser cuts the prompt after the last whole name that fits its token budget, so the
 * most useful names come first. First the device and scene names with a word found nowhere else
 * in what the rules know (their lexicon, the room names): "Desk lamp", "fairy lights", "cinema
 * mode". That word is what tells one device from another, it is often rare (a brand, a
 * nickname), and when whisper misspells it nothing recovers the device. Then the other device
 * and scene names ("Kitchen light", "Garage door": room and kind words the rules recognise
 * anyway), then rooms and floors: few, and mostly everyday words that whisper spells well.
 */
export function voicePrompt(home: Home): string {
  const known = new Set([...LEXICON.flatMap((e) => e.tokens), ...FILLER_WORDS]);
  for (const place of [...home.areas, ...home.floors])
    for (const name of [place.name, ...place.aliases]) normalize(name).forEach((w) => known.add(w));
  const distinctive = (name: string) =>
    normalize(name).some((w) => w.length > 2 && !known.has(w) && !/^\d/.test(w));

  const names = new Map<string, string>();
  const add = (name: string) => {
    const clean = name.replace(/\s+/g, ' ').trim();
    if (clean && !names.has(clean.toLowerCase())) names.set(clean.toLowerCase(), clean);
  };
  const things = [...home.devices, ...home.scenes].flatMap((t) => [t.name, ...t.aliases]);
  things.filter(distinctive).forEach(add);
  things.forEach(add);
  for (const place of [...home.areas, ...home.floors]) [place.name, ...place.aliases].forEach(add);

  let prompt = '';
  for (const name of names.values()) {
    const next = prompt ? `${prompt}, ${name}` : name;
    if (next.length > MAX_CHARS) break;
    prompt = next;
  }
  return prompt ? `${prompt}.` : '';
}
