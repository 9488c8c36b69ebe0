// The home's own words, compiled once per home file: every device, area, floor and scene
// name and alias, in the normalized form the tagger matches against.
import type { Home } from '../../core/home.ts';
import { normalize } from './normalize.ts';
import type { Domain } from './lexicon.ts';

export type EntityKind = 'device' | 'area' | 'floor' | 'scene';

/** Derived names ("ceiling light" for "Kitchen ceiling light") lose to a user's exact name. */
/** `plural` is a plural the home did not write ("lights" of "Light"): a kind word reads it better. */
export type EntityTag = {
  [K in EntityKind]: {
    kind: K;
    ids: readonly string[];
    derived: boolean;
    plural: boolean;
    /** The name is also this kind word (a device called "Blinds"). */
    kindToo?: Domain;
  };
}[EntityKind];

export interface VocabularyEntry {
  tokens: readonly string[];
  tag: EntityTag;
}

/** Words of rooms' names that say no room in particular. */
const GENERIC_ROOM_WORDS: ReadonlySet<string> = new Set(
  'room rooms the and of a area space floor side hall house home main big small little upper lower front back'.split(
    ' ',
  ),
);

const SCENE_ENDINGS: ReadonlySet<string> = new Set(['night', 'time', 'mode']);

function plural(tokens: readonly string[]): string[] | undefined {
  const last = tokens[tokens.length - 1];
  if (!last || /\d$/.test(last) || last.endsWith('s')) return undefined;
  return [...tokens.slice(0, -1), `${last}s`];
}

/** Builds the entity phrases of a home: names, aliases, plurals, and room-qualified names. */
export function buildVocabulary(
  home: Home,
  reserved: ReadonlySet<string> = new Set(),
): VocabularyEntry[] {
  const byPhrase = new Map<
    string,
    { tokens: string[]; kind: EntityKind; ids: Set<string>; derived: boolean; plural: boolean }
  >();
  const add = (
    kind: EntityKind,
    id: string,
    tokens: string[],
    derived: boolean,
    plural = false,
  ): void => {
    if (tokens.length === 0) return;
    const key = `${kind}:${tokens.join(' ')}`;
    const entry = byPhrase.get(key);
    if (entry) {
      entry.ids.add(id);
      entry.derived &&= derived;
      entry.plural &&= plural;
    } else {
      byPhrase.set(key, { tokens, kind, ids: new Set([id]), derived, plural });
    }
  };
  // "Wi-Fi plug" is also said "wifi plug": a hyphenated word run together names it too.
  const names = (e: { name: string; aliases: readonly string[] }): string[][] =>
    [e.name, ...e.aliases]
      .flatMap((n) => (/\p{L}-\p{L}/u.test(n) ? [n, n.replace(/(\p{L})-(?=\p{L})/gu, '$1')] : [n]))
      .map(normalize)
      .filter((t) => t.length > 0);

  const areaNames = new Map<string, string[][]>();
  for (const area of home.areas) {
    const all = [...names(area), area.id.split('_')];
    areaNames.set(area.id, all);
    // An id is a name the user never said aloud ("down" of a floor id is rarely the floor).
    const fromId = all.length - 1;
    all.forEach((tokens, i) => {
      add('area', area.id, tokens, i === fromId);
      // "all bathrooms": a room's plural still names the room.
      const p = plural(tokens);
      if (p) add('area', area.id, p, i === fromId);
    });
  }
  // "the utility lights", "the guestroom": one distinctive word of a room's name, or the name
  // run together, still names the room (as a derived name, so a whole name wins).
  const wordAreas = new Map<string, Set<string>>();
  for (const [id, all] of areaNames) {
    for (const tokens of all) {
      for (const w of tokens) wordAreas.set(w, (wordAreas.get(w) ?? new Set()).add(id));
      if (tokens.length >= 2) add('area', id, [tokens.join('')], true);
    }
  }
  const everyName = new Set(
    home.devices.flatMap((d) => [d.name, ...(d.aliases ?? [])].map((n) => normalize(n).join(' '))),
  );
  for (const [w, ids] of wordAreas) {
    if (ids.size !== 1 || GENERIC_ROOM_WORDS.has(w) || reserved.has(w) || /\d/.test(w)) continue;
    // A whole one-word name is already there; a word of it alone is not partial.
    if (w.length < 3 || everyName.has(w) || byPhrase.has(`area:${w}`)) continue;
    add('area', [...ids][0]!, [w], true);
  }
  for (const floor of home.floors) {
    for (const tokens of names(floor)) add('floor', floor.id, tokens, false);
    add('floor', floor.id, floor.id.split('_'), true);
  }
  // "the top floor", "the bottom floor": the one called upstairs (downstairs), else the last
  // (first) one listed, as home files list floors from the ground up.
  if (home.floors.length >= 2) {
    const called = (word: string) =>
      home.floors.find((f) => names(f).some((t) => t.join(' ') === word));
    const top = called('upstairs') ?? home.floors[home.floors.length - 1]!;
    const bottom = called('downstairs') ?? home.floors[0]!;
    for (const words of ['top floor', 'upper floor', 'top of the house', 'upstairs'])
      if (!called(words)) add('floor', top.id, words.split(' '), true);
    for (const words of ['bottom floor', 'lower floor', 'downstairs'])
      if (!called(words)) add('floor', bottom.id, words.split(' '), true);
  }
  for (const scene of home.scenes) {
    for (const tokens of names(scene)) {
      add('scene', scene.id, tokens, false);
      // "Movie night" is also said "movie time", "movie mode".
      const [last] = tokens.slice(-1);
      if (tokens.length >= 2 && SCENE_ENDINGS.has(last!)) {
        for (const end of SCENE_ENDINGS)
          if (end !== last) add('scene', scene.id, [...tokens.slice(0, -1), end], true);
      }
    }
  }
  for (const device of home.devices) {
    const own = names(device);
    for (const tokens of own) {
      add('device', device.id, tokens, false);
      const p = plural(tokens);
      if (p) add('device', device.id, p, false, true);
    }
    const rooms = device.area ? (areaNames.get(device.area) ?? []) : [];
    for (const tokens of own) {
      for (const room of rooms) {
        const startsWithRoom = room.every((w, i) => tokens[i] === w);
        if (startsWithRoom && tokens.length > room.length) {
          // "Kitchen ceiling light" is also "the ceiling light" when you are in the kitchen.
          const rest = tokens.slice(room.length);
          // "Kitchen light" minus the room is just "light": a kind of device, not a name.
          if (reserved.has(rest.join(' '))) continue;
          add('device', device.id, rest, true);
          const p = plural(rest);
          if (p) add('device', device.id, p, true, true);
        } else if (!startsWithRoom) {
          const qualified = [...room, ...tokens];
          add('device', device.id, qualified, true);
          const p = plural(qualified);
          if (p) add('device', device.id, p, true, true);
        }
      }
    }
  }
  return [...byPhrase.values()].map(({ tokens, kind, ids, derived, plural }) => ({
    tokens,
    tag: { kind, ids: [...ids], derived, plural } as EntityTag,
  }));
}
