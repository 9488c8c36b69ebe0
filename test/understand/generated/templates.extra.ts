// Extra development templates, written independently of templates.dev.ts: the way people talk
// to a voice assistant at home (terse, polite, indirect, British and American, numbers as
// words or digits, transcripts with capitals and full stops). Expected plans follow the spec
// (../shared/spec/home-file.md, cli.md) and issue 10, not what the engine does today; where a
// sentence is ambiguous in the home the expectation is a question back, and where the home
// cannot make a case fair the template returns null. Behaviour names match the dev set's so
// the per-family tables line up; "indirect requests" and "conversation: the other one" are new.
import type { Device, Home } from '../../../src-main/core/home.ts';
import type { GenerateHomeOptions, GeneratedHome } from './generateHome.ts';
import type { Rng } from './Rng.ts';
import {
  act,
  allLights,
  anySpeaker,
  areasWithLights,
  device,
  devicesOf,
  ids,
  lightsIn,
  lightsOnFloor,
  nameIsUnique,
  numberWords,
  onlyClimate,
  otherArea,
  readsAsRoomAndName,
  sayArea,
  sayDevice,
  targetTemperature,
  theArea,
  theName,
  uniquelyNamed,
} from './templateKit.ts';
import type { Expected, Template, Turn } from './templateKit.ts';

// ------------------------------------------------------------------ wording helpers

const pick = <T>(rng: Rng, ...items: T[]): T => rng.pick(items);

/** "seventy-five" (hyphenated, as written English has it) or "seventy five". */
function words(n: number, rng: Rng): string {
  const w = numberWords(n);
  return rng.chance(0.5)
    ? w.replace(/^(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety) /, '$1-')
    : w;
}

function num(n: number, rng: Rng): string {
  return rng.chance(0.55) ? String(n) : words(n, rng);
}

function pct(n: number, rng: Rng): string {
  return pick(rng, `${n}%`, `${n} percent`, `${words(n, rng)} percent`, `${n} per cent`, `${n} %`);
}

/** "is the lamp" / "are the spotlights". */
const isAre = (name: string) =>
  /(lights|blinds|shutters|curtains|spotlights|downlights)$/i.test(name) ? 'are' : 'is';

const an = (word: string) => (/^[aeiou]/.test(word) ? 'an' : 'a');

/** A way of asking, or none; distinct from templateKit's polite(). */
function ask(command: string, rng: Rng): string {
  return pick(
    rng,
    command,
    command,
    command,
    `please ${command}`,
    `${command}, please`,
    `can you ${command}`,
    `could you ${command} for me`,
    `${command} for me please`,
    `go ahead and ${command}`,
    `ok, ${command}`,
    `${command}, thanks`,
  );
}

