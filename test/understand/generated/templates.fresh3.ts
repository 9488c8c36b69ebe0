// The fresh3 phrase templates: a fifth set, written apart from the dev, extra, held-out, fresh
// and fresh2 sets and without reading the rules engine or the other sets, from what people say
// to a voice assistant at home. It measures how the rules understand everyday commands in homes
// they have never seen: several commands in one sentence, exceptions, odd names and rooms,
// climate in words and in the other unit, light levels and colours in words, covers, fans,
// media, the vacuum, scenes, timers, questions of every kind, follow-ups and transcript noise.
// Expected plans follow ../shared/spec (home-file.md, cli.md).
import type { Device, Home } from '../../../src-main/core/home.ts';
import type { GenerateHomeOptions, GeneratedHome } from './generateHome.ts';
import type { Rng } from './Rng.ts';
import {
  act,
  allLights,
  anySpeaker,
  areasWithLights,
  devicesOf,
  ids,
  lightsIn,
  lightsOnFloor,
  nameIsUnique,
  numberWords,
  onlyClimate,
  onlyIn,
  oneOf,
  otherArea,
  polite,
  sayArea,
  sayDevice,
  sayNumber,
  theArea,
  theName,
  uniquelyNamed,
} from './templateKit.ts';
import type { Expected, Template, Turn } from './templateKit.ts';

export const FRESH3_HOME_OPTIONS: GenerateHomeOptions = { moreKindWords: true, freshCases: true };

// ------------------------------------------------------------------ helpers

const T = (id: string, behaviour: string, make: Template['make']): Template => ({
  id: `fresh3.${id}`,
  behaviour,
  make,
});

const turn = (text: string, expect: Expected, area?: string): Turn =>
  area === undefined ? { text, expect } : { text, area, expect };

const one = (text: string, expect: Expected, area?: string): Turn[] => [turn(text, expect, area)];

/** A uniquely named device of the type, said by its own name ("the reading lamp", "lamp 2"). */
function pickNamed(
  g: GeneratedHome,
  rng: Rng,
  type: Device['type'],
  filter: (d: Device) => boolean = () => true,
): { d: Device; said: string } | null {
  const all = uniquelyNamed(g.home, type).filter(
    (d) => filter(d) && !g.home.scenes.some((s) => s.name.toLowerCase() === d.name.toLowerCase()),
  );
  if (!all.length) return null;
  const d = rng.pick(all);
  return { d, said: theName(d.name) };
}

/** An area with lights (and at least `min` of them). */
function lightArea(g: GeneratedHome, rng: Rng, min = 1, not: string[] = []): string | null {
  const all = areasWithLights(g, min).filter((a) => !not.includes(a));
  return all.length ? rng.pick(all) : null;
}

/** "the kitchen lights" / "the lights in the kitchen" / "kids' room lights". */
function areaLightsPhrase(home: Home, area: string, rng: Rng): string {
  const place = theArea(home, area, rng);
  return rng.chance(0.5) ? `the lights in ${place}` : `${place} lights`;
}

/** The climate device a person names, and how: the only one, or the one in a room. */
function climateTarget(g: GeneratedHome, rng: Rng): { d: Device; said: string } | null {
  const central = onlyClimate(g.home);
  if (central) return { d: central, said: theName(central.name) };
  const all = devicesOf(g.home, 'climate').filter(
    (d) => d.area && onlyIn(g.home, 'climate', d.area) === d,
  );
  if (!all.length) return null;
  const d = rng.pick(all);
  const place = theArea(g.home, d.area!, rng);
  const kind = /heater/i.test(d.name) ? 'heater' : 'radiator';
  return {
    d,
    said:
      rng.chance(0.5) ||
      !nameIsUnique(g.home, d.name) ||
      /^(heater|radiator|heating|thermostat)$/i.test(d.name)
        ? `the ${kind} in ${place}`
        : theName(d.name),
  };
}

/** Covers of the everyday kinds (not garages, gates, doors). */
function roomCover(g: GeneratedHome, rng: Rng): { d: Device; area: string; word: string } | null {
  const all = devicesOf(g.home, 'cover', ['blind', 'curtain', 'shutter']).filter(
    (d) =>
      d.area &&
      devicesOf(g.home, 'cover').filter((c) => c.area === d.area).length === 1 &&
      nameIsUnique(g.home, sayArea(g.home, d.area, rng)),
  );
  if (!all.length) return null;
  const d = rng.pick(all);
  const word = d.class === 'blind' ? 'blinds' : d.class === 'curtain' ? 'curtains' : 'shutters';
  return { d, area: d.area!, word };
}

/** True when a device outside `area` is called just `word` ("Fan", "Blinds"): "the fan" said in a room is then unclear. */
function kindNamedElsewhere(home: Home, word: string, area: string): boolean {
  return home.devices.some(
    (d) =>
      d.area !== area && [d.name, ...d.aliases].some((n) => n.toLowerCase() === word.toLowerCase()),
  );
}

function roomFan(g: GeneratedHome, rng: Rng): { d: Device; area: string } | null {
  const all = devicesOf(g.home, 'fan').filter((d) => d.area && onlyIn(g.home, 'fan', d.area) === d);
  if (!all.length) return null;
  const d = rng.pick(all);
  return { d, area: d.area! };
}

const onlyOf = (home: Home, type: Device['type'], cls?: string): Device | undefined => {
  const all = devicesOf(home, type, cls);
  return all.length === 1 ? all[0] : undefined;
};

const tv = (home: Home) => onlyOf(home, 'media_player', 'tv');
const vacuum = (home: Home) => onlyOf(home, 'vacuum');
const locks = (home: Home) => devicesOf(home, 'lock');
const named = (home: Home, name: string) =>
  home.devices.find((d) => d.name.toLowerCase() === name.toLowerCase());
const scene = (home: Home, name: string) =>
  home.scenes.find((s) => s.name.toLowerCase() === name.toLowerCase());
const sensorsOf = (home: Home, cls: string | string[]) => devicesOf(home, 'binary_sensor', cls);
const upperAreas = (g: GeneratedHome) =>
  g.meta.upstairs ? g.meta.areasByFloor[g.meta.upstairs]! : [];

const toC = (f: number) => Math.round(((f - 32) * 5) / 9);
const toF = (c: number) => Math.round((c * 9) / 5 + 32);

function tvWord(rng: Rng, d: Device): string {
  return oneOf(rng, `the ${d.name.toLowerCase()}`, 'the tv', 'the telly');
}

/** Whisper-style noise around a command. */
function noisy(text: string, rng: Rng): string {
  const lead = rng.pick(['', 'Hey, ', 'Okay so ', 'Um, ', 'Uh ', 'Please ', 'Hey Hearth, ', 'So ']);
  const tail = rng.pick(['', '.', ', thanks.', ' thanks', ', please.', '?', '. Thank you.']);
  let s = `${lead}${text}${tail}`;
  if (rng.chance(0.6)) s = s.charAt(0).toUpperCase() + s.slice(1);
  return s;
}

/** Lights named with a number ("Lamp 2"), and the room they are in. */
function numberedLamp(g: GeneratedHome, rng: Rng): { d: Device; area: string; n: number } | null {
  const all = devicesOf(g.home, 'light').filter((d) => /^Lamp \d$/.test(d.name) && d.area);
  if (!all.length) return null;
  const d = rng.pick(all);
  return { d, area: d.area!, n: Number(d.name.slice(-1)) };
}

/** A light name shared by several rooms (not a kind word), and an area without one. */
function sharedLight(
  g: GeneratedHome,
  rng: Rng,
  count?: number,
): { name: string; devices: Device[]; speaker: string } | null {
  const options = Object.entries(g.meta.sharedNames)
    .map(([name, list]) => ({
      name,
      devices: list.map((id) => g.home.devices.find((d) => d.id === id)!),
    }))
    .filter(
      ({ name, devices }) =>
        !/^(light|lamp)$/.test(name) &&
        devices.every((d) => d.type === 'light' && d.area) &&
        new Set(devices.map((d) => d.area)).size === devices.length &&
        (count === undefined || devices.length === count) &&
        !g.home.scenes.some((s) => s.name.toLowerCase() === name),
    );
  if (!options.length) return null;
  const { name, devices } = rng.pick(options);
  const speaker = otherArea(
    g.home,
    rng,
    devices.map((d) => d.area),
  );
  if (!speaker) return null;
  return { name, devices, speaker };
}

// ------------------------------------------------------------------ templates

const MULTI: Template[] = [
  T('multi.tv-lamp-lockup', 'multi_command', (g, rng) => {
    const t = tv(g.home);
    const l = pickNamed(g, rng, 'light');
    const ls = locks(g.home);
    if (!t || !l || !ls.length) return null;
    const text = oneOf(
      rng,
      `turn off ${tvWord(rng, t)} and ${l.said}, then lock up`,
      `switch ${tvWord(rng, t)} and ${l.said} off and lock up`,
      `${tvWord(rng, t)} off, ${l.said} off, and lock up for the night`,
    );
    return one(
      text,
      {
        actions: [...act([t, l.d], 'turn_off'), ...act(ls, 'lock')],
      },
      anySpeaker(g.home, rng),
    );
  }),
  T('multi.two-rooms-two-commands', 'multi_command', (g, rng) => {
    const a = lightArea(g, rng);
    if (!a) return null;
    const b = lightArea(g, rng, 1, [a]);
    if (!b) return null;
    const n = rng.pick([20, 30, 40, 60]);
    const text = oneOf(
      rng,
      `dim ${areaLightsPhrase(g.home, a, rng)} to ${n} percent and turn off ${areaLightsPhrase(g.home, b, rng)}`,
      `turn off ${areaLightsPhrase(g.home, b, rng)} and put ${areaLightsPhrase(g.home, a, rng)} on ${n}%`,
    );
    return one(
      text,
      {
        actions: [...act(lightsIn(g, a), 'set_brightness', n), ...act(lightsIn(g, b), 'turn_off')],
      },
      anySpeaker(g.home, rng),
    );
  }),
  T('multi.both-locks', 'multi_command', (g, rng) => {
    const f = named(g.home, 'Front door');
    const b = named(g.home, 'Back door');
    if (f?.type !== 'lock' || b?.type !== 'lock') return null;
    return one(
      oneOf(
        rng,
        'lock the front and back doors',
        'lock the front door and the back door',
        'can you lock both the front door and the back door',
      ),
      { actions: act([f, b], 'lock') },
    );
  }),
  T('multi.blinds-and-lights', 'multi_command', (g, rng) => {
    const c = roomCover(g, rng);
    if (!c || !lightsIn(g, c.area).length) return null;
    const place = theArea(g.home, c.area, rng);
    return one(
      oneOf(
        rng,
        `in ${place}, close the ${c.word} and turn on the lights`,
        `in ${place}, shut the ${c.word} and put the lights on`,
      ),
      { actions: [...act([c.d], 'close'), ...act(lightsIn(g, c.area), 'turn_on')] },
      anySpeaker(g.home, rng),
    );
  }),
  T('multi.kettle-coffee', 'multi_command', (g, rng) => {
    const k = named(g.home, 'Kettle');
    const c = named(g.home, 'Coffee machine');
    if (!k || !c) return null;
    return one(
      oneOf(
        rng,
        'start the coffee machine and switch the kettle off',
        'turn the kettle off and start the coffee machine',
      ),
      {
        actions: [...act([c], 'start'), ...act([k], 'turn_off')],
      },
    );
  }),
  T('multi.pause-and-dim', 'multi_command', (g, rng) => {
    const t = tv(g.home);
    const a = lightArea(g, rng);
    if (!t || !a) return null;
    return one(
      `pause ${tvWord(rng, t)} and turn ${areaLightsPhrase(g.home, a, rng)} up a bit`,
      { actions: [...act([t], 'pause'), ...act(lightsIn(g, a), 'change_brightness', 10)] },
      anySpeaker(g.home, rng),
    );
  }),
  T('multi.lights-and-timer', 'multi_command', (g, rng) => {
    const a = lightArea(g, rng);
    if (!a) return null;
    const m = rng.pick([5, 10, 15, 20]);
    return one(
      `turn on ${areaLightsPhrase(g.home, a, rng)} and set a timer for ${sayNumber(m, rng)} minutes`,
      { actions: act(lightsIn(g, a), 'turn_on'), timers: [{ op: 'start', seconds: m * 60 }] },
      anySpeaker(g.home, rng),
    );
  }),
  T('multi.three-devices', 'multi_command', (g, rng) => {
    const all = [...uniquelyNamed(g.home, 'light'), ...uniquelyNamed(g.home, 'switch')].filter(
      (d) => !g.home.scenes.some((s) => s.name.toLowerCase() === d.name.toLowerCase()),
    );
    if (all.length < 3) return null;
    const [a, b, c] = rng.sample(all, 3) as [Device, Device, Device];
    return one(
      `turn on ${theName(a.name)}, ${theName(b.name)} and ${theName(c.name)}`,
      { actions: act([a, b, c], 'turn_on') },
      anySpeaker(g.home, rng),
    );
  }),
  T('multi.vacuum-and-lights-off', 'multi_command', (g, rng) => {
    const v = vacuum(g.home);
    const a = lightArea(g, rng);
    if (!v || !a) return null;
    return one(
      `switch off ${areaLightsPhrase(g.home, a, rng)} and start ${theName(v.name)}`,
      { actions: [...act(lightsIn(g, a), 'turn_off'), ...act([v], 'start')] },
      anySpeaker(g.home, rng),
    );
  }),
  T('multi.then-heating', 'multi_command', (g, rng) => {
    const c = climateTarget(g, rng);
    const l = pickNamed(g, rng, 'light');
    if (!c || !l) return null;
    const n = g.home.unit === 'fahrenheit' ? rng.int(64, 72) : rng.int(18, 22);
    return one(
      `turn off ${l.said} and then set ${c.said} to ${n} degrees`,
      { actions: [...act([l.d], 'turn_off'), ...act([c.d], 'set_temperature', n)] },
      anySpeaker(g.home, rng),
    );
  }),
];

