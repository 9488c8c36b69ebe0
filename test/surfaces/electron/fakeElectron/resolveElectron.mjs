import { URL } from 'node:url';

// Module resolution hook: 'electron' is the stand-in next to this file. It is resolved by
// the next hook (tsx's), which knows how to load TypeScript.
const STAND_IN = new URL('./electron.ts', import.meta.url).href;

export async function resolve(specifier, context, nextResolve) {
  return nextResolve(specifier === 'electron' ? STAND_IN : specifier, context);
}
