// Which devices a clause means: by name, by kind, by room, by "all", or by where you stand.
import type { Device } from '../../core/home.ts';
import type { Domain } from './lexicon.ts';
import { IMPLIED_DOMAINS } from './lexicon.ts';
import { DEVICE_ATTRIBUTES } from '../../core/commands.ts';
import { canBeIn } from '../../core/deviceStates.ts';
import type { Frame, Mention } from './Frame.ts';
import type { HomeIndex } from './HomeIndex.ts';
import { matchesDomain } from './HomeIndex.ts';
import { combineKinds } from './domains.ts';

export type Resolution =
  | {
      kind: 'targets';
      devices: Device[];
      sceneIds: string[];
      /** The devices the user named, not reached through a kind word: each must fit. */
      named: ReadonlySet<string>;
      /** Other devices the words fit, when one was picked by room ("the other one"). */
      alternatives?: string[];
      /** Devices named by the user that are not in the room the user also named. */
      outsideArea?: number;
    }
  | { kind: 'ambiguous'; choices: readonly Device[]; outsideArea?: boolean }
  | { kind: 'missing'; what: string; areaIds: string[] }
  | { kind: 'nothing' };

/** The kind of device a clause means when it names none. */
export function impliedDomain(frame: Frame): Domain | undefined {
  const verbs = frame.verbs.map((v) => v.verb);
  if (frame.verbs.some((v) => v.implies === 'media')) return IMPLIED_DOMAINS.media;
  if (frame.verbs.some((v) => v.implies === 'climate')) return IMPLIED_DOMAINS.climate;
  if (frame.verbs.some((v) => v.implies === 'fan')) return IMPLIED_DOMAINS.fan;
  if (frame.verbs.some((v) => v.implies === 'window')) return IMPLIED_DOMAINS.window;
  if (frame.attribute === 'volume' || frame.too === 'loud' || frame.too === 'quiet')
    return IMPLIED_DOMAINS.media;
  // "pause vacuuming", "resume cleaning": the cleaning says which device pauses.
  if (verbs.includes('clean') || verbs.includes('dock')) return IMPLIED_DOMAINS.vacuum;
  if (
    verbs.some(
      (v) => v === 'play' || v === 'pause' || v === 'next' || v === 'previous' || v === 'mute',
    )
  ) {
    return IMPLIED_DOMAINS.media;
  }
  if (verbs.includes('lock') || verbs.includes('unlock')) return IMPLIED_DOMAINS.lock;
  if (frame.stateWords.includes('locked') || frame.stateWords.includes('unlocked')) {
    return IMPLIED_DOMAINS.lock;
  }
  if (frame.question && (frame.attribute === 'temperature' || frame.attribute === 'humidity')) {
    return IMPLIED_DOMAINS.temperature;
  }
  if (frame.question && frame.attribute === 'brightness') return IMPLIED_DOMAINS.lightLevel;
  if (frame.question && frame.stateWords.includes('clear')) return IMPLIED_DOMAINS.occupancy;
  if (frame.attribute === 'target_temperature') return IMPLIED_DOMAINS.climate;
  if (
    frame.number?.unit === 'degrees' ||
    frame.attribute === 'temperature' ||
    frame.too === 'hot' ||
    frame.too === 'cold'
  ) {
    return IMPLIED_DOMAINS.climate;
  }
  if (frame.verbs.some((v) => v.implies === 'light')) return IMPLIED_DOMAINS.light;
  // "turn off the kitchen": a room switched on or off means its lights.
  if (
    (verbs.includes('on') || verbs.includes('off')) &&
    frame.areaIds.length &&
    !frame.question &&
    !frame.all
  )
    return IMPLIED_DOMAINS.light;
  if (frame.all && (verbs.includes('on') || verbs.includes('off')))
    return IMPLIED_DOMAINS.everything;
  if (frame.question && (frame.all || frame.question.which || frame.areaIds.length)) {
    return IMPLIED_DOMAINS.everything;
  }
  if (frame.question && (frame.all || frame.areaIds.length)) return IMPLIED_DOMAINS.everything;
  if (
    frame.color ||
    frame.colortemp ||
    frame.number?.unit === 'kelvin' ||
    // "set the kitchen to 50%": a room at a percentage is its lights' brightness.
    (frame.number?.unit === 'percent' && frame.areaIds.length > 0) ||
    frame.attribute === 'brightness' ||
    frame.attribute === 'color'
  )
    return IMPLIED_DOMAINS.light;
  if (frame.too === 'bright' || frame.too === 'dark') return IMPLIED_DOMAINS.light;
  if (
    (verbs.includes('up') || verbs.includes('down') || frame.more || frame.less) &&
    !frame.question
  ) {
    return IMPLIED_DOMAINS.light;
  }
  return undefined;
}

