import { UsageError } from '../../core/errors.ts';
import type { Home } from '../../core/home.ts';
import { demoHome } from '../../home/demoHome.ts';
import { loadHomeFile } from '../../home/loadHome.ts';

/** The home a command works on: the file given with --home, or the built-in demo home. */
export function loadCliHome(file: string | undefined): Home {
  return file === undefined ? demoHome() : loadHomeFile(file);
}

const simplify = (text: string) =>
  text
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ');

/** Turns an --area value (an id, a name or an alias) into an area id, or says which exist. */
export function resolveArea(home: Home, input: string): string {
  const wanted = simplify(input);
  const area = home.areas.find(
    (a) => simplify(a.id) === wanted || [a.name, ...a.aliases].some((n) => simplify(n) === wanted),
  );
  if (area) return area.id;
  const known = home.areas.map((a) => a.id).join(', ') || '(none: the home file lists no areas)';
  throw new UsageError(`unknown area "${input}"; known areas: ${known}`);
}