/** Whisper writes "Turn the lights off." : capitals and full stops are part of real input. */
function dress(text: string, rng: Rng): string {
  let t = text;
  if (rng.chance(0.3)) t = t.charAt(0).toUpperCase() + t.slice(1);
  if (!/[.?!]$/.test(t) && rng.chance(0.25))
    t += /^(is|are|what|what's|how|which|did|do|does|has|have|can|could|any)\b/i.test(t)
      ? '?'
      : '.';
  return t;
}

/** The room as said, with no article: "kitchen", "mia's room", "bedroom two". */
const room = (home: Home, id: string, rng: Rng) => sayArea(home, id, rng);
const possessive = (spoken: string) => /'s\b/.test(spoken);

/** "the kitchen lights", "the lights in the kitchen", or (terse) "kitchen lights". */
function lightsOf(home: Home, area: string, rng: Rng, terse = false): string {
  const a = room(home, area, rng);
  const the = possessive(a) ? '' : 'the ';
  return pick(
    rng,
    `${the}${a} lights`,
    `the lights in ${the}${a}`,
    ...(terse ? [`${a} lights`, `${a} lights`] : []),
  );
}

function temp(t: number, home: Home, rng: Rng): string {
  const sym = home.unit === 'fahrenheit' ? 'F' : 'C';
  const unit = home.unit === 'fahrenheit' ? 'fahrenheit' : 'celsius';
  return pick(
    rng,
    `${t}`,
    `${t} degrees`,
    `${words(t, rng)} degrees`,
    `${t}°`,
    `${t}°${sym}`,
    `${t} °${sym}`,
    `${t} degrees ${unit}`,
  );
}

/** A temperature that says it is one ("21 degrees", "21°"), for sentences that would be vague without. */
function tempUnit(t: number, home: Home, rng: Rng): string {
  let said = temp(t, home, rng);
  for (let i = 0; i < 5 && /^\d+$/.test(said); i++) said = temp(t, home, rng);
  return /^\d+$/.test(said) ? `${t} degrees` : said;
}

/** No scene answers to this name (a scene and a device of one name make "turn on X" two things). */
function noSceneNamed(home: Home, name: string): boolean {
  const n = name.toLowerCase();
  return !home.scenes.some((s) => [s.name, ...s.aliases].some((x) => x.toLowerCase() === n));
}

/** 2700 -> "two thousand seven hundred". */
function kelvinWords(k: number): string {
  const th = Math.floor(k / 1000);
  const h = Math.floor((k % 1000) / 100);
  return `${numberWords(th)} thousand${h ? ` ${numberWords(h)} hundred` : ''}`;
}

function kelvin(k: number, rng: Rng): string {
  return pick(
    rng,
    `${k}K`,
    `${k} K`,
    `${k} kelvin`,
    `${k.toLocaleString('en-US')} kelvin`,
    `${kelvinWords(k)} kelvin`,
  );
}

function one(text: string, expect: Expected, area?: string): Turn[] {
  return [{ text, ...(area === undefined ? {} : { area }), expect }];
}

const upper = (s: string) => s.toLowerCase();

/** A unique, non-kind-word light that a person can name without the room being in doubt. */
function namedLights(g: GeneratedHome): Device[] {
  return uniquelyNamed(g.home, 'light');
}

/** Media players a person can name: "Speaker" only while it is the home's one speaker. */
function namedMedia(g: GeneratedHome): Device[] {
  const speakers = devicesOf(g.home, 'media_player', 'speaker');
  return uniquelyNamed(g.home, 'media_player').filter(
    (d) => d.name !== 'Speaker' || speakers.length === 1,
  );
}

/**
 * Covers (not the garage) a person can name: a name that is also the class word ("Blinds",
 * "Shutters", "Curtains") only when no other cover of that class could answer to it.
 */
function namedCovers(g: GeneratedHome): Device[] {
  const covers = devicesOf(g.home, 'cover').filter((d) => d.class !== 'garage');
  return uniquelyNamed(g.home, 'cover').filter(
    (d) =>
      d.class !== 'garage' &&
      (!/^(blinds|shutters|curtains|roller blind)$/i.test(d.name) ||
        covers.filter((o) => o.class === d.class).length === 1),
  );
}

/** Lights whose name starts with their room's word: "Bathroom light", "Den lamp", "Hall light". */
function roomWordLights(g: GeneratedHome): { d: Device; word: string }[] {
  const out: { d: Device; word: string }[] = [];
  for (const d of devicesOf(g.home, 'light')) {
    if (!d.area || !nameIsUnique(g.home, d.name) || readsAsRoomAndName(g.home, d)) continue;
    const a = g.home.areas.find((x) => x.id === d.area)!;
    const word = [a.name, ...a.aliases].find((w) =>
      d.name.toLowerCase().startsWith(`${w.toLowerCase()} `),
    );
    if (word) out.push({ d, word: word.toLowerCase() });
  }
  return out;
}

/**
 * Light names several devices share, each holder in its own room and the only thing there
 * whose name or alias contains the name: [name, holders]. Kind words ("light", "lamp") and
 * aliases ("big light") are left to their own templates.
 */
function sharedLightNames(g: GeneratedHome): [string, Device[]][] {
  const out: [string, Device[]][] = [];
  for (const [name, idList] of Object.entries(g.meta.sharedNames)) {
    if (/^(light|lamp)$/.test(name)) continue;
    const ds = idList.map((id) => device(g.home, id));
    if (!ds.every((d) => d.type === 'light' && d.area)) continue;
    const areas = new Set(ds.map((d) => d.area));
    if (areas.size !== ds.length) continue;
    if (
      g.home.devices.some(
        (o) =>
          !ds.includes(o) && [o.name, ...o.aliases].some((n) => n.toLowerCase().includes(name)),
      )
    )
      continue;
    // Nor may a scene or an area answer to the name.
    if (
      [...g.home.scenes, ...g.home.areas].some((x) =>
        [x.name, ...x.aliases].some((n) => n.toLowerCase() === name),
      )
    )
      continue;
    out.push([name, ds]);
  }
  return out;
}

/** The speaker's room for a sentence about "here": the area given or the home's default. */
const hasLights = (g: GeneratedHome, area: string | undefined) =>
  area !== undefined && lightsIn(g, area).length > 0;

const WARM: [number, number] = [1800, 3500];
const COOL: [number, number] = [4000, 7000];
const DAYLIGHT: [number, number] = [5000, 7000];

// ------------------------------------------------------------------ templates

const RAW: Template[] = [
  // ================================================================ lights by room
  {
    id: 'extra.room-lights-terse',
    behaviour: 'lights by room',
    make(g, rng) {
      const area = rng.pick(areasWithLights(g));
      const on = rng.chance(0.5);
      const v = on ? 'on' : 'off';
      const a = room(g.home, area, rng);
      const the = possessive(a) ? '' : 'the ';
      const text = pick(
        rng,
        `${a} lights ${v}`,
        `${the}${a} lights ${v}`,
        `lights ${v} in ${the}${a}`,
        `${a} lights ${v} please`,
        `lights in ${the}${a} ${v}`,
        `${a}, lights ${v}`,
      );
      return one(
        text,
        { actions: act(lightsIn(g, area), on ? 'turn_on' : 'turn_off') },
        anySpeaker(g.home, rng),
      );
    },
  },
  {
    id: 'extra.room-lights-casual',
    behaviour: 'lights by room',
    make(g, rng) {
      const area = rng.pick(areasWithLights(g));
      const on = rng.chance(0.5);
      const L = lightsOf(g.home, area, rng);
      const text = on
        ? pick(
            rng,
            `could you put ${L} on`,
            `I want ${L} on`,
            `can you get ${L} on please`,
            `flip ${L} on`,
            `I'd like ${L} on`,
            `pop ${L} on`,
          )
        : pick(
            rng,
            `shut off ${L}`,
            `kill ${L}`,
            `I want ${L} off`,
            `can you switch ${L} off for me`,
            `put ${L} off please`,
            `turn ${L} off would you`,
          );
      return one(
        text,
        { actions: act(lightsIn(g, area), on ? 'turn_on' : 'turn_off') },
        anySpeaker(g.home, rng),
      );
    },
  },
  {
    id: 'extra.two-rooms-lights',
    behaviour: 'lights by room',
    make(g, rng) {
      const rooms = areasWithLights(g);
      if (rooms.length < 2) return null;
      const [a, b] = rng.sample(rooms, 2) as [string, string];
      const A = room(g.home, a, rng);
      const B = room(g.home, b, rng);
      const tA = possessive(A) ? A : `the ${A}`;
      const tB = possessive(B) ? B : `the ${B}`;
      const text = pick(
        rng,
        `switch the lights on in ${tA} and ${tB}`,
        `lights on in ${tA} and ${tB}`,
        `turn on the lights in ${tA} and in ${tB}`,
        `can you put the lights on in ${tA} and ${tB}`,
      );
      return one(
        text,
        { actions: act([...lightsIn(g, a), ...lightsIn(g, b)], 'turn_on') },
        anySpeaker(g.home, rng),
      );
    },
  },

  // ================================================================ lights by floor
  {
    id: 'extra.floor-lights-words',
    behaviour: 'lights by floor',
    make(g, rng) {
      const up = rng.chance(0.5);
      const floor = up ? g.meta.upstairs : g.meta.downstairs;
      if (!floor) return null;
      const lights = lightsOnFloor(g, floor);
      if (!lights.length) return null;
      const on = rng.chance(0.5);
      const v = on ? 'on' : 'off';
      // Both kinds of generated home call the upper floor "first floor" (name or alias).
      const where = up
        ? pick(rng, 'upstairs', 'on the first floor', 'on the first floor', 'up stairs')
        : pick(rng, 'downstairs', 'on the ground floor', 'on the ground floor');
      const adj = up
        ? pick(rng, 'upstairs', 'first floor', 'first-floor')
        : pick(rng, 'downstairs', 'ground floor', 'ground-floor');
      const text = pick(
        rng,
        `lights ${v} ${where}`,
        `turn all the lights ${where} ${v}`,
        `switch ${v} the lights ${where}`,
        `could you turn the ${adj} lights ${v}`,
        `${adj} lights ${v} please`,
        `put the lights ${v} ${where}`,
      );
      return one(
        text.replace('up stairs', 'upstairs'),
        { actions: act(lights, on ? 'turn_on' : 'turn_off') },
        anySpeaker(g.home, rng),
      );
    },
  },
  {
    id: 'extra.floor-lights-brightness',
    behaviour: 'lights by floor',
    make(g, rng) {
      const up = rng.chance(0.5);
      const floor = up ? g.meta.upstairs : g.meta.downstairs;
      if (!floor) return null;
      const lights = lightsOnFloor(g, floor);
      if (!lights.length) return null;
      const n = rng.pick([10, 20, 30, 40, 50, 70]);
      const where = up
        ? pick(rng, 'upstairs', 'on the first floor')
        : pick(rng, 'downstairs', 'on the ground floor');
      const text = pick(
        rng,
        `dim the lights ${where} to ${pct(n, rng)}`,
        `set all the lights ${where} to ${pct(n, rng)}`,
        `lights ${where} at ${pct(n, rng)} please`,
      );
      return one(text, { actions: act(lights, 'set_brightness', n) }, anySpeaker(g.home, rng));
    },
  },
  {
    id: 'extra.floor-lights-question',
    behaviour: 'lights by floor',
    make(g, rng) {
      const up = rng.chance(0.5);
      const floor = up ? g.meta.upstairs : g.meta.downstairs;
      if (!floor) return null;
      const lights = lightsOnFloor(g, floor);
      if (!lights.length) return null;
      const where = up
        ? pick(rng, 'upstairs', 'on the first floor')
        : pick(rng, 'downstairs', 'on the ground floor');
      const text = pick(
        rng,
        `did I leave any lights on ${where}`,
        `are the lights ${where} all off`,
        `how many lights are on ${where}`,
        `is anything still lit ${where}`,
      );
      return one(text, { queries: ids(lights) }, anySpeaker(g.home, rng));
    },
  },

  // ================================================================ all lights
  {
    id: 'extra.all-lights',
    behaviour: 'all lights',
    make(g, rng) {
      const on = rng.chance(0.4);
      const v = on ? 'on' : 'off';
      const text = pick(
        rng,
        `all lights ${v}`,
        `turn every light in the house ${v}`,
        `lights ${v} everywhere`,
        `switch all of the lights ${v}`,
        `every light ${v} please`,
        `can you turn all the lights in the house ${v}`,
        `${v === 'off' ? 'shut off' : 'put on'} all the lights`,
      );
      return one(
        ask(text, rng),
        { actions: act(allLights(g), on ? 'turn_on' : 'turn_off') },
        anySpeaker(g.home, rng),
      );
    },
  },

  // ================================================================ exceptions
  {
    id: 'extra.all-but-room',
    behaviour: 'exceptions',
    make(g, rng) {
      const rooms = areasWithLights(g);
      if (rooms.length < 2) return null;
      const area = rng.pick(rooms);
      const keep = new Set(lightsIn(g, area).map((d) => d.id));
      const tA = theArea(g.home, area, rng);
      const text = pick(
        rng,
        `turn off every light apart from ${tA}`,
        `all the lights off except for ${tA}`,
        `switch off all the lights other than the ones in ${tA}`,
        `lights off everywhere except ${tA}`,
        `turn all the lights off but not in ${tA}`,
      );
      return one(
        text,
        {
          actions: act(
            allLights(g).filter((d) => !keep.has(d.id)),
            'turn_off',
          ),
        },
        anySpeaker(g.home, rng),
      );
    },
  },
  {
    id: 'extra.room-but-keep-lamp',
    behaviour: 'exceptions',
    make(g, rng) {
      const options = namedLights(g).filter((d) => d.area && lightsIn(g, d.area).length >= 2);
      if (!options.length) return null;
      const lamp = rng.pick(options);
      const L = lightsOf(g.home, lamp.area!, rng);
      const n = theName(lamp.name);
      const text = pick(
        rng,
        `turn off ${L} but keep ${n} on`,
        `switch off ${L} apart from ${n}`,
        `${L} off except for ${n}`,
        `turn ${L} off, leave ${n} on though`,
        `lights off in ${theArea(g.home, lamp.area!, rng)} except ${n}`,
      );
      return one(
        text,
        {
          actions: act(
            lightsIn(g, lamp.area!).filter((d) => d !== lamp),
            'turn_off',
          ),
        },
        anySpeaker(g.home, rng),
      );
    },
  },
  {
    id: 'extra.fan-light-keep-fan',
    behaviour: 'exceptions',
    make(g, rng) {
      const pair = g.meta.fanWithLight;
      if (!pair) return null;
      const light = device(g.home, pair.light);
      const fan = device(g.home, pair.fan);
      if (!nameIsUnique(g.home, light.name) || !nameIsUnique(g.home, fan.name)) return null;
      const text = pick(
        rng,
        'turn off the fan light but leave the fan on',
        'switch off the light on the ceiling fan but keep the fan going',
        'fan light off, keep the fan running',
        'turn the light on the fan off, not the fan itself',
      );
      return one(text, { actions: act([light], 'turn_off') }, anySpeaker(g.home, rng));
    },
  },

  // ================================================================ nothing to act on
  {
    id: 'extra.unknown-device',
    behaviour: 'nothing to act on',
    make(g, rng) {
      const text = pick(
        rng,
        'turn on the jacuzzi',
        'switch off the sprinklers',
        'start the dishwasher',
        'open the pod bay doors',
        'turn the sauna on',
        'switch on the pool pump',
      );
      return one(text, { nothing: true }, anySpeaker(g.home, rng));
    },
  },
  {
    id: 'extra.chit-chat-and-negation',
    behaviour: 'nothing to act on',
    make(g, rng) {
      const area = rng.pick(areasWithLights(g));
      const L = lightsOf(g.home, area, rng);
      const text = pick(
        rng,
        'never mind',
        'thank you',
        'no, forget it',
        `please don't turn ${L} off`,
        `leave ${L} alone`,
        `you don't need to switch ${L} on`,
        'what time is it',
      );
      return one(text, { nothing: true }, area);
    },
  },
  {
    id: 'extra.room-without-lights',
    behaviour: 'nothing to act on',
    make(g, rng) {
      const empty = g.home.areas.map((a) => a.id).filter((a) => !lightsIn(g, a).length);
      if (!empty.length) return null;
      const area = rng.pick(empty);
      const a = room(g.home, area, rng);
      const the = possessive(a) ? '' : 'the ';
      return one(
        pick(rng, `lights on in ${the}${a}`, `${a} lights on please`, `dim the ${a} lights`),
        { nothing: true },
        anySpeaker(g.home, rng),
      );
    },
  },

  // ================================================================ brightness
  {
    id: 'extra.room-brightness-forms',
    behaviour: 'brightness',
    make(g, rng) {
      const area = rng.pick(areasWithLights(g));
      const form = rng.int(0, 5);
      const n = form === 4 ? 50 : form === 5 ? 100 : rng.pick([15, 20, 30, 35, 40, 60, 65, 75, 85]);
      const L = lightsOf(g.home, area, rng, true);
      const a = room(g.home, area, rng);
      const text = [
        `${L} to ${pct(n, rng)}`,
        `put ${L} at ${pct(n, rng)}`,
        `bring ${L} down to ${pct(n, rng)}`,
        `set the brightness in ${possessive(a) ? a : `the ${a}`} to ${pct(n, rng)}`,
        pick(rng, `${L} at half brightness`, `set ${L} to half brightness`),
        pick(rng, `${L} to full brightness`, `put ${L} on full`, `${L} all the way up`),
      ][form]!;
      return one(
        ask(text, rng),
        { actions: act(lightsIn(g, area), 'set_brightness', n) },
        anySpeaker(g.home, rng),
      );
    },
  },
  {
    id: 'extra.device-brightness-forms',
    behaviour: 'brightness',
    make(g, rng) {
      const lights = namedLights(g);
      if (!lights.length) return null;
      const lamp = rng.pick(lights);
      const form = rng.int(0, 4);
      const n = form === 3 ? 50 : rng.pick([5, 10, 25, 45, 55, 80, 90]);
      const N = theName(sayDevice(lamp, rng));
      const text = [
        `can you set the brightness of ${N} to ${pct(n, rng)}`,
        `${N} at ${pct(n, rng)} please`,
        `dim ${N} down to ${pct(n, rng)}`,
        pick(rng, `${N} to half`, `put ${N} at half brightness`),
        `make ${N} ${pct(n, rng)} bright`,
      ][form]!;
      return one(text, { actions: act([lamp], 'set_brightness', n) }, anySpeaker(g.home, rng));
    },
  },

  // ================================================================ relative brightness
  {
    id: 'extra.relative-room-brightness',
    behaviour: 'relative brightness',
    make(g, rng) {
      const area = rng.pick(areasWithLights(g));
      const up = rng.chance(0.5);
      const L = lightsOf(g.home, area, rng);
      const byN = rng.chance(0.2);
      const n = rng.pick([10, 20, 30]);
      const text = up
        ? byN
          ? `brighten ${L} by ${pct(n, rng)}`
          : pick(
              rng,
              `turn up ${L}`,
              `${L} brighter please`,
              `bump ${L} up a bit`,
              `can you make ${L} a touch brighter`,
              `turn ${L} up a notch`,
            )
        : byN
          ? `dim ${L} by ${pct(n, rng)}`
          : pick(
              rng,
              `${L} a touch dimmer`,
              `lower ${L} a little`,
              `turn down ${L}`,
              `can you dim ${L} slightly`,
              `${L} are too bright, turn them down a bit`,
            );
      return one(
        text,
        { actions: act(lightsIn(g, area), 'change_brightness', up ? 10 : -10) },
        anySpeaker(g.home, rng),
      );
    },
  },
  {
    id: 'extra.relative-here-brightness',
    behaviour: 'relative brightness',
    make(g, rng) {
      const area = rng.pick(areasWithLights(g));
      const up = rng.chance(0.5);
      const text = up
        ? pick(
            rng,
            'brighter in here please',
            'can you make it a bit brighter in here',
            'turn the lights up a little',
            'lights up a bit',
          )
        : pick(
            rng,
            'make it dimmer in here',
            'turn the lights down a touch',
            'lights down a bit please',
            'can you lower the lights',
          );
      return one(
        text,
        { actions: act(lightsIn(g, area), 'change_brightness', up ? 10 : -10) },
        area,
      );
    },
  },
  {
    id: 'extra.relative-named-light',
    behaviour: 'relative brightness',
    make(g, rng) {
      const lights = namedLights(g);
      if (!lights.length) return null;
      const lamp = rng.pick(lights);
      const up = rng.chance(0.5);
      const N = theName(sayDevice(lamp, rng));
      const text = up
        ? pick(rng, `${N} a bit brighter`, `turn ${N} up slightly`, `brighten ${N} a little`)
        : pick(rng, `${N} a little dimmer`, `turn ${N} down a bit`, `dim ${N} slightly`);
      return one(
        text,
        { actions: act([lamp], 'change_brightness', up ? 10 : -10) },
        anySpeaker(g.home, rng),
      );
    },
  },

  // ================================================================ colour
  {
    id: 'extra.colour-forms',
    behaviour: 'colour',
    make(g, rng) {
      const colour = rng.pick([
        'red',
        'blue',
        'green',
        'purple',
        'orange',
        'pink',
        'teal',
        'magenta',
      ]);
      if (rng.chance(0.5)) {
        const area = rng.pick(areasWithLights(g));
        const L = lightsOf(g.home, area, rng, true);
        const text = pick(
          rng,
          `change ${L} to ${colour}`,
          `${L} ${colour} please`,
          `I'd like ${L} ${colour}`,
          `can you make ${L} go ${colour}`,
          `colour ${L} ${colour}`,
        );
        return one(
          text,
          { actions: act(lightsIn(g, area), 'set_color', colour) },
          anySpeaker(g.home, rng),
        );
      }
      const lights = namedLights(g);
      if (!lights.length) return null;
      const lamp = rng.pick(lights);
      const N = theName(sayDevice(lamp, rng));
      const text = pick(
        rng,
        `turn ${N} ${colour} please`,
        `change the colour of ${N} to ${colour}`,
        `set the color of ${N} to ${colour}`,
        `${N} to ${colour}`,
      );
      return one(text, { actions: act([lamp], 'set_color', colour) }, anySpeaker(g.home, rng));
    },
  },

  // ================================================================ colour temperature
  {
    id: 'extra.colour-temp-kelvin',
    behaviour: 'colour temperature',
    make(g, rng) {
      const k = rng.pick([2200, 2700, 3000, 3500, 4000, 5000, 5500, 6500]);
      const K = kelvin(k, rng);
      if (rng.chance(0.5)) {
        const area = rng.pick(areasWithLights(g));
        const L = lightsOf(g.home, area, rng);
        const text = pick(
          rng,
          `change ${L} to ${K}`,
          `set the colour temperature of ${L} to ${K}`,
          `${L} to ${K} please`,
          `make ${L} ${K}`,
        );
        return one(
          text,
          { actions: act(lightsIn(g, area), 'set_color_temp', k) },
          anySpeaker(g.home, rng),
        );
      }
      const lights = namedLights(g);
      if (!lights.length) return null;
      const lamp = rng.pick(lights);
      const N = theName(sayDevice(lamp, rng));
      const text = pick(
        rng,
        `set the color temperature on ${N} to ${K}`,
        `${N} colour temperature ${K}`,
        `can you put ${N} at ${K}`,
        `change ${N} to ${K}`,
      );
      return one(text, { actions: act([lamp], 'set_color_temp', k) }, anySpeaker(g.home, rng));
    },
  },
  {
    id: 'extra.colour-temp-presets',
    behaviour: 'colour temperature',
    make(g, rng) {
      // Named whites are colour temperatures, not the CSS colour "white".
      const [word, range] = rng.pick([
        ['warm white', WARM],
        ['a warm white', WARM],
        ['soft white', WARM],
        ['cool white', COOL],
        ['a cool white', COOL],
        ['cold white', COOL],
        ['daylight white', DAYLIGHT],
        ['daylight', DAYLIGHT],
      ] as [string, [number, number]][]);
      const targets: Device[] = [];
      let text: string;
      if (rng.chance(0.5)) {
        const area = rng.pick(areasWithLights(g));
        targets.push(...lightsIn(g, area));
        const L = lightsOf(g.home, area, rng, true);
        text = pick(
          rng,
          `set ${L} to ${word}`,
          `${L} ${word} please`,
          `make ${L} ${word}`,
          `switch ${L} to ${word}`,
        );
      } else {
        const lights = namedLights(g);
        if (!lights.length) return null;
        const lamp = rng.pick(lights);
        targets.push(lamp);
        const N = theName(sayDevice(lamp, rng));
        text = pick(
          rng,
          `make ${N} ${word}`,
          `set ${N} to ${word}`,
          `can you change ${N} to ${word}`,
        );
      }
      // "daylight" is also a sensor's name in some homes; keep the sentence a command.
      return one(
        text,
        { actions: targets.map((d) => ({ device: d.id, command: 'set_color_temp', range })) },
        anySpeaker(g.home, rng),
      );
    },
  },
  {
    id: 'extra.colour-temp-relative',
    behaviour: 'colour temperature',
    make(g, rng) {
      // "Warmer" said of lights is colour, never the heating; no relative colour command
      // exists, so any set_color_temp on the named lights is accepted.
      const warmer = rng.chance(0.5);
      const w = warmer ? 'warmer' : 'cooler';
      if (rng.chance(0.5)) {
        const area = rng.pick(areasWithLights(g));
        const L = lightsOf(g.home, area, rng);
        const text = pick(
          rng,
          `make ${L} ${w}`,
          `can ${L} be a bit ${w}`,
          `${L} a ${w} white please`,
          `I want a ${w} light from ${L}`,
        );
        return one(
          text,
          { actions: act(lightsIn(g, area), 'set_color_temp') },
          anySpeaker(g.home, rng),
        );
      }
      const lights = namedLights(g);
      if (!lights.length) return null;
      const lamp = rng.pick(lights);
      const N = theName(sayDevice(lamp, rng));
      const text = pick(
        rng,
        `make ${N} a ${w} white`,
        `${N} a bit ${w} please`,
        `give ${N} a ${w} colour`,
      );
      return one(text, { actions: act([lamp], 'set_color_temp') }, anySpeaker(g.home, rng));
    },
  },
  {
    id: 'extra.colour-temp-follow-up',
    behaviour: 'colour temperature',
    make(g, rng) {
      const lights = namedLights(g).filter((d) => isAre(d.name) === 'is');
      if (!lights.length) return null;
      const lamp = rng.pick(lights);
      const area = anySpeaker(g.home, rng);
      const k = rng.pick([2700, 4000, 6500]);
      const second = pick(
        rng,
        { text: 'make it warm white', range: WARM },
        { text: 'now cool white please', range: COOL },
        { text: `set it to ${kelvin(k, rng)}`, range: [k - 1, k + 1] as [number, number] },
        { text: `and make it ${kelvin(k, rng)}`, range: [k - 1, k + 1] as [number, number] },
      );
      return [
        {
          text: `switch ${theName(lamp.name)} on`,
          area,
          expect: { actions: act([lamp], 'turn_on') },
        },
        {
          text: second.text,
          area,
          expect: {
            actions: [{ device: lamp.id, command: 'set_color_temp', range: second.range }],
          },
        },
      ];
    },
  },
  {
    id: 'extra.colour-temp-here',
    behaviour: 'colour temperature',
    make(g, rng) {
      // "Light" said with a warmth is colour, in the speaker's room; the heating is not touched.
      const area = rng.pick(areasWithLights(g));
      const [text, range] = rng.pick([
        [
          pick(
            rng,
            'warmer light in here please',
            'can I have a warmer light in here',
            'give me a warmer white in here',
          ),
          undefined,
        ],
        [
          pick(
            rng,
            'cooler light in here please',
            'can I have a cooler white in here',
            'a colder white in here please',
          ),
          undefined,
        ],
        [
          pick(
            rng,
            'warm white in here please',
            'make the lights in here warm white',
            'lights to warm white',
          ),
          WARM,
        ],
        [
          pick(
            rng,
            'daylight white in here please',
            'make the lights in here daylight',
            'lights to cool white',
          ),
          COOL,
        ],
      ] as [string, [number, number] | undefined][]);
      return one(
        text,
        {
          actions: lightsIn(g, area).map((d) => ({
            device: d.id,
            command: 'set_color_temp',
            ...(range ? { range } : {}),
          })),
        },
        area,
      );
    },
  },
  {
    id: 'extra.colour-temp-bare-number',
    behaviour: 'colour temperature',
    make(g, rng) {
      // A number in the thousands said to a light can only be kelvin (brightness stops at 100).
      const k = rng.pick([2200, 2700, 3000, 4000, 5000, 6500]);
      if (rng.chance(0.5)) {
        const area = rng.pick(areasWithLights(g));
        const L = lightsOf(g.home, area, rng, true);
        return one(
          pick(rng, `${L} to ${k}`, `set ${L} to ${k.toLocaleString('en-US')}`, `put ${L} on ${k}`),
          { actions: act(lightsIn(g, area), 'set_color_temp', k) },
          anySpeaker(g.home, rng),
        );
      }
      const lights = namedLights(g);
      if (!lights.length) return null;
      const lamp = rng.pick(lights);
      const N = theName(sayDevice(lamp, rng));
      return one(
        pick(rng, `set ${N} to ${k}`, `${N} to ${k} please`),
        { actions: act([lamp], 'set_color_temp', k) },
        anySpeaker(g.home, rng),
      );
    },
  },

  // ================================================================ device by name
  {
    id: 'extra.device-name-forms',
    behaviour: 'device by name',
    make(g, rng) {
      const devices = [...namedLights(g), ...uniquelyNamed(g.home, 'switch')];
      if (!devices.length) return null;
      const d = rng.pick(devices);
      const on = rng.chance(0.5);
      const N = theName(sayDevice(d, rng));
      const bare = sayDevice(d, rng);
      const text = on
        ? pick(
            rng,
            `${bare} on`,
            `put ${N} on`,
            `I want ${N} on`,
            `can you switch ${N} on for me`,
            `turn on ${N} would you`,
          )
        : pick(
            rng,
            `${bare} off please`,
            `kill ${N}`,
            `shut off ${N}`,
            `switch ${N} off for me`,
            `I want ${N} off now`,
          );
      return one(text, { actions: act([d], on ? 'turn_on' : 'turn_off') }, anySpeaker(g.home, rng));
    },
  },
  {
    id: 'extra.two-named-devices',
    behaviour: 'device by name',
    make(g, rng) {
      const devices = [...namedLights(g), ...uniquelyNamed(g.home, 'switch')];
      if (devices.length < 2) return null;
      const [a, b] = rng.sample(devices, 2) as [Device, Device];
      const on = rng.chance(0.5);
      const v = on ? 'on' : 'off';
      const text = pick(
        rng,
        `turn ${v} ${theName(a.name)} and ${theName(b.name)}`,
        `switch ${theName(a.name)} and ${theName(b.name)} ${v}`,
        `${upper(a.name)} and ${upper(b.name)} ${v} please`,
      );
      return one(
        text,
        { actions: act([a, b], on ? 'turn_on' : 'turn_off') },
        anySpeaker(g.home, rng),
      );
    },
  },

  {
    id: 'extra.make-sure-off',
    behaviour: 'device by name',
    make(g, rng) {
      // "Make sure X is off" asks for the state to be so: the command, not a question.
      const devices = [...namedLights(g), ...uniquelyNamed(g.home, 'switch'), ...namedMedia(g)];
      if (!devices.length) return null;
      const d = rng.pick(devices);
      const n = d.name.toLowerCase();
      const N = theName(n);
      const the = N === n ? '' : 'the ';
      const text = pick(
        rng,
        `make sure ${N} ${isAre(n)} off`,
        `make sure ${N}'s switched off`.replace(/^make sure (.*s)'s/, 'make sure $1 is'),
        `can you make sure ${N} ${isAre(n)} turned off`,
        `make sure ${the}${n} ${isAre(n)} off before I go to bed`,
      );
      return one(text, { actions: act([d], 'turn_off') }, anySpeaker(g.home, rng));
    },
  },
  {
    id: 'extra.make-sure-room-off',
    behaviour: 'lights by room',
    make(g, rng) {
      const area = rng.pick(areasWithLights(g));
      const L = lightsOf(g.home, area, rng);
      const text = pick(
        rng,
        `make sure ${L} are off`,
        `can you make sure ${L} are all off`,
        `make sure ${L} are switched off`,
      );
      return one(text, { actions: act(lightsIn(g, area), 'turn_off') }, anySpeaker(g.home, rng));
    },
  },

  // ================================================================ numbers in names
  {
    id: 'extra.lamp-numbers',
    behaviour: 'numbers in names',
    make(g, rng) {
      const lamps = devicesOf(g.home, 'light').filter((d) => /^Lamp [12]$/.test(d.name));
      if (lamps.length < 2 || !lamps.every((d) => nameIsUnique(g.home, d.name))) return null;
      const lamp = rng.pick(lamps);
      const n = Number(lamp.name.slice(-1));
      const said = pick(
        rng,
        `lamp ${n}`,
        `lamp ${numberWords(n)}`,
        `lamp number ${n}`,
        `lamp number ${numberWords(n)}`,
      );
      const on = rng.chance(0.5);
      const text = on
        ? pick(rng, `${said} on`, `switch on ${said}`, `turn ${said} on please`)
        : pick(rng, `${said} off`, `switch ${said} off`, `turn off ${said} please`);
      return one(
        text,
        { actions: act([lamp], on ? 'turn_on' : 'turn_off') },
        anySpeaker(g.home, rng),
      );
    },
  },
  {
    id: 'extra.numbered-room',
    behaviour: 'numbers in names',
    make(g, rng) {
      // "Bedroom 2" beside "Bedroom": the number decides, said as a digit or a word.
      if (!lightsIn(g, 'bedroom_2').length || !lightsIn(g, 'bedroom').length) return null;
      const said = pick(rng, 'bedroom 2', 'bedroom two', 'bedroom 2');
      const on = rng.chance(0.5);
      const v = on ? 'on' : 'off';
      const text = pick(
        rng,
        `${said} lights ${v}`,
        `lights ${v} in ${said}`,
        `turn the lights in ${said} ${v}`,
        `switch ${v} the ${said} lights`,
      );
      return one(
        text,
        { actions: act(lightsIn(g, 'bedroom_2'), on ? 'turn_on' : 'turn_off') },
        anySpeaker(g.home, rng),
      );
    },
  },

  // ================================================================ one name in several rooms
  {
    id: 'extra.shared-name-room-said',
    behaviour: 'one name in several rooms',
    make(g, rng) {
      const shared = sharedLightNames(g);
      if (!shared.length) return null;
      const [name, holders] = rng.pick(shared);
      const target = rng.pick(holders);
      const a = room(g.home, target.area!, rng);
      const tA = possessive(a) ? a : `the ${a}`;
      const on = rng.chance(0.5);
      const v = on ? 'on' : 'off';
      const prefixOk = !g.home.devices.some((d) => d.name.toLowerCase() === `${a} ${name}`);
      const text = pick(
        rng,
        `${name} in ${tA} ${v}`,
        `switch ${v} the ${name} in ${tA}`,
        `could you turn the ${name} in ${tA} ${v}`,
        ...(prefixOk
          ? [`${possessive(a) ? '' : 'the '}${a} ${name} ${v} please`, `put the ${a} ${name} ${v}`]
          : []),
      );
      return one(
        text,
        { actions: act([target], on ? 'turn_on' : 'turn_off') },
        anySpeaker(g.home, rng),
      );
    },
  },
  {
    id: 'extra.shared-name-here',
    behaviour: 'one name in several rooms',
    make(g, rng) {
      const shared = sharedLightNames(g);
      if (!shared.length) return null;
      const [name, holders] = rng.pick(shared);
      const target = rng.pick(holders);
      const on = rng.chance(0.5);
      const v = on ? 'on' : 'off';
      const text = pick(
        rng,
        `${name} ${v}`,
        `turn the ${name} ${v} please`,
        `the ${name} in here ${v}`,
        `can you switch the ${name} ${v} in here`,
      );
      return one(text, { actions: act([target], on ? 'turn_on' : 'turn_off') }, target.area!);
    },
  },
  {
    id: 'extra.big-light-here',
    behaviour: 'one name in several rooms',
    make(g, rng) {
      const big = g.home.devices.filter((d) => d.aliases.includes('big light'));
      if (big.length < 2) return null;
      const target = rng.pick(big);
      const on = rng.chance(0.5);
      const text = on
        ? pick(rng, 'put the big light on', 'big light on', 'can you switch the big light on')
        : pick(rng, 'big light off please', 'turn the big light off', 'kill the big light');
      return one(text, { actions: act([target], on ? 'turn_on' : 'turn_off') }, target.area!);
    },
  },

  // ================================================================ ambiguity asks back
  {
    id: 'extra.shared-name-elsewhere',
    behaviour: 'ambiguity asks back',
    make(g, rng) {
      const shared = sharedLightNames(g);
      if (!shared.length) return null;
      const [name, holders] = rng.pick(shared);
      const speaker = otherArea(
        g.home,
        rng,
        holders.map((d) => d.area),
      );
      if (!speaker) return null;
      const on = rng.chance(0.5);
      const v = on ? 'on' : 'off';
      const text = pick(
        rng,
        `${name} ${v}`,
        `switch the ${name} ${v}`,
        `can you turn ${v} the ${name}`,
        `the ${name}, ${v} please`,
      );
      return one(text, { clarify: ids(holders) }, speaker);
    },
  },
  {
    id: 'extra.radiator-ambiguous',
    behaviour: 'ambiguity asks back',
    make(g, rng) {
      const rads = devicesOf(g.home, 'climate').filter((d) => d.name === 'Radiator');
      if (rads.length < 2) return null;
      // From a room with no climate device at all (a portable heater's room would read as it).
      const speaker = otherArea(
        g.home,
        rng,
        devicesOf(g.home, 'climate').map((d) => d.area),
      );
      if (!speaker) return null;
      const t = targetTemperature(g.home, rng);
      const text = pick(
        rng,
        'turn the radiator up',
        `set the radiator to ${temp(t, g.home, rng)}`,
        'switch the radiator off',
        'radiator down a bit',
      );
      return one(text, { clarify: ids(rads) }, speaker);
    },
  },

  // ================================================================ speaker area
  {
    id: 'extra.here-lights',
    behaviour: 'speaker area',
    make(g, rng) {
      const area = rng.pick(areasWithLights(g));
      const on = rng.chance(0.5);
      const text = on
        ? pick(
            rng,
            'put the lights on',
            'lights on in here',
            'can you switch the lights on in here',
            'turn on the lights in here please',
          )
        : pick(
            rng,
            'lights out',
            'kill the lights',
            'switch the lights off in here please',
            "turn the lights off, I'm going to bed",
          );
      return one(text, { actions: act(lightsIn(g, area), on ? 'turn_on' : 'turn_off') }, area);
    },
  },
  {
    id: 'extra.default-area',
    behaviour: 'speaker area',
    make(g, rng) {
      const area = g.home.default_area;
      if (!hasLights(g, area)) return null;
      const on = rng.chance(0.5);
      const text = on
        ? pick(rng, 'could you switch the lights on', 'lights on', 'put the lights on please')
        : pick(rng, 'lights off please', 'switch off the lights', 'lights out');
      return [{ text, expect: { actions: act(lightsIn(g, area!), on ? 'turn_on' : 'turn_off') } }];
    },
  },
  {
    id: 'extra.here-radiator-set',
    behaviour: 'speaker area',
    make(g, rng) {
      const all = devicesOf(g.home, 'climate');
      if (all.length < 2) return null;
      const c = rng.pick(all);
      if (all.filter((d) => d.area === c.area).length !== 1) return null;
      const t = targetTemperature(g.home, rng);
      const text = pick(
        rng,
        `set it to ${tempUnit(t, g.home, rng)} in here`,
        `make it ${tempUnit(t, g.home, rng)} in here`,
        `I'd like it ${tempUnit(t, g.home, rng)} in here`,
        ...(/radiator/i.test(c.name) ? [`radiator to ${temp(t, g.home, rng)}`] : []),
      );
      return one(text, { actions: act([c], 'set_temperature', t) }, c.area!);
    },
  },

  // ================================================================ kind word as a device name
  {
    id: 'extra.kind-lamp-named-lamp',
    behaviour: 'kind word as a device name',
    make(g, rng) {
      // A light called "Lamp": in its room, or with its room said, "the lamp" is that light.
      const lamps = devicesOf(g.home, 'light').filter(
        (d) => d.name === 'Lamp' && d.area && noSceneNamed(g.home, d.name),
      );
      if (!lamps.length) return null;
      const lamp = rng.pick(lamps);
      const on = rng.chance(0.5);
      const v = on ? 'on' : 'off';
      if (rng.chance(0.5))
        return one(
          pick(
            rng,
            `turn the lamp ${v}`,
            `lamp ${v} please`,
            `switch ${v} the lamp`,
            `can you put the lamp ${v}`,
          ),
          { actions: act([lamp], on ? 'turn_on' : 'turn_off') },
          lamp.area!,
        );
      const tA = theArea(g.home, lamp.area!, rng);
      return one(
        pick(
          rng,
          `turn the lamp in ${tA} ${v}`,
          `lamp in ${tA} ${v}`,
          `switch ${v} the lamp in ${tA}`,
        ),
        { actions: act([lamp], on ? 'turn_on' : 'turn_off') },
        anySpeaker(g.home, rng),
      );
    },
  },
  {
    id: 'extra.kind-light-named-light',
    behaviour: 'kind word as a device name',
    make(g, rng) {
      // A light called "Light" beside other lights: "the light" (singular, the name said) is
      // that one; "the lights" (plural, the kind) are all of the room's lights.
      const options = devicesOf(g.home, 'light').filter(
        (d) =>
          d.name === 'Light' &&
          d.area &&
          lightsIn(g, d.area).length >= 2 &&
          noSceneNamed(g.home, 'Light'),
      );
      if (!options.length) return null;
      const d = rng.pick(options);
      const on = rng.chance(0.5);
      const v = on ? 'on' : 'off';
      const cmd = on ? 'turn_on' : 'turn_off';
      if (rng.chance(0.5))
        return one(
          pick(rng, `turn the light ${v}`, `switch the light ${v} please`, `light ${v}`),
          { actions: act([d], cmd) },
          d.area!,
        );
      return one(
        pick(
          rng,
          `turn all the lights ${v} in here`,
          `lights ${v} in here please`,
          `switch every light in here ${v}`,
        ),
        { actions: act(lightsIn(g, d.area!), cmd) },
        d.area!,
      );
    },
  },
  {
    id: 'extra.kind-fan-named-fan',
    behaviour: 'kind word as a device name',
    make(g, rng) {
      const fans = devicesOf(g.home, 'fan');
      const named = fans.filter((f) => f.name === 'Fan' && noSceneNamed(g.home, 'Fan'));
      if (named.length !== 1) return null;
      const fan = named[0]!;
      // Speaker beside it, or in a room with no fan at all: the name said wins.
      const speaker = rng.chance(0.5)
        ? fan.area
        : otherArea(
            g.home,
            rng,
            fans.map((f) => f.area),
          );
      const form = rng.int(0, 2);
      const n = rng.pick([30, 50, 80]);
      const text = [
        pick(rng, 'fan on please', 'switch the fan on', 'put the fan on'),
        pick(rng, 'fan off', 'turn the fan off please', 'stop the fan'),
        pick(rng, `fan to ${pct(n, rng)}`, `set the fan speed to ${pct(n, rng)}`),
      ][form]!;
      const expect =
        form === 2 ? act([fan], 'set_speed', n) : act([fan], form === 0 ? 'turn_on' : 'turn_off');
      return one(text, { actions: expect }, speaker);
    },
  },
  {
    id: 'extra.kind-heater-named',
    behaviour: 'kind word as a device name',
    make(g, rng) {
      // The home's one climate device called "Heater", "Heating" or "Thermostat"; or a
      // portable "Heater" beside radiators, said from its own room or a room with no heating.
      const all = devicesOf(g.home, 'climate');
      const only = onlyClimate(g.home);
      let c: Device | undefined;
      let speaker: string | undefined;
      if (only && /^(Heater|Heating|Thermostat)$/.test(only.name)) {
        c = only;
        speaker = anySpeaker(g.home, rng);
      } else {
        const heaters = all.filter((d) => d.name === 'Heater');
        if (all.length < 2 || heaters.length !== 1) return null;
        c = heaters[0]!;
        speaker = rng.chance(0.5)
          ? c.area
          : otherArea(
              g.home,
              rng,
              all.map((d) => d.area),
            );
        if (!speaker) return null;
      }
      const w = c.name.toLowerCase();
      const form = rng.int(0, 2);
      const t = targetTemperature(g.home, rng);
      if (form === 0)
        return one(
          pick(rng, `turn the ${w} up a bit`, `${w} up one degree`, `nudge the ${w} up`),
          { actions: act([c], 'change_temperature', 1) },
          speaker,
        );
      if (form === 1)
        return one(
          pick(rng, `${w} off please`, `shut the ${w} off`, `switch off the ${w} for me`),
          { actions: act([c], 'turn_off') },
          speaker,
        );
      return one(
        pick(
          rng,
          `${w} to ${tempUnit(t, g.home, rng)}`,
          `put the ${w} on ${tempUnit(t, g.home, rng)}`,
        ),
        { actions: act([c], 'set_temperature', t) },
        speaker,
      );
    },
  },
  {
    id: 'extra.kind-speaker-named',
    behaviour: 'kind word as a device name',
    make(g, rng) {
      // A media player called "Speaker" beside a TV (never "the speaker") and maybe a second
      // speaker: said from its own room or from a room with no speaker, the name wins.
      const sp = devicesOf(g.home, 'media_player').filter((d) => d.name === 'Speaker');
      if (sp.length !== 1) return null;
      const s = sp[0]!;
      const others = devicesOf(g.home, 'media_player', 'speaker');
      const speaker =
        others.length === 1
          ? anySpeaker(g.home, rng)
          : rng.chance(0.5)
            ? s.area
            : otherArea(
                g.home,
                rng,
                others.map((d) => d.area),
              );
      const form = rng.int(0, 3);
      const n = rng.pick([20, 40, 60]);
      const [text, expect] = [
        [
          pick(rng, 'turn the speaker up', 'speaker louder please', 'louder on the speaker'),
          act([s], 'change_volume', 10),
        ],
        [
          pick(rng, 'pause the speaker', 'speaker, pause', 'pause the music on the speaker'),
          act([s], 'pause'),
        ],
        [
          pick(rng, `speaker volume to ${num(n, rng)}`, `set the speaker to ${pct(n, rng)} volume`),
          act([s], 'set_volume', n),
        ],
        [
          pick(rng, 'skip to the next song on the speaker', 'next track on the speaker'),
          act([s], 'next'),
        ],
      ][form] as [string, ReturnType<typeof act>];
      return one(text, { actions: expect }, speaker);
    },
  },
  {
    id: 'extra.kind-lights-beside-light-sensor',
    behaviour: 'kind word as a device name',
    make(g, rng) {
      // An illuminance sensor called "Light" in a room with lights: lights are still lights.
      const rooms = g.meta.lightNamedSensors
        .map((id) => device(g.home, id).area!)
        .filter((a) => lightsIn(g, a).length > 0);
      if (!rooms.length) return null;
      const area = rng.pick(rooms);
      const L = lightsOf(g.home, area, rng, true);
      const form = rng.int(0, 2);
      if (form === 0)
        return one(
          pick(rng, `${L} off`, `kill ${L}`),
          { actions: act(lightsIn(g, area), 'turn_off') },
          anySpeaker(g.home, rng),
        );
      if (form === 1)
        return one(
          pick(rng, `are ${L} on`, `did I leave ${L} on`),
          { queries: ids(lightsIn(g, area)) },
          anySpeaker(g.home, rng),
        );
      return one(
        pick(rng, 'dim the lights in here a bit', 'lights a little lower in here'),
        { actions: act(lightsIn(g, area), 'change_brightness', -10) },
        area,
      );
    },
  },

  // ================================================================ room word inside a device name
  {
    id: 'extra.room-word-plural',
    behaviour: 'room word inside a device name',
    make(g, rng) {
      // "Hall light" in the hallway beside other lights: "the hall lights" are all of them.
      const options = roomWordLights(g).filter(({ d }) => lightsIn(g, d.area!).length >= 2);
      if (!options.length) return null;
      const { d, word } = rng.pick(options);
      const on = rng.chance(0.5);
      const v = on ? 'on' : 'off';
      const text = pick(
        rng,
        `${word} lights ${v}`,
        `switch all the ${word} lights ${v}`,
        `put the ${word} lights ${v} please`,
        `turn ${v} both ${word} lights`.replace(
          'both',
          lightsIn(g, d.area!).length === 2 ? 'both' : 'all the',
        ),
      );
      return one(
        text,
        { actions: act(lightsIn(g, d.area!), on ? 'turn_on' : 'turn_off') },
        anySpeaker(g.home, rng),
      );
    },
  },
  {
    id: 'extra.room-word-singular',
    behaviour: 'room word inside a device name',
    make(g, rng) {
      const options = roomWordLights(g).filter(({ d }) => lightsIn(g, d.area!).length >= 2);
      if (!options.length) return null;
      const { d } = rng.pick(options);
      const n = d.name.toLowerCase();
      const on = rng.chance(0.5);
      const v = on ? 'on' : 'off';
      const text = pick(
        rng,
        `${n} ${v} please`,
        `can you turn the ${n} ${v}`,
        `just the ${n} ${v}`,
        `put the ${n} ${v}`,
      );
      return one(text, { actions: act([d], on ? 'turn_on' : 'turn_off') }, anySpeaker(g.home, rng));
    },
  },

  // ================================================================ scenes
  {
    id: 'extra.scene-forms',
    behaviour: 'scenes',
    make(g, rng) {
      const scenes = g.home.scenes.filter(
        (s) => !g.meta.scenesNamedLikeDevices.some(([id]) => id === s.id),
      );
      if (!scenes.length) return null;
      const s = rng.pick(scenes);
      const n = pick(rng, s.name, ...s.aliases).toLowerCase();
      const text = pick(
        rng,
        `let's do ${n}`,
        `run the ${n} scene`,
        `${n} scene please`,
        `start ${n}`,
        `set the ${n} scene`,
        `switch to ${n}`,
        `put on ${n}`,
      );
      return one(
        text,
        { actions: [{ device: s.id, command: 'activate' }] },
        anySpeaker(g.home, rng),
      );
    },
  },
  {
    id: 'extra.scene-vs-device',
    behaviour: 'scenes',
    make(g, rng) {
      if (!g.meta.scenesNamedLikeDevices.length) return null;
      const [scene, deviceId] = rng.pick(g.meta.scenesNamedLikeDevices);
      const d = device(g.home, deviceId);
      if (readsAsRoomAndName(g.home, d)) return null;
      const n = d.name.toLowerCase();
      const form = rng.int(0, 2);
      if (form === 0)
        return one(
          pick(rng, `run the ${n} scene`, `${n} scene please`),
          { actions: [{ device: scene, command: 'activate' }] },
          anySpeaker(g.home, rng),
        );
      if (form === 1)
        return one(
          pick(rng, `switch the ${n} off`, `${n} off please`),
          { actions: act([d], 'turn_off') },
          anySpeaker(g.home, rng),
        );
      const b = rng.pick([20, 30, 60]);
      // Only a light can be dimmed: the scene of the same name cannot.
      return one(
        `dim the ${n} to ${pct(b, rng)}`,
        { actions: act([d], 'set_brightness', b) },
        anySpeaker(g.home, rng),
      );
    },
  },
  // ================================================================ temperature
  {
    id: 'extra.heating-set-forms',
    behaviour: 'temperature',
    make(g, rng) {
      const c = onlyClimate(g.home);
      if (!c) return null;
      const t = targetTemperature(g.home, rng);
      const T = temp(t, g.home, rng);
      const w = pick(rng, c.name.toLowerCase(), 'heating', 'thermostat');
      const text = pick(
        rng,
        `${w} to ${T}`,
        `set the ${w} at ${T}`,
        `put the ${w} on ${T}`,
        `can you make it ${tempUnit(t, g.home, rng)}`,
        `I'd like it at ${tempUnit(t, g.home, rng)} please`,
        `change the temperature to ${T}`,
        `set the temperature to ${T}`,
      );
      return one(text, { actions: act([c], 'set_temperature', t) }, anySpeaker(g.home, rng));
    },
  },
  {
    id: 'extra.room-temperature-forms',
    behaviour: 'temperature',
    make(g, rng) {
      const rooms = g.home.areas
        .map((a) => a.id)
        .filter((a) => devicesOf(g.home, 'climate').filter((d) => d.area === a).length === 1);
      if (!rooms.length || devicesOf(g.home, 'climate').length < 2) return null;
      const area = rng.pick(rooms);
      const c = devicesOf(g.home, 'climate').find((d) => d.area === area)!;
      const t = targetTemperature(g.home, rng);
      const T = tempUnit(t, g.home, rng);
      const tA = theArea(g.home, area, rng);
      const text = pick(
        rng,
        `heat ${tA} to ${T}`,
        `set ${tA} to ${T}`,
        `make ${tA} ${T} please`,
        `I want ${tA} at ${T}`,
        `${tA} temperature to ${T}`.replace(/^the /, ''),
      );
      return one(text, { actions: act([c], 'set_temperature', t) }, anySpeaker(g.home, rng));
    },
  },
  {
    id: 'extra.temperature-other-unit',
    behaviour: 'temperature',
    make(g, rng) {
      // The value is in the home's unit (home-file.md): a number said in the other unit is converted.
      const c = onlyClimate(g.home);
      if (!c) return null;
      const f = g.home.unit === 'fahrenheit';
      const said = f ? rng.int(18, 23) : rng.pick([64, 66, 68, 70, 72]);
      const value = f ? Math.round((said * 9) / 5 + 32) : Math.round(((said - 32) * 5) / 9);
      const unit = f
        ? pick(rng, 'celsius', '°C', 'degrees celsius', 'centigrade')
        : pick(rng, 'fahrenheit', '°F', 'degrees fahrenheit');
      const sep = unit.startsWith('°') ? '' : ' ';
      const text = pick(
        rng,
        `set the thermostat to ${said}${sep}${unit}`,
        `heating to ${said}${sep}${unit} please`,
      );
      return one(text, { actions: act([c], 'set_temperature', value) }, anySpeaker(g.home, rng));
    },
  },

  // ================================================================ relative temperature
  {
    id: 'extra.warmer-cooler-central',
    behaviour: 'relative temperature',
    make(g, rng) {
      const c = onlyClimate(g.home);
      if (!c) return null;
      const up = rng.chance(0.5);
      const w = pick(rng, 'heating', 'thermostat', c.name.toLowerCase());
      const text = up
        ? pick(
            rng,
            'warmer please',
            'can you make it a little warmer',
            'turn the heat up',
            `bump the ${w} up a degree`,
            'raise the temperature by 2 degrees',
            `nudge the ${w} up`,
            `turn up the ${w} by ${num(3, rng)} degrees`,
            'a couple of degrees warmer',
          )
        : pick(
            rng,
            'a couple of degrees cooler',
            `drop the ${w} by 2`,
            'turn the heat down a notch',
            'lower the temperature a bit',
            `knock the ${w} down two degrees`,
            'cooler please',
            `turn the ${w} down a degree`,
            'can you make it a bit colder',
          );
      return one(
        text,
        { actions: act([c], 'change_temperature', up ? 1 : -1) },
        anySpeaker(g.home, rng),
      );
    },
  },
  {
    id: 'extra.warmer-here-radiator',
    behaviour: 'relative temperature',
    make(g, rng) {
      const all = devicesOf(g.home, 'climate');
      if (all.length < 2) return null;
      const c = rng.pick(all);
      if (all.filter((d) => d.area === c.area).length !== 1) return null;
      const up = rng.chance(0.5);
      // "the radiator" only where the device in the room is one (not the portable "Heater").
      const w = /radiator/i.test(c.name) ? 'radiator' : c.name.toLowerCase();
      const text = up
        ? pick(
            rng,
            'warm it up in here a bit',
            'turn the heat up in here',
            'a couple of degrees warmer in here please',
            `turn up the ${w} in here`,
          )
        : pick(
            rng,
            'cooler in here please',
            `turn the ${w} down a couple of degrees`,
            'turn the heat down in here',
            'drop the temperature in here by one degree',
          );
      return one(text, { actions: act([c], 'change_temperature', up ? 1 : -1) }, c.area!);
    },
  },
  {
    id: 'extra.warmer-room-said',
    behaviour: 'relative temperature',
    make(g, rng) {
      const all = devicesOf(g.home, 'climate');
      if (all.length < 2) return null;
      const c = rng.pick(all);
      if (all.filter((d) => d.area === c.area).length !== 1) return null;
      const up = rng.chance(0.5);
      const tA = theArea(g.home, c.area!, rng);
      const text = up
        ? pick(
            rng,
            `make ${tA} warmer`,
            `turn up the heat in ${tA}`,
            `${tA} needs to be a bit warmer`,
            `raise the temperature in ${tA} by two degrees`,
          )
        : pick(
            rng,
            `make ${tA} cooler`,
            `turn the heat down in ${tA}`,
            `lower the temperature in ${tA} a little`,
            `drop ${tA} by a degree`,
          );
      return one(
        text,
        { actions: act([c], 'change_temperature', up ? 1 : -1) },
        anySpeaker(g.home, rng),
      );
    },
  },
  {
    id: 'extra.warmer-after-set',
    behaviour: 'relative temperature',
    make(g, rng) {
      const c = onlyClimate(g.home);
      if (!c) return null;
      const t = targetTemperature(g.home, rng);
      const up = rng.chance(0.5);
      const area = anySpeaker(g.home, rng);
      return [
        {
          text: `set the heating to ${temp(t, g.home, rng)}`,
          area,
          expect: { actions: act([c], 'set_temperature', t) },
        },
        {
          text: up
            ? pick(rng, 'actually a bit warmer', 'one more degree', 'a little higher')
            : pick(rng, 'actually a bit cooler', 'one degree less', 'a little lower'),
          area,
          expect: { actions: act([c], 'change_temperature', up ? 1 : -1) },
        },
      ];
    },
  },

  // ================================================================ climate mode, on/off
  {
    id: 'extra.mode-forms',
    behaviour: 'climate mode',
    make(g, rng) {
      const all = devicesOf(g.home, 'climate');
      if (!all.length) return null;
      const c = rng.pick(all);
      if (all.length > 1 && all.filter((d) => d.area === c.area).length !== 1) return null;
      const area = all.length === 1 ? anySpeaker(g.home, rng) : c.area;
      const [mode, said] = rng.pick([
        ['auto', 'auto'],
        ['auto', 'automatic'],
        ['heat', 'heating mode'],
        ['heat', 'heat'],
        ['cool', 'cooling'],
        ['cool', 'cool mode'],
      ] as const);
      const w =
        all.length === 1
          ? pick(rng, c.name.toLowerCase(), 'thermostat')
          : /radiator/i.test(c.name)
            ? 'radiator'
            : c.name.toLowerCase();
      const text = pick(
        rng,
        `put the ${w} on ${said}`,
        `switch the ${w} over to ${said}`,
        `change the ${w} mode to ${said}`
          .replace('mode to cool mode', 'mode to cool')
          .replace('mode to heating mode', 'mode to heating'),
        `${w} to ${said} please`,
      );
      return one(text, { actions: act([c], 'set_mode', mode) }, area);
    },
  },
  {
    id: 'extra.heating-on-off',
    behaviour: 'climate on/off',
    make(g, rng) {
      const c = onlyClimate(g.home);
      if (!c) return null;
      const on = rng.chance(0.5);
      const w = pick(rng, c.name.toLowerCase(), 'heating', 'heat');
      const text = on
        ? pick(
            rng,
            `${w} on`,
            `can you turn on the ${w}`,
            `switch the ${w} on please`,
            `put the ${w} on`,
          )
        : pick(
            rng,
            `${w} off please`,
            `shut off the ${w}`,
            `turn the ${w} off for now`,
            `switch off the ${w}`,
          );
      return one(text, { actions: act([c], on ? 'turn_on' : 'turn_off') }, anySpeaker(g.home, rng));
    },
  },

  // ================================================================ fans
  {
    id: 'extra.fan-speed-forms',
    behaviour: 'fan speed',
    make(g, rng) {
      const fans = devicesOf(g.home, 'fan');
      if (fans.length !== 1) return null;
      const fan = fans[0]!;
      const form = rng.int(0, 3);
      const n = form === 1 ? 100 : form === 2 ? 50 : rng.pick([20, 30, 40, 60, 75]);
      const text = [
        pick(
          rng,
          `fan to ${pct(n, rng)}`,
          `run the fan at ${pct(n, rng)}`,
          `set the fan's speed to ${pct(n, rng)}`,
        ),
        pick(rng, 'put the fan on full speed', 'fan on full', 'fan to maximum speed'),
        pick(rng, 'fan at half speed', 'set the fan to half speed'),
        `can you set the fan to ${pct(n, rng)} speed`,
      ][form]!;
      return one(text, { actions: act([fan], 'set_speed', n) }, anySpeaker(g.home, rng));
    },
  },
  {
    id: 'extra.fan-relative-forms',
    behaviour: 'relative fan speed',
    make(g, rng) {
      const fans = devicesOf(g.home, 'fan');
      if (fans.length !== 1) return null;
      const up = rng.chance(0.5);
      const text = up
        ? pick(
            rng,
            'fan up a notch',
            'speed up the fan',
            'fan faster please',
            'crank the fan up',
            'can you make the fan go a bit faster',
          )
        : pick(
            rng,
            'turn down the fan',
            'can you slow the fan down a bit',
            'fan a bit slower',
            'fan down a notch',
            'the fan is too fast, turn it down',
          );
      return one(
        text,
        { actions: act(fans, 'change_speed', up ? 10 : -10) },
        anySpeaker(g.home, rng),
      );
    },
  },

  // ================================================================ covers
  {
    id: 'extra.covers-forms',
    behaviour: 'covers',
    make(g, rng) {
      const covers = devicesOf(g.home, 'cover', ['blind', 'shutter', 'curtain']);
      if (!covers.length) return null;
      const c = rng.pick(covers);
      const word = c.class === 'blind' ? 'blinds' : c.class === 'shutter' ? 'shutters' : 'curtains';
      const same = covers.filter((d) => d.area === c.area && d.class === c.class);
      const open = rng.chance(0.5);
      const a = room(g.home, c.area!, rng);
      const tA = possessive(a) ? a : `the ${a}`;
      const text = open
        ? pick(
            rng,
            `${word} up in ${tA}`,
            `pull the ${word} in ${tA} up`,
            `open up the ${word} in ${tA}`,
            `can you open the ${a} ${word}`,
          )
        : pick(
            rng,
            `put the ${a} ${word} down`,
            `${word} down in ${tA} please`,
            `close the ${word} in ${tA}`,
            `can you shut the ${a} ${word}`,
          );
      const fixed =
        word === 'curtains'
          ? text
              .replace(/ up in /, ' open in ')
              .replace(/ down in /, ' closed in ')
              .replace(/pull the curtains in (.*) up/, 'pull the curtains in $1 open')
              .replace(/put the (.*) curtains down/, 'pull the $1 curtains shut')
          : text;
      return one(fixed, { actions: act(same, open ? 'open' : 'close') }, anySpeaker(g.home, rng));
    },
  },
  {
    id: 'extra.garage-forms',
    behaviour: 'covers',
    make(g, rng) {
      const garage = devicesOf(g.home, 'cover', 'garage');
      if (garage.length !== 1) return null;
      const open = rng.chance(0.5);
      const text = open
        ? pick(
            rng,
            'open up the garage',
            'can you open the garage door',
            'garage door up please',
            'open the garage door for me',
          )
        : pick(
            rng,
            'close the garage door please',
            'shut the garage door',
            'garage door down',
            'can you close the garage',
          );
      return one(text, { actions: act(garage, open ? 'open' : 'close') }, anySpeaker(g.home, rng));
    },
  },
  {
    id: 'extra.cover-position-forms',
    behaviour: 'cover position',
    make(g, rng) {
      const covers = namedCovers(g);
      if (!covers.length) return null;
      const c = rng.pick(covers);
      const N = theName(c.name);
      const half = rng.chance(0.4);
      const n = half ? 50 : rng.pick([20, 30, 60, 70, 80]);
      const text = half
        ? pick(rng, `open ${N} halfway`, `${N} half open please`, `put ${N} halfway`)
        : pick(
            rng,
            `${N} to ${pct(n, rng)}`,
            `set ${N} to ${pct(n, rng)} open`,
            `can you put ${N} at ${pct(n, rng)}`,
          );
      return one(text, { actions: act([c], 'set_position', n) }, anySpeaker(g.home, rng));
    },
  },
  {
    id: 'extra.cover-relative-forms',
    behaviour: 'relative cover position',
    make(g, rng) {
      const covers = namedCovers(g);
      if (!covers.length) return null;
      const c = rng.pick(covers);
      const N = theName(c.name);
      const up = rng.chance(0.5);
      // Curtains draw sideways: they open and close, they are not raised.
      const curtain = c.class === 'curtain';
      const text = up
        ? pick(
            rng,
            `open ${N} a touch more`,
            ...(curtain
              ? [`open ${N} a little further`, `${N} a bit more open`]
              : [`raise ${N} a little`, `${N} up a bit`, `lift ${N} slightly`]),
          )
        : pick(
            rng,
            `close ${N} a touch more`,
            ...(curtain
              ? [`close ${N} a little`, `${N} a bit more closed`]
              : [`bring ${N} down a bit`, `lower ${N} slightly`, `${N} down a little`]),
          );
      return one(
        text,
        { actions: act([c], 'change_position', up ? 10 : -10) },
        anySpeaker(g.home, rng),
      );
    },
  },

  // ================================================================ locks
  {
    id: 'extra.lock-forms',
    behaviour: 'locks',
    make(g, rng) {
      const locks = uniquelyNamed(g.home, 'lock');
      if (!locks.length) return null;
      const l = rng.pick(locks);
      const n = l.name.toLowerCase();
      const form = rng.int(0, 2);
      if (form === 0)
        return one(
          pick(
            rng,
            `lock up the ${n}`,
            `can you lock the ${n} for me`,
            `${n}, lock it please`,
            `lock the ${n} would you`,
          ),
          { actions: act([l], 'lock') },
          anySpeaker(g.home, rng),
        );
      if (form === 1)
        return one(
          pick(rng, `unlock the ${n}`, `can you unlock the ${n} please`, `${n} unlock`),
          { actions: act([l], 'unlock') },
          anySpeaker(g.home, rng),
        );
      const all = devicesOf(g.home, 'lock');
      return one(
        pick(
          rng,
          'lock all the doors',
          'lock everything up',
          'lock up for the night',
          'lock every door please',
        ),
        { actions: act(all, 'lock') },
        anySpeaker(g.home, rng),
      );
    },
  },

  // ================================================================ questions about one device
  {
    id: 'extra.q-on',
    behaviour: 'questions about one device',
    make(g, rng) {
      const options = [
        ...namedLights(g),
        ...uniquelyNamed(g.home, 'switch'),
        ...namedMedia(g),
        ...uniquelyNamed(g.home, 'fan'),
      ];
      if (!options.length) return null;
      const d = rng.pick(options);
      const N = theName(d.name);
      const text = pick(
        rng,
        `${isAre(d.name)} ${N} on?`,
        `${isAre(d.name)} ${N} switched on`,
        `did I leave ${N} on`,
        `${isAre(d.name)} ${N} off`,
        `${N}, ${isAre(d.name) === 'is' ? 'is it' : 'are they'} on`,
        `have I left ${N} on?`,
      );
      return one(text, { queries: [d.id] }, anySpeaker(g.home, rng));
    },
  },
  {
    id: 'extra.q-temperature-room',
    behaviour: 'questions about one device',
    make(g, rng) {
      const rooms = g.home.areas
        .map((a) => a.id)
        .filter(
          (a) =>
            devicesOf(g.home, 'sensor', 'temperature').some((d) => d.area === a) &&
            !devicesOf(g.home, 'climate').some((d) => d.area === a),
        );
      if (!rooms.length) return null;
      const area = rng.pick(rooms);
      const sensors = devicesOf(g.home, 'sensor', 'temperature').filter((d) => d.area === area);
      if (rng.chance(0.3))
        return one(
          pick(
            rng,
            'how warm is it in here',
            "what's the temperature in here",
            'how cold is it in here?',
          ),
          { queries: ids(sensors) },
          area,
        );
      const tA = theArea(g.home, area, rng);
      const text = pick(
        rng,
        `what temperature is it in ${tA}`,
        `how hot is it in ${tA}`,
        `how cold is ${tA}`,
        `what's the temp in ${tA}`,
        `temperature in ${tA}?`,
        `is it warm in ${tA}`,
      );
      return one(text, { queries: ids(sensors) }, anySpeaker(g.home, rng));
    },
  },
  {
    id: 'extra.q-bright',
    behaviour: 'questions about one device',
    make(g, rng) {
      const lights = namedLights(g);
      if (!lights.length || rng.chance(0.3)) {
        // The lights of a room, asked together.
        const area = rng.pick(areasWithLights(g));
        const L = lightsOf(g.home, area, rng);
        return one(
          pick(
            rng,
            `how bright are ${L}`,
            `what brightness are ${L} at`,
            `how bright are ${L} set?`,
          ),
          { queries: ids(lightsIn(g, area)) },
          anySpeaker(g.home, rng),
        );
      }
      const d = rng.pick(lights);
      const N = theName(d.name);
      const text = pick(
        rng,
        `how bright is ${N}`,
        `what's the brightness of ${N}`,
        `what brightness is ${N} at`,
        `how bright is ${N} set?`,
      );
      return one(text, { queries: [d.id] }, anySpeaker(g.home, rng));
    },
  },
  {
    id: 'extra.q-lock',
    behaviour: 'questions about one device',
    make(g, rng) {
      const locks = uniquelyNamed(g.home, 'lock');
      if (!locks.length) return null;
      const l = rng.pick(locks);
      const n = l.name.toLowerCase();
      const text = pick(
        rng,
        `is the ${n} locked`,
        `is the ${n} unlocked?`,
        `did I lock the ${n}`,
        `have I locked the ${n}?`,
        `is the ${n} locked or not`,
      );
      return one(text, { queries: [l.id] }, anySpeaker(g.home, rng));
    },
  },
  {
    id: 'extra.q-thermostat',
    behaviour: 'questions about one device',
    make(g, rng) {
      const c = onlyClimate(g.home);
      if (!c) return null;
      const w = pick(rng, 'thermostat', 'heating', c.name.toLowerCase());
      const text = pick(
        rng,
        `what is the ${w} set to`,
        `what's the ${w} set at`,
        `what temperature is the ${w} set to`,
        "what's the target temperature",
        `is the ${w} on`,
      );
      return one(text, { queries: [c.id] }, anySpeaker(g.home, rng));
    },
  },
  {
    id: 'extra.q-humidity',
    behaviour: 'questions about one device',
    make(g, rng) {
      const h = devicesOf(g.home, 'sensor', 'humidity');
      if (h.length !== 1) return null;
      const text = pick(
        rng,
        "what's the humidity in the bathroom",
        'how humid is the bathroom',
        'humidity in the bathroom?',
        'how humid is it in the bathroom right now',
      );
      return one(text, { queries: ids(h) }, anySpeaker(g.home, rng));
    },
  },
  {
    id: 'extra.q-cover',
    behaviour: 'questions about one device',
    make(g, rng) {
      const garage = devicesOf(g.home, 'cover', 'garage');
      const named = namedCovers(g);
      if (garage.length === 1 && (rng.chance(0.5) || !named.length))
        return one(
          pick(
            rng,
            'is the garage door open',
            'is the garage shut?',
            'did I close the garage door',
            'is the garage door still up',
          ),
          { queries: ids(garage) },
          anySpeaker(g.home, rng),
        );
      if (!named.length) return null;
      const c = rng.pick(named);
      const N = theName(c.name);
      return one(
        pick(
          rng,
          `${isAre(c.name)} ${N} open`,
          `${isAre(c.name)} ${N} open?`,
          `${isAre(c.name)} ${N} closed`,
          `how far open ${isAre(c.name)} ${N}`,
        ),
        { queries: [c.id] },
        anySpeaker(g.home, rng),
      );
    },
  },
  {
    id: 'extra.q-window-in-room',
    behaviour: 'questions about one device',
    make(g, rng) {
      const windows = devicesOf(g.home, 'binary_sensor', 'window');
      if (!windows.length) return null;
      const w = rng.pick(windows);
      const here = windows.filter((d) => d.area === w.area);
      const tA = theArea(g.home, w.area!, rng);
      return one(
        pick(
          rng,
          `is the window in ${tA} open`,
          `is the ${room(g.home, w.area!, rng)} window open?`,
          `did I leave the window open in ${tA}`,
          `is the window in ${tA} shut`,
        ),
        { queries: ids(here) },
        anySpeaker(g.home, rng),
      );
    },
  },

  // ================================================================ questions by sensor class
  {
    id: 'extra.sc-leak',
    behaviour: 'questions by sensor class',
    make(g, rng) {
      const wet = devicesOf(g.home, 'binary_sensor', 'moisture');
      if (!wet.length) return null;
      return one(
        pick(
          rng,
          'any leaks?',
          'is anything leaking',
          'are there any leaks',
          'is the floor wet anywhere',
          'have any of the leak sensors gone off',
        ),
        { queries: ids(wet) },
        anySpeaker(g.home, rng),
      );
    },
  },
  {
    id: 'extra.sc-motion',
    behaviour: 'questions by sensor class',
    make(g, rng) {
      const sensors = devicesOf(g.home, 'binary_sensor', ['motion', 'occupancy']);
      if (!sensors.length) return null;
      const area = rng.pick(sensors).area!;
      const here = sensors.filter((d) => d.area === area);
      const tA = theArea(g.home, area, rng);
      return one(
        pick(
          rng,
          `any movement in ${tA}`,
          `is there motion in ${tA}?`,
          `is ${tA} occupied`,
          `is someone in ${tA} right now`,
          `has anyone walked into ${tA}`.replace(
            'has anyone walked into',
            'is anybody moving around in',
          ),
        ),
        { queries: ids(here) },
        anySpeaker(g.home, rng),
      );
    },
  },
  {
    id: 'extra.sc-smoke-co',
    behaviour: 'questions by sensor class',
    make(g, rng) {
      const smoke = devicesOf(g.home, 'binary_sensor', 'smoke');
      const co = devicesOf(g.home, 'binary_sensor', 'carbon_monoxide');
      if (co.length && (rng.chance(0.5) || !smoke.length))
        return one(
          pick(
            rng,
            'is there any carbon monoxide',
            'any CO detected?',
            'is the carbon monoxide alarm going off',
            'is the CO level ok',
          ),
          { queries: ids(co) },
          anySpeaker(g.home, rng),
        );
      if (!smoke.length) return null;
      return one(
        pick(
          rng,
          'is there a fire',
          'is something burning',
          'has a smoke alarm gone off',
          'any smoke in the house?',
        ),
        { queries: ids(smoke) },
        anySpeaker(g.home, rng),
      );
    },
  },
  {
    id: 'extra.sc-battery',
    behaviour: 'questions by sensor class',
    make(g, rng) {
      const low = devicesOf(g.home, 'binary_sensor', 'battery');
      if (!low.length) return null;
      return one(
        pick(
          rng,
          'which sensors have low batteries',
          'any low batteries?',
          'are any of the batteries running low',
          'does anything need a battery change',
          'how many batteries are low',
        ),
        { queries: ids(low) },
        anySpeaker(g.home, rng),
      );
    },
  },
  {
    id: 'extra.sc-daylight',
    behaviour: 'questions by sensor class',
    make(g, rng) {
      const day = devicesOf(g.home, 'binary_sensor', 'light');
      if (day.length !== 1) return null;
      return one(
        pick(
          rng,
          'is it dark outside',
          'is it daylight yet',
          'is it still light out',
          'has it got dark outside',
        ),
        { queries: ids(day) },
        anySpeaker(g.home, rng),
      );
    },
  },

  {
    id: 'extra.sc-doors',
    behaviour: 'questions by sensor class',
    make(g, rng) {
      // Door contact sensors answer "open"; locks answer "locked"; a garage door cover would
      // also answer "open", so homes with one are left out of the group question.
      const doors = devicesOf(g.home, 'binary_sensor', 'door');
      if (!doors.length) return null;
      if (rng.chance(0.5)) {
        const d = rng.pick(doors.filter((x) => nameIsUnique(g.home, x.name)));
        if (!d) return null;
        const n = d.name.toLowerCase();
        return one(
          pick(
            rng,
            `is the ${n} open`,
            `is the ${n} shut?`,
            `did I leave the ${n} open`,
            `has anyone left the ${n} open`,
          ),
          { queries: [d.id] },
          anySpeaker(g.home, rng),
        );
      }
      if (devicesOf(g.home, 'cover', 'garage').length) return null;
      return one(
        pick(
          rng,
          'are any doors open',
          'is a door open anywhere',
          'which doors are open',
          'are all the doors shut?',
        ),
        { queries: ids(doors) },
        anySpeaker(g.home, rng),
      );
    },
  },

  // ================================================================ group questions
  {
    id: 'extra.gq-windows',
    behaviour: 'group questions',
    make(g, rng) {
      const windows = devicesOf(g.home, 'binary_sensor', 'window');
      if (!windows.length) return null;
      return one(
        pick(
          rng,
          'are any windows open',
          'is any window open?',
          'any windows open',
          'are all the windows closed',
          'are all of the windows shut',
          'which windows are open',
          'have I left a window open',
        ),
        { queries: ids(windows) },
        anySpeaker(g.home, rng),
      );
    },
  },
  {
    id: 'extra.gq-lights',
    behaviour: 'group questions',
    make(g, rng) {
      return one(
        pick(
          rng,
          'did I leave any lights on',
          'what lights are on right now',
          'are any lights on',
          'how many lights are on',
          'are all the lights off',
          'which lights have been left on',
        ),
        { queries: ids(allLights(g)) },
        anySpeaker(g.home, rng),
      );
    },
  },
  {
    id: 'extra.gq-locks',
    behaviour: 'group questions',
    make(g, rng) {
      // "Locked" is asked of locks; door contact sensors report open or closed.
      const locks = devicesOf(g.home, 'lock');
      if (!locks.length) return null;
      return one(
        pick(
          rng,
          'how many doors are unlocked',
          'is everything locked',
          'are all the doors locked up',
          'is the house locked up',
          'which doors are unlocked',
          'is any door unlocked?',
        ),
        { queries: ids(locks) },
        anySpeaker(g.home, rng),
      );
    },
  },
  {
    id: 'extra.gq-room-lights',
    behaviour: 'group questions',
    make(g, rng) {
      const area = rng.pick(areasWithLights(g));
      const tA = theArea(g.home, area, rng);
      return one(
        pick(
          rng,
          `are the lights on in ${tA}`,
          `how many lights are on in ${tA}`,
          `which lights are on in ${tA}`,
          `are any lights still on in ${tA}?`,
          `is anything lit in ${tA}`.replace('is anything lit', 'are the lights off'),
        ),
        { queries: ids(lightsIn(g, area)) },
        anySpeaker(g.home, rng),
      );
    },
  },
  {
    id: 'extra.gq-floor-windows',
    behaviour: 'group questions',
    make(g, rng) {
      const up = rng.chance(0.5);
      const floor = up ? g.meta.upstairs : g.meta.downstairs;
      if (!floor) return null;
      const areas = g.meta.areasByFloor[floor] ?? [];
      const windows = devicesOf(g.home, 'binary_sensor', 'window').filter((d) =>
        areas.includes(d.area ?? ''),
      );
      if (!windows.length) return null;
      const where = up
        ? pick(rng, 'upstairs', 'on the first floor')
        : pick(rng, 'downstairs', 'on the ground floor');
      return one(
        pick(
          rng,
          `which windows are open ${where}`,
          `are all the windows ${where} closed`,
          `how many windows are open ${where}`,
          `any windows open ${where}?`,
        ),
        { queries: ids(windows) },
        anySpeaker(g.home, rng),
      );
    },
  },
  // ================================================================ timers
  {
    id: 'extra.timer-start-forms',
    behaviour: 'timers',
    make(_g, rng) {
      const [said, seconds] = rng.pick([
        ...[3, 5, 10, 15, 20, 25, 40].map(
          (m) =>
            [
              pick(
                rng,
                `${m} minute timer`,
                `set a ${num(m, rng)} minute timer`,
                `start a ${m}-minute timer`,
                `timer, ${num(m, rng)} minutes`,
                `count down ${m} minutes`,
              ),
              m * 60,
            ] as [string, number],
        ),
        [pick(rng, 'set a timer for half an hour', 'half an hour timer please'), 1800],
        [pick(rng, 'set a timer for an hour', 'one hour timer'), 3600],
        [pick(rng, 'timer for an hour and a half', 'set a timer for one and a half hours'), 5400],
        [pick(rng, 'set a timer for a minute and a half', 'timer for 90 seconds'), 90],
        [pick(rng, 'set a timer for 45 seconds', 'forty-five second timer'), 45],
        [pick(rng, 'set a timer for a quarter of an hour', 'quarter of an hour timer'), 900],
        [
          pick(rng, 'set a timer for one hour and fifteen minutes', 'timer for 1 hour 15 minutes'),
          4500,
        ],
      ] as [string, number][]);
      return one(ask(said, rng), { timers: [{ op: 'start', seconds }] });
    },
  },
  {
    id: 'extra.timer-ops',
    behaviour: 'timers',
    make(_g, rng) {
      const [text, op] = rng.pick([
        [
          pick(
            rng,
            'cancel my timer',
            'kill the timer',
            'get rid of the timer',
            'stop the timer please',
          ),
          'cancel',
        ],
        [
          pick(
            rng,
            'stop all the timers',
            'clear all timers',
            'cancel every timer',
            'delete all my timers',
          ),
          'cancel_all',
        ],
        [pick(rng, 'pause my timer', 'hold the timer', 'put the timer on pause'), 'pause'],
        [pick(rng, 'unpause the timer', 'resume my timer', 'carry on with the timer'), 'resume'],
        [
          pick(
            rng,
            'how long is left on my timer',
            'how much time is left',
            "how long's left on the timer?",
            'how much longer on the timer',
            'when will the timer go off',
          ),
          'status',
        ],
      ] as [string, 'cancel' | 'cancel_all' | 'pause' | 'resume' | 'status'][]);
      return one(text, { timers: [{ op }] });
    },
  },
  {
    id: 'extra.named-timer-start',
    behaviour: 'named timers',
    make(_g, rng) {
      const name = rng.pick(['egg', 'pasta', 'rice', 'bread', 'cake', 'potato']);
      const m = rng.pick([4, 6, 9, 10, 15, 30]);
      const text = pick(
        rng,
        `set ${an(name)} ${name} timer for ${num(m, rng)} minutes`,
        `start a timer called ${name} for ${m} minutes`,
        `${num(m, rng)} minute ${name} timer please`,
        `can you set a ${m} minute timer for the ${name}`,
        `timer for the ${name}, ${num(m, rng)} minutes`,
        `set a timer named ${name} for ${m} minutes`,
      );
      return one(text, { timers: [{ op: 'start', seconds: m * 60, name }] });
    },
  },
  {
    id: 'extra.named-timer-status',
    behaviour: 'named timers',
    make(_g, rng) {
      const name = rng.pick(['pasta', 'egg', 'rice', 'cake']);
      const text = pick(
        rng,
        `how much longer on the ${name} timer`,
        `how's the ${name} timer doing`,
        `what's left on the ${name} timer`,
        `how long has the ${name} timer got left`,
        `how long until the ${name} timer goes off`,
        `how long is left on the ${name} timer?`,
      );
      return one(text, { timers: [{ op: 'status', name }] });
    },
  },
  {
    id: 'extra.named-timer-cancel-pause',
    behaviour: 'named timers',
    make(_g, rng) {
      const name = rng.pick(['egg', 'pasta', 'rice', 'tea', 'pizza']);
      const pause = rng.chance(0.3);
      const text = pause
        ? pick(rng, `pause the ${name} timer`, `hold the ${name} timer`)
        : pick(
            rng,
            `cancel the ${name} timer`,
            `kill the ${name} timer`,
            `get rid of the ${name} timer`,
            `stop the ${name} timer please`,
            `I don't need the ${name} timer any more`,
          );
      return one(text, { timers: [{ op: pause ? 'pause' : 'cancel', name }] });
    },
  },
  {
    id: 'extra.timer-add-forms',
    behaviour: 'timer add/remove',
    make(_g, rng) {
      const name = rng.chance(0.5) ? rng.pick(['pasta', 'egg', 'rice']) : undefined;
      const T = name ? `the ${name} timer` : 'the timer';
      const [text, seconds] = rng.pick([
        [`add ${num(5, rng)} minutes to ${T}`, 300],
        [`give ${T} another minute`, 60],
        [`add 30 seconds to ${T}`, 30],
        [`extend ${T} by ${num(10, rng)} minutes`, 600],
        [`put ${num(3, rng)} more minutes on ${T}`, 180],
        [`another ${num(2, rng)} minutes on ${T} please`, 120],
      ] as [string, number][]);
      return one(text, { timers: [{ op: 'add', seconds, ...(name ? { name } : {}) }] });
    },
  },
  {
    id: 'extra.timer-remove-forms',
    behaviour: 'timer add/remove',
    make(_g, rng) {
      const name = rng.chance(0.5) ? rng.pick(['pasta', 'egg', 'rice']) : undefined;
      const T = name ? `the ${name} timer` : 'the timer';
      const [text, seconds] = rng.pick([
        [`take ${num(2, rng)} minutes off ${T}`, 120],
        [`knock a minute off ${T}`, 60],
        [`take 30 seconds off ${T}`, 30],
        [`reduce ${T} by ${num(5, rng)} minutes`, 300],
        [`shorten ${T} by ${num(3, rng)} minutes`, 180],
        [`subtract ${num(4, rng)} minutes from ${T}`, 240],
      ] as [string, number][]);
      return one(text, { timers: [{ op: 'remove', seconds, ...(name ? { name } : {}) }] });
    },
  },
  {
    id: 'extra.timer-add-follow-up',
    behaviour: 'timer add/remove',
    make(_g, rng) {
      const name = rng.pick(['pasta', 'rice', 'egg']);
      const m = rng.pick([8, 10, 12]);
      const more = rng.chance(0.6);
      return [
        {
          text: `set ${an(name)} ${name} timer for ${m} minutes`,
          expect: { timers: [{ op: 'start', seconds: m * 60, name }] },
        },
        more
          ? {
              text: pick(
                rng,
                'add two more minutes',
                'actually make that two minutes longer',
                'give it another two minutes',
              ),
              expect: { timers: [{ op: 'add', seconds: 120 }] },
            }
          : {
              text: pick(
                rng,
                'take a minute off',
                'actually one minute less',
                'knock a minute off it',
              ),
              expect: { timers: [{ op: 'remove', seconds: 60 }] },
            },
      ];
    },
  },

  // ================================================================ vacuum
  {
    id: 'extra.vacuum-start-forms',
    behaviour: 'vacuum',
    make(g, rng) {
      const vac = devicesOf(g.home, 'vacuum');
      if (vac.length !== 1) return null;
      const n = vac[0]!.name.toLowerCase();
      const text = pick(
        rng,
        'start cleaning',
        `run the ${n}`,
        `can you start the ${n}`,
        'vacuum the house',
        `get the ${n} going`,
        'start hoovering',
        `${n}, start cleaning`,
        'time to vacuum, start the robot',
      );
      return one(text, { actions: act(vac, 'start') }, anySpeaker(g.home, rng));
    },
  },
  {
    id: 'extra.vacuum-stop-forms',
    behaviour: 'vacuum',
    make(g, rng) {
      const vac = devicesOf(g.home, 'vacuum');
      if (vac.length !== 1) return null;
      const n = vac[0]!.name.toLowerCase();
      const text = pick(
        rng,
        'stop cleaning',
        `tell the ${n} to stop`,
        `${n} stop`,
        'stop vacuuming please',
        `that's enough, stop the ${n}`,
        `switch the ${n} off`,
      );
      return one(text, { actions: act(vac, 'stop') }, anySpeaker(g.home, rng));
    },
  },
  {
    id: 'extra.vacuum-dock-forms',
    behaviour: 'vacuum',
    make(g, rng) {
      const vac = devicesOf(g.home, 'vacuum');
      if (vac.length !== 1) return null;
      const n = vac[0]!.name.toLowerCase();
      const text = pick(
        rng,
        `send the ${n} back to base`,
        `dock the ${n}`,
        `${n}, go home`,
        `tell the ${n} to go back to the dock`,
        `send the ${n} to its charger`,
        `return the ${n} to its base`,
        'send the vacuum home',
        `${n} back to the dock please`,
      );
      return one(text, { actions: act(vac, 'return_home') }, anySpeaker(g.home, rng));
    },
  },
  {
    id: 'extra.vacuum-follow-up',
    behaviour: 'vacuum',
    make(g, rng) {
      const vac = devicesOf(g.home, 'vacuum');
      if (vac.length !== 1) return null;
      const n = vac[0]!.name.toLowerCase();
      const area = anySpeaker(g.home, rng);
      const home = rng.chance(0.6);
      return [
        {
          text: pick(rng, `start the ${n}`, `${n} start please`),
          area,
          expect: { actions: act(vac, 'start') },
        },
        home
          ? {
              text: pick(
                rng,
                'actually, send it home',
                'now send it back to the dock',
                'go back to the dock',
                'send it back to its charger',
              ),
              area,
              expect: { actions: act(vac, 'return_home') },
            }
          : {
              text: pick(rng, 'now stop it', 'stop it please', 'ok, stop'),
              area,
              expect: { actions: act(vac, 'stop') },
            },
      ];
    },
  },
  {
    id: 'extra.vacuum-pause',
    behaviour: 'vacuum',
    make(g, rng) {
      // A vacuum has no pause in the spec; stopping it where it is, is what "pause" asks.
      const vac = devicesOf(g.home, 'vacuum');
      if (vac.length !== 1) return null;
      const n = vac[0]!.name.toLowerCase();
      return one(
        pick(rng, `pause the ${n}`, `${n}, pause`, 'pause the vacuuming'),
        { actions: act(vac, 'stop') },
        anySpeaker(g.home, rng),
      );
    },
  },

  // ================================================================ media, appliances
  {
    id: 'extra.tv-forms',
    behaviour: 'media',
    make(g, rng) {
      const tv = devicesOf(g.home, 'media_player', 'tv');
      if (tv.length !== 1) return null;
      // British homes say "the telly" for the one TV, whatever its name.
      const n = rng.chance(0.2) ? 'telly' : tv[0]!.name.toLowerCase();
      const form = rng.int(0, 4);
      const v = rng.pick([15, 25, 40, 60]);
      const [text, expect] = [
        [pick(rng, `put the ${n} on`, `${n} on please`, `switch on the ${n}`), act(tv, 'turn_on')],
        [
          pick(rng, `${n} off`, `turn the ${n} off please`, `shut off the ${n}`),
          act(tv, 'turn_off'),
        ],
        [
          pick(
            rng,
            `${n} louder`,
            `turn up the ${n}`,
            `volume up on the ${n}`,
            `can you make the ${n} louder`,
          ),
          act(tv, 'change_volume', 10),
        ],
        [
          pick(
            rng,
            `${n} quieter please`,
            `turn down the ${n}`,
            `volume down on the ${n}`,
            `the ${n} is too loud`,
          ),
          act(tv, 'change_volume', -10),
        ],
        [
          pick(
            rng,
            `${n} volume to ${num(v, rng)}`,
            `set the volume on the ${n} to ${pct(v, rng)}`,
          ),
          act(tv, 'set_volume', v),
        ],
      ][form] as [string, ReturnType<typeof act>];
      return one(text, { actions: expect }, anySpeaker(g.home, rng));
    },
  },
  {
    id: 'extra.speaker-forms',
    behaviour: 'media',
    make(g, rng) {
      const named = devicesOf(g.home, 'media_player', 'speaker').filter(
        (d) => d.name !== 'Speaker' && nameIsUnique(g.home, d.name),
      );
      if (!named.length) return null;
      const sp = [rng.pick(named)];
      const n = sp[0]!.name.toLowerCase();
      const form = rng.int(0, 3);
      const [text, expect] = [
        [
          pick(
            rng,
            `skip this song on the ${n}`,
            `next track on the ${n}`,
            `next song on the ${n} please`,
          ),
          act(sp, 'next'),
        ],
        [
          pick(
            rng,
            `go back a song on the ${n}`,
            `previous track on the ${n}`,
            `back one track on the ${n}`,
          ),
          act(sp, 'previous'),
        ],
        [
          pick(rng, `play the ${n}`, `resume the music on the ${n}`, `unpause the ${n}`),
          act(sp, 'play'),
        ],
        [
          pick(rng, `pause the ${n}`, `pause the music on the ${n}`, `${n}, pause`),
          act(sp, 'pause'),
        ],
      ][form] as [string, ReturnType<typeof act>];
      return one(text, { actions: expect }, anySpeaker(g.home, rng));
    },
  },
  {
    id: 'extra.appliance-forms',
    behaviour: 'appliances and plugs',
    make(g, rng) {
      const options: [string, Device][] = [];
      for (const d of [...devicesOf(g.home, 'appliance'), ...devicesOf(g.home, 'switch')])
        if (nameIsUnique(g.home, d.name)) options.push([d.name.toLowerCase(), d]);
      if (!options.length) return null;
      const [n, d] = rng.pick(options);
      const on = rng.chance(0.5);
      const text = on
        ? pick(
            rng,
            `switch the ${n} on`,
            `${n} on please`,
            `can you put the ${n} on`,
            `turn on the ${n}`,
          )
        : pick(
            rng,
            `switch the ${n} off`,
            `${n} off`,
            `turn the ${n} off for me`,
            `shut off the ${n}`,
          );
      return one(text, { actions: act([d], on ? 'turn_on' : 'turn_off') }, anySpeaker(g.home, rng));
    },
  },
  {
    id: 'extra.appliance-start',
    behaviour: 'appliances and plugs',
    make(g, rng) {
      const coffee = devicesOf(g.home, 'appliance', 'coffee_maker');
      if (coffee.length !== 1) return null;
      return one(
        pick(
          rng,
          'start the coffee machine for me',
          'can you start the coffee machine',
          'get the coffee machine started',
          'start brewing on the coffee machine',
        ),
        { actions: act(coffee, 'start') },
        anySpeaker(g.home, rng),
      );
    },
  },

  // ================================================================ several commands
  {
    id: 'extra.compound-forms',
    behaviour: 'several commands in one sentence',
    make(g, rng) {
      const area = rng.pick(areasWithLights(g));
      const L = lightsOf(g.home, area, rng);
      const locks = uniquelyNamed(g.home, 'lock');
      const tv = devicesOf(g.home, 'media_player', 'tv');
      const form = rng.int(0, 2);
      if (form === 0 && locks.length) {
        const l = rng.pick(locks);
        return one(
          pick(
            rng,
            `${L} off and lock the ${l.name.toLowerCase()}`,
            `lock the ${l.name.toLowerCase()} then turn off ${L}`,
            `can you switch off ${L} and lock the ${l.name.toLowerCase()} too`,
          ),
          { actions: [...act(lightsIn(g, area), 'turn_off'), ...act([l], 'lock')] },
          anySpeaker(g.home, rng),
        );
      }
      if (form === 1 && tv.length === 1) {
        const n = tv[0]!.name.toLowerCase();
        return one(
          pick(
            rng,
            `turn off ${L} and the ${n}`,
            `switch the ${n} and ${L} off`,
            `${n} off and ${L} off too`,
          ),
          { actions: [...act(lightsIn(g, area), 'turn_off'), ...act(tv, 'turn_off')] },
          anySpeaker(g.home, rng),
        );
      }
      const all = allLights(g);
      if (!locks.length) return null;
      return one(
        pick(
          rng,
          'lock up and turn off all the lights',
          'turn every light off and lock all the doors',
          'switch all the lights off and lock the doors',
        ),
        { actions: [...act(all, 'turn_off'), ...act(devicesOf(g.home, 'lock'), 'lock')] },
        anySpeaker(g.home, rng),
      );
    },
  },
  {
    id: 'extra.compound-different-commands',
    behaviour: 'several commands in one sentence',
    make(g, rng) {
      const lights = namedLights(g);
      const c = onlyClimate(g.home);
      if (!lights.length || !c) return null;
      const lamp = rng.pick(lights);
      const t = targetTemperature(g.home, rng);
      const n = rng.pick([20, 40, 60]);
      return one(
        pick(
          rng,
          `dim ${theName(lamp.name)} to ${pct(n, rng)} and set the heating to ${temp(t, g.home, rng)}`,
          `set the heating to ${temp(t, g.home, rng)} and ${theName(lamp.name)} to ${pct(n, rng)}`,
        ),
        { actions: [...act([lamp], 'set_brightness', n), ...act([c], 'set_temperature', t)] },
        anySpeaker(g.home, rng),
      );
    },
  },

  // ================================================================ conversations
  {
    id: 'extra.conv-it',
    behaviour: 'conversation: it',
    make(g, rng) {
      // One light with a singular name ("it", not "them").
      const lights = namedLights(g).filter((d) => isAre(d.name) === 'is');
      if (!lights.length) return null;
      const lamp = rng.pick(lights);
      const area = anySpeaker(g.home, rng);
      const n = rng.pick([20, 35, 50, 70]);
      const colour = rng.pick(['blue', 'red', 'green', 'orange']);
      const [text, expect] = rng.pick([
        [
          pick(rng, 'can you dim it a little', 'dimmer please', 'turn it down a bit'),
          act([lamp], 'change_brightness', -10),
        ],
        [
          pick(rng, 'brighter please', 'turn it up a bit', 'make it a bit brighter'),
          act([lamp], 'change_brightness', 10),
        ],
        [
          pick(rng, 'now turn it off', 'ok, switch it off again', 'turn it back off'),
          act([lamp], 'turn_off'),
        ],
        [
          pick(rng, `make it ${colour}`, `change it to ${colour}`),
          act([lamp], 'set_color', colour),
        ],
        [
          pick(rng, `set it to ${pct(n, rng)}`, `put it at ${pct(n, rng)}`),
          act([lamp], 'set_brightness', n),
        ],
      ] as [string, ReturnType<typeof act>][]);
      return [
        {
          text: pick(rng, `${theName(lamp.name)} on please`, `switch on ${theName(lamp.name)}`),
          area,
          expect: { actions: act([lamp], 'turn_on') },
        },
        { text, area, expect: { actions: expect } },
      ];
    },
  },
  {
    id: 'extra.conv-it-fan',
    behaviour: 'conversation: it',
    make(g, rng) {
      const fans = devicesOf(g.home, 'fan');
      if (fans.length !== 1) return null;
      const area = anySpeaker(g.home, rng);
      const up = rng.chance(0.5);
      return [
        {
          text: pick(rng, 'fan on', 'switch the fan on please'),
          area,
          expect: { actions: act(fans, 'turn_on') },
        },
        {
          text: up
            ? pick(rng, 'faster', 'turn it up a bit', 'can it go faster')
            : pick(rng, 'slower please', 'turn it down a little', 'slow it down'),
          area,
          expect: { actions: act(fans, 'change_speed', up ? 10 : -10) },
        },
      ];
    },
  },
  {
    id: 'extra.conv-and-too',
    behaviour: 'conversation: and X too',
    make(g, rng) {
      const rooms = areasWithLights(g);
      if (rooms.length < 2) return null;
      const [a, b] = rng.sample(rooms, 2) as [string, string];
      const area = anySpeaker(g.home, rng);
      const on = rng.chance(0.5);
      const cmd = on ? 'turn_on' : 'turn_off';
      const tB = theArea(g.home, b, rng);
      return [
        {
          text: `${on ? 'switch on' : 'switch off'} ${lightsOf(g.home, a, rng)}`,
          area,
          expect: { actions: act(lightsIn(g, a), cmd) },
        },
        {
          text: pick(
            rng,
            `${tB} as well`,
            `same for ${tB}`,
            `also ${tB}`,
            `and ${tB} please`,
            `do ${tB} too`,
          ),
          area,
          expect: { actions: act(lightsIn(g, b), cmd) },
        },
      ];
    },
  },
  {
    id: 'extra.conv-and-too-brightness',
    behaviour: 'conversation: and X too',
    make(g, rng) {
      const rooms = areasWithLights(g);
      if (rooms.length < 2) return null;
      const [a, b] = rng.sample(rooms, 2) as [string, string];
      const area = anySpeaker(g.home, rng);
      const n = rng.pick([20, 30, 50]);
      return [
        {
          text: `set ${lightsOf(g.home, a, rng)} to ${pct(n, rng)}`,
          area,
          expect: { actions: act(lightsIn(g, a), 'set_brightness', n) },
        },
        {
          text: pick(
            rng,
            `and ${theArea(g.home, b, rng)} too`,
            `same in ${theArea(g.home, b, rng)}`,
          ),
          area,
          expect: { actions: act(lightsIn(g, b), 'set_brightness', n) },
        },
      ];
    },
  },
  {
    id: 'extra.conv-them',
    behaviour: 'conversation: them',
    make(g, rng) {
      const rooms = areasWithLights(g, 2);
      if (!rooms.length) return null;
      const a = rng.pick(rooms);
      const area = anySpeaker(g.home, rng);
      const colour = rng.pick(['red', 'blue', 'purple']);
      const [text, expect] = rng.pick([
        [
          pick(rng, 'make them dimmer', 'dim them a bit'),
          act(lightsIn(g, a), 'change_brightness', -10),
        ],
        [pick(rng, 'turn them off again', 'now switch them off'), act(lightsIn(g, a), 'turn_off')],
        [
          pick(rng, `make them ${colour}`, `turn them ${colour}`),
          act(lightsIn(g, a), 'set_color', colour),
        ],
        [
          pick(rng, 'set them to warm white', 'make them a warm white'),
          lightsIn(g, a).map((d) => ({ device: d.id, command: 'set_color_temp', range: WARM })),
        ],
      ] as [string, ReturnType<typeof act>][]);
      return [
        {
          text: `${lightsOf(g.home, a, rng, true)} on`,
          area,
          expect: { actions: act(lightsIn(g, a), 'turn_on') },
        },
        { text, area, expect: { actions: expect } },
      ];
    },
  },
  {
    id: 'extra.conv-answer',
    behaviour: 'conversation: answering a question',
    make(g, rng) {
      const shared = sharedLightNames(g);
      if (!shared.length) return null;
      const [name, holders] = rng.pick(shared);
      const speaker = otherArea(
        g.home,
        rng,
        holders.map((d) => d.area),
      );
      if (!speaker) return null;
      const target = rng.pick(holders);
      const a = room(g.home, target.area!, rng);
      const tA = possessive(a) ? a : `the ${a}`;
      const on = rng.chance(0.5);
      return [
        {
          text: `switch ${on ? 'on' : 'off'} the ${name}`,
          area: speaker,
          expect: { clarify: ids(holders) },
        },
        {
          text: pick(
            rng,
            `the ${a} one`.replace(/^the (.*'s)/, '$1'),
            a,
            `in ${tA} please`,
            `${tA}, thanks`,
          ),
          area: speaker,
          expect: { actions: act([target], on ? 'turn_on' : 'turn_off') },
        },
      ];
    },
  },
  {
    id: 'extra.conv-new-target',
    behaviour: 'conversation: new target',
    make(g, rng) {
      const lamps = namedLights(g);
      const locks = uniquelyNamed(g.home, 'lock');
      if (lamps.length < 2) return null;
      const [a, b] = rng.sample(lamps, 2) as [Device, Device];
      const area = anySpeaker(g.home, rng);
      const second =
        locks.length && rng.chance(0.4)
          ? {
              text: `lock the ${locks[0]!.name.toLowerCase()}`,
              expect: { actions: act([locks[0]!], 'lock') },
            }
          : {
              text: pick(
                rng,
                `${theName(b.name)} on please`,
                `and switch on ${theName(b.name)}`.replace('and ', ''),
                `now ${theName(b.name)} to 40%`,
              ),
              expect: {},
            };
      const expect2 = second.text.endsWith('40%')
        ? { actions: act([b], 'set_brightness', 40) }
        : 'actions' in second.expect
          ? second.expect
          : { actions: act([b], 'turn_on') };
      return [
        { text: `switch ${theName(a.name)} off`, area, expect: { actions: act([a], 'turn_off') } },
        { text: second.text, area, expect: expect2 },
      ];
    },
  },
  {
    id: 'extra.conv-other-one',
    behaviour: 'conversation: the other one',
    make(g, rng) {
      // Two lights share a name; the speaker's room picks one; "the other one" is the second.
      const pairs = sharedLightNames(g).filter(([, ds]) => ds.length === 2);
      if (!pairs.length) return null;
      const [name, [first, other]] = rng.pick(pairs) as [string, [Device, Device]];
      return [
        {
          text: `turn on the ${name}`,
          area: first.area!,
          expect: { actions: act([first], 'turn_on') },
        },
        {
          text: pick(rng, 'no, the other one', 'the other one', 'I meant the other one'),
          area: first.area!,
          expect: { actions: act([other], 'turn_on') },
        },
      ];
    },
  },

  // ================================================================ indirect requests
  {
    id: 'extra.indirect-dark-bright',
    behaviour: 'indirect requests',
    make(g, rng) {
      // Decided here: "too dark" switches the room's lights on; "too bright" dims them.
      const area = rng.pick(areasWithLights(g));
      if (rng.chance(0.5))
        return one(
          pick(
            rng,
            "it's too dark in here",
            "I can't see a thing in here",
            'can I get some light in here',
            "it's really dark in here",
          ),
          { actions: act(lightsIn(g, area), 'turn_on') },
          area,
        );
      return one(
        pick(
          rng,
          "it's too bright in here",
          'the lights are too bright',
          "it's a bit bright in here",
        ),
        { actions: act(lightsIn(g, area), 'change_brightness', -10) },
        area,
      );
    },
  },
  {
    id: 'extra.indirect-cold-hot',
    behaviour: 'indirect requests',
    make(g, rng) {
      const c = onlyClimate(g.home);
      if (!c) return null;
      const cold = rng.chance(0.5);
      const text = cold
        ? pick(
            rng,
            "it's freezing in here",
            "I'm cold",
            "it's a bit chilly",
            "it's cold in here, turn the heating up",
          )
        : pick(
            rng,
            "it's boiling in here",
            "I'm too hot",
            "it's way too warm in here",
            "it's too hot, turn the heating down",
          );
      return one(
        text,
        { actions: act([c], 'change_temperature', cold ? 1 : -1) },
        anySpeaker(g.home, rng),
      );
    },
  },
  // ================================================================ more: climate, fans, covers
  {
    id: 'extra.radiator-on-off',
    behaviour: 'climate on/off',
    make(g, rng) {
      const all = devicesOf(g.home, 'climate');
      if (all.length < 2) return null;
      const c = rng.pick(all);
      if (all.filter((d) => d.area === c.area).length !== 1) return null;
      const on = rng.chance(0.5);
      const v = on ? 'on' : 'off';
      if (rng.chance(0.5)) {
        const w = /radiator/i.test(c.name) ? 'radiator' : c.name.toLowerCase();
        return one(
          pick(
            rng,
            `turn the ${w} ${v} in here`,
            `heating ${v} in here please`,
            `switch the ${w} ${v}`,
          ),
          { actions: act([c], on ? 'turn_on' : 'turn_off') },
          c.area!,
        );
      }
      const tA = theArea(g.home, c.area!, rng);
      return one(
        pick(
          rng,
          `switch the heating ${v} in ${tA}`,
          `turn ${v} the heat in ${tA}`,
          `heating ${v} in ${tA}`,
        ),
        { actions: act([c], on ? 'turn_on' : 'turn_off') },
        anySpeaker(g.home, rng),
      );
    },
  },
  {
    id: 'extra.named-fan-speed',
    behaviour: 'fan speed',
    make(g, rng) {
      const fans = uniquelyNamed(g.home, 'fan');
      if (!fans.length || devicesOf(g.home, 'fan').length < 2) return null;
      const fan = rng.pick(fans);
      const n = rng.pick([20, 40, 60, 80, 100]);
      const N = theName(fan.name);
      const text = pick(
        rng,
        `${N} to ${pct(n, rng)}`,
        `set the speed of ${N} to ${pct(n, rng)}`,
        `run ${N} at ${pct(n, rng)} please`,
        `can you put ${N} on ${pct(n, rng)}`,
      );
      return one(text, { actions: act([fan], 'set_speed', n) }, anySpeaker(g.home, rng));
    },
  },
  {
    id: 'extra.named-fan-relative',
    behaviour: 'relative fan speed',
    make(g, rng) {
      const fans = uniquelyNamed(g.home, 'fan');
      if (!fans.length) return null;
      const fan = rng.pick(fans);
      const N = theName(fan.name);
      const up = rng.chance(0.5);
      const text = up
        ? pick(
            rng,
            `turn ${N} up a bit`,
            `speed ${N} up`,
            `${N} a little faster`,
            `make ${N} go faster`,
          )
        : pick(
            rng,
            `turn ${N} down a bit`,
            `slow ${N} down`,
            `${N} a little slower please`,
            `make ${N} go slower`,
          );
      return one(
        text,
        { actions: act([fan], 'change_speed', up ? 10 : -10) },
        anySpeaker(g.home, rng),
      );
    },
  },
  {
    id: 'extra.fan-here',
    behaviour: 'speaker area',
    make(g, rng) {
      // Several fans, one where the speaker stands, none called "Fan": "the fan" is this one.
      const fans = devicesOf(g.home, 'fan');
      if (fans.length < 2 || fans.some((f) => f.name === 'Fan')) return null;
      const fan = rng.pick(fans);
      if (fans.filter((f) => f.area === fan.area).length !== 1) return null;
      const on = rng.chance(0.5);
      const text = on
        ? pick(rng, 'put the fan on', 'fan on please', 'can you switch the fan on in here')
        : pick(rng, 'fan off', 'turn the fan off in here', 'switch off the fan please');
      return one(text, { actions: act([fan], on ? 'turn_on' : 'turn_off') }, fan.area!);
    },
  },
  {
    id: 'extra.covers-here',
    behaviour: 'covers',
    make(g, rng) {
      const covers = devicesOf(g.home, 'cover', ['blind', 'shutter', 'curtain']);
      if (!covers.length) return null;
      const c = rng.pick(covers);
      const word = c.class === 'blind' ? 'blinds' : c.class === 'shutter' ? 'shutters' : 'curtains';
      const same = covers.filter((d) => d.area === c.area && d.class === c.class);
      // A cover elsewhere named just "Blinds" would answer to "the blinds" too.
      if (covers.some((d) => d.area !== c.area && d.name.toLowerCase() === word)) return null;
      const open = rng.chance(0.5);
      const text = open
        ? pick(rng, `open the ${word}`, `can you open the ${word} in here`, `${word} open please`)
        : pick(
            rng,
            `close the ${word}`,
            `shut the ${word} in here please`,
            `${word} closed please`,
          );
      return one(text, { actions: act(same, open ? 'open' : 'close') }, c.area!);
    },
  },

  // ================================================================ more conversations
  {
    id: 'extra.conv-answer-radiator',
    behaviour: 'conversation: answering a question',
    make(g, rng) {
      const rads = devicesOf(g.home, 'climate').filter((d) => d.name === 'Radiator');
      if (rads.length < 2) return null;
      const speaker = otherArea(
        g.home,
        rng,
        devicesOf(g.home, 'climate').map((d) => d.area),
      );
      if (!speaker) return null;
      const target = rng.pick(rads);
      const a = room(g.home, target.area!, rng);
      const tA = possessive(a) ? a : `the ${a}`;
      const up = rng.chance(0.5);
      return [
        {
          text: `turn the radiator ${up ? 'up' : 'down'}`,
          area: speaker,
          expect: { clarify: ids(rads) },
        },
        {
          text: pick(rng, `the one in ${tA}`, `${tA} one`.replace(/^the (.*'s)/, '$1'), a),
          area: speaker,
          expect: { actions: act([target], 'change_temperature', up ? 1 : -1) },
        },
      ];
    },
  },
  {
    id: 'extra.conv-them-after-question',
    behaviour: 'conversation: them',
    make(g, rng) {
      const rooms = areasWithLights(g, 2);
      if (!rooms.length) return null;
      const a = rng.pick(rooms);
      const area = anySpeaker(g.home, rng);
      return [
        {
          text: pick(
            rng,
            `are ${lightsOf(g.home, a, rng)} on`,
            `did I leave ${lightsOf(g.home, a, rng)} on`,
          ),
          area,
          expect: { queries: ids(lightsIn(g, a)) },
        },
        {
          text: pick(rng, 'turn them off then', 'switch them off please', 'ok, turn them off'),
          area,
          expect: { actions: act(lightsIn(g, a), 'turn_off') },
        },
      ];
    },
  },
  {
    id: 'extra.conv-it-after-question',
    behaviour: 'conversation: it',
    make(g, rng) {
      const options = [...namedLights(g), ...uniquelyNamed(g.home, 'switch'), ...namedMedia(g)];
      if (!options.length) return null;
      const d = rng.pick(options);
      const area = anySpeaker(g.home, rng);
      return [
        {
          text: pick(
            rng,
            `${isAre(d.name)} ${theName(d.name)} on`,
            `did I leave ${theName(d.name)} on`,
          ),
          area,
          expect: { queries: [d.id] },
        },
        {
          text: pick(rng, 'turn it off', 'switch it off then', 'ok, turn it off please').replace(
            /\bit\b/,
            isAre(d.name) === 'is' ? 'it' : 'them',
          ),
          area,
          expect: { actions: act([d], 'turn_off') },
        },
      ];
    },
  },
  {
    id: 'extra.conv-new-room',
    behaviour: 'conversation: new target',
    make(g, rng) {
      const rooms = areasWithLights(g);
      if (rooms.length < 2) return null;
      const [a, b] = rng.sample(rooms, 2) as [string, string];
      const area = anySpeaker(g.home, rng);
      return [
        {
          text: `${lightsOf(g.home, a, rng, true)} off`,
          area,
          expect: { actions: act(lightsIn(g, a), 'turn_off') },
        },
        {
          text: pick(
            rng,
            `turn on ${lightsOf(g.home, b, rng)}`,
            `now ${lightsOf(g.home, b, rng, true)} on`,
            `put ${lightsOf(g.home, b, rng)} on please`,
          ),
          area,
          expect: { actions: act(lightsIn(g, b), 'turn_on') },
        },
      ];
    },
  },
];

/** The extra set runs on homes with more kind-word names ("Heater" beside radiators, two speakers). */
export const EXTRA_HOME_OPTIONS: GenerateHomeOptions = { moreKindWords: true };

export const EXTRA_TEMPLATES: Template[] = RAW.map((t) => ({
  ...t,
  make(g: GeneratedHome, rng: Rng) {
    const turns = t.make(g, rng);
    return turns && turns.map((turn) => ({ ...turn, text: dress(turn.text, rng) }));
  },
}));