export interface ResolveOptions {
  /** The speaker's room: --area, else the home's default_area. */
  speakerArea: string | undefined;
  /** Questions about "which lights" look at the whole home. */
  wholeHomeByDefault: boolean;
  /** A question reads state only, so several matches are all answered instead of asked about. */
  readOnly: boolean;
  /** What a question asks about ("temperature"): only devices that can tell are candidates. */
  attribute?: string;
  /** The state a question names ("open"): only devices that can be in it are candidates. */
  state?: string;
  /** The answer to an earlier "which one do you mean": these among the candidates. */
  choose?: readonly string[];
}

function inAreas(devices: readonly Device[], areas: readonly string[]): Device[] {
  return devices.filter((d) => d.area !== undefined && areas.includes(d.area));
}

/** A sensor of another class ("humidity") cannot tell the temperature. */
export function canTell(device: Device, attribute: string): boolean {
  // A light-level sensor tells how bright a room is.
  if (attribute === 'brightness' && device.type === 'sensor' && device.class === 'illuminance')
    return true;
  if (!DEVICE_ATTRIBUTES[device.type].includes(attribute)) return false;
  return device.type !== 'sensor' || device.class === undefined || device.class === attribute;
}

export function resolveTargets(
  frame: Frame,
  index: HomeIndex,
  options: ResolveOptions,
): Resolution {
  const duals = frame.mentions.filter((m) => m.domain && m.areaIds && !m.deviceIds && !m.sceneIds);
  const others = frame.mentions.filter((m) => !duals.includes(m));
  const named: Mention[] = others.filter((m) => m.deviceIds || m.sceneIds);
  const kinds: Mention[] = others.filter((m) => m.domain && !m.deviceIds && !m.sceneIds);
  const areaIds = [...frame.areaIds];
  // "garage" is a room when something else says which device ("the garage light") or when
  // the home has no garage door.
  for (const m of duals) {
    if (others.length > 0 || index.matching(m.domain!).length === 0) areaIds.push(...m.areaIds!);
    else kinds.push(m);
  }
  const areas = index.areasOf(areaIds);
  const speaker = options.speakerArea;

  // A name shared by a device and a scene is the device, unless "scene" is said.
  const sceneIds = named.flatMap((m) =>
    m.sceneIds && (!m.deviceIds || frame.saysScene) ? m.sceneIds : [],
  );
  const devices = new Map<string, Device>();
  const alternatives: string[] = [];
  const partial = named.filter((m) => m.partial);

  const choose = options.choose;
  for (const m of named.filter((x) => x.fromContext)) {
    // "them" is every device of the earlier turn; a room said now narrows it.
    const earlier = m.deviceIds!.map((id) => index.devices.get(id)!).filter(Boolean);
    const here = areas.length ? inAreas(earlier, areas) : earlier;
    for (const d of here) devices.set(d.id, d);
  }
  const contextIds = new Set(devices.keys());
  let outsideArea = 0;
  for (const m of named.filter((x) => !x.partial && !x.fromContext && x.deviceIds)) {
    let ids = [...m.deviceIds!];
    // The answer to "which one do you mean" (one of them, or both) is the user's own choice.
    const chosen = choose && ids.length > 1 && ids.some((id) => choose.includes(id));
    if (chosen) ids = ids.filter((id) => choose.includes(id));
    const candidates = ids.map((id) => index.devices.get(id)!).filter(Boolean);
    if (candidates.length > 1 && !chosen) {
      const byArea = areas.length ? inAreas(candidates, areas) : [];
      const bySpeaker = speaker ? inAreas(candidates, [speaker]) : [];
      if (byArea.length) ids = byArea.map((d) => d.id);
      else if (frame.all && !frame.here) ids = candidates.map((d) => d.id);
      // "which blinds are open": a question about a group looks at the whole home.
      else if (options.wholeHomeByDefault && options.readOnly && !frame.here)
        ids = candidates.map((d) => d.id);
      else if (bySpeaker.length && !areas.length) ids = bySpeaker.map((d) => d.id);
      else if (options.readOnly && !areas.length) ids = candidates.map((d) => d.id);
      // "the kitchen light" with a "Light" in two other rooms: none is in the room said.
      else return { kind: 'ambiguous', choices: candidates, outsideArea: areas.length > 0 };
    }
    for (const id of ids) devices.set(id, index.devices.get(id)!);
    alternatives.push(...candidates.filter((d) => !ids.includes(d.id)).map((d) => d.id));
    // "the lights in the utility room" is not the device called "Light" in the bedroom, and
    // "the temperature in here" is not the sensor called "Temperature" in another room.
    const said = areas.length ? areas : frame.here && speaker ? [speaker] : [];
    if (
      said.length &&
      !m.areaIds &&
      !m.listed &&
      !ids.some((id) => inAreas([index.devices.get(id)!], said).length) &&
      // A robot cleans the room you name; it does not have to live there.
      !ids.every((id) => index.devices.get(id)!.type === 'vacuum')
    )
      outsideArea++;
  }
  const namedIds = new Set([...devices.keys()].filter((id) => !contextIds.has(id)));
  // "the bathroom and kitchen lights": "Kitchen lights" is a name, but the bathroom wants
  // the same kind of device.
  const namedDevices = [...devices.values()];
  const leftover = areas.filter((a) => !namedDevices.some((d) => d.area === a));
  // Not when a kind is said for those rooms: "the television and the kitchen lights".
  if (namedDevices.length && leftover.length && kinds.length === 0) {
    const types = new Set(namedDevices.map((d) => d.type));
    for (const d of index.home.devices) {
      if (types.has(d.type) && d.area !== undefined && leftover.includes(d.area))
        devices.set(d.id, d);
    }
  }

  let domains = combineKinds(kinds.map((m) => m.domain!));
  // "does the boiler have a fault": the fault is what is asked of the boiler, not every sensor
  // of faults besides.
  const namedList = [...namedIds].map((id) => index.devices.get(id)!);
  domains = domains.filter(
    (k) =>
      !(
        k.strictClass &&
        k.types.every((t) => t === 'binary_sensor' || t === 'sensor') &&
        namedList.some((d) => matchesDomain(d, k))
      ),
  );
  if (
    (named.length === 0 || named.every((m) => m.fromContext)) &&
    domains.length === 0 &&
    devices.size === 0
  ) {
    const implied = impliedDomain(frame);
    if (implied) domains = [implied];
  }
  if (domains.length === 0 && partial.length) {
    const ids = [...new Set(partial.flatMap((m) => m.deviceIds!))];
    if (ids.length === 1 || partial.length > 1) {
      // Every partial word must fit: "desk lamp" narrows, it does not widen.
      const fit = ids.filter((id) => partial.every((m) => m.deviceIds!.includes(id)));
      for (const id of fit) {
        devices.set(id, index.devices.get(id)!);
        namedIds.add(id);
      }
    } else {
      return { kind: 'ambiguous', choices: ids.map((id) => index.devices.get(id)!) };
    }
  }

  let missingKind: string | undefined;
  for (const domain of domains) {
    let matching = index.matching(domain);
    const chosenHere = choose !== undefined && matching.some((d) => choose.includes(d.id));
    if (chosenHere) matching = matching.filter((d) => choose.includes(d.id));
    const attribute = options.attribute;
    if (attribute) matching = matching.filter((d) => canTell(d, attribute));
    const state = options.state;
    if (state) matching = matching.filter((d) => canBeIn(d, state));
    if (partial.length) {
      // "the sink leak sensor": the word narrows the kind when it can; a word of another
      // device's name ("under the sink" beside a "Sink light") does not empty it.
      const ids = new Set(partial.flatMap((m) => m.deviceIds!));
      const narrowed = matching.filter((d) => ids.has(d.id));
      if (narrowed.length) matching = narrowed;
    }
    // No device of the kind: one named by the kind's word ("the washer" sensor) may be meant.
    if (matching.length === 0)
      matching = index
        .namedLike(domain)
        .filter((d) => (!attribute || canTell(d, attribute)) && (!state || canBeIn(d, state)));
    if (matching.length === 0) {
      // "close all the blinds and curtains" in a home without curtains: the blinds.
      if (kinds.length > 1 && kinds.some((k) => k.listed)) {
        missingKind ??= domain.word;
        continue;
      }
      return { kind: 'missing', what: domain.word, areaIds: areas };
    }
    // "the light on the fan": the lights whose name says "fan", before asking which.
    const modifier = kinds.find((m) => m.domain === domain)?.modifier;
    if (modifier) {
      const pool = frame.all
        ? matching
        : matching.filter((d) => !areas.length || inAreas([d], areas).length);
      // "the light on the ceiling fan" is the "Fan light": the modifier's last word will do.
      const head = modifier.split(' ').at(-1)!;
      const named = pool.filter((d) => {
        const name = d.name.toLowerCase();
        return name.includes(modifier) || name.split(' ').includes(head);
      });
      // "switch on the ceiling light" is no switch that sits on a ceiling light.
      if (named.length === 0)
        return { kind: 'missing', what: `${domain.word} on the ${modifier}`, areaIds: areas };
      matching = named;
    }
    let chosen: readonly Device[];
    if (chosenHere && matching.length > 1) chosen = matching;
    else if (frame.all && !areas.length && !frame.here) chosen = matching;
    else if (areas.length) {
      chosen = inAreas(matching, areas);
      // A robot cleans the room you name; it does not have to live there.
      if (chosen.length === 0 && matching.length === 1 && matching[0]!.type === 'vacuum')
        chosen = matching;
    } else if (
      options.readOnly &&
      !frame.here &&
      kinds.some((m) => m.domain === domain && m.plural)
    ) {
      // "are the windows closed": you can see this room's; the question is about the home.
      chosen = matching;
    } else if (
      !frame.here &&
      kinds.some((m) => m.domain === domain && m.plural) &&
      frame.verbs.some((v) => v.verb === 'lock' || v.verb === 'unlock') &&
      matching.some((d) => d.type === 'lock')
    ) {
      // "lock the doors": a home's doors are locked together, wherever the speaker is.
      chosen = matching.filter((d) => d.type === 'lock');
    } else if (frame.here || !options.wholeHomeByDefault) {
      chosen = speaker ? inAreas(matching, [speaker]) : [];
      if (chosen.length === 0 && !frame.here) {
        if (matching.length === 1) chosen = matching;
        else if (new Set(matching.map((d) => d.area)).size > 1 && !options.readOnly) {
          return { kind: 'ambiguous', choices: matching };
        } else chosen = matching;
      }
    } else chosen = matching;
    // One heating for the whole home (no room of its own) heats the room you are in.
    if (chosen.length === 0 && (areas.length || frame.here)) {
      const homeWide = matching.filter((d) => d.area === undefined && d.type === 'climate');
      if (homeWide.length === 1) chosen = homeWide;
      // "it's boiling in here" in a home with one heating: that one.
      else if ((frame.too === 'hot' || frame.too === 'cold') && matching.length === 1)
        chosen = matching;
    }
    // "the lamp" means the lamps, when the room has lamps as well as other lights.
    // "the lamps and lights": a plain "lights" beside it keeps them all.
    const surfaces = kinds
      .filter((m) => m.domain === domain || m.domain?.word === domain.word)
      .map((m) => m.surface);
    // A sensor's class says what it senses: "water" is every leak sensor, not the "Water sensor".
    const surface =
      !domain.strictClass && surfaces.every((w) => w && !domain.word.startsWith(w))
        ? surfaces[0]
        : undefined;
    if (surface) {
      const named = chosen.filter((d) => d.name.toLowerCase().includes(surface));
      if (named.length) chosen = named;
    }
    if (chosen.length === 0) {
      return {
        kind: 'missing',
        what: domain.word,
        areaIds: areas.length ? areas : speaker ? [speaker] : [],
      };
    }
    for (const d of chosen) devices.set(d.id, d);
    if (chosen.length < matching.length && chosen.length === 1 && !frame.all)
      alternatives.push(...matching.filter((d) => !chosen.includes(d)).map((d) => d.id));
  }

  if (devices.size === 0 && sceneIds.length === 0) {
    return missingKind
      ? { kind: 'missing', what: missingKind, areaIds: areas }
      : { kind: 'nothing' };
  }
  return {
    kind: 'targets',
    devices: [...devices.values()],
    sceneIds,
    named: namedIds,
    ...(alternatives.length ? { alternatives } : {}),
    ...(outsideArea ? { outsideArea } : {}),
  };
}
