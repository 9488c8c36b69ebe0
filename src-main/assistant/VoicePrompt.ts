import type { Home } from '../core/home.ts';

/** Longest prompt worth giving: whisper keeps only its last 224 tokens. */
const MAX_CHARS = 800;

/**
 * The recogniser's prompt for a home: its device, scene, room and floor names (and aliases),
 * so that whisper spells "Hue Go" or "the snug" the way the home file does. Devices hidden
 * from the language model (`expose: false`) are still named: the fast rules know them.
 */
export function voicePrompt(home: Home): string {
  const names = new Map<string, string>();
  const add = (name: string) => {
    const clean = name.replace(/\s+/g, ' ').trim();
    if (clean && !names.has(clean.toLowerCase())) names.set(clean.toLowerCase(), clean);
  };
  for (const device of home.devices) [device.name, ...device.aliases].forEach(add);
  for (const scene of home.scenes) [scene.name, ...scene.aliases].forEach(add);
  for (const area of home.areas) [area.name, ...area.aliases].forEach(add);
  for (const floor of home.floors) [floor.name, ...floor.aliases].forEach(add);
  let prompt = '';
  for (const name of names.values()) {
    const next = prompt ? `${prompt}, ${name}` : name;
    if (next.length > MAX_CHARS) break;
    prompt = next;
  }
  return prompt ? `${prompt}.` : '';
}