const EXCEPT: Template[] = [
  T('except.all-lights-but-room', 'exceptions', (g, rng) => {
    const a = lightArea(g, rng);
    if (!a || areasWithLights(g).length < 2) return null;
    const place = theArea(g.home, a, rng);
    const text = oneOf(
      rng,
      `turn off all the lights except ${place}`,
      `switch every light off except the ones in ${place}`,
      `all lights off apart from ${place}`,
      `turn off all the lights but leave ${place} on`,
    );
    return one(
      text,
      {
        actions: act(
          allLights(g).filter((d) => d.area !== a),
          'turn_off',
        ),
      },
      anySpeaker(g.home, rng),
    );
  }),
  T('except.all-lights-but-device', 'exceptions', (g, rng) => {
    const l = pickNamed(g, rng, 'light');
    if (!l) return null;
    return one(
      oneOf(
        rng,
        `turn off every light except ${l.said}`,
        `switch all the lights off but keep ${l.said} on`,
        `all the lights off except for ${l.said}`,
      ),
      {
        actions: act(
          allLights(g).filter((d) => d !== l.d),
          'turn_off',
        ),
      },
      anySpeaker(g.home, rng),
    );
  }),
  T('except.blinds-but-bedroom', 'exceptions', (g, rng) => {
    const blinds = devicesOf(g.home, 'cover', 'blind').filter((d) => d.area);
    const areas = [...new Set(blinds.map((d) => d.area!))];
    if (areas.length < 2) return null;
    const skip = rng.pick(areas);
    const place = sayArea(g.home, skip, rng);
    return one(
      oneOf(
        rng,
        `close all the blinds but the ${place} ones`,
        `shut all the blinds except in the ${place}`,
        `close every blind apart from the ${place}`,
      ).replace(/the ([a-z]+'s)/, '$1'),
      {
        actions: act(
          blinds.filter((d) => d.area !== skip),
          'close',
        ),
      },
      anySpeaker(g.home, rng),
    );
  }),
  T('except.floor-but-room', 'exceptions', (g, rng) => {
    const floor = rng.chance(0.5) ? g.meta.downstairs : g.meta.upstairs;
    if (!floor) return null;
    const areas = g.meta.areasByFloor[floor]!.filter((a) => lightsIn(g, a).length);
    if (areas.length < 2) return null;
    const skip = rng.pick(areas);
    const word = floor === g.meta.upstairs ? 'upstairs' : 'downstairs';
    return one(
      `turn on the lights ${word} except ${theArea(g.home, skip, rng)}`,
      {
        actions: act(
          lightsOnFloor(g, floor).filter((d) => d.area !== skip),
          'turn_on',
        ),
      },
      anySpeaker(g.home, rng),
    );
  }),
  T('except.room-but-one-lamp', 'exceptions', (g, rng) => {
    const a = lightArea(g, rng, 2);
    if (!a) return null;
    const keep = lightsIn(g, a).filter((d) => uniquelyNamed(g.home, 'light').includes(d));
    if (!keep.length) return null;
    const k = rng.pick(keep);
    return one(
      `turn off ${areaLightsPhrase(g.home, a, rng)} except ${theName(k.name)}`,
      {
        actions: act(
          lightsIn(g, a).filter((d) => d !== k),
          'turn_off',
        ),
      },
      anySpeaker(g.home, rng),
    );
  }),
  T('except.two-rooms-excepted', 'exceptions', (g, rng) => {
    const areas = areasWithLights(g);
    if (areas.length < 3) return null;
    const [a, b] = rng.sample(areas, 2) as [string, string];
    return one(
      `turn off all the lights except ${theArea(g.home, a, rng)} and ${theArea(g.home, b, rng)}`,
      {
        actions: act(
          allLights(g).filter((d) => d.area !== a && d.area !== b),
          'turn_off',
        ),
      },
      anySpeaker(g.home, rng),
    );
  }),
];

const CLARIFY: Template[] = [
  T('clarify.shared-name-asks', 'clarify_answers', (g, rng) => {
    const s = sharedLight(g, rng);
    if (!s) return null;
    return one(polite(`turn on the ${s.name}`, rng), { clarify: ids(s.devices) }, s.speaker);
  }),
  T('clarify.answer-both', 'clarify_answers', (g, rng) => {
    const s = sharedLight(g, rng, 2);
    if (!s) return null;
    return [
      turn(`switch off the ${s.name}`, { clarify: ids(s.devices) }, s.speaker),
      turn(
        oneOf(rng, 'both', 'both of them', 'both please', 'uh, both'),
        { actions: act(s.devices, 'turn_off') },
        s.speaker,
      ),
    ];
  }),
  T('clarify.answer-all', 'clarify_answers', (g, rng) => {
    const s = sharedLight(g, rng);
    if (!s) return null;
    return [
      turn(`turn on the ${s.name}`, { clarify: ids(s.devices) }, s.speaker),
      turn(
        oneOf(rng, 'all of them', 'all of them please', 'every one'),
        { actions: act(s.devices, 'turn_on') },
        s.speaker,
      ),
    ];
  }),
  T('clarify.answer-room', 'clarify_answers', (g, rng) => {
    const s = sharedLight(g, rng);
    if (!s) return null;
    const d = rng.pick(s.devices);
    const place = theArea(g.home, d.area!, rng);
    return [
      turn(`dim the ${s.name}`, { clarify: ids(s.devices) }, s.speaker),
      turn(
        oneOf(
          rng,
          `the one in ${place}`,
          place.replace(/^the /, ''),
          `${place.replace(/^the /, '')} one`,
          `in ${place}`,
        ),
        { actions: act([d], 'change_brightness', -10) },
        s.speaker,
      ),
    ];
  }),
  T('clarify.never-mind', 'clarify_answers', (g, rng) => {
    const s = sharedLight(g, rng);
    if (!s) return null;
    return [
      turn(`turn off the ${s.name}`, { clarify: ids(s.devices) }, s.speaker),
      turn(
        oneOf(rng, 'never mind', 'forget it', 'actually never mind', 'cancel'),
        { nothing: true },
        s.speaker,
      ),
    ];
  }),
  T('clarify.shared-radiator', 'clarify_answers', (g, rng) => {
    const rads = devicesOf(g.home, 'climate').filter((d) => d.name === 'Radiator');
    if (rads.length < 2) return null;
    const speaker = otherArea(
      g.home,
      rng,
      devicesOf(g.home, 'climate').map((d) => d.area),
    );
    if (!speaker) return null;
    const n = g.home.unit === 'fahrenheit' ? 68 : 20;
    return one(`set the radiator to ${n}`, { clarify: ids(rads) }, speaker);
  }),
  T('clarify.other-one', 'clarify_answers', (g, rng) => {
    const s = sharedLight(g, rng, 2);
    if (!s) return null;
    const [a, b] = rng.shuffle(s.devices) as [Device, Device];
    return [
      turn(`turn on the ${s.name}`, { actions: act([a], 'turn_on') }, a.area),
      turn(
        oneOf(rng, 'no, the other one', 'the other one', 'no I meant the other one'),
        { actions: act([b], 'turn_on') },
        a.area,
      ),
    ];
  }),
];

const NAMES: Template[] = [
  T('names.numbered-lamp', 'odd_names', (g, rng) => {
    const l = numberedLamp(g, rng);
    if (!l) return null;
    const place = theArea(g.home, l.area, rng);
    const num = rng.chance(0.5) ? numberWords(l.n) : String(l.n);
    const off = rng.chance(0.5);
    const text = off
      ? oneOf(rng, `switch lamp ${num} off in ${place}`, `turn off lamp ${num} in ${place}`)
      : oneOf(rng, `turn on lamp ${num} in ${place}`, `switch on lamp ${num} in ${place}`);
    return one(
      text,
      { actions: act([l.d], off ? 'turn_off' : 'turn_on') },
      anySpeaker(g.home, rng),
    );
  }),
  T('names.numbered-lamp-here', 'odd_names', (g, rng) => {
    const l = numberedLamp(g, rng);
    if (!l) return null;
    const num = rng.chance(0.5) ? numberWords(l.n) : String(l.n);
    return one(
      `dim lamp ${num} to ${sayNumber(30, rng)} percent`,
      { actions: act([l.d], 'set_brightness', 30) },
      l.area,
    );
  }),
  T('names.apostrophe-no-apostrophe', 'odd_names', (g, rng) => {
    const all = devicesOf(g.home, 'light').filter(
      (d) => /'s /.test(d.name) && nameIsUnique(g.home, d.name),
    );
    if (!all.length) return null;
    const d = rng.pick(all);
    const said = d.name.toLowerCase().replace("'", rng.chance(0.6) ? '' : "'");
    const off = rng.chance(0.5);
    return one(
      off ? `switch ${said} off` : `turn on ${said}`,
      {
        actions: act([d], off ? 'turn_off' : 'turn_on'),
      },
      anySpeaker(g.home, rng),
    );
  }),
  T('names.hyphen-dryer', 'odd_names', (g, rng) => {
    const d = named(g.home, 'Tumble-dryer');
    if (!d) return null;
    return one(
      oneOf(
        rng,
        'start the tumble dryer',
        'start the tumble-dryer',
        'can you start the tumbledryer',
        'start the dryer',
      ),
      {
        actions: act([d], 'start'),
      },
    );
  }),
  T('names.wifi-plug', 'odd_names', (g, rng) => {
    const d = named(g.home, 'Wi-Fi plug');
    if (!d || !nameIsUnique(g.home, d.name)) return null;
    return one(
      oneOf(rng, 'turn off the wifi plug', 'switch off the wi-fi plug', 'turn the WiFi plug off'),
      {
        actions: act([d], 'turn_off'),
      },
    );
  }),
  T('names.greenhouse-switch', 'odd_names', (g, rng) => {
    const d = named(g.home, 'Greenhouse');
    if (!d) return null;
    return one(
      oneOf(rng, 'turn on the greenhouse', 'switch the greenhouse on', 'power up the greenhouse'),
      {
        actions: act([d], 'turn_on'),
      },
    );
  }),
  T('names.christmas-tree', 'odd_names', (g, rng) => {
    const d = named(g.home, 'Christmas tree');
    if (!d) return null;
    return one(
      oneOf(
        rng,
        'turn the christmas tree lights on',
        'switch on the Christmas tree',
        'light up the christmas tree',
      ),
      {
        actions: act([d], 'turn_on'),
      },
    );
  }),
  T('names.kind-word-lamp-in-room', 'odd_names', (g, rng) => {
    const all = devicesOf(g.home, 'light').filter(
      (d) =>
        d.name === 'Lamp' &&
        d.area &&
        lightsIn(g, d.area).filter((o) => /lamp/i.test(o.name)).length === 1,
    );
    if (!all.length) return null;
    const d = rng.pick(all);
    return one(
      `turn off the lamp in ${theArea(g.home, d.area!, rng)}`,
      { actions: act([d], 'turn_off') },
      anySpeaker(g.home, rng),
    );
  }),
  T('names.room-named-light', 'odd_names', (g, rng) => {
    // "Bathroom light" in the bathroom, said by name from another room.
    const d = devicesOf(g.home, 'light').find((x) => x.name === 'Bathroom light');
    if (!d || lightsIn(g, 'bathroom').length !== 1) return null;
    return one(
      oneOf(rng, 'turn off the bathroom light', 'bathroom light off please'),
      { actions: act([d], 'turn_off') },
      otherArea(g.home, rng, ['bathroom']),
    );
  }),
  T('names.fan-light', 'odd_names', (g, rng) => {
    const f = g.meta.fanWithLight;
    if (!f) return null;
    const light = g.home.devices.find((d) => d.id === f.light)!;
    const fan = g.home.devices.find((d) => d.id === f.fan)!;
    return rng.chance(0.5)
      ? one('turn off the fan light', { actions: act([light], 'turn_off') }, light.area)
      : one(
          'turn off the ceiling fan but leave the light on',
          { actions: act([fan], 'turn_off') },
          fan.area,
        );
  }),
  T('names.grandmas-lamp-dim', 'odd_names', (g, rng) => {
    const d = named(g.home, "Grandma's lamp");
    if (!d) return null;
    return one(
      oneOf(
        rng,
        "dim grandma's lamp to half",
        'put grandmas lamp on fifty percent',
        "set Grandma's lamp to 50%",
      ),
      {
        actions: act([d], 'set_brightness', 50),
      },
    );
  }),
  T('names.mum-dad-lamps', 'odd_names', (g, rng) => {
    const mum = named(g.home, "Mum's lamp");
    const dad = named(g.home, "Dad's lamp");
    if (!mum || !dad) return null;
    return one(oneOf(rng, "turn off mum's lamp and dad's lamp", 'switch off mums and dads lamps'), {
      actions: act([mum, dad], 'turn_off'),
    });
  }),
];

const ROOMS: Template[] = [
  T('rooms.kids-room', 'odd_rooms', (g, rng) => {
    if (!lightsIn(g, 'kids_room').length) return null;
    return one(
      oneOf(
        rng,
        "turn off the lights in the kids' room",
        'kids room lights off',
        'switch off the kids room lights',
        "turn off the lights in the kid's room",
      ),
      { actions: act(lightsIn(g, 'kids_room'), 'turn_off') },
      anySpeaker(g.home, rng),
    );
  }),
  T('rooms.mum-and-dads', 'odd_rooms', (g, rng) => {
    if (!lightsIn(g, 'mum_and_dads_room').length) return null;
    return one(
      oneOf(
        rng,
        "turn on the lights in mum and dad's room",
        'mum and dads room lights on',
        "switch the lights on in Mum and Dad's room",
      ),
      { actions: act(lightsIn(g, 'mum_and_dads_room'), 'turn_on') },
      anySpeaker(g.home, rng),
    );
  }),
  T('rooms.upstairs-bathroom', 'odd_rooms', (g, rng) => {
    if (!lightsIn(g, 'upstairs_bathroom').length) return null;
    return one(
      oneOf(
        rng,
        'turn off the upstairs bathroom lights',
        'switch the lights off in the upstairs bathroom',
      ),
      { actions: act(lightsIn(g, 'upstairs_bathroom'), 'turn_off') },
      anySpeaker(g.home, rng),
    );
  }),
  T('rooms.sunroom-alias', 'odd_rooms', (g, rng) => {
    if (!lightsIn(g, 'conservatory').length) return null;
    return one(
      oneOf(
        rng,
        'turn the sunroom lights on',
        'lights on in the sunroom',
        'turn on the conservatory lights',
      ),
      { actions: act(lightsIn(g, 'conservatory'), 'turn_on') },
      anySpeaker(g.home, rng),
    );
  }),
  T('rooms.bedroom-number-words', 'odd_rooms', (g, rng) => {
    const rooms = ['bedroom_2', 'bedroom_3'].filter((a) => lightsIn(g, a).length);
    if (!rooms.length) return null;
    const a = rng.pick(rooms);
    const n = a.slice(-1);
    const word = rng.chance(0.5) ? numberWords(Number(n)) : n;
    return rng.chance(0.7)
      ? one(
          oneOf(rng, `turn off the lights in bedroom ${word}`, `bedroom ${word} lights off`),
          { actions: act(lightsIn(g, a), 'turn_off') },
          anySpeaker(g.home, rng),
        )
      : one(
          `dim the lights in bedroom ${word} to ten percent`,
          {
            actions: act(lightsIn(g, a), 'set_brightness', 10),
          },
          anySpeaker(g.home, rng),
        );
  }),
  T('rooms.laundry-alias', 'odd_rooms', (g, rng) => {
    const area = g.home.areas.find((a) => a.id === 'utility_room');
    if (!area?.aliases.includes('laundry') || !lightsIn(g, 'utility_room').length) return null;
    return one(
      oneOf(rng, 'turn on the light in the laundry', 'laundry lights on'),
      {
        actions: act(lightsIn(g, 'utility_room'), 'turn_on'),
      },
      anySpeaker(g.home, rng),
    );
  }),
  T('rooms.office-alias', 'odd_rooms', (g, rng) => {
    const area = g.home.areas.find((a) => a.id === 'study');
    if (!area?.aliases.includes('office') || !lightsIn(g, 'study').length) return null;
    return one(
      oneOf(rng, 'switch off the office lights', 'turn the lights off in the office'),
      {
        actions: act(lightsIn(g, 'study'), 'turn_off'),
      },
      anySpeaker(g.home, rng),
    );
  }),
  T('rooms.in-here', 'odd_rooms', (g, rng) => {
    const a = lightArea(g, rng);
    if (!a) return null;
    return one(
      oneOf(
        rng,
        'turn the lights off in here',
        'lights off in here please',
        'can you switch off the lights in here',
      ),
      {
        actions: act(lightsIn(g, a), 'turn_off'),
      },
      a,
    );
  }),
];

const CLIMATE: Template[] = [
  T('climate.degrees-in-words', 'climate_words', (g, rng) => {
    const c = climateTarget(g, rng);
    if (!c) return null;
    const n = g.home.unit === 'fahrenheit' ? rng.int(62, 76) : rng.int(17, 24);
    return one(
      oneOf(
        rng,
        `set ${c.said} to ${numberWords(n)} degrees`,
        `put ${c.said} on ${numberWords(n)}`,
        `can you make ${c.said} ${numberWords(n)} degrees`,
      ),
      { actions: act([c.d], 'set_temperature', n) },
      anySpeaker(g.home, rng),
    );
  }),
  T('climate.half-degree', 'climate_words', (g, rng) => {
    const c = climateTarget(g, rng);
    if (!c || g.home.unit === 'fahrenheit') return null;
    const n = rng.int(18, 22);
    return one(
      `set ${c.said} to ${n} and a half degrees`,
      { actions: act([c.d], 'set_temperature', n + 0.5) },
      anySpeaker(g.home, rng),
    );
  }),
  T('climate.fahrenheit-in-celsius-home', 'climate_units', (g, rng) => {
    const c = climateTarget(g, rng);
    if (!c || g.home.unit !== 'celsius') return null;
    const f = rng.pick([64, 66, 68, 70, 72]);
    return one(
      oneOf(
        rng,
        `set ${c.said} to ${f} fahrenheit`,
        `set ${c.said} to ${f} degrees fahrenheit`,
        `put ${c.said} on ${numberWords(f)} degrees fahrenheit`,
      ),
      { actions: act([c.d], 'set_temperature', toC(f)) },
      anySpeaker(g.home, rng),
    );
  }),
  T('climate.celsius-in-fahrenheit-home', 'climate_units', (g, rng) => {
    const c = climateTarget(g, rng);
    if (!c || g.home.unit !== 'fahrenheit') return null;
    const n = rng.pick([18, 19, 20, 21, 22]);
    return one(
      oneOf(
        rng,
        `set ${c.said} to ${n} celsius`,
        `set ${c.said} to ${n} degrees celsius`,
        `${c.said} to ${numberWords(n)} degrees centigrade`,
      ),
      { actions: act([c.d], 'set_temperature', toF(n)) },
      anySpeaker(g.home, rng),
    );
  }),
  T('climate.home-unit-said', 'climate_units', (g, rng) => {
    const c = climateTarget(g, rng);
    if (!c) return null;
    const f = g.home.unit === 'fahrenheit';
    const n = f ? rng.int(64, 72) : rng.int(18, 22);
    return one(
      `set ${c.said} to ${n} degrees ${f ? 'fahrenheit' : 'celsius'}`,
      { actions: act([c.d], 'set_temperature', n) },
      anySpeaker(g.home, rng),
    );
  }),
  T('climate.mode-cool', 'climate_modes', (g, rng) => {
    const c = climateTarget(g, rng);
    if (!c) return null;
    return one(
      oneOf(
        rng,
        `put ${c.said} on cool`,
        `switch ${c.said} to cooling`,
        `set ${c.said} to cool mode`,
      ),
      { actions: act([c.d], 'set_mode', 'cool') },
      anySpeaker(g.home, rng),
    );
  }),
  T('climate.mode-auto', 'climate_modes', (g, rng) => {
    const c = climateTarget(g, rng);
    if (!c) return null;
    return one(
      oneOf(
        rng,
        `set ${c.said} to auto`,
        `put ${c.said} back on automatic`,
        `switch ${c.said} to auto mode`,
      ),
      {
        actions: act([c.d], 'set_mode', 'auto'),
      },
      anySpeaker(g.home, rng),
    );
  }),
  T('climate.mode-heat', 'climate_modes', (g, rng) => {
    const c = climateTarget(g, rng);
    if (!c) return null;
    return one(
      oneOf(
        rng,
        `put ${c.said} on heat`,
        `set ${c.said} to heating mode`,
        `switch ${c.said} to heat`,
      ),
      {
        actions: act([c.d], 'set_mode', 'heat'),
      },
      anySpeaker(g.home, rng),
    );
  }),
  T('climate.couple-warmer', 'climate_relative', (g, rng) => {
    const c = climateTarget(g, rng);
    if (!c) return null;
    return one(
      oneOf(
        rng,
        `make ${c.said} a couple of degrees warmer`,
        `turn ${c.said} up a couple of degrees`,
        `bump ${c.said} up two degrees`,
        `nudge ${c.said} up a bit`,
      ),
      { actions: act([c.d], 'change_temperature', 2) },
      anySpeaker(g.home, rng),
    );
  }),
  T('climate.knock-down', 'climate_relative', (g, rng) => {
    const c = climateTarget(g, rng);
    if (!c) return null;
    return one(
      oneOf(
        rng,
        `knock ${c.said} down a degree`,
        `turn ${c.said} down by one degree`,
        `drop ${c.said} a degree`,
        `lower ${c.said} by three degrees`,
      ),
      { actions: act([c.d], 'change_temperature', -1) },
      anySpeaker(g.home, rng),
    );
  }),
  T('climate.warm-room', 'climate_relative', (g, rng) => {
    const c = devicesOf(g.home, 'climate').filter(
      (d) => d.area && onlyIn(g.home, 'climate', d.area) === d,
    );
    if (!c.length || onlyClimate(g.home)) return null;
    const d = rng.pick(c);
    return one(
      oneOf(
        rng,
        `warm up ${theArea(g.home, d.area!, rng)} a bit`,
        `make it warmer in ${theArea(g.home, d.area!, rng)}`,
        `can you heat ${theArea(g.home, d.area!, rng)} up a little`,
      ),
      { actions: act([d], 'change_temperature', 1) },
      anySpeaker(g.home, rng),
    );
  }),
  T('climate.cooler-here', 'climate_relative', (g, rng) => {
    const c = devicesOf(g.home, 'climate').filter(
      (d) => d.area && onlyIn(g.home, 'climate', d.area) === d,
    );
    if (!c.length || onlyClimate(g.home)) return null;
    const d = rng.pick(c);
    return one(
      oneOf(
        rng,
        'make it a bit cooler in here',
        'turn the heat down in here',
        'cooler in here please',
      ),
      {
        actions: act([d], 'change_temperature', -1),
      },
      d.area,
    );
  }),
  T('climate.in-here', 'climate_words', (g, rng) => {
    const c = devicesOf(g.home, 'climate').filter(
      (d) => d.area && onlyIn(g.home, 'climate', d.area) === d,
    );
    if (!c.length) return null;
    const d = rng.pick(c);
    const n = g.home.unit === 'fahrenheit' ? rng.int(64, 72) : rng.int(18, 22);
    return one(
      oneOf(
        rng,
        `make it ${numberWords(n)} degrees in here`,
        `set the temperature in here to ${n}`,
        `I want it ${n} degrees in here`,
      ),
      { actions: act([d], 'set_temperature', n) },
      d.area,
    );
  }),
  T('climate.heating-central-word', 'climate_words', (g, rng) => {
    const c = onlyClimate(g.home);
    if (!c) return null;
    const n = g.home.unit === 'fahrenheit' ? rng.int(64, 72) : rng.int(18, 22);
    return one(
      oneOf(
        rng,
        `set the heating to ${n}`,
        `put the heat on ${numberWords(n)}`,
        `set the temperature to ${n} degrees`,
      ),
      { actions: act([c], 'set_temperature', n) },
      anySpeaker(g.home, rng),
    );
  }),
];

const LIGHTS: Template[] = [
  T('lights.percent-words', 'light_levels', (g, rng) => {
    const l = pickNamed(g, rng, 'light');
    if (!l) return null;
    const n = rng.pick([15, 25, 35, 45, 65, 80, 90]);
    return one(
      oneOf(
        rng,
        `set ${l.said} to ${numberWords(n)} percent`,
        `${l.said} at ${numberWords(n)} percent please`,
        `dim ${l.said} to ${numberWords(n)} per cent`,
      ),
      { actions: act([l.d], 'set_brightness', n) },
      anySpeaker(g.home, rng),
    );
  }),
  T('lights.quarter', 'light_levels', (g, rng) => {
    const a = lightArea(g, rng);
    if (!a) return null;
    return one(
      oneOf(
        rng,
        `dim ${areaLightsPhrase(g.home, a, rng)} to a quarter`,
        `put ${areaLightsPhrase(g.home, a, rng)} at quarter brightness`,
        `set ${areaLightsPhrase(g.home, a, rng)} to a quarter brightness`,
      ),
      { actions: act(lightsIn(g, a), 'set_brightness', 25) },
      anySpeaker(g.home, rng),
    );
  }),
  T('lights.half', 'light_levels', (g, rng) => {
    const l = pickNamed(g, rng, 'light');
    if (!l) return null;
    return one(
      oneOf(
        rng,
        `put ${l.said} on half`,
        `set ${l.said} to half brightness`,
        `${l.said} to fifty percent`,
      ),
      {
        actions: act([l.d], 'set_brightness', 50),
      },
      anySpeaker(g.home, rng),
    );
  }),
  T('lights.three-quarters', 'light_levels', (g, rng) => {
    const l = pickNamed(g, rng, 'light');
    if (!l) return null;
    return one(
      `set ${l.said} to three quarters`,
      { actions: act([l.d], 'set_brightness', 75) },
      anySpeaker(g.home, rng),
    );
  }),
  T('lights.max', 'light_levels', (g, rng) => {
    const a = lightArea(g, rng);
    if (!a) return null;
    return one(
      oneOf(
        rng,
        `make ${areaLightsPhrase(g.home, a, rng)} as bright as they go`,
        `turn ${areaLightsPhrase(g.home, a, rng)} all the way up`,
        `${areaLightsPhrase(g.home, a, rng)} to full brightness`,
        `max out ${areaLightsPhrase(g.home, a, rng)}`,
      ),
      { actions: act(lightsIn(g, a), 'set_brightness', 100) },
      anySpeaker(g.home, rng),
    );
  }),
  T('lights.lowest', 'light_levels', (g, rng) => {
    const l = pickNamed(g, rng, 'light');
    if (!l) return null;
    return one(
      oneOf(rng, `dim ${l.said} to one percent`, `set ${l.said} to 1%`),
      { actions: act([l.d], 'set_brightness', 1) },
      anySpeaker(g.home, rng),
    );
  }),
  T('lights.brighter-touch', 'light_levels', (g, rng) => {
    const l = pickNamed(g, rng, 'light');
    if (!l) return null;
    return one(
      oneOf(
        rng,
        `brighten ${l.said} a touch`,
        `turn ${l.said} up a little`,
        `make ${l.said} a bit brighter`,
        `${l.said} brighter please`,
      ),
      {
        actions: act([l.d], 'change_brightness', 10),
      },
      anySpeaker(g.home, rng),
    );
  }),
  T('lights.dimmer-by', 'light_levels', (g, rng) => {
    const a = lightArea(g, rng);
    if (!a) return null;
    const n = rng.pick([10, 20, 30]);
    return one(
      oneOf(
        rng,
        `dim ${areaLightsPhrase(g.home, a, rng)} by ${sayNumber(n, rng)} percent`,
        `turn ${areaLightsPhrase(g.home, a, rng)} down ${n}%`,
        `lower ${areaLightsPhrase(g.home, a, rng)} a bit`,
      ),
      { actions: act(lightsIn(g, a), 'change_brightness', -n) },
      anySpeaker(g.home, rng),
    );
  }),
  T('lights.colour-css', 'light_colours', (g, rng) => {
    const l = pickNamed(g, rng, 'light');
    if (!l) return null;
    const c = rng.pick([
      'turquoise',
      'lavender',
      'gold',
      'crimson',
      'teal',
      'magenta',
      'coral',
      'violet',
    ]);
    return one(
      oneOf(
        rng,
        `make ${l.said} ${c}`,
        `turn ${l.said} ${c}`,
        `change ${l.said} to ${c}`,
        `set ${l.said} colour to ${c}`,
      ),
      {
        actions: act([l.d], 'set_color', c),
      },
      anySpeaker(g.home, rng),
    );
  }),
  T('lights.colour-room', 'light_colours', (g, rng) => {
    const a = lightArea(g, rng);
    if (!a) return null;
    const c = rng.pick(['red', 'blue', 'green', 'purple', 'orange', 'pink']);
    return one(
      oneOf(
        rng,
        `turn ${areaLightsPhrase(g.home, a, rng)} ${c}`,
        `can you make ${areaLightsPhrase(g.home, a, rng)} ${c}`,
      ),
      {
        actions: act(lightsIn(g, a), 'set_color', c),
      },
      anySpeaker(g.home, rng),
    );
  }),
  T('lights.colour-two-words', 'light_colours', (g, rng) => {
    const l = pickNamed(g, rng, 'light');
    if (!l) return null;
    const [said, css] = rng.pick([
      ['light blue', 'lightblue'],
      ['dark red', 'darkred'],
      ['sky blue', 'skyblue'],
      ['hot pink', 'hotpink'],
      ['lime green', 'limegreen'],
    ] as const);
    return one(
      `make ${l.said} ${said}`,
      { actions: act([l.d], 'set_color', css) },
      anySpeaker(g.home, rng),
    );
  }),
  T('lights.warm-white', 'light_whites', (g, rng) => {
    const l = pickNamed(g, rng, 'light');
    if (!l) return null;
    return one(
      oneOf(
        rng,
        `set ${l.said} to warm white`,
        `make ${l.said} warm white`,
        `${l.said} on a warm white please`,
        `change ${l.said} to a warmer white`,
      ),
      {
        actions: [{ device: l.d.id, command: 'set_color_temp', range: [1800, 3500] }],
      },
      anySpeaker(g.home, rng),
    );
  }),
  T('lights.cool-white', 'light_whites', (g, rng) => {
    const a = lightArea(g, rng);
    if (!a) return null;
    return one(
      oneOf(
        rng,
        `set ${areaLightsPhrase(g.home, a, rng)} to cool white`,
        `make ${areaLightsPhrase(g.home, a, rng)} a cool white`,
        `${areaLightsPhrase(g.home, a, rng)} to cold white`,
      ),
      {
        actions: lightsIn(g, a).map((d) => ({
          device: d.id,
          command: 'set_color_temp',
          range: [4000, 7000] as [number, number],
        })),
      },
      anySpeaker(g.home, rng),
    );
  }),
  T('lights.daylight', 'light_whites', (g, rng) => {
    const l = pickNamed(g, rng, 'light');
    if (!l) return null;
    return one(
      `set ${l.said} to daylight white`,
      {
        actions: [{ device: l.d.id, command: 'set_color_temp', range: [5000, 7000] }],
      },
      anySpeaker(g.home, rng),
    );
  }),
  T('lights.kelvin', 'light_whites', (g, rng) => {
    const l = pickNamed(g, rng, 'light');
    if (!l) return null;
    const k = rng.pick([2700, 3000, 4000, 5000]);
    return one(
      `set ${l.said} to ${k} kelvin`,
      { actions: act([l.d], 'set_color_temp', k) },
      anySpeaker(g.home, rng),
    );
  }),
  T('lights.floor-off', 'light_levels', (g, rng) => {
    const up = rng.chance(0.5);
    const floor = up ? g.meta.upstairs : g.meta.downstairs;
    if (!floor || !lightsOnFloor(g, floor).length) return null;
    const w = up ? 'upstairs' : 'downstairs';
    return one(
      oneOf(
        rng,
        `turn off all the lights ${w}`,
        `kill the lights ${w}`,
        `lights off ${w}`,
        `${w} lights off`,
      ),
      {
        actions: act(lightsOnFloor(g, floor), 'turn_off'),
      },
      anySpeaker(g.home, rng),
    );
  }),
  T('lights.whole-house', 'light_levels', (g, rng) => {
    return one(
      oneOf(
        rng,
        'turn off every light in the house',
        'switch off all the lights in the house',
        'all the lights off please',
        'kill all the lights',
      ),
      {
        actions: act(allLights(g), 'turn_off'),
      },
      anySpeaker(g.home, rng),
    );
  }),
];

const COVERS: Template[] = [
  T('covers.halfway', 'covers', (g, rng) => {
    const c = roomCover(g, rng);
    if (!c) return null;
    const place = theArea(g.home, c.area, rng);
    return one(
      oneOf(
        rng,
        `open the ${c.word} in ${place} halfway`,
        `put the ${c.word} in ${place} half open`,
        `open ${place} ${c.word} half way`.replace(/the the/, 'the'),
      ),
      { actions: act([c.d], 'set_position', 50) },
      anySpeaker(g.home, rng),
    );
  }),
  T('covers.close-room', 'covers', (g, rng) => {
    const c = roomCover(g, rng);
    if (!c) return null;
    const place = theArea(g.home, c.area, rng);
    return one(
      oneOf(
        rng,
        `close the ${c.word} in ${place}`,
        `shut the ${c.word} in ${place}`,
        `close ${place} ${c.word}`,
      ),
      {
        actions: act([c.d], 'close'),
      },
      anySpeaker(g.home, rng),
    );
  }),
  T('covers.percent', 'covers', (g, rng) => {
    const c = roomCover(g, rng);
    if (!c) return null;
    const n = rng.pick([20, 30, 70, 80]);
    return one(
      `open the ${c.word} in ${theArea(g.home, c.area, rng)} to ${sayNumber(n, rng)} percent`,
      {
        actions: act([c.d], 'set_position', n),
      },
      anySpeaker(g.home, rng),
    );
  }),
  T('covers.little-lower', 'covers', (g, rng) => {
    const c = roomCover(g, rng);
    if (!c) return null;
    return one(
      oneOf(
        rng,
        `lower the ${c.word} in ${theArea(g.home, c.area, rng)} a bit`,
        `bring the ${c.word} down a little in ${theArea(g.home, c.area, rng)}`,
        `close the ${c.word} in ${theArea(g.home, c.area, rng)} a little more`,
      ),
      {
        actions: act([c.d], 'change_position', -10),
      },
      anySpeaker(g.home, rng),
    );
  }),
  T('covers.stop', 'covers', (g, rng) => {
    const c = roomCover(g, rng);
    if (!c || kindNamedElsewhere(g.home, c.word, c.area)) return null;
    return one(
      oneOf(rng, `stop the ${c.word}`, `stop the ${c.word}!`, `stop the ${c.word} moving`),
      {
        actions: act([c.d], 'stop'),
      },
      c.area,
    );
  }),
  T('covers.open-here', 'covers', (g, rng) => {
    const c = roomCover(g, rng);
    if (!c || kindNamedElsewhere(g.home, c.word, c.area)) return null;
    return one(
      oneOf(
        rng,
        `open the ${c.word}`,
        `open the ${c.word} in here`,
        `let some light in, open the ${c.word}`,
      ),
      {
        actions: act([c.d], 'open'),
      },
      c.area,
    );
  }),
  T('covers.garage-close', 'covers', (g, rng) => {
    const d = devicesOf(g.home, 'cover', 'garage')[0];
    if (!d) return null;
    return one(
      oneOf(rng, 'close the garage door', 'shut the garage', 'put the garage door down'),
      { actions: act([d], 'close') },
      anySpeaker(g.home, rng),
    );
  }),
  T('covers.all-shutters', 'covers', (g, rng) => {
    const all = devicesOf(g.home, 'cover', ['blind', 'curtain']);
    if (all.length < 2) return null;
    return one(
      oneOf(rng, 'close all the blinds and curtains', 'shut every blind and curtain in the house'),
      {
        actions: act(all, 'close'),
      },
      anySpeaker(g.home, rng),
    );
  }),
];

const FANS: Template[] = [
  T('fans.up', 'fans', (g, rng) => {
    const f = roomFan(g, rng);
    if (!f) return null;
    return one(
      oneOf(
        rng,
        `turn the fan up in ${theArea(g.home, f.area, rng)}`,
        `speed up the fan in ${theArea(g.home, f.area, rng)}`,
        `make the fan faster in ${theArea(g.home, f.area, rng)}`,
      ),
      {
        actions: act([f.d], 'change_speed', 10),
      },
      anySpeaker(g.home, rng),
    );
  }),
  T('fans.half', 'fans', (g, rng) => {
    const f = roomFan(g, rng);
    if (!f) return null;
    return one(
      oneOf(
        rng,
        `set the fan in ${theArea(g.home, f.area, rng)} to half speed`,
        `put the fan on fifty percent in ${theArea(g.home, f.area, rng)}`,
      ),
      {
        actions: act([f.d], 'set_speed', 50),
      },
      anySpeaker(g.home, rng),
    );
  }),
  T('fans.full', 'fans', (g, rng) => {
    const f = roomFan(g, rng);
    if (!f || kindNamedElsewhere(g.home, 'fan', f.area)) return null;
    return one(
      oneOf(rng, 'put the fan on full', 'fan on full blast', 'turn the fan all the way up'),
      { actions: act([f.d], 'set_speed', 100) },
      f.area,
    );
  }),
  T('fans.off-here', 'fans', (g, rng) => {
    const f = roomFan(g, rng);
    if (!f || kindNamedElsewhere(g.home, 'fan', f.area)) return null;
    return one(
      oneOf(rng, 'turn the fan off', 'switch off the fan', 'fan off please', 'stop the fan'),
      { actions: act([f.d], 'turn_off') },
      f.area,
    );
  }),
  T('fans.slower', 'fans', (g, rng) => {
    const f = roomFan(g, rng);
    if (!f || kindNamedElsewhere(g.home, 'fan', f.area)) return null;
    return one(
      oneOf(rng, 'slow the fan down', 'turn the fan down a notch', 'fan a bit slower'),
      { actions: act([f.d], 'change_speed', -10) },
      f.area,
    );
  }),
];

const MEDIA: Template[] = [
  T('media.volume-words', 'media', (g, rng) => {
    const t = tv(g.home);
    if (!t) return null;
    const n = rng.pick([15, 20, 25, 30, 40]);
    return one(
      oneOf(
        rng,
        `set ${tvWord(rng, t)} volume to ${numberWords(n)}`,
        `turn ${tvWord(rng, t)} volume to ${numberWords(n)}`,
        `volume ${numberWords(n)} on ${tvWord(rng, t)}`,
      ),
      {
        actions: act([t], 'set_volume', n),
      },
      anySpeaker(g.home, rng),
    );
  }),
  T('media.mute', 'media', (g, rng) => {
    const t = tv(g.home);
    if (!t) return null;
    return one(
      oneOf(rng, `mute ${tvWord(rng, t)}`, `mute the tv`, `put ${tvWord(rng, t)} on mute`),
      { actions: act([t], 'set_volume', 0) },
      anySpeaker(g.home, rng),
    );
  }),
  T('media.pause', 'media', (g, rng) => {
    const t = tv(g.home);
    if (!t) return null;
    return one(
      oneOf(rng, `pause ${tvWord(rng, t)}`, `pause the film`, `hit pause on ${tvWord(rng, t)}`),
      { actions: act([t], 'pause') },
      t.area,
    );
  }),
  T('media.skip', 'media', (g, rng) => {
    const sp = devicesOf(g.home, 'media_player', 'speaker').filter((d) => d.area === 'kitchen');
    if (sp.length !== 1) return null;
    return one(
      oneOf(rng, 'skip this song', 'skip this one', 'next track', 'skip'),
      { actions: act(sp, 'next') },
      'kitchen',
    );
  }),
  T('media.previous', 'media', (g, rng) => {
    const sp = devicesOf(g.home, 'media_player', 'speaker').filter((d) => d.area === 'kitchen');
    if (sp.length !== 1) return null;
    return one(
      oneOf(
        rng,
        'go back a song on the kitchen speaker',
        'play the previous song in the kitchen',
        'previous track in the kitchen',
      ),
      { actions: act(sp, 'previous') },
      anySpeaker(g.home, rng),
    );
  }),
  T('media.speaker-louder', 'media', (g, rng) => {
    const sp = devicesOf(g.home, 'media_player', 'speaker').filter((d) => d.area === 'kitchen');
    if (sp.length !== 1) return null;
    return one(
      oneOf(
        rng,
        'turn the music up in the kitchen',
        'make the kitchen speaker louder',
        'kitchen speaker a bit louder',
      ),
      { actions: act(sp, 'change_volume', 10) },
      anySpeaker(g.home, rng),
    );
  }),
  T('media.tv-quieter', 'media', (g, rng) => {
    const t = tv(g.home);
    if (!t) return null;
    return one(
      oneOf(
        rng,
        `turn ${tvWord(rng, t)} down`,
        `${tvWord(rng, t)} is too loud, turn it down`,
        `make ${tvWord(rng, t)} quieter`,
      ),
      { actions: act([t], 'change_volume', -10) },
      anySpeaker(g.home, rng),
    );
  }),
  T('media.tv-off', 'media', (g, rng) => {
    const t = tv(g.home);
    if (!t) return null;
    return one(
      oneOf(rng, 'turn the telly off', `switch off ${tvWord(rng, t)}`, `${tvWord(rng, t)} off`),
      { actions: act([t], 'turn_off') },
      anySpeaker(g.home, rng),
    );
  }),
  T('media.resume', 'media', (g, rng) => {
    const t = tv(g.home);
    if (!t) return null;
    return one(
      oneOf(
        rng,
        `resume ${tvWord(rng, t)}`,
        `unpause ${tvWord(rng, t)}`,
        `carry on playing on ${tvWord(rng, t)}`,
      ),
      { actions: act([t], 'play') },
      anySpeaker(g.home, rng),
    );
  }),
  T('media.volume-percent', 'media', (g, rng) => {
    const sp = devicesOf(g.home, 'media_player', 'speaker').filter((d) => d.area === 'kitchen');
    if (sp.length !== 1) return null;
    const n = rng.pick([30, 50, 60]);
    return one(
      `set the kitchen speaker to ${sayNumber(n, rng)} percent volume`,
      { actions: act(sp, 'set_volume', n) },
      anySpeaker(g.home, rng),
    );
  }),
];

const VACUUM: Template[] = [
  T('vacuum.home', 'vacuum', (g, rng) => {
    const v = vacuum(g.home);
    if (!v) return null;
    const n = theName(sayDevice(v, rng));
    return one(
      oneOf(
        rng,
        `send ${n} home`,
        `send ${n} back to its dock`,
        `tell ${n} to go back to base`,
        `dock ${n}`,
      ),
      { actions: act([v], 'return_home') },
      anySpeaker(g.home, rng),
    );
  }),
  T('vacuum.start', 'vacuum', (g, rng) => {
    const v = vacuum(g.home);
    if (!v) return null;
    const n = theName(sayDevice(v, rng));
    return one(
      oneOf(rng, `start ${n}`, `get ${n} going`, `run ${n}`, `have ${n} do a clean`),
      { actions: act([v], 'start') },
      anySpeaker(g.home, rng),
    );
  }),
  T('vacuum.stop', 'vacuum', (g, rng) => {
    const v = vacuum(g.home);
    if (!v) return null;
    const n = theName(sayDevice(v, rng));
    return one(
      oneOf(rng, `stop ${n}`, `tell ${n} to stop`, `${n} stop`),
      { actions: act([v], 'stop') },
      anySpeaker(g.home, rng),
    );
  }),
  T('vacuum.clean-floors', 'vacuum', (g, rng) => {
    const v = vacuum(g.home);
    if (!v) return null;
    return one(
      oneOf(rng, 'vacuum the house', 'clean the floors', 'start vacuuming'),
      { actions: act([v], 'start') },
      anySpeaker(g.home, rng),
    );
  }),
];

const SCENES: Template[] = [
  T('scenes.activate-named', 'scenes', (g, rng) => {
    const s = g.home.scenes.filter(
      (x) =>
        !g.home.devices.some((d) => d.name.toLowerCase() === x.name.toLowerCase()) &&
        x.name !== 'Good morning',
    );
    if (!s.length) return null;
    const sc = rng.pick(s);
    const n = sc.name.toLowerCase();
    return one(
      oneOf(
        rng,
        `activate the ${n} scene`,
        `turn on the ${n} scene`,
        `set the ${n} scene`,
        `switch to the ${n} scene`,
      ),
      {
        actions: [{ device: sc.id, command: 'activate' }],
      },
      anySpeaker(g.home, rng),
    );
  }),
  T('scenes.movie-time', 'scenes', (g, rng) => {
    const sc = scene(g.home, 'Movie night');
    if (!sc) return null;
    return one(
      oneOf(
        rng,
        "it's movie time",
        'movie night please',
        'cinema mode',
        'put cinema mode on',
        'start movie night',
      ),
      {
        actions: [{ device: sc.id, command: 'activate' }],
      },
      anySpeaker(g.home, rng),
    );
  }),
  T('scenes.party-mode', 'scenes', (g, rng) => {
    const sc = scene(g.home, 'Party');
    if (!sc) return null;
    return one(
      oneOf(rng, 'party mode', 'party mode on', 'start the party scene', 'put the party scene on'),
      {
        actions: [{ device: sc.id, command: 'activate' }],
      },
      anySpeaker(g.home, rng),
    );
  }),
  T('scenes.bedtime', 'scenes', (g, rng) => {
    const sc = scene(g.home, 'Bedtime');
    if (!sc) return null;
    return one(
      oneOf(rng, 'bedtime', 'run bedtime', 'bedtime scene please', 'activate bedtime'),
      {
        actions: [{ device: sc.id, command: 'activate' }],
      },
      anySpeaker(g.home, rng),
    );
  }),
  T('scenes.dinner', 'scenes', (g, rng) => {
    const sc = scene(g.home, 'Dinner');
    if (!sc) return null;
    return one(
      oneOf(rng, 'set the lights for dinner', 'dinner scene', 'activate dinner'),
      {
        actions: [{ device: sc.id, command: 'activate' }],
      },
      anySpeaker(g.home, rng),
    );
  }),
];

const TIMERS: Template[] = [
  T('timers.hour-and-half', 'timers', (g, rng) =>
    one(
      oneOf(
        rng,
        'set a timer for an hour and a half',
        'timer for one and a half hours',
        'start a timer for 90 minutes',
        'set a timer for one hour thirty minutes',
      ),
      {
        timers: [{ op: 'start', seconds: 5400 }],
      },
    ),
  ),
  T('timers.quarter-hour', 'timers', (g, rng) =>
    one(
      oneOf(
        rng,
        'set a timer for a quarter of an hour',
        'quarter of an hour timer please',
        'timer for fifteen minutes',
      ),
      {
        timers: [{ op: 'start', seconds: 900 }],
      },
    ),
  ),
  T('timers.two-and-a-half', 'timers', (g, rng) =>
    one(
      oneOf(
        rng,
        'set a timer for two and a half minutes',
        'timer two and a half minutes',
        'set a timer for 2 and a half minutes',
      ),
      {
        timers: [{ op: 'start', seconds: 150 }],
      },
    ),
  ),
  T('timers.seconds-words', 'timers', (g, rng) => {
    const n = rng.pick([30, 45, 90]);
    return one(
      oneOf(
        rng,
        `set a timer for ${numberWords(n)} seconds`,
        `${n} second timer`,
        `count down ${numberWords(n)} seconds`,
      ),
      {
        timers: [{ op: 'start', seconds: n }],
      },
    );
  }),
  T('timers.mixed', 'timers', (g, rng) => {
    const m = rng.int(1, 9);
    const s = rng.pick([15, 30, 45]);
    return one(
      `set a timer for ${numberWords(m)} minute${m > 1 ? 's' : ''} and ${numberWords(s)} seconds`,
      {
        timers: [{ op: 'start', seconds: m * 60 + s }],
      },
    );
  }),
  T('timers.named', 'timers', (g, rng) => {
    const name = rng.pick(['pasta', 'pizza', 'laundry', 'bread', 'rice']);
    const m = rng.pick([8, 12, 20, 25]);
    return one(
      oneOf(
        rng,
        `set a ${name} timer for ${numberWords(m)} minutes`,
        `start a timer called ${name} for ${m} minutes`,
        `${m} minute timer for the ${name}`,
      ),
      {
        timers: [{ op: 'start', seconds: m * 60, name }],
      },
    );
  }),
  T('timers.add', 'timers', (g, rng) => {
    const m = rng.pick([2, 5, 10]);
    return one(
      oneOf(
        rng,
        `add ${numberWords(m)} minutes to the timer`,
        `put another ${m} minutes on the timer`,
        `give the timer ${numberWords(m)} more minutes`,
      ),
      {
        timers: [{ op: 'add', seconds: m * 60 }],
      },
    );
  }),
  T('timers.remove', 'timers', (g, rng) => {
    const m = rng.pick([1, 2, 5]);
    return one(
      oneOf(
        rng,
        `take ${numberWords(m)} minute${m > 1 ? 's' : ''} off the timer`,
        `knock ${m} minute${m > 1 ? 's' : ''} off the timer`,
      ),
      {
        timers: [{ op: 'remove', seconds: m * 60 }],
      },
    );
  }),
  T('timers.status', 'timers', (g, rng) =>
    one(
      oneOf(
        rng,
        'how long is left on the timer',
        "how much time's left",
        'how long to go on the timer',
        "what's left on my timer",
      ),
      {
        timers: [{ op: 'status' }],
      },
    ),
  ),
  T('timers.named-status', 'timers', (g, rng) => {
    const name = rng.pick(['pasta', 'oven', 'egg']);
    return one(oneOf(rng, `how long left on the ${name} timer`, `how's the ${name} timer doing`), {
      timers: [{ op: 'status', name }],
    });
  }),
  T('timers.cancel-named', 'timers', (g, rng) => {
    const name = rng.pick(['pasta', 'oven', 'laundry']);
    return one(
      oneOf(
        rng,
        `cancel the ${name} timer`,
        `stop the ${name} timer`,
        `get rid of the ${name} timer`,
      ),
      { timers: [{ op: 'cancel', name }] },
    );
  }),
  T('timers.cancel-all', 'timers', (g, rng) =>
    one(
      oneOf(
        rng,
        'cancel all my timers',
        'clear all the timers',
        'delete every timer',
        'cancel all timers',
      ),
      { timers: [{ op: 'cancel_all' }] },
    ),
  ),
  T('timers.pause-resume', 'timers', (g, rng) => [
    turn(oneOf(rng, 'pause the timer', 'hold the timer'), { timers: [{ op: 'pause' }] }),
    turn(oneOf(rng, 'resume the timer', 'unpause the timer', 'carry on with the timer'), {
      timers: [{ op: 'resume' }],
    }),
  ]),
  T('timers.followup-cancel', 'timers', (g, rng) => {
    const m = rng.pick([3, 4, 6]);
    return [
      turn(`set a timer for ${numberWords(m)} minutes`, {
        timers: [{ op: 'start', seconds: m * 60 }],
      }),
      turn(oneOf(rng, 'actually cancel it', 'cancel that timer', 'scrap that, cancel it'), {
        timers: [{ op: 'cancel' }],
      }),
    ];
  }),
  T('timers.half-hour', 'timers', (g, rng) =>
    one(
      oneOf(
        rng,
        'set a timer for half an hour',
        'half hour timer',
        'timer for thirty minutes please',
      ),
      { timers: [{ op: 'start', seconds: 1800 }] },
    ),
  ),
  T('timers.noise', 'timers', (g, rng) => {
    const m = rng.int(2, 9);
    return one(noisy(`set a timer for ${m} minutes`, rng), {
      timers: [{ op: 'start', seconds: m * 60 }],
    });
  }),
];

const QUESTIONS: Template[] = [
  T('q.lock-state', 'q_device', (g, rng) => {
    const f = named(g.home, 'Front door');
    if (f?.type !== 'lock') return null;
    return one(
      oneOf(
        rng,
        'is the front door locked',
        'did I lock the front door?',
        'is the front door unlocked',
        'front door locked?',
      ),
      { queries: [f.id] },
    );
  }),
  T('q.light-on', 'q_device', (g, rng) => {
    const l = pickNamed(g, rng, 'light');
    if (!l) return null;
    return one(
      oneOf(rng, `is ${l.said} on`, `did I leave ${l.said} on?`, `is ${l.said} still on`),
      { queries: [l.d.id] },
      anySpeaker(g.home, rng),
    );
  }),
  T('q.brightness', 'q_attribute', (g, rng) => {
    const l = pickNamed(g, rng, 'light');
    if (!l) return null;
    return one(
      oneOf(
        rng,
        `how bright is ${l.said}`,
        `what's ${l.said} set to`,
        `what brightness is ${l.said} at`,
      ),
      { queries: [l.d.id] },
      anySpeaker(g.home, rng),
    );
  }),
  T('q.tv-volume', 'q_attribute', (g, rng) => {
    const t = tv(g.home);
    if (!t) return null;
    return one(
      oneOf(
        rng,
        "what's the tv volume",
        `what volume is ${tvWord(rng, t)} at`,
        `how loud is ${tvWord(rng, t)}`,
      ),
      { queries: [t.id] },
      anySpeaker(g.home, rng),
    );
  }),
  T('q.humidity', 'q_attribute', (g, rng) => {
    const h = devicesOf(g.home, 'sensor', 'humidity').filter((d) => d.area === 'bathroom');
    if (!h.length) return null;
    return one(
      oneOf(
        rng,
        "what's the humidity in the bathroom",
        'how humid is the bathroom',
        'how humid is it in the bathroom?',
      ),
      { queries: ids(h) },
      anySpeaker(g.home, rng),
    );
  }),
  T('q.room-temperature', 'q_attribute', (g, rng) => {
    const areas = g.home.areas
      .map((a) => a.id)
      .filter(
        (a) =>
          devicesOf(g.home, 'sensor', 'temperature').some((d) => d.area === a) &&
          !devicesOf(g.home, 'climate').some((d) => d.area === a),
      );
    if (!areas.length) return null;
    const a = rng.pick(areas);
    const s = devicesOf(g.home, 'sensor', 'temperature').filter((d) => d.area === a);
    return one(
      oneOf(
        rng,
        `how warm is it in ${theArea(g.home, a, rng)}`,
        `what's the temperature in ${theArea(g.home, a, rng)}`,
        `how cold is ${theArea(g.home, a, rng)}`,
      ),
      { queries: ids(s) },
      anySpeaker(g.home, rng),
    );
  }),
  T('q.thermostat-target', 'q_attribute', (g, rng) => {
    const c = climateTarget(g, rng);
    if (!c) return null;
    return one(
      oneOf(rng, `what's ${c.said} set to`, `what temperature is ${c.said} set at`),
      { queries: [c.d.id] },
      anySpeaker(g.home, rng),
    );
  }),
  T('q.fan-speed', 'q_attribute', (g, rng) => {
    const f = roomFan(g, rng);
    if (!f) return null;
    return one(
      `what speed is the fan on in ${theArea(g.home, f.area, rng)}`,
      { queries: [f.d.id] },
      anySpeaker(g.home, rng),
    );
  }),
  T('q.cover-position', 'q_attribute', (g, rng) => {
    const c = roomCover(g, rng);
    if (!c) return null;
    return one(
      oneOf(
        rng,
        `how far open are the ${c.word} in ${theArea(g.home, c.area, rng)}`,
        `are the ${c.word} in ${theArea(g.home, c.area, rng)} open`,
      ),
      { queries: [c.d.id] },
      anySpeaker(g.home, rng),
    );
  }),
  T('q.count-room', 'q_group', (g, rng) => {
    const a = lightArea(g, rng, 2);
    if (!a) return null;
    return one(
      oneOf(
        rng,
        `how many lights are on in ${theArea(g.home, a, rng)}`,
        `how many of the lights in ${theArea(g.home, a, rng)} are on`,
      ),
      { queries: ids(lightsIn(g, a)) },
      anySpeaker(g.home, rng),
    );
  }),
  T('q.any-upstairs', 'q_group', (g, rng) => {
    if (!g.meta.upstairs || !lightsOnFloor(g, g.meta.upstairs).length) return null;
    return one(
      oneOf(
        rng,
        'are any lights on upstairs',
        'is there a light on upstairs',
        'did anyone leave a light on upstairs',
      ),
      { queries: ids(lightsOnFloor(g, g.meta.upstairs)) },
      anySpeaker(g.home, rng),
    );
  }),
  T('q.all-doors-locked', 'q_group', (g, rng) => {
    const ls = locks(g.home);
    if (ls.length < 2 || sensorsOf(g.home, 'lock').length) return null;
    return one(
      oneOf(rng, 'are all the doors locked', 'is every door locked', 'are the doors all locked?'),
      { queries: ids(ls) },
      anySpeaker(g.home, rng),
    );
  }),
  T('q.which-windows', 'q_group', (g, rng) => {
    const w = sensorsOf(g.home, 'window');
    if (!w.length) return null;
    return one(
      oneOf(
        rng,
        'which windows are open',
        'are any windows open',
        'is there a window open anywhere',
        'how many windows are open',
      ),
      { queries: ids(w) },
      anySpeaker(g.home, rng),
    );
  }),
  T('q.windows-upstairs', 'q_group', (g, rng) => {
    const up = upperAreas(g);
    const w = sensorsOf(g.home, 'window').filter((d) => d.area && up.includes(d.area));
    if (!w.length) return null;
    return one(
      oneOf(rng, 'is a window still open upstairs', 'are any of the upstairs windows open'),
      { queries: ids(w) },
      anySpeaker(g.home, rng),
    );
  }),
  T('q.which-lights-room', 'q_group', (g, rng) => {
    const a = lightArea(g, rng, 2);
    if (!a) return null;
    return one(
      `which lights are on in ${theArea(g.home, a, rng)}`,
      { queries: ids(lightsIn(g, a)) },
      anySpeaker(g.home, rng),
    );
  }),
  T('q.all-blinds-closed', 'q_group', (g, rng) => {
    const b = devicesOf(g.home, 'cover', 'blind');
    if (b.length < 2) return null;
    return one(
      oneOf(rng, 'are all the blinds closed', 'are all the blinds down', 'is every blind closed'),
      { queries: ids(b) },
      anySpeaker(g.home, rng),
    );
  }),
  T('q.anyone-in-room', 'q_binary', (g, rng) => {
    const m = sensorsOf(g.home, ['motion', 'occupancy']).filter((d) => d.area);
    if (!m.length) return null;
    const a = rng.pick(m).area!;
    return one(
      oneOf(
        rng,
        `is anyone in ${theArea(g.home, a, rng)}`,
        `is there somebody in ${theArea(g.home, a, rng)}`,
        `any movement in ${theArea(g.home, a, rng)}?`,
      ),
      {
        queries: ids(m.filter((d) => d.area === a)),
      },
      anySpeaker(g.home, rng),
    );
  }),
  T('q.leak', 'q_binary', (g, rng) => {
    const m = sensorsOf(g.home, 'moisture');
    if (!m.length) return null;
    return one(
      oneOf(
        rng,
        'is there a leak anywhere',
        'is anything leaking',
        'are any of the leak sensors wet',
        'is there water on the floor anywhere',
      ),
      { queries: ids(m) },
      anySpeaker(g.home, rng),
    );
  }),
  T('q.smoke', 'q_binary', (g, rng) => {
    const s = sensorsOf(g.home, 'smoke');
    if (!s.length) return null;
    return one(
      oneOf(rng, 'is there any smoke', 'are the smoke alarms clear', 'is any smoke detected'),
      { queries: ids(s) },
      anySpeaker(g.home, rng),
    );
  }),
  T('q.batteries', 'q_binary', (g, rng) => {
    const b = sensorsOf(g.home, 'battery');
    if (!b.length) return null;
    return one(
      oneOf(
        rng,
        'do any batteries need changing',
        'are any batteries low',
        'which sensors have low batteries',
        'do I need to replace any batteries',
      ),
      { queries: ids(b) },
      anySpeaker(g.home, rng),
    );
  }),
  T('q.who-home', 'q_binary', (g, rng) => {
    const p = sensorsOf(g.home, 'presence');
    if (!p.length) return null;
    return rng.chance(0.5)
      ? one(oneOf(rng, "who's home", 'is anybody home', 'who is at home right now'), {
          queries: ids(p),
        })
      : (() => {
          const d = rng.pick(p);
          return one(oneOf(rng, `is ${d.name} home`, `is ${d.name} in`, `is ${d.name} back yet`), {
            queries: [d.id],
          });
        })();
  }),
  T('q.gas', 'q_binary', (g, rng) => {
    const s = sensorsOf(g.home, 'gas');
    if (!s.length) return null;
    return one(
      oneOf(rng, 'is there a gas leak', 'has any gas been detected', 'any gas detected'),
      { queries: ids(s) },
      anySpeaker(g.home, rng),
    );
  }),
  T('q.internet', 'q_binary', (g, rng) => {
    const d = named(g.home, 'Broadband');
    if (!d) return null;
    return one(
      oneOf(rng, 'is the broadband connected', 'is the broadband online', 'is the broadband down'),
      { queries: [d.id] },
      anySpeaker(g.home, rng),
    );
  }),
  T('q.car-plugged', 'q_binary', (g, rng) => {
    const d = named(g.home, 'Car charger');
    if (!d) return null;
    return one(
      oneOf(rng, 'is the car charger plugged in', 'is the car charger connected'),
      { queries: [d.id] },
      anySpeaker(g.home, rng),
    );
  }),
  T('q.ebike-charging', 'q_binary', (g, rng) => {
    const d = named(g.home, 'E-bike');
    if (!d) return null;
    return one(
      oneOf(rng, 'is the e-bike charging', 'is the ebike charging', 'is the e bike still charging'),
      { queries: [d.id] },
      anySpeaker(g.home, rng),
    );
  }),
  T('q.dishwasher-running', 'q_binary', (g, rng) => {
    const d = named(g.home, 'Dishwasher');
    if (!d) return null;
    return one(
      oneOf(
        rng,
        'is the dishwasher still running',
        'is the dishwasher done',
        'has the dishwasher finished',
      ),
      { queries: [d.id] },
      anySpeaker(g.home, rng),
    );
  }),
  T('q.washing-machine', 'q_binary', (g, rng) => {
    const d = named(g.home, 'Washing machine');
    if (!d) return null;
    return one(
      oneOf(
        rng,
        'is the washing machine still going',
        'is the washing machine on',
        'is the washing machine vibrating',
      ),
      { queries: [d.id] },
      anySpeaker(g.home, rng),
    );
  }),
  T('q.baby', 'q_binary', (g, rng) => {
    const d = named(g.home, 'Baby monitor');
    if (!d) return null;
    return one(
      oneOf(
        rng,
        'is the baby monitor picking up any sound',
        'is there any noise on the baby monitor',
        'is the baby monitor hearing anything',
      ),
      { queries: [d.id] },
      anySpeaker(g.home, rng),
    );
  }),
  T('q.updates', 'q_binary', (g, rng) => {
    const s = sensorsOf(g.home, 'update');
    if (!s.length) return null;
    return one(
      oneOf(rng, 'are there any updates', 'is there an update available', 'anything need updating'),
      { queries: ids(s) },
      anySpeaker(g.home, rng),
    );
  }),
  T('q.frost', 'q_binary', (g, rng) => {
    const s = sensorsOf(g.home, 'cold');
    if (!s.length) return null;
    return one(
      oneOf(rng, 'is there frost', 'is it freezing out', 'is the frost sensor showing cold'),
      { queries: ids(s) },
      anySpeaker(g.home, rng),
    );
  }),
  T('q.dark', 'q_binary', (g, rng) => {
    const s = sensorsOf(g.home, 'light');
    if (!s.length) return null;
    return one(
      oneOf(rng, 'is it dark outside', 'is it still light out', 'is it daylight yet'),
      { queries: ids(s) },
      anySpeaker(g.home, rng),
    );
  }),
  T('q.loft-hatch', 'q_binary', (g, rng) => {
    const d = named(g.home, 'Loft hatch');
    if (!d) return null;
    return one(
      oneOf(
        rng,
        'is the loft hatch open',
        'did I leave the loft hatch open',
        'is the loft hatch shut',
      ),
      { queries: [d.id] },
      anySpeaker(g.home, rng),
    );
  }),
  T('q.boiler-problem', 'q_binary', (g, rng) => {
    const d = named(g.home, 'Boiler');
    if (!d) return null;
    return one(
      oneOf(
        rng,
        'is there a problem with the boiler',
        'is the boiler ok',
        'is the boiler reporting a problem',
      ),
      { queries: [d.id] },
      anySpeaker(g.home, rng),
    );
  }),
  T('q.tamper', 'q_binary', (g, rng) => {
    const d = named(g.home, 'Alarm panel');
    if (!d) return null;
    return one(
      oneOf(rng, 'has anyone tampered with the alarm panel', 'is the alarm panel tampered'),
      { queries: [d.id] },
      anySpeaker(g.home, rng),
    );
  }),
  T('q.stair-gate', 'q_binary', (g, rng) => {
    const d = named(g.home, 'Stair gate');
    if (!d) return null;
    return one(
      oneOf(rng, 'is the stair gate safe', 'is the stair gate ok'),
      { queries: [d.id] },
      anySpeaker(g.home, rng),
    );
  }),
  T('q.driveway-gate', 'q_binary', (g, rng) => {
    const d = named(g.home, 'Driveway gate');
    if (!d) return null;
    return one(
      oneOf(rng, 'is the driveway gate moving', 'is the driveway gate still moving'),
      { queries: [d.id] },
      anySpeaker(g.home, rng),
    );
  }),
  T('q.fridge-power', 'q_binary', (g, rng) => {
    const d = named(g.home, 'Fridge');
    if (!d) return null;
    return one(
      oneOf(rng, 'is the fridge powered', 'does the fridge have power', 'is the fridge on'),
      { queries: [d.id] },
      anySpeaker(g.home, rng),
    );
  }),
  T('q.garage-open', 'q_binary', (g, rng) => {
    const d = named(g.home, 'Garage door');
    if (!d) return null;
    return one(
      oneOf(
        rng,
        'is the garage door open',
        'did I leave the garage open',
        'is the garage door shut',
      ),
      { queries: [d.id] },
      anySpeaker(g.home, rng),
    );
  }),
  T('q.co', 'q_binary', (g, rng) => {
    const s = sensorsOf(g.home, 'carbon_monoxide');
    if (!s.length) return null;
    return one(
      oneOf(
        rng,
        'is there any carbon monoxide',
        'is the CO alarm clear',
        'any carbon monoxide detected',
      ),
      { queries: ids(s) },
      anySpeaker(g.home, rng),
    );
  }),
  T('q.motion-count', 'q_binary', (g, rng) => {
    const m = sensorsOf(g.home, ['motion', 'occupancy']);
    if (m.length < 2) return null;
    return one(
      oneOf(
        rng,
        'is there movement anywhere in the house',
        'has any motion sensor picked anything up',
      ),
      { queries: ids(m) },
      anySpeaker(g.home, rng),
    );
  }),
  T('q.no-action', 'q_device', (g, rng) => {
    const l = pickNamed(g, rng, 'light');
    if (!l) return null;
    // A question never switches anything.
    return one(
      oneOf(
        rng,
        `${/s$/.test(l.d.name) ? 'are' : 'is'} ${l.said} off`,
        `${/s$/.test(l.d.name) ? 'are' : 'is'} ${l.said} turned on`,
      ),
      { queries: [l.d.id] },
      anySpeaker(g.home, rng),
    );
  }),
];

const FOLLOW: Template[] = [
  T('follow.pronoun-colour', 'follow_ups', (g, rng) => {
    const l = pickNamed(g, rng, 'light');
    if (!l) return null;
    const c = rng.pick(['red', 'blue', 'green', 'purple']);
    return [
      turn(`turn on ${l.said}`, { actions: act([l.d], 'turn_on') }),
      turn(oneOf(rng, `now make it ${c}`, `make it ${c}`, `and change it to ${c}`), {
        actions: act([l.d], 'set_color', c),
      }),
    ];
  }),
  T('follow.and-room', 'follow_ups', (g, rng) => {
    const a = lightArea(g, rng);
    if (!a) return null;
    const b = lightArea(g, rng, 1, [a]);
    if (!b) return null;
    const place = theArea(g.home, b, rng);
    return [
      turn(`turn off ${areaLightsPhrase(g.home, a, rng)}`, {
        actions: act(lightsIn(g, a), 'turn_off'),
      }),
      turn(oneOf(rng, `and ${place}`, `${place} too`, `and ${place} as well`, `same in ${place}`), {
        actions: act(lightsIn(g, b), 'turn_off'),
      }),
    ];
  }),
  T('follow.a-bit-more', 'follow_ups', (g, rng) => {
    const l = pickNamed(g, rng, 'light');
    if (!l) return null;
    return [
      turn(`make ${l.said} brighter`, { actions: act([l.d], 'change_brightness', 10) }),
      turn(oneOf(rng, 'a bit more', 'more', 'a little more please', 'bit more'), {
        actions: act([l.d], 'change_brightness', 10),
      }),
    ];
  }),
  T('follow.dim-more', 'follow_ups', (g, rng) => {
    const a = lightArea(g, rng);
    if (!a) return null;
    return [
      turn(`dim ${areaLightsPhrase(g.home, a, rng)}`, {
        actions: act(lightsIn(g, a), 'change_brightness', -10),
      }),
      turn(oneOf(rng, 'a bit more', 'even dimmer', 'lower still'), {
        actions: act(lightsIn(g, a), 'change_brightness', -10),
      }),
    ];
  }),
  T('follow.lock-it', 'follow_ups', (g, rng) => {
    const ls = locks(g.home);
    if (!ls.length) return null;
    const d = rng.pick(ls);
    if (!nameIsUnique(g.home, d.name)) return null;
    return [
      turn(`is ${theName(d.name)} locked`, { queries: [d.id] }),
      turn(oneOf(rng, 'lock it', 'lock it then', 'ok lock it please'), {
        actions: act([d], 'lock'),
      }),
    ];
  }),
  T('follow.turn-it-back-on', 'follow_ups', (g, rng) => {
    const l = pickNamed(g, rng, 'light');
    if (!l) return null;
    return [
      turn(`turn off ${l.said}`, { actions: act([l.d], 'turn_off') }),
      turn(oneOf(rng, 'turn it back on', 'actually put it back on', 'no wait, turn it on again'), {
        actions: act([l.d], 'turn_on'),
      }),
    ];
  }),
  T('follow.radiator-value', 'follow_ups', (g, rng) => {
    const c = climateTarget(g, rng);
    if (!c) return null;
    const n = g.home.unit === 'fahrenheit' ? rng.int(64, 72) : rng.int(18, 22);
    return [
      turn(`turn on ${c.said}`, { actions: act([c.d], 'turn_on') }),
      turn(
        oneOf(rng, `set it to ${n}`, `and make it ${numberWords(n)} degrees`, `put it on ${n}`),
        { actions: act([c.d], 'set_temperature', n) },
      ),
    ];
  }),
  T('follow.blinds-too', 'follow_ups', (g, rng) => {
    const covers = devicesOf(g.home, 'cover', ['blind', 'curtain', 'shutter']).filter(
      (d) => d.area && devicesOf(g.home, 'cover').filter((c) => c.area === d.area).length === 1,
    );
    const a = covers.length ? rng.pick(covers) : undefined;
    const rest = covers.filter((d) => a && d !== a && d.class === a.class);
    if (!a || !rest.length) return null;
    const b = rng.pick(rest);
    const word = (d: Device) =>
      d.class === 'blind' ? 'blinds' : d.class === 'curtain' ? 'curtains' : 'shutters';
    return [
      turn(`close the ${word(a)} in ${theArea(g.home, a.area!, rng)}`, {
        actions: act([a], 'close'),
      }),
      turn(
        oneOf(rng, `and ${theArea(g.home, b.area!, rng)}`, `${theArea(g.home, b.area!, rng)} too`),
        { actions: act([b], 'close') },
      ),
    ];
  }),
  T('follow.fan-faster', 'follow_ups', (g, rng) => {
    const f = roomFan(g, rng);
    if (!f) return null;
    return [
      turn(`turn on the fan in ${theArea(g.home, f.area, rng)}`, {
        actions: act([f.d], 'turn_on'),
      }),
      turn(oneOf(rng, 'faster', 'make it faster', 'turn it up'), {
        actions: act([f.d], 'change_speed', 10),
      }),
    ];
  }),
  T('follow.tv-louder', 'follow_ups', (g, rng) => {
    const t = tv(g.home);
    if (!t) return null;
    return [
      turn(`turn ${tvWord(rng, t)} up`, { actions: act([t], 'change_volume', 10) }),
      turn(oneOf(rng, 'louder', 'a bit more', 'more'), { actions: act([t], 'change_volume', 10) }),
      turn(
        oneOf(rng, 'too loud, back down a bit', 'now a bit quieter', 'ok turn it down a little'),
        { actions: act([t], 'change_volume', -10) },
      ),
    ];
  }),
  T('follow.query-then-set', 'follow_ups', (g, rng) => {
    const l = pickNamed(g, rng, 'light');
    if (!l) return null;
    return [
      turn(`how bright is ${l.said}`, { queries: [l.d.id] }),
      turn(oneOf(rng, 'set it to 70 percent', 'make it seventy percent'), {
        actions: act([l.d], 'set_brightness', 70),
      }),
    ];
  }),
  T('follow.them', 'follow_ups', (g, rng) => {
    const a = lightArea(g, rng, 2);
    if (!a) return null;
    return [
      turn(`turn on ${areaLightsPhrase(g.home, a, rng)}`, {
        actions: act(lightsIn(g, a), 'turn_on'),
      }),
      turn(
        oneOf(rng, 'dim them to 40%', 'now put them on forty percent', 'set them to 40 percent'),
        { actions: act(lightsIn(g, a), 'set_brightness', 40) },
      ),
    ];
  }),
  T('follow.never-mind-after-action', 'follow_ups', (g, rng) => {
    const l = pickNamed(g, rng, 'light');
    if (!l) return null;
    return [
      turn(`turn on ${l.said}`, { actions: act([l.d], 'turn_on') }),
      turn(oneOf(rng, 'thanks', 'thank you', 'cheers'), { nothing: true }),
    ];
  }),
  T('follow.clarify-then-pronoun', 'follow_ups', (g, rng) => {
    const s = sharedLight(g, rng);
    if (!s) return null;
    const d = rng.pick(s.devices);
    return [
      turn(`turn on the ${s.name}`, { clarify: ids(s.devices) }, s.speaker),
      turn(
        `the one in ${theArea(g.home, d.area!, rng)}`,
        { actions: act([d], 'turn_on') },
        s.speaker,
      ),
      turn(
        oneOf(rng, 'and make it blue', 'now make it blue'),
        { actions: act([d], 'set_color', 'blue') },
        s.speaker,
      ),
    ];
  }),
];

/** Everyday commands in the shapes whisper writes them. */
const NOISE: Template[] = [
  T('noise.room-lights-off', 'transcript_noise', (g, rng) => {
    const a = lightArea(g, rng);
    if (!a) return null;
    return one(
      noisy(`turn off ${areaLightsPhrase(g.home, a, rng)}`, rng),
      { actions: act(lightsIn(g, a), 'turn_off') },
      anySpeaker(g.home, rng),
    );
  }),
  T('noise.lock', 'transcript_noise', (g, rng) => {
    const f = named(g.home, 'Front door');
    if (f?.type !== 'lock') return null;
    return one(noisy('lock the front door', rng), { actions: act([f], 'lock') });
  }),
  T('noise.brightness-digits', 'transcript_noise', (g, rng) => {
    const l = pickNamed(g, rng, 'light');
    if (!l) return null;
    const n = rng.pick([20, 40, 60, 75]);
    return one(
      noisy(`set ${l.said} to ${n}%`, rng),
      { actions: act([l.d], 'set_brightness', n) },
      anySpeaker(g.home, rng),
    );
  }),
  T('noise.um-in-middle', 'transcript_noise', (g, rng) => {
    const l = pickNamed(g, rng, 'light');
    if (!l) return null;
    return one(
      oneOf(
        rng,
        `turn on, um, ${l.said}`,
        `turn on the, uh, ${l.said.replace(/^the /, '')}`,
        `switch on ${l.said}, um, please`,
      ),
      { actions: act([l.d], 'turn_on') },
      anySpeaker(g.home, rng),
    );
  }),
  T('noise.misspelt-off', 'transcript_noise', (g, rng) => {
    const a = lightArea(g, rng);
    if (!a) return null;
    return one(
      `Turn of ${areaLightsPhrase(g.home, a, rng)}.`,
      { actions: act(lightsIn(g, a), 'turn_off') },
      anySpeaker(g.home, rng),
    );
  }),
  T('noise.all-caps-tv', 'transcript_noise', (g, rng) => {
    const t = tv(g.home);
    if (!t) return null;
    return one(noisy(`TURN OFF THE ${t.name.toUpperCase()}`, rng), {
      actions: act([t], 'turn_off'),
    });
  }),
  T('noise.question-mark', 'transcript_noise', (g, rng) => {
    const l = pickNamed(g, rng, 'light');
    if (!l) return null;
    return one(
      `${noisy(`can you dim ${l.said} to thirty percent`, rng).replace(/[.,!?]*( thank you| thanks| please)?[.?]*$/i, '$1')}?`,
      { actions: act([l.d], 'set_brightness', 30) },
      anySpeaker(g.home, rng),
    );
  }),
  T('noise.restart', 'transcript_noise', (g, rng) => {
    const a = lightArea(g, rng);
    if (!a) return null;
    return one(
      `turn on the... turn off ${areaLightsPhrase(g.home, a, rng)}`,
      { actions: act(lightsIn(g, a), 'turn_off') },
      anySpeaker(g.home, rng),
    );
  }),
  T('noise.climate-words', 'transcript_noise', (g, rng) => {
    const c = climateTarget(g, rng);
    if (!c) return null;
    const n = g.home.unit === 'fahrenheit' ? 70 : 21;
    return one(
      noisy(`set ${c.said} to ${n}°`, rng),
      { actions: act([c.d], 'set_temperature', n) },
      anySpeaker(g.home, rng),
    );
  }),
  T('noise.livingroom-one-word', 'transcript_noise', (g, rng) => {
    if (!lightsIn(g, 'living_room').length) return null;
    return one(noisy('turn off the livingroom lights', rng), {
      actions: act(lightsIn(g, 'living_room'), 'turn_off'),
    });
  }),
  T('noise.nonsense', 'transcript_noise', (g, rng) =>
    one(
      oneOf(rng, 'Thank you for watching!', 'you', '...', 'Thanks for watching, please subscribe.'),
      { nothing: true },
    ),
  ),
  T('noise.unknown-device', 'transcript_noise', (g, rng) =>
    one(
      oneOf(
        rng,
        'turn on the jacuzzi',
        'start the sprinklers',
        'open the pod bay doors',
        'switch on the hot tub',
      ),
      { nothing: true },
    ),
  ),
];

export const FRESH3_TEMPLATES: Template[] = [
  ...MULTI,
  ...EXCEPT,
  ...CLARIFY,
  ...NAMES,
  ...ROOMS,
  ...CLIMATE,
  ...LIGHTS,
  ...COVERS,
  ...FANS,
  ...MEDIA,
  ...VACUUM,
  ...SCENES,
  ...TIMERS,
  ...QUESTIONS,
  ...FOLLOW,
  ...NOISE,
];
