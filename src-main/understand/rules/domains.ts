// Kind words that narrow each other: "window sensors" are sensors of windows, "battery" in
// "do any sensors need new batteries" says which sensors.
import type { Domain } from './lexicon.ts';

/** The devices both kinds fit, or undefined when no device can be both ("lamp socket"). */
export function intersectDomains(a: Domain, b: Domain): Domain | undefined {
  const types = a.types.filter((t) => b.types.includes(t));
  if (types.length === 0) return undefined;
  let classes: readonly string[] | undefined;
  if (a.classes && b.classes) {
    classes = a.classes.filter((c) => b.classes!.includes(c));
    if (classes.length === 0) return undefined;
  } else classes = a.classes ?? b.classes;
  return {
    word: b.word,
    types,
    ...(classes ? { classes } : {}),
    strictClass: Boolean(a.strictClass || b.strictClass),
  };
}

/** A general kind beside a specific one in one clause means the specific one: "sensors ... batteries". */
export function combineKinds(domains: readonly Domain[]): Domain[] {
  const out = [...domains];
  for (let i = 0; i < out.length; i++) {
    const general = out[i]!;
    if (general.classes) continue;
    const j = out.findIndex((d, k) => k !== i && d.classes && intersectDomains(general, d));
    if (j < 0) continue;
    out[j] = intersectDomains(general, out[j]!)!;
    out.splice(i, 1);
    i--;
  }
  return out;
}
