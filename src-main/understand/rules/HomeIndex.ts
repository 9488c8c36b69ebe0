// Look-ups over one home that the rules need on every utterance, built once.
import type { Device, Home, Scene } from '../../core/home.ts';
import { FILLER_WORDS, LEXICON } from './lexicon.ts';
import type { Domain } from './lexicon.ts';
import { normalize } from './normalize.ts';

const OUTDOOR_PLACES: ReadonlySet<string> = new Set(
  (
    'garden gardens yard backyard frontyard patio porch deck decking terrace balcony veranda ' +
    'verandah driveway drive courtyard lawn pool poolside outside outdoor outdoors exterior ' +
    'carport allotment greenhouse pergola gazebo'
  ).split(' '),
);

export class HomeIndex {
  readonly home: Home;
  readonly devices = new Map<string, Device>();
  readonly scenes = new Map<string, Scene>();
  readonly areaNames = new Map<string, string>();
  /** The areas that are outdoors ("Garden", "Front porch"), for "the lights outside". */
  readonly outdoorAreas: string[];
  /** A word of a device's name that means nothing else ("desk" in "Desk lamp"). */
  readonly nameWords = new Map<string, string[]>();

  constructor(home: Home) {
    this.home = home;
    for (const d of home.devices) this.devices.set(d.id, d);
    for (const s of home.scenes) this.scenes.set(s.id, s);
    for (const a of home.areas) this.areaNames.set(a.id, a.name);
    const floorNames = new Map(home.floors.map((f) => [f.id, [f.name, ...f.aliases]]));
    this.outdoorAreas = home.areas
      .filter((a) =>
        [a.name, ...a.aliases, ...(floorNames.get(a.floor ?? '') ?? [])].some((n) =>
          normalize(n).some((w) => OUTDOOR_PLACES.has(w)),
        ),
      )
      .map((a) => a.id);
    const known = new Set(LEXICON.flatMap((e) => e.tokens));
    for (const a of home.areas)
      for (const n of [a.name, ...a.aliases]) for (const w of normalize(n)) known.add(w);
    for (const d of home.devices) {
      for (const name of [d.name, ...d.aliases]) {
        for (const w of normalize(name)) {
          if (known.has(w) || FILLER_WORDS.has(w) || /^\d/.test(w) || w.length < 3) continue;
          const ids = this.nameWords.get(w) ?? [];
          if (!ids.includes(d.id)) ids.push(d.id);
          this.nameWords.set(w, ids);
        }
      }
    }
  }

  /**
   * Devices whose whole name is one of the kind's words, of whatever type: "the washer" is
   * the vibration sensor called "Washing machine" in a home with no washer of its own.
   */
  namedLike(domain: Domain): readonly Device[] {
    let found = this.byName.get(domain);
    if (!found) {
      const words = new Set(
        LEXICON.filter((e) => e.tag.kind === 'domain' && e.tag.domain === domain).map((e) =>
          e.tokens.join(' '),
        ),
      );
      found = this.home.devices.filter((d) =>
        [d.name, ...d.aliases].some((n) => words.has(normalize(n).join(' '))),
      );
      this.byName.set(domain, found);
    }
    return found;
  }

  private readonly byName = new WeakMap<Domain, Device[]>();
  private readonly singularNames = new Map<string, string>();

  /** Areas on a floor, or the area itself. */
  areasOf(ids: readonly string[]): string[] {
    const out = new Set<string>();
    for (const id of ids) {
      if (this.areaNames.has(id)) out.add(id);
      for (const a of this.home.areas) if (a.floor === id) out.add(a.id);
    }
    return [...out];
  }

  /** Devices of a kind; the lexicon's kinds are few and fixed, so each is worked out once. */
  matching(domain: Domain): readonly Device[] {
    let found = this.byDomain.get(domain);
    if (!found) {
      found = this.home.devices.filter((d) => matchesDomain(d, domain));
      this.byDomain.set(domain, found);
    }
    return found;
  }

  private readonly byDomain = new WeakMap<Domain, Device[]>();

  /** A device's name as words, without a plural s: "Blinds" is "blind". Worked out once. */
  singularName(device: Device): string {
    let name = this.singularNames.get(device.id);
    if (name === undefined) {
      name = normalize(device.name)
        .map((w) => w.replace(/([^s])s$/, '$1'))
        .join(' ');
      this.singularNames.set(device.id, name);
    }
    return name;
  }

  areaName(id: string | undefined): string {
    return (id && this.areaNames.get(id)) || 'that room';
  }
}

export function matchesDomain(device: Device, domain: Domain): boolean {
  if (!domain.types.includes(device.type)) return false;
  if (!domain.classes) return true;
  if (device.class !== undefined) return domain.classes.includes(device.class);
  return !domain.strictClass;
}
