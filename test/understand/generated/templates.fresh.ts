// A third set of phrase templates (issue 10), written apart from the dev, extra and held-out
// sets by someone who had not read them or the engine: expectations follow the spec
// (../shared/spec/home-file.md, cli.md) and what a person at home means. They run on homes
// generated with FRESH_HOME_OPTIONS, which adds everyday rooms ("Kids' room", "Bedroom 3"),
// names with hyphens and apostrophes, and binary sensors of every class in the spec's table.
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
  otherArea,
  polite,
  sayArea,
  sayDevice,
  sayNumber,
  sayPercent,
  targetTemperature,
  uniquelyNamed,
} from './templateKit.ts';
import type { Expected, Template, Turn } from './templateKit.ts';

/** The homes the fresh set runs on: the base home plus the kind words and everyday cases. */
export const FRESH_HOME_OPTIONS: GenerateHomeOptions = { moreKindWords: true, freshCases: true };

// ------------------------------------------------------------------ wording

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** How a transcript comes out: as said, or capitalised with a full stop or question mark. */
function spoken(s: string, rng: Rng, question = false): string {
  const r = rng.next();
  if (r < 0.25) return `${cap(s)}${question ? '?' : '.'}`;
  if (r < 0.35) return cap(s);
  return s;
}

/** A trailing "please" / "thanks", or nothing. */
function tail(s: string, rng: Rng): string {
  return rng.pick([s, s, s, `${s} please`, `${s}, thanks`, `${s} thank you`, `${s}, cheers`]);
}

/** A command as a person says it: maybe polite, maybe thanked, maybe written like a transcript. */
const VERB =
  /^(turn|switch|shut|put|set|dim|make|brighten|kill|open|close|raise|lower|lift|bring|lock|unlock|start|stop|run|get|send|tell|dock|return|pause|resume|unpause|hold|cancel|delete|clear|add|take|knock|remove|give|activate|change|speed|slow|vacuum|do|clean|pop|stick|flick|heat|warm|crank|bump|nudge|drop|continue|carry|play|skip|go)\b/;

/**
 * A command as a person says it: maybe polite, maybe thanked, maybe written like a transcript.
 * "Can you ..." goes only before a verb ("can you kitchen lights off" is nobody's English).
 */
function say(command: string, rng: Rng): string {
  const politeOk = VERB.test(command) && rng.chance(0.5);
  return spoken(politeOk ? polite(command, rng) : tail(command, rng), rng);
}

/** Articles as people use them: "mia's lamp" and "lamp 2", not "the mia's lamp", "the lamp 2". */
function tidy(text: string): string {
  return text
    .replace(/\bthe (?=[a-z]+'s\b)/gi, '')
    .replace(/\bthe (?=lamp (\d|one|two|number)\b)/gi, '');
}

/** A question as a person says it. */
function ask(question: string, rng: Rng): string {
  return spoken(question, rng, true);
}

const one = (text: string, expect: Expected, area?: string): Turn[] => [
  { text, expect, ...(area === undefined ? {} : { area }) },
];

/** A room as said: "kitchen", "bedroom two", "mia's room", and with its article when it takes one. */
function room(home: Home, id: string, rng: Rng): { bare: string; the: string } {
  const bare = sayArea(home, id, rng);
  const noArticle = /'s\b|\b(\d+|one|two|three|four)$/.test(bare);
  return { bare, the: noArticle ? bare : `the ${bare}` };
}

const off = (rng: Rng) => rng.pick(['turn off', 'switch off', 'shut off']);
const on = (rng: Rng) => rng.pick(['turn on', 'switch on', 'put on']);

function onFloor(
  g: GeneratedHome,
  upper: boolean,
  rng: Rng,
): { floor: string; word: string } | null {
  const floor = upper ? g.meta.upstairs : g.meta.downstairs;
  if (!floor) return null;
  const word = upper
    ? rng.pick(['upstairs', 'upstairs', 'on the first floor', 'on the top floor'])
    : rng.pick(['downstairs', 'downstairs', 'on the ground floor']);
  return { floor, word };
}

/** Binary sensors of some classes, optionally in one area. */
function sensors(home: Home, classes: string | readonly string[], area?: string): Device[] {
  return devicesOf(home, 'binary_sensor', classes).filter((d) => !area || d.area === area);
}

function areasOfFloor(g: GeneratedHome, floor: string): string[] {
  return g.meta.areasByFloor[floor] ?? [];
}

function named(home: Home, name: string): Device | undefined {
  const n = name.toLowerCase();
  const all = home.devices.filter((d) => d.name.toLowerCase() === n);
  return all.length === 1 && nameIsUnique(home, all[0]!.name) ? all[0] : undefined;
}

/** A room with lights that is picked for a sentence that names it. */
function lightRoom(g: GeneratedHome, rng: Rng, min = 1, max = Infinity): string | undefined {
  const rooms = areasWithLights(g, min, max);
  return rooms.length ? rng.pick(rooms) : undefined;
}

/** "the kitchen lights" / "the lights in the kitchen" / "bedroom two lights". */
function theLights(home: Home, area: string, rng: Rng): string {
  const r = room(home, area, rng);
  return rng.pick([
    r.the === r.bare ? `${r.bare} lights` : `the ${r.bare} lights`,
    `the lights in ${r.the}`,
  ]);
}

/** A light with a name of its own (not a kind word, not shared, not a room word plus a name). */
function ownLight(g: GeneratedHome, rng: Rng): Device | undefined {
  const all = uniquelyNamed(g.home, 'light');
  return all.length ? rng.pick(all) : undefined;
}

/** The only device of a type in the home. */
function only(home: Home, type: Device['type'], cls?: string): Device | undefined {
  const all = devicesOf(home, type, cls);
  return all.length === 1 ? all[0] : undefined;
}

function deg(n: number, home: Home, rng: Rng): string {
  const num = sayNumber(n, rng);
  return rng.pick([num, `${num} degrees`, `${num} degrees`]) + (home.unit ? '' : '');
}

/** Climate devices in an area, and a home-wide one without an area. */
function climateIn(home: Home, area: string): Device[] {
  return devicesOf(home, 'climate').filter((d) => d.area === area);
}

/** A duration as said and in seconds. */
function duration(rng: Rng): [string, number] {
  const m = rng.int(2, 45);
  return rng.pick<[string, number]>([
    [`${sayNumber(m, rng)} minutes`, m * 60],
    [`${sayNumber(m, rng)} minutes`, m * 60],
    [`${m} mins`, m * 60],
    [`${rng.pick(['30', 'thirty'])} seconds`, 30],
    [`${rng.pick(['90', 'ninety'])} seconds`, 90],
    ['a minute and a half', 90],
    ['two and a half minutes', 150],
    ['half an hour', 1800],
    ['an hour', 3600],
    ['an hour and a half', 5400],
    ['quarter of an hour', 900],
    ['one minute', 60],
  ]);
}

const TIMER_NAMES = ['pasta', 'rice', 'pizza', 'bread', 'laundry', 'potatoes', 'cake', 'tea'];

// ------------------------------------------------------------------ templates

const T: Template[] = [];
const add = (id: string, behaviour: string, make: Template['make']) =>
  T.push({
    id: `fresh.${id}`,
    behaviour,
    make: (g, rng) => make(g, rng)?.map((turn) => ({ ...turn, text: tidy(turn.text) })) ?? null,
  });

// ----- lights by room

add('room.short-off', 'lights by room', (g, rng) => {
  const a = lightRoom(g, rng);
  if (!a) return null;
  const r = room(g.home, a, rng);
  const text = rng.pick([
    `${r.bare} lights off`,
    `lights off in ${r.the}`,
    `${r.bare} lights off now`,
    `lights in ${r.the} off`,
  ]);
  return one(
    spoken(tail(text, rng), rng),
    { actions: act(lightsIn(g, a), 'turn_off') },
    anySpeaker(g.home, rng),
  );
});

add('room.kill', 'lights by room', (g, rng) => {
  const a = lightRoom(g, rng);
  if (!a) return null;
  const r = room(g.home, a, rng);
  const text = rng.pick([
    `can you kill the lights in ${r.the}`,
    `kill ${theLights(g.home, a, rng)}`,
    `kill the ${r.bare} lights would you`,
  ]);
  return one(
    spoken(text, rng),
    { actions: act(lightsIn(g, a), 'turn_off') },
    anySpeaker(g.home, rng),
  );
});

add('room.on-please', 'lights by room', (g, rng) => {
  const a = lightRoom(g, rng);
  if (!a) return null;
  const r = room(g.home, a, rng);
  const text = rng.pick([
    `lights in ${r.the} on please`,
    `${r.bare} lights on`,
    `${r.bare} lights on please`,
    `lights on in ${r.the}`,
  ]);
  return one(
    spoken(text, rng),
    { actions: act(lightsIn(g, a), 'turn_on') },
    anySpeaker(g.home, rng),
  );
});

add('room.verb-split', 'lights by room', (g, rng) => {
  const a = lightRoom(g, rng);
  if (!a) return null;
  const r = room(g.home, a, rng);
  const turnOn = rng.chance(0.5);
  const word = turnOn ? 'on' : 'off';
  const verb = rng.pick(['turn', 'switch', turnOn ? 'put' : 'turn']);
  const text = rng.pick([
    `${verb} the lights ${word} in ${r.the}`,
    `${verb} ${theLights(g.home, a, rng)} ${word}`,
    `${verb} ${word} ${theLights(g.home, a, rng)}`,
  ]);
  return one(
    say(text, rng),
    { actions: act(lightsIn(g, a), turnOn ? 'turn_on' : 'turn_off') },
    anySpeaker(g.home, rng),
  );
});

add('room.here', 'lights by room', (g, rng) => {
  const a = lightRoom(g, rng);
  if (!a) return null;
  const turnOn = rng.chance(0.5);
  const text = turnOn
    ? rng.pick([
        'turn the lights on in here',
        'lights on in here',
        'can we have the lights on in here',
        'switch on the lights in here',
      ])
    : rng.pick([
        'turn the lights off in here',
        'lights off in here',
        'switch the lights in here off',
        "turn off the lights in here, I'm going out",
      ]);
  return one(say(text, rng), { actions: act(lightsIn(g, a), turnOn ? 'turn_on' : 'turn_off') }, a);
});

add('room.from-elsewhere', 'lights by room', (g, rng) => {
  const a = lightRoom(g, rng);
  const speaker = a && otherArea(g.home, rng, [a]);
  if (!a || !speaker || !lightsIn(g, speaker).length) return null;
  const turnOn = rng.chance(0.5);
  const text = `${turnOn ? on(rng) : off(rng)} ${theLights(g.home, a, rng)}`;
  return one(
    say(text, rng),
    { actions: act(lightsIn(g, a), turnOn ? 'turn_on' : 'turn_off') },
    speaker,
  );
});

add('room.every-light', 'lights by room', (g, rng) => {
  const a = lightRoom(g, rng, 2);
  if (!a) return null;
  const r = room(g.home, a, rng);
  const text = rng.pick([
    `turn off all the lights in ${r.the}`,
    `every light in ${r.the} off`,
    `switch off every single light in ${r.the}`,
    `turn all the ${r.bare} lights off`,
  ]);
  return one(say(text, rng), { actions: act(lightsIn(g, a), 'turn_off') }, anySpeaker(g.home, rng));
});

add('room.single-light', 'lights by room', (g, rng) => {
  const rooms = areasWithLights(g, 1, 1).filter(
    (a) =>
      !g.home.devices.some((d) => d.area === a && d.type !== 'light' && /light|lamp/i.test(d.name)),
  );
  if (!rooms.length) return null;
  const a = rng.pick(rooms);
  const r = room(g.home, a, rng);
  const text = rng.pick([
    `turn on the light in ${r.the}`,
    `can you put the light on in ${r.the}`,
    `switch the ${r.bare} light on`,
  ]);
  return one(say(text, rng), { actions: act(lightsIn(g, a), 'turn_on') }, anySpeaker(g.home, rng));
});

add('room.two-rooms', 'lights by room', (g, rng) => {
  const rooms = areasWithLights(g);
  if (rooms.length < 2) return null;
  const [a, b] = rng.sample(rooms, 2) as [string, string];
  const ra = room(g.home, a, rng);
  const rb = room(g.home, b, rng);
  const text = rng.pick([
    `turn off the lights in ${ra.the} and ${rb.the}`,
    `switch off the ${ra.bare} and ${rb.bare} lights`,
    `${ra.bare} and ${rb.bare} lights off`,
  ]);
  return one(
    say(text, rng),
    { actions: act([...lightsIn(g, a), ...lightsIn(g, b)], 'turn_off') },
    anySpeaker(g.home, rng),
  );
});

add('room.leaving', 'lights by room', (g, rng) => {
  const a = lightRoom(g, rng);
  if (!a) return null;
  const r = room(g.home, a, rng);
  const text = rng.pick([
    `I'm done in ${r.the}, turn the lights off`,
    `leaving ${r.the} now, lights off please`,
    `we're going to bed, can you switch off the lights in ${r.the}`,
  ]);
  return one(
    spoken(text, rng),
    { actions: act(lightsIn(g, a), 'turn_off') },
    anySpeaker(g.home, rng),
  );
});

// ----- all lights, lights by floor

add('all.off', 'all lights', (g, rng) => {
  const lights = allLights(g);
  if (!lights.length) return null;
  const text = rng.pick([
    'turn off all the lights',
    'all lights off',
    'kill all the lights',
    'switch every light off',
    'lights off everywhere',
    'turn off every light in the house',
    'can you turn all the lights off',
  ]);
  return one(say(text, rng), { actions: act(lights, 'turn_off') }, anySpeaker(g.home, rng));
});

add('all.on', 'all lights', (g, rng) => {
  const lights = allLights(g);
  if (!lights.length) return null;
  const text = rng.pick([
    'turn all the lights on',
    'every light on',
    'switch on all the lights in the house',
    'put all the lights on',
  ]);
  return one(say(text, rng), { actions: act(lights, 'turn_on') }, anySpeaker(g.home, rng));
});

add('floor.off', 'lights by floor', (g, rng) => {
  const f = onFloor(g, rng.chance(0.5), rng);
  const lights = f ? lightsOnFloor(g, f.floor) : [];
  if (!f || !lights.length) return null;
  const text = rng.pick([
    `turn off the lights ${f.word}`,
    `lights off ${f.word}`,
    `switch off all the lights ${f.word}`,
    `turn all the lights ${f.word} off`,
  ]);
  return one(say(text, rng), { actions: act(lights, 'turn_off') }, anySpeaker(g.home, rng));
});

add('floor.on-adjective', 'lights by floor', (g, rng) => {
  const upper = rng.chance(0.5);
  const floor = upper ? g.meta.upstairs : g.meta.downstairs;
  const lights = floor ? lightsOnFloor(g, floor) : [];
  if (!floor || !lights.length) return null;
  const word = upper ? 'upstairs' : 'downstairs';
  const text = rng.pick([
    `turn the ${word} lights on`,
    `switch on the ${word} lights`,
    `${word} lights on`,
  ]);
  return one(say(text, rng), { actions: act(lights, 'turn_on') }, anySpeaker(g.home, rng));
});

add('floor.dim', 'lights by floor', (g, rng) => {
  const f = onFloor(g, rng.chance(0.5), rng);
  const lights = f ? lightsOnFloor(g, f.floor) : [];
  if (!f || !lights.length) return null;
  const n = rng.pick([20, 30, 40, 50, 60]);
  const text = rng.pick([
    `set the lights ${f.word} to ${sayPercent(n, rng)}`,
    `dim all the lights ${f.word} to ${sayPercent(n, rng)}`,
  ]);
  return one(
    say(text, rng),
    { actions: act(lights, 'set_brightness', n) },
    anySpeaker(g.home, rng),
  );
});

// ----- kind word as a device name

add('kind.lamp-in-room', 'kind word as a device name', (g, rng) => {
  const lamps = devicesOf(g.home, 'light').filter(
    (d) => d.name === 'Lamp' && d.area && lightsIn(g, d.area).length >= 2,
  );
  if (!lamps.length || sceneCalled(g.home, 'lamp')) return null;
  const lamp = rng.pick(lamps);
  const r = room(g.home, lamp.area!, rng);
  const turnOn = rng.chance(0.5);
  const text = rng.pick([
    `${turnOn ? 'turn on' : 'turn off'} the lamp in ${r.the}`,
    `${turnOn ? 'switch on' : 'switch off'} the ${r.bare} lamp`,
    `the lamp in ${r.the} ${turnOn ? 'on' : 'off'}`,
  ]);
  return one(
    say(text, rng),
    { actions: act([lamp], turnOn ? 'turn_on' : 'turn_off') },
    anySpeaker(g.home, rng),
  );
});

add('kind.light-vs-lights', 'kind word as a device name', (g, rng) => {
  const named = devicesOf(g.home, 'light').filter(
    (d) => d.name === 'Light' && d.area && lightsIn(g, d.area).length >= 2,
  );
  if (!named.length) return null;
  const light = rng.pick(named);
  const a = light.area!;
  const r = room(g.home, a, rng);
  if (rng.chance(0.5))
    return one(
      say(`turn on the light in ${r.the}`, rng),
      { actions: act([light], 'turn_on') },
      anySpeaker(g.home, rng),
    );
  return one(
    say(`turn on ${theLights(g.home, a, rng)}`, rng),
    { actions: act(lightsIn(g, a), 'turn_on') },
    anySpeaker(g.home, rng),
  );
});

add('kind.light-here', 'kind word as a device name', (g, rng) => {
  const named = devicesOf(g.home, 'light').filter((d) => d.name === 'Light' && d.area);
  if (!named.length) return null;
  const light = rng.pick(named);
  const text = rng.pick([
    'turn the light off',
    'switch off the light',
    'light off',
    'can you turn off the light',
  ]);
  return one(spoken(tail(text, rng), rng), { actions: act([light], 'turn_off') }, light.area);
});

add('kind.light-sensor-room', 'kind word as a device name', (g, rng) => {
  const rooms = g.meta.lightNamedSensors
    .map((id) => g.home.devices.find((d) => d.id === id)!.area!)
    .filter((a) => lightsIn(g, a).length >= 1);
  if (!rooms.length) return null;
  const a = rng.pick(rooms);
  const lights = lightsIn(g, a);
  const r = room(g.home, a, rng);
  const turnOn = rng.chance(0.5);
  const text =
    lights.length === 1 && rng.chance(0.5)
      ? `${turnOn ? 'turn on' : 'turn off'} the light in ${r.the}`
      : `${turnOn ? 'switch' : 'turn'} ${theLights(g.home, a, rng)} ${turnOn ? 'on' : 'off'}`;
  return one(
    say(text, rng),
    { actions: act(lights, turnOn ? 'turn_on' : 'turn_off') },
    anySpeaker(g.home, rng),
  );
});

add('kind.temperature-sensor-set', 'kind word as a device name', (g, rng) => {
  const rooms = devicesOf(g.home, 'sensor', 'temperature')
    .filter((s) => s.name === 'Temperature' && s.area && climateIn(g.home, s.area).length === 1)
    .map((s) => s.area!);
  if (!rooms.length) return null;
  const a = rng.pick(rooms);
  const c = climateIn(g.home, a)[0]!;
  const t = targetTemperature(g.home, rng);
  const r = room(g.home, a, rng);
  const text = rng.pick([
    `put the temperature in ${r.the} to ${deg(t, g.home, rng)}`,
    `set the temperature in ${r.the} to ${deg(t, g.home, rng)}`,
    `make the ${r.bare} temperature ${deg(t, g.home, rng)}`,
  ]);
  return one(say(text, rng), { actions: act([c], 'set_temperature', t) }, anySpeaker(g.home, rng));
});

add('kind.temperature-sensor-ask', 'kind word as a device name', (g, rng) => {
  const all = devicesOf(g.home, 'sensor', 'temperature').filter(
    (s) => s.name === 'Temperature' && s.area && !climateIn(g.home, s.area).length,
  );
  if (!all.length) return null;
  const s = rng.pick(all);
  const r = room(g.home, s.area!, rng);
  const text = rng.pick([
    `what's the temperature in ${r.the}`,
    `what is the temperature in ${r.the}`,
    `how warm is it in ${r.the}`,
    `what's the ${r.bare} temperature`,
  ]);
  return one(ask(text, rng), { queries: [s.id] }, anySpeaker(g.home, rng));
});

add('kind.fan-named-fan', 'kind word as a device name', (g, rng) => {
  const fans = devicesOf(g.home, 'fan');
  const fan = fans.find((f) => f.name === 'Fan' && f.area);
  if (!fan || fans.length < 2) return null;
  const turnOn = rng.chance(0.5);
  const text = rng.pick([
    `turn the fan ${turnOn ? 'on' : 'off'}`,
    `fan ${turnOn ? 'on' : 'off'}`,
    `${turnOn ? 'switch on' : 'switch off'} the fan`,
  ]);
  return one(say(text, rng), { actions: act([fan], turnOn ? 'turn_on' : 'turn_off') }, fan.area);
});

add('kind.heater-central', 'kind word as a device name', (g, rng) => {
  const c = onlyClimate(g.home);
  if (!c || c.name !== 'Heater') return null;
  const turnOn = rng.chance(0.5);
  const text = rng.pick([
    `turn the heater ${turnOn ? 'on' : 'off'}`,
    `${turnOn ? 'switch on' : 'switch off'} the heater`,
    `heater ${turnOn ? 'on' : 'off'}`,
  ]);
  return one(
    say(text, rng),
    { actions: act([c], turnOn ? 'turn_on' : 'turn_off') },
    anySpeaker(g.home, rng),
  );
});

add('kind.heater-beside-radiators', 'kind word as a device name', (g, rng) => {
  const heater = devicesOf(g.home, 'climate').find((d) => d.name === 'Heater' && d.area);
  if (!heater || devicesOf(g.home, 'climate').length < 2) return null;
  const turnOn = rng.chance(0.5);
  const text = `${turnOn ? 'turn on' : 'turn off'} the heater`;
  return one(
    say(text, rng),
    { actions: act([heater], turnOn ? 'turn_on' : 'turn_off') },
    anySpeaker(g.home, rng),
  );
});

// ----- one name in several rooms, ambiguity, the other one, answering

function sharedLights(g: GeneratedHome): Device[][] {
  return (
    Object.values(g.meta.sharedNames)
      .map((list) => list.map((id) => g.home.devices.find((d) => d.id === id)!))
      .filter(
        (ds) =>
          ds.every((d) => d.type === 'light' && d.area) &&
          new Set(ds.map((d) => d.area)).size === ds.length,
      )
      .filter((ds) => !/^(light|lamp|lights)$/i.test(ds[0]!.name))
      // A scene named like them ("Bedside lamp") makes the name fit more than the lights.
      .filter((ds) =>
        g.home.scenes.every((s) => s.name.toLowerCase() !== ds[0]!.name.toLowerCase()),
      )
  );
}

add('shared.in-room', 'one name in several rooms', (g, rng) => {
  const groups = sharedLights(g);
  if (!groups.length) return null;
  const group = rng.pick(groups);
  const d = rng.pick(group);
  const r = room(g.home, d.area!, rng);
  const name = d.name.toLowerCase();
  const turnOn = rng.chance(0.5);
  const text = rng.pick([
    `${turnOn ? 'turn on' : 'turn off'} the ${name} in ${r.the}`,
    `${turnOn ? 'switch on' : 'switch off'} the ${r.bare} ${name}`,
  ]);
  return one(
    say(text, rng),
    { actions: act([d], turnOn ? 'turn_on' : 'turn_off') },
    anySpeaker(g.home, rng),
  );
});

add('shared.speaker-room', 'one name in several rooms', (g, rng) => {
  const groups = sharedLights(g);
  if (!groups.length) return null;
  const group = rng.pick(groups);
  const d = rng.pick(group);
  const text = `${rng.pick(['turn on', 'switch on'])} the ${d.name.toLowerCase()}`;
  return one(say(text, rng), { actions: act([d], 'turn_on') }, d.area);
});

add('shared.asks', 'ambiguity asks back', (g, rng) => {
  const groups = sharedLights(g);
  if (!groups.length) return null;
  const group = rng.pick(groups);
  const speaker = otherArea(
    g.home,
    rng,
    group.map((d) => d.area),
  );
  if (!speaker) return null;
  const text = `${rng.pick(['turn on', 'switch off', 'turn off'])} the ${group[0]!.name.toLowerCase()}`;
  return one(say(text, rng), { clarify: ids(group) }, speaker);
});

add('ambiguity.radiator', 'ambiguity asks back', (g, rng) => {
  const rads = devicesOf(g.home, 'climate').filter((d) => d.name === 'Radiator');
  if (rads.length < 2 || devicesOf(g.home, 'climate').length !== rads.length) return null;
  const speaker = otherArea(
    g.home,
    rng,
    rads.map((d) => d.area),
  );
  if (!speaker) return null;
  const t = targetTemperature(g.home, rng);
  const text = rng.pick([
    `set the radiator to ${deg(t, g.home, rng)}`,
    `turn the radiator on`,
    `switch off the radiator`,
  ]);
  return one(say(text, rng), { clarify: ids(rads) }, speaker);
});

add('ambiguity.fan', 'ambiguity asks back', (g, rng) => {
  const fans = devicesOf(g.home, 'fan');
  if (fans.length < 2 || fans.some((f) => f.name === 'Fan')) return null;
  const speaker = otherArea(
    g.home,
    rng,
    fans.map((d) => d.area),
  );
  if (!speaker) return null;
  const text = rng.pick(['turn the fan on', 'set the fan to 50 percent', 'switch on the fan']);
  return one(say(text, rng), { clarify: ids(fans) }, speaker);
});

add('conv.answer-room', 'conversation: answering a question', (g, rng) => {
  const groups = sharedLights(g);
  if (!groups.length) return null;
  const group = rng.pick(groups);
  const speaker = otherArea(
    g.home,
    rng,
    group.map((d) => d.area),
  );
  if (!speaker) return null;
  const d = rng.pick(group);
  const r = room(g.home, d.area!, rng);
  const answer = rng.pick([
    `the one in ${r.the}`,
    `${r.bare}`,
    `in ${r.the}`,
    `the ${r.bare} one`,
    `${r.the} please`,
  ]);
  return [
    { text: `turn on the ${d.name.toLowerCase()}`, area: speaker, expect: { clarify: ids(group) } },
    { text: spoken(answer, rng), area: speaker, expect: { actions: act([d], 'turn_on') } },
  ];
});

add('conv.the-other-one', 'conversation: the other one', (g, rng) => {
  const groups = sharedLights(g).filter((gr) => gr.length === 2);
  if (!groups.length) return null;
  const group = rng.pick(groups);
  const [first, second] = rng.shuffle(group) as [Device, Device];
  return [
    {
      text: `turn on the ${first.name.toLowerCase()}`,
      area: first.area,
      expect: { actions: act([first], 'turn_on') },
    },
    {
      text: spoken(
        rng.pick([
          'no, the other one',
          'the other one',
          'not that one, the other one',
          'wrong one, the other one please',
        ]),
        rng,
      ),
      area: first.area,
      expect: { actions: act([second], 'turn_on') },
    },
  ];
});

// ----- device by name, room word inside a name, numbers in names

add('name.on-off', 'device by name', (g, rng) => {
  const d = ownLight(g, rng);
  if (!d) return null;
  const n = sayDevice(d, rng);
  const turnOn = rng.chance(0.5);
  const text = rng.pick([
    `${turnOn ? on(rng) : off(rng)} the ${n}`,
    `${n} ${turnOn ? 'on' : 'off'}`,
    `${rng.pick(['turn', 'switch'])} the ${n} ${turnOn ? 'on' : 'off'}`,
  ]);
  return one(
    say(text, rng),
    { actions: act([d], turnOn ? 'turn_on' : 'turn_off') },
    anySpeaker(g.home, rng),
  );
});

add('name.apostrophe-hyphen', 'device by name', (g, rng) => {
  const cands = g.home.devices.filter(
    (d) =>
      ['light', 'appliance', 'switch'].includes(d.type) &&
      /['-]/.test(d.name) &&
      nameIsUnique(g.home, d.name),
  );
  if (!cands.length) return null;
  const d = rng.pick(cands);
  let n = d.name.toLowerCase();
  if (rng.chance(0.4)) n = n.replace(/-/g, ' ');
  // An appliance switched on may be started or turned on: only "off" is fair for one.
  const turnOn = d.type !== 'appliance' && rng.chance(0.5);
  const article = /'s\b/.test(n) ? '' : 'the ';
  const text = `${turnOn ? 'turn on' : 'turn off'} ${article}${n}`;
  return one(
    say(text, rng),
    { actions: act([d], turnOn ? 'turn_on' : 'turn_off') },
    anySpeaker(g.home, rng),
  );
});

add('roomword.singular', 'room word inside a device name', (g, rng) => {
  const cands = uniquelyNamed(g.home, 'light').filter((d) => {
    if (!d.area) return false;
    const area = g.home.areas.find((a) => a.id === d.area)!;
    return (
      d.name.toLowerCase().startsWith(`${area.name.toLowerCase()} `) &&
      lightsIn(g, d.area).length >= 2
    );
  });
  if (!cands.length) return null;
  const d = rng.pick(cands);
  const turnOn = rng.chance(0.5);
  const text = rng.pick([
    `${turnOn ? 'turn on' : 'turn off'} the ${d.name.toLowerCase()}`,
    `${d.name.toLowerCase()} ${turnOn ? 'on' : 'off'}`,
  ]);
  return one(
    say(text, rng),
    { actions: act([d], turnOn ? 'turn_on' : 'turn_off') },
    anySpeaker(g.home, rng),
  );
});

add('roomword.plural', 'room word inside a device name', (g, rng) => {
  const cands = uniquelyNamed(g.home, 'light').filter((d) => {
    if (!d.area) return false;
    const area = g.home.areas.find((a) => a.id === d.area)!;
    return (
      d.name.toLowerCase().startsWith(`${area.name.toLowerCase()} `) &&
      lightsIn(g, d.area).length >= 2
    );
  });
  if (!cands.length) return null;
  const a = rng.pick(cands).area!;
  const name = areaNameOf(g.home, a);
  const text = rng.pick([
    `turn off the ${name} lights`,
    `switch the ${name} lights off`,
    `${name} lights off`,
  ]);
  return one(say(text, rng), { actions: act(lightsIn(g, a), 'turn_off') }, anySpeaker(g.home, rng));
});

function areaNameOf(home: Home, id: string): string {
  return home.areas.find((a) => a.id === id)!.name.toLowerCase();
}

add('numbers.lamp-two', 'numbers in names', (g, rng) => {
  const lamp = named(g.home, rng.chance(0.5) ? 'Lamp 2' : 'Lamp 1');
  if (!lamp) return null;
  const n = lamp.name.endsWith('2') ? 2 : 1;
  const said = rng.pick([`lamp ${n}`, `lamp ${numberWords(n)}`, `lamp number ${numberWords(n)}`]);
  const turnOn = rng.chance(0.5);
  const text = rng.pick([
    `${turnOn ? 'turn on' : 'turn off'} ${said}`,
    `${said} ${turnOn ? 'on' : 'off'}`,
  ]);
  return one(
    say(text, rng),
    { actions: act([lamp], turnOn ? 'turn_on' : 'turn_off') },
    anySpeaker(g.home, rng),
  );
});

add('numbers.bedroom-n-brightness', 'numbers in names', (g, rng) => {
  const rooms = ['bedroom_2', 'bedroom_3'].filter((a) => lightsIn(g, a).length);
  if (!rooms.length) return null;
  const a = rng.pick(rooms);
  const r = room(g.home, a, rng);
  const v = rng.pick([10, 25, 30, 40, 60, 75, 80]);
  const text = rng.pick([
    `set the ${r.bare} lights to ${sayPercent(v, rng)}`,
    `${r.bare} lights to ${sayPercent(v, rng)}`,
    `dim the lights in ${r.the} to ${sayPercent(v, rng)}`,
  ]);
  return one(
    say(text, rng),
    { actions: act(lightsIn(g, a), 'set_brightness', v) },
    anySpeaker(g.home, rng),
  );
});

add('numbers.bedroom-n-off', 'numbers in names', (g, rng) => {
  const rooms = ['bedroom_2', 'bedroom_3'].filter((a) => lightsIn(g, a).length);
  if (!rooms.length) return null;
  const a = rng.pick(rooms);
  const r = room(g.home, a, rng);
  const text = rng.pick([
    `turn off the lights in ${r.the}`,
    `${r.bare} lights off`,
    `switch ${r.bare} lights off`,
  ]);
  return one(say(text, rng), { actions: act(lightsIn(g, a), 'turn_off') }, anySpeaker(g.home, rng));
});

// ----- brightness, colour, colour temperature

add('brightness.room', 'brightness', (g, rng) => {
  const a = lightRoom(g, rng);
  if (!a) return null;
  const v = rng.pick([10, 20, 25, 30, 40, 50, 60, 70, 80, 90]);
  const text = rng.pick([
    `set ${theLights(g.home, a, rng)} to ${sayPercent(v, rng)}`,
    `${theLights(g.home, a, rng)} at ${sayPercent(v, rng)}`,
    `dim ${theLights(g.home, a, rng)} to ${sayPercent(v, rng)}`,
    `put ${theLights(g.home, a, rng)} on ${sayPercent(v, rng)}`,
  ]);
  return one(
    say(text, rng),
    { actions: act(lightsIn(g, a), 'set_brightness', v) },
    anySpeaker(g.home, rng),
  );
});

add('brightness.half', 'brightness', (g, rng) => {
  const d = ownLight(g, rng);
  if (!d) return null;
  const n = sayDevice(d, rng);
  const text = rng.pick([
    `set the ${n} to half brightness`,
    `put the ${n} at half brightness`,
    `${n} to fifty percent`,
  ]);
  return one(say(text, rng), { actions: act([d], 'set_brightness', 50) }, anySpeaker(g.home, rng));
});

add('relbright.room', 'relative brightness', (g, rng) => {
  const a = lightRoom(g, rng);
  if (!a) return null;
  const up = rng.chance(0.5);
  const lights = theLights(g.home, a, rng);
  const text = up
    ? rng.pick([
        `make ${lights} brighter`,
        `brighten ${lights} a bit`,
        `turn ${lights} up a little`,
        `${lights} a bit brighter`,
      ])
    : rng.pick([
        `dim ${lights} a bit`,
        `make ${lights} a little dimmer`,
        `turn ${lights} down a touch`,
        `${lights} a bit darker`,
      ]);
  return one(
    say(text, rng),
    { actions: act(lightsIn(g, a), 'change_brightness', up ? 10 : -10) },
    anySpeaker(g.home, rng),
  );
});

add('relbright.here', 'relative brightness', (g, rng) => {
  const a = lightRoom(g, rng);
  if (!a) return null;
  const up = rng.chance(0.5);
  // "Brighter in here" could open a room's blinds too: there, only the lights are named.
  const plain = !hasCovers(g.home, a);
  const text = up
    ? rng.pick([
        ...(plain ? ['brighter in here please', 'can you make it a bit brighter in here'] : []),
        'turn the lights up in here',
      ])
    : rng.pick([
        'dim the lights in here',
        ...(plain ? ['can you make it a bit dimmer in here'] : []),
        'turn the lights down in here a bit',
      ]);
  return one(
    spoken(text, rng),
    { actions: act(lightsIn(g, a), 'change_brightness', up ? 10 : -10) },
    a,
  );
});

add('relbright.by-amount', 'relative brightness', (g, rng) => {
  const d = ownLight(g, rng);
  if (!d) return null;
  const up = rng.chance(0.5);
  const v = rng.pick([10, 20, 25, 30]);
  const text = `${up ? 'brighten' : 'dim'} the ${sayDevice(d, rng)} by ${sayPercent(v, rng)}`;
  return one(
    say(text, rng),
    { actions: act([d], 'change_brightness', up ? v : -v) },
    anySpeaker(g.home, rng),
  );
});

add('colour.room', 'colour', (g, rng) => {
  const a = lightRoom(g, rng);
  if (!a) return null;
  const c = rng.pick(['red', 'blue', 'green', 'purple', 'orange', 'pink']);
  const lights = theLights(g.home, a, rng);
  const text = rng.pick([
    `make ${lights} ${c}`,
    `turn ${lights} ${c}`,
    `set ${lights} to ${c}`,
    `change ${lights} to ${c}`,
  ]);
  return one(
    say(text, rng),
    { actions: act(lightsIn(g, a), 'set_color', c) },
    anySpeaker(g.home, rng),
  );
});

add('colour.device', 'colour', (g, rng) => {
  const d = ownLight(g, rng);
  if (!d) return null;
  const c = rng.pick(['red', 'blue', 'green', 'purple', 'yellow', 'pink']);
  const text = rng.pick([
    `make the ${sayDevice(d, rng)} ${c}`,
    `can the ${sayDevice(d, rng)} go ${c}`,
    `${sayDevice(d, rng)} to ${c}`,
  ]);
  return one(say(text, rng), { actions: act([d], 'set_color', c) }, anySpeaker(g.home, rng));
});

add('ctemp.warm-cool', 'colour temperature', (g, rng) => {
  const a = lightRoom(g, rng);
  if (!a) return null;
  const warm = rng.chance(0.5);
  const lights = theLights(g.home, a, rng);
  const text = warm
    ? rng.pick([
        `make ${lights} warm white`,
        `set ${lights} to a warm white`,
        `${lights} to warm white`,
      ])
    : rng.pick([
        `make ${lights} cool white`,
        `set ${lights} to cool white`,
        `${lights} to a cold white`,
      ]);
  return one(
    say(text, rng),
    {
      actions: lightsIn(g, a).map((d) => ({
        device: d.id,
        command: 'set_color_temp',
        range: (warm ? [1800, 3500] : [4000, 7000]) as [number, number],
      })),
    },
    anySpeaker(g.home, rng),
  );
});

add('ctemp.kelvin', 'colour temperature', (g, rng) => {
  const d = ownLight(g, rng);
  if (!d) return null;
  const k = rng.pick([2700, 3000, 4000, 5000, 6500]);
  const text = rng.pick([
    `set the ${sayDevice(d, rng)} to ${k} kelvin`,
    `${sayDevice(d, rng)} colour temperature ${k}K`,
    `make the ${sayDevice(d, rng)} ${k} kelvin`,
  ]);
  return one(say(text, rng), { actions: act([d], 'set_color_temp', k) }, anySpeaker(g.home, rng));
});

// ----- temperature and climate

/** The climate device for a room: its own, or the home's only (home-wide) one. */
function climateFor(home: Home, area: string): Device | undefined {
  const own = climateIn(home, area);
  if (own.length === 1) return own[0];
  const c = onlyClimate(home);
  return c && !c.area ? c : undefined;
}

function heatingWord(c: Device, rng: Rng): string {
  return rng.pick(['the heating', 'the heating', `the ${c.name.toLowerCase()}`]);
}

add('temp.set-central', 'temperature', (g, rng) => {
  const c = onlyClimate(g.home);
  if (!c) return null;
  const t = targetTemperature(g.home, rng);
  const h = heatingWord(c, rng);
  const text = rng.pick([
    `set ${h} to ${deg(t, g.home, rng)}`,
    `put ${h} on ${deg(t, g.home, rng)}`,
    `can you turn ${h} to ${deg(t, g.home, rng)}`,
    `${h} to ${deg(t, g.home, rng)} please`,
  ]);
  return one(
    spoken(text, rng),
    { actions: act([c], 'set_temperature', t) },
    anySpeaker(g.home, rng),
  );
});

add('temp.make-it', 'temperature', (g, rng) => {
  const c = onlyClimate(g.home);
  if (!c) return null;
  const t = targetTemperature(g.home, rng);
  const unit =
    g.home.unit === 'fahrenheit' ? 'fahrenheit' : rng.pick(['celsius', 'centigrade', 'C']);
  const text = rng.pick([
    `make it ${sayNumber(t, rng)} degrees`,
    `I want it ${sayNumber(t, rng)} degrees`,
    `set the temperature to ${t} degrees ${unit}`,
    `heat the house to ${sayNumber(t, rng)}`,
  ]);
  return one(say(text, rng), { actions: act([c], 'set_temperature', t) }, anySpeaker(g.home, rng));
});

add('temp.radiator-room', 'temperature', (g, rng) => {
  const rads = devicesOf(g.home, 'climate').filter(
    (d) => d.area && climateIn(g.home, d.area).length === 1,
  );
  if (rads.length < 2) return null;
  const c = rng.pick(rads);
  const r = room(g.home, c.area!, rng);
  const t = targetTemperature(g.home, rng);
  const text = rng.pick([
    `set the radiator in ${r.the} to ${deg(t, g.home, rng)}`,
    `put the ${r.bare} radiator on ${deg(t, g.home, rng)}`,
    `set ${r.the} to ${deg(t, g.home, rng)}`,
    `make ${r.the} ${sayNumber(t, rng)} degrees`,
  ]);
  return one(say(text, rng), { actions: act([c], 'set_temperature', t) }, anySpeaker(g.home, rng));
});

add('temp.ask-room', 'questions about one device', (g, rng) => {
  const all = devicesOf(g.home, 'sensor', 'temperature').filter(
    (s) =>
      s.area &&
      !climateIn(g.home, s.area).length &&
      devicesOf(g.home, 'sensor', 'temperature').filter((o) => o.area === s.area).length === 1,
  );
  if (!all.length) return null;
  const s = rng.pick(all);
  const r = room(g.home, s.area!, rng);
  const text = rng.pick([
    `how hot is it in ${r.the}`,
    `what's the temperature like in ${r.the}`,
    `is it cold in ${r.the}`,
    `how cold is ${r.the}`,
  ]);
  return one(ask(text, rng), { queries: [s.id] }, anySpeaker(g.home, rng));
});

add('temp.ask-setting', 'questions about one device', (g, rng) => {
  const c = onlyClimate(g.home);
  if (!c) return null;
  const h = heatingWord(c, rng);
  const text = rng.pick([
    `what's ${h} set to`,
    `what temperature is ${h} set at`,
    `is ${h} on`,
    `what is ${h} on`,
  ]);
  return one(ask(text, rng), { queries: [c.id] }, anySpeaker(g.home, rng));
});

add('reltemp.central', 'relative temperature', (g, rng) => {
  const c = onlyClimate(g.home);
  if (!c) return null;
  const up = rng.chance(0.5);
  const h = heatingWord(c, rng);
  const text = up
    ? rng.pick([
        `turn ${h} up a bit`,
        `bump ${h} up`,
        `crank ${h} up a notch`,
        `can you nudge ${h} up`,
        'make it a bit warmer',
        'warmer please',
      ])
    : rng.pick([
        `turn ${h} down a bit`,
        `knock ${h} down a notch`,
        `bring ${h} down a little`,
        'make it a bit cooler',
        'cooler please',
      ]);
  return one(
    spoken(text, rng),
    { actions: act([c], 'change_temperature', up ? 1 : -1) },
    anySpeaker(g.home, rng),
  );
});

add('reltemp.degrees', 'relative temperature', (g, rng) => {
  const c = onlyClimate(g.home);
  if (!c) return null;
  const up = rng.chance(0.5);
  const n = rng.int(1, 3);
  const h = heatingWord(c, rng);
  const amount =
    n === 1 ? rng.pick(['a degree', 'one degree', '1 degree']) : `${sayNumber(n, rng)} degrees`;
  const text = up
    ? rng.pick([
        `turn ${h} up by ${amount}`,
        `raise the temperature ${amount}`,
        `put ${h} up ${amount}`,
        `${amount} warmer please`,
      ])
    : rng.pick([
        `turn ${h} down by ${amount}`,
        `lower the temperature ${amount}`,
        `drop ${h} ${amount}`,
        `${amount} cooler please`,
      ]);
  return one(
    spoken(text, rng),
    { actions: act([c], 'change_temperature', up ? n : -n) },
    anySpeaker(g.home, rng),
  );
});

add('reltemp.room', 'relative temperature', (g, rng) => {
  const rooms = g.home.areas.map((a) => a.id).filter((a) => climateIn(g.home, a).length === 1);
  if (devicesOf(g.home, 'climate').length < 2 || !rooms.length) return null;
  const a = rng.pick(rooms);
  const c = climateIn(g.home, a)[0]!;
  const r = room(g.home, a, rng);
  const up = rng.chance(0.5);
  const text = up
    ? rng.pick([
        `make ${r.the} warmer`,
        `turn the heat up in ${r.the}`,
        `warm ${r.the} up a bit`,
        `turn up the radiator in ${r.the}`,
      ])
    : rng.pick([
        `make ${r.the} a bit cooler`,
        `turn the heat down in ${r.the}`,
        `turn down the radiator in ${r.the}`,
      ]);
  return one(
    say(text, rng),
    { actions: act([c], 'change_temperature', up ? 1 : -1) },
    anySpeaker(g.home, rng),
  );
});

add('reltemp.here', 'relative temperature', (g, rng) => {
  const rooms = g.home.areas.map((a) => a.id).filter((a) => climateFor(g.home, a));
  if (!rooms.length) return null;
  const a = rng.pick(rooms);
  const c = climateFor(g.home, a)!;
  const up = rng.chance(0.5);
  const text = up
    ? rng.pick([
        'make it warmer in here',
        'can you warm it up in here a bit',
        'turn the heat up in here',
      ])
    : rng.pick([
        'make it cooler in here',
        "it's too warm in here, turn the heating down",
        'turn the heat down in here',
      ]);
  return one(spoken(text, rng), { actions: act([c], 'change_temperature', up ? 1 : -1) }, a);
});

add('climate.on-off', 'climate on/off', (g, rng) => {
  const c = onlyClimate(g.home);
  if (!c) return null;
  const turnOn = rng.chance(0.5);
  const h = heatingWord(c, rng);
  const text = turnOn
    ? rng.pick([`turn ${h} on`, `switch on ${h}`, `put ${h} on`, `${h} on`])
    : rng.pick([`turn ${h} off`, `switch off ${h}`, `${h} off`, `turn off ${h} for now`]);
  return one(
    say(text, rng),
    { actions: act([c], turnOn ? 'turn_on' : 'turn_off') },
    anySpeaker(g.home, rng),
  );
});

add('climate.radiator-off', 'climate on/off', (g, rng) => {
  const rads = devicesOf(g.home, 'climate').filter(
    (d) => d.area && climateIn(g.home, d.area).length === 1,
  );
  if (rads.length < 2) return null;
  const c = rng.pick(rads);
  const r = room(g.home, c.area!, rng);
  const turnOn = rng.chance(0.5);
  const text = rng.pick([
    `${turnOn ? 'turn on' : 'turn off'} the radiator in ${r.the}`,
    `${turnOn ? 'switch on' : 'switch off'} the ${r.bare} radiator`,
    `${turnOn ? 'turn on' : 'turn off'} the heating in ${r.the}`,
  ]);
  return one(
    say(text, rng),
    { actions: act([c], turnOn ? 'turn_on' : 'turn_off') },
    anySpeaker(g.home, rng),
  );
});

add('climate.mode', 'climate mode', (g, rng) => {
  const c = onlyClimate(g.home);
  if (!c) return null;
  // Nobody asks a heater to cool.
  const mode = rng.pick(c.name === 'Heater' ? ['heat', 'auto'] : ['heat', 'auto', 'cool']);
  const h = heatingWord(c, rng);
  const text = rng.pick([
    `set ${h} to ${mode} mode`,
    `put ${h} on ${mode}`,
    `switch ${h} to ${mode}`,
    `${h} to ${mode} mode`,
  ]);
  return one(say(text, rng), { actions: act([c], 'set_mode', mode) }, anySpeaker(g.home, rng));
});

add('climate.mode-radiator', 'climate mode', (g, rng) => {
  const rads = devicesOf(g.home, 'climate').filter(
    (d) => d.area && climateIn(g.home, d.area).length === 1,
  );
  if (rads.length < 2) return null;
  const c = rng.pick(rads);
  const r = room(g.home, c.area!, rng);
  const mode = rng.pick(['heat', 'auto']);
  const text = rng.pick([
    `set the ${r.bare} radiator to ${mode} mode`,
    `put the radiator in ${r.the} on ${mode}`,
  ]);
  return one(say(text, rng), { actions: act([c], 'set_mode', mode) }, anySpeaker(g.home, rng));
});

// ----- fans, covers

add('fan.speed', 'fan speed', (g, rng) => {
  const fans = devicesOf(g.home, 'fan');
  if (!fans.length) return null;
  const f = rng.pick(fans);
  const v = rng.pick([20, 30, 40, 50, 60, 75, 80, 100]);
  const name =
    fans.length === 1
      ? rng.pick(['the fan', `the ${f.name.toLowerCase()}`])
      : nameIsUnique(g.home, f.name)
        ? `the ${f.name.toLowerCase()}`
        : null;
  if (!name) return null;
  const text = rng.pick([
    `set ${name} to ${sayPercent(v, rng)}`,
    `${name} speed to ${sayPercent(v, rng)}`,
    `put ${name} on ${sayPercent(v, rng)}`,
  ]);
  return one(
    say(text, rng),
    { actions: act([f], 'set_speed', v) },
    f.area ?? anySpeaker(g.home, rng),
  );
});

add('fan.relative', 'relative fan speed', (g, rng) => {
  const fans = devicesOf(g.home, 'fan');
  if (!fans.length) return null;
  const f = rng.pick(fans);
  const name =
    fans.length === 1
      ? 'the fan'
      : nameIsUnique(g.home, f.name)
        ? `the ${f.name.toLowerCase()}`
        : null;
  if (!name) return null;
  const up = rng.chance(0.5);
  const text = up
    ? rng.pick([
        `speed ${name} up a little`,
        `turn ${name} up`,
        `make ${name} go faster`,
        `${name} a bit faster`,
      ])
    : rng.pick([
        `slow ${name} down`,
        `turn ${name} down a bit`,
        `make ${name} go slower`,
        `${name} a bit slower`,
      ]);
  return one(
    say(text, rng),
    { actions: act([f], 'change_speed', up ? 10 : -10) },
    anySpeaker(g.home, rng),
  );
});

add('fan.light-keep-fan', 'appliances and plugs', (g, rng) => {
  const fl = g.meta.fanWithLight;
  if (!fl) return null;
  const text = rng.pick([
    'switch off the light on the fan but keep the fan running',
    'turn off the fan light',
    'turn the fan light off but leave the fan on',
  ]);
  return one(
    say(text, rng),
    { actions: act([fl.light], 'turn_off') },
    g.home.devices.find((d) => d.id === fl.fan)!.area,
  );
});

function roomCovers(home: Home): { area: string; covers: Device[] }[] {
  const out: { area: string; covers: Device[] }[] = [];
  for (const a of home.areas) {
    const covers = devicesOf(home, 'cover').filter((d) => d.area === a.id && d.class !== 'garage');
    if (covers.length) out.push({ area: a.id, covers });
  }
  return out;
}

const coverWord = (c: Device) =>
  c.class === 'shutter' ? 'shutters' : c.class === 'curtain' ? 'curtains' : 'blinds';

add('covers.open-close', 'covers', (g, rng) => {
  const rooms = roomCovers(g.home).filter((r) => r.covers.length === 1);
  if (!rooms.length) return null;
  const { area, covers } = rng.pick(rooms);
  const c = covers[0]!;
  const r = room(g.home, area, rng);
  const w = coverWord(c);
  const open = rng.chance(0.5);
  const rolls = w !== 'curtains';
  const text = open
    ? rng.pick([
        `open the ${w} in ${r.the}`,
        `open the ${r.bare} ${w}`,
        ...(rolls ? [`${r.bare} ${w} up`, `raise the ${w} in ${r.the}`] : []),
      ])
    : rng.pick([
        `close the ${w} in ${r.the}`,
        `shut the ${r.bare} ${w}`,
        ...(rolls ? [`${r.bare} ${w} down`, `lower the ${w} in ${r.the}`] : []),
      ]);
  return one(
    say(text, rng),
    { actions: act([c], open ? 'open' : 'close') },
    anySpeaker(g.home, rng),
  );
});

add('covers.here', 'covers', (g, rng) => {
  const rooms = roomCovers(g.home).filter((r) => r.covers.length === 1);
  if (!rooms.length) return null;
  const { area, covers } = rng.pick(rooms);
  const c = covers[0]!;
  const w = coverWord(c);
  const open = rng.chance(0.5);
  const text = `${open ? 'open' : 'close'} the ${w}`;
  return one(say(text, rng), { actions: act([c], open ? 'open' : 'close') }, area);
});

add('covers.garage', 'covers', (g, rng) => {
  const c = devicesOf(g.home, 'cover', 'garage')[0];
  if (!c) return null;
  const open = rng.chance(0.5);
  const text = open
    ? rng.pick(['open the garage door', 'open the garage', 'can you open up the garage door'])
    : rng.pick(['close the garage door', 'shut the garage door', 'close the garage']);
  return one(
    say(text, rng),
    { actions: act([c], open ? 'open' : 'close') },
    anySpeaker(g.home, rng),
  );
});

add('covers.position', 'cover position', (g, rng) => {
  const rooms = roomCovers(g.home).filter((r) => r.covers.length === 1);
  if (!rooms.length) return null;
  const { area, covers } = rng.pick(rooms);
  const c = covers[0]!;
  const r = room(g.home, area, rng);
  const w = coverWord(c);
  const [v, said] = rng.pick<[number, string]>([
    [50, 'halfway'],
    [50, 'half way'],
    [30, `to ${sayPercent(30, rng)}`],
    [70, `to ${sayPercent(70, rng)}`],
    [25, `to ${sayPercent(25, rng)}`],
  ]);
  const text = rng.pick([`open the ${r.bare} ${w} ${said}`, `set the ${w} in ${r.the} ${said}`]);
  return one(say(text, rng), { actions: act([c], 'set_position', v) }, anySpeaker(g.home, rng));
});

add('covers.relative', 'relative cover position', (g, rng) => {
  const rooms = roomCovers(g.home).filter((r) => r.covers.length === 1);
  if (!rooms.length) return null;
  const { area, covers } = rng.pick(rooms);
  const c = covers[0]!;
  const r = room(g.home, area, rng);
  const w = coverWord(c);
  const up = rng.chance(0.5);
  const rolls = w !== 'curtains';
  const text = up
    ? rng.pick([
        `open the ${w} in ${r.the} a little more`,
        ...(rolls ? [`raise the ${r.bare} ${w} a bit`, `lift the ${r.bare} ${w} a little`] : []),
      ])
    : rng.pick([
        `close the ${w} in ${r.the} a little more`,
        ...(rolls
          ? [`lower the ${r.bare} ${w} a bit`, `bring the ${r.bare} ${w} down a touch`]
          : []),
      ]);
  return one(
    say(text, rng),
    { actions: act([c], 'change_position', up ? 10 : -10) },
    anySpeaker(g.home, rng),
  );
});

// ----- locks, media, appliances, vacuum, scenes

add('locks.lock', 'locks', (g, rng) => {
  const locks = devicesOf(g.home, 'lock');
  if (!locks.length) return null;
  const l = rng.pick(locks);
  const n = l.name.toLowerCase();
  const text = rng.pick([
    `lock the ${n}`,
    `make sure the ${n} is locked`,
    `make sure the ${n}'s locked`,
    `can you lock up the ${n}`,
    `${n} locked please`,
  ]);
  return one(spoken(text, rng), { actions: act([l], 'lock') }, anySpeaker(g.home, rng));
});

add('locks.unlock', 'locks', (g, rng) => {
  const locks = devicesOf(g.home, 'lock');
  if (!locks.length) return null;
  const l = rng.pick(locks);
  const text = rng.pick([
    `unlock the ${l.name.toLowerCase()}`,
    `can you unlock the ${l.name.toLowerCase()}`,
  ]);
  return one(say(text, rng), { actions: act([l], 'unlock') }, anySpeaker(g.home, rng));
});

add('locks.all', 'locks', (g, rng) => {
  const locks = devicesOf(g.home, 'lock');
  if (locks.length < 2) return null;
  const text = rng.pick([
    'lock all the doors',
    'lock every door',
    'lock up please, all the doors',
    'lock all the locks',
  ]);
  return one(spoken(text, rng), { actions: act(locks, 'lock') }, anySpeaker(g.home, rng));
});

add('locks.ask', 'questions about one device', (g, rng) => {
  const locks = devicesOf(g.home, 'lock');
  if (!locks.length) return null;
  const l = rng.pick(locks);
  const n = l.name.toLowerCase();
  const text = rng.pick([
    `is the ${n} locked`,
    `did I lock the ${n}`,
    `is the ${n} unlocked`,
    `have I left the ${n} unlocked`,
  ]);
  return one(ask(text, rng), { queries: [l.id] }, anySpeaker(g.home, rng));
});

add('media.tv', 'media', (g, rng) => {
  const tv = only(g.home, 'media_player', 'tv');
  if (!tv) return null;
  const word = rng.pick([`the ${tv.name.toLowerCase()}`, 'the tv', 'the telly']);
  const turnOn = rng.chance(0.5);
  const text = turnOn
    ? rng.pick([`turn ${word} on`, `switch on ${word}`, `put ${word} on`])
    : rng.pick([`turn ${word} off`, `switch off ${word}`]);
  return one(
    say(text, rng),
    { actions: act([tv], turnOn ? 'turn_on' : 'turn_off') },
    anySpeaker(g.home, rng),
  );
});

add('media.volume', 'media', (g, rng) => {
  const tv = only(g.home, 'media_player', 'tv');
  if (!tv) return null;
  const up = rng.chance(0.5);
  const text = up
    ? rng.pick([
        'turn the tv up',
        'turn the volume up on the tv',
        'louder on the tv please',
        'tv volume up a bit',
      ])
    : rng.pick([
        'turn the tv down',
        'turn the volume down on the tv',
        'the tv is too loud, turn it down',
        'tv volume down a bit',
      ]);
  return one(
    spoken(text, rng),
    { actions: act([tv], 'change_volume', up ? 10 : -10) },
    anySpeaker(g.home, rng),
  );
});

add('media.set-volume', 'media', (g, rng) => {
  const players = devicesOf(g.home, 'media_player');
  if (players.length !== 1) return null;
  const p = players[0]!;
  const v = rng.pick([10, 20, 25, 30, 40, 50]);
  const text = rng.pick([
    `set the volume to ${sayNumber(v, rng)}`,
    `volume ${sayNumber(v, rng)}`,
    `set the ${p.name.toLowerCase()} volume to ${sayPercent(v, rng)}`,
  ]);
  return one(say(text, rng), { actions: act([p], 'set_volume', v) }, anySpeaker(g.home, rng));
});

add('media.pause-next', 'media', (g, rng) => {
  const players = devicesOf(g.home, 'media_player');
  if (players.length !== 1) return null;
  const p = players[0]!;
  const [cmd, text] = rng.pick<[string, string]>([
    ['pause', 'pause'],
    ['pause', `pause the ${p.name.toLowerCase()}`],
    // Songs and music are a speaker's words, not a television's.
    ...(p.class === 'speaker'
      ? ([
          ['pause', 'pause the music'],
          ['next', 'next song'],
          ['next', 'skip this track'],
          ['next', 'skip to the next one'],
          ['previous', 'previous track'],
          ['previous', 'go back a song'],
          ['play', 'resume the music'],
        ] as [string, string][])
      : []),
  ]);
  return one(say(text, rng), { actions: act([p], cmd) }, anySpeaker(g.home, rng));
});

add('plugs.switch', 'appliances and plugs', (g, rng) => {
  const cands = devicesOf(g.home, 'switch').filter((d) => nameIsUnique(g.home, d.name));
  if (!cands.length) return null;
  const d = rng.pick(cands);
  const n = d.name.toLowerCase().replace('wi-fi', rng.pick(['wi-fi', 'wifi']));
  const turnOn = rng.chance(0.5);
  const text = rng.pick([
    `${turnOn ? 'turn on' : 'turn off'} the ${n}`,
    `switch the ${n} ${turnOn ? 'on' : 'off'}`,
    `${n} ${turnOn ? 'on' : 'off'}`,
  ]);
  return one(
    say(text, rng),
    { actions: act([d], turnOn ? 'turn_on' : 'turn_off') },
    anySpeaker(g.home, rng),
  );
});

add('appliance.on-off', 'appliances and plugs', (g, rng) => {
  const cands = devicesOf(g.home, 'appliance').filter((d) => nameIsUnique(g.home, d.name));
  if (!cands.length) return null;
  const d = rng.pick(cands);
  const n = d.name.toLowerCase().replace('-', rng.pick(['-', ' ']));
  // Only "off": switching an appliance on is as much `start` as `turn_on`.
  const text = rng.pick([`switch off the ${n}`, `turn the ${n} off`, `turn off the ${n}`]);
  return one(say(text, rng), { actions: act([d], 'turn_off') }, anySpeaker(g.home, rng));
});

add('vacuum.start', 'vacuum', (g, rng) => {
  const v = only(g.home, 'vacuum');
  if (!v) return null;
  const n = rng.pick([`the ${v.name.toLowerCase()}`, 'the robot', 'the vacuum', 'the hoover']);
  const text = rng.pick([
    `start ${n}`,
    `get ${n} going`,
    `run ${n}`,
    `send ${n} out`,
    'start vacuuming',
    `can ${n} do the floors`,
    `set ${n} off`,
  ]);
  return one(say(text, rng), { actions: act([v], 'start') }, anySpeaker(g.home, rng));
});

add('vacuum.stop', 'vacuum', (g, rng) => {
  const v = only(g.home, 'vacuum');
  if (!v) return null;
  const n = rng.pick([`the ${v.name.toLowerCase()}`, 'the robot', 'the vacuum']);
  const text = rng.pick([`stop ${n}`, `tell ${n} to stop`, 'stop vacuuming', `make ${n} stop`]);
  return one(say(text, rng), { actions: act([v], 'stop') }, anySpeaker(g.home, rng));
});

add('vacuum.dock', 'vacuum', (g, rng) => {
  const v = only(g.home, 'vacuum');
  if (!v) return null;
  const n = rng.pick([`the ${v.name.toLowerCase()}`, 'the robot', 'the vacuum', 'the hoover']);
  const text = rng.pick([
    `send ${n} home`,
    `send ${n} back to its base`,
    `tell ${n} to go back to the dock`,
    `dock ${n}`,
    `${n} back to the charger please`,
    `put ${n} back on charge`,
    `return ${n} to its dock`,
  ]);
  return one(spoken(text, rng), { actions: act([v], 'return_home') }, anySpeaker(g.home, rng));
});

add('vacuum.ask', 'vacuum', (g, rng) => {
  const v = only(g.home, 'vacuum');
  if (!v) return null;
  const n = rng.pick([`the ${v.name.toLowerCase()}`, 'the robot', 'the vacuum']);
  const text = rng.pick([
    `is ${n} running`,
    `is ${n} still going`,
    `what's ${n} doing`,
    `is ${n} docked`,
  ]);
  return one(ask(text, rng), { queries: [v.id] }, anySpeaker(g.home, rng));
});

add('scenes.activate', 'scenes', (g, rng) => {
  const named = new Set(g.meta.scenesNamedLikeDevices.map(([s]) => s));
  const scenes = g.home.scenes.filter((s) => !named.has(s.id));
  if (!scenes.length) return null;
  const s = rng.pick(scenes);
  const n = rng.pick([s.name, ...s.aliases]).toLowerCase();
  const text = rng.pick([
    n,
    `${n} please`,
    `start ${n}`,
    `activate ${n}`,
    `set the ${n} scene`,
    `switch to ${n}`,
    ...(['bedtime', 'movie night'].includes(n) ? [`it's ${n}`] : []),
  ]);
  return one(
    spoken(text, rng),
    { actions: [{ device: s.id, command: 'activate' }] },
    anySpeaker(g.home, rng),
  );
});

// ----- several commands, exceptions, indirect, nothing to act on

add('several.lights-and-lock', 'several commands in one sentence', (g, rng) => {
  const a = lightRoom(g, rng);
  const locks = devicesOf(g.home, 'lock');
  if (!a || !locks.length) return null;
  const l = rng.pick(locks);
  const text = rng.pick([
    `turn off ${theLights(g.home, a, rng)} and lock the ${l.name.toLowerCase()}`,
    `lock the ${l.name.toLowerCase()} and switch off ${theLights(g.home, a, rng)}`,
    `${room(g.home, a, rng).bare} lights off and lock the ${l.name.toLowerCase()}`,
  ]);
  return one(
    say(text, rng),
    { actions: [...act(lightsIn(g, a), 'turn_off'), ...act([l], 'lock')] },
    anySpeaker(g.home, rng),
  );
});

add('several.tv-and-lights', 'several commands in one sentence', (g, rng) => {
  const tv = only(g.home, 'media_player', 'tv');
  const a = lightRoom(g, rng);
  if (!tv || !a) return null;
  const text = rng.pick([
    `turn the tv off and ${on(rng)} ${theLights(g.home, a, rng)}`,
    `switch off the tv, then turn on ${theLights(g.home, a, rng)}`,
  ]);
  return one(
    say(text, rng),
    { actions: [...act([tv], 'turn_off'), ...act(lightsIn(g, a), 'turn_on')] },
    anySpeaker(g.home, rng),
  );
});

add('several.two-rooms-two-verbs', 'several commands in one sentence', (g, rng) => {
  const rooms = areasWithLights(g);
  if (rooms.length < 2) return null;
  const [a, b] = rng.sample(rooms, 2) as [string, string];
  const text = rng.pick([
    `turn off ${theLights(g.home, a, rng)} and turn on ${theLights(g.home, b, rng)}`,
    `switch ${theLights(g.home, a, rng)} off and ${theLights(g.home, b, rng)} on`,
  ]);
  return one(
    say(text, rng),
    { actions: [...act(lightsIn(g, a), 'turn_off'), ...act(lightsIn(g, b), 'turn_on')] },
    anySpeaker(g.home, rng),
  );
});

add('except.room', 'exceptions', (g, rng) => {
  const rooms = areasWithLights(g);
  if (rooms.length < 2) return null;
  const a = rng.pick(rooms);
  const r = room(g.home, a, rng);
  const keep = new Set(lightsIn(g, a).map((d) => d.id));
  const rest = allLights(g).filter((d) => !keep.has(d.id));
  const text = rng.pick([
    `turn off all the lights except ${r.the}`,
    `turn off every light apart from ${r.the}`,
    `switch all the lights off but leave ${r.the} on`,
    `all lights off except the ones in ${r.the}`,
  ]);
  return one(say(text, rng), { actions: act(rest, 'turn_off') }, anySpeaker(g.home, rng));
});

add('except.device', 'exceptions', (g, rng) => {
  const a = lightRoom(g, rng, 2);
  if (!a) return null;
  const own = lightsIn(g, a).filter((d) => uniquelyNamed(g.home, 'light').includes(d));
  if (!own.length) return null;
  const keep = rng.pick(own);
  const rest = lightsIn(g, a).filter((d) => d !== keep);
  const text = rng.pick([
    `turn off ${theLights(g.home, a, rng)} except the ${keep.name.toLowerCase()}`,
    `switch off ${theLights(g.home, a, rng)} but keep the ${keep.name.toLowerCase()} on`,
    `everything in ${room(g.home, a, rng).the} off apart from the ${keep.name.toLowerCase()}`,
  ]);
  // "everything" there means its lights only when the room has nothing else to turn off.
  if (
    text.startsWith('everything') &&
    g.home.devices.some(
      (d) => d.area === a && d.type !== 'light' && !['sensor', 'binary_sensor'].includes(d.type),
    )
  )
    return null;
  return one(say(text, rng), { actions: act(rest, 'turn_off') }, anySpeaker(g.home, rng));
});

add('except.floor', 'exceptions', (g, rng) => {
  const floor = g.meta.upstairs;
  if (!floor) return null;
  const rooms = areasOfFloor(g, floor).filter((a) => lightsIn(g, a).length);
  if (rooms.length < 2) return null;
  const a = rng.pick(rooms);
  const rest = lightsOnFloor(g, floor).filter((d) => d.area !== a);
  const r = room(g.home, a, rng);
  const text = rng.pick([
    `turn the lights off upstairs apart from ${r.the}`,
    `switch off the upstairs lights except ${r.the}`,
  ]);
  return one(say(text, rng), { actions: act(rest, 'turn_off') }, anySpeaker(g.home, rng));
});

add('indirect.would-you-mind', 'indirect requests', (g, rng) => {
  const a = lightRoom(g, rng);
  if (!a) return null;
  const turnOn = rng.chance(0.5);
  const lights = theLights(g.home, a, rng);
  const text = turnOn
    ? rng.pick([
        `would you mind turning ${lights} on`,
        `I'd like ${lights} on`,
        `could do with ${lights} on`,
        `can we have ${lights} on`,
        `I need ${lights} on`,
      ])
    : rng.pick([
        `would you mind turning ${lights} off`,
        `I'd like ${lights} off`,
        `${lights} can go off now`,
        `I don't need ${lights} on any more`,
      ]);
  return one(
    spoken(text, rng),
    { actions: act(lightsIn(g, a), turnOn ? 'turn_on' : 'turn_off') },
    anySpeaker(g.home, rng),
  );
});

add('indirect.lock-reminder', 'indirect requests', (g, rng) => {
  const locks = devicesOf(g.home, 'lock');
  if (!locks.length) return null;
  const l = rng.pick(locks);
  const text = rng.pick([
    `don't forget to lock the ${l.name.toLowerCase()}`,
    `I want the ${l.name.toLowerCase()} locked`,
    `the ${l.name.toLowerCase()} needs locking`,
  ]);
  return one(spoken(text, rng), { actions: act([l], 'lock') }, anySpeaker(g.home, rng));
});

add('indirect.heating-want', 'indirect requests', (g, rng) => {
  const c = onlyClimate(g.home);
  if (!c) return null;
  const t = targetTemperature(g.home, rng);
  const text = rng.pick([
    `I'd like the heating at ${deg(t, g.home, rng)}`,
    `can we have the heating on ${deg(t, g.home, rng)}`,
    `I want it at ${sayNumber(t, rng)} degrees`,
  ]);
  return one(
    spoken(text, rng),
    { actions: act([c], 'set_temperature', t) },
    anySpeaker(g.home, rng),
  );
});

add('nothing.empty-room', 'nothing to act on', (g, rng) => {
  const empty = g.home.areas.map((a) => a.id).filter((a) => !lightsIn(g, a).length);
  if (!empty.length) return null;
  const a = rng.pick(empty);
  const r = room(g.home, a, rng);
  const text = rng.pick([
    `turn on the lights in ${r.the}`,
    `${r.bare} lights on`,
    `switch off the ${r.bare} lights`,
  ]);
  return one(say(text, rng), { nothing: true }, anySpeaker(g.home, rng));
});

add('nothing.chatter', 'nothing to act on', (g, rng) => {
  if (g.seed % 2) return null;
  const text = rng.pick([
    'never mind',
    'thanks',
    'thank you',
    'cancel that',
    'no, nothing',
    'ok great',
    "that's all",
    'forget it',
  ]);
  return one(spoken(text, rng), { nothing: true }, anySpeaker(g.home, rng));
});

add('nothing.negated', 'nothing to act on', (g, rng) => {
  const a = lightRoom(g, rng);
  if (!a) return null;
  const lights = theLights(g.home, a, rng);
  const text = rng.pick([
    `don't turn off ${lights}`,
    `you don't need to turn ${lights} on`,
    `leave ${lights} alone`,
    `no need to switch ${lights} off`,
  ]);
  return one(spoken(text, rng), { nothing: true }, anySpeaker(g.home, rng));
});

add('nothing.absent-kind', 'nothing to act on', (g, rng) => {
  const missing = (['vacuum', 'fan', 'lock'] as const).filter((t) => !devicesOf(g.home, t).length);
  if (!missing.length) return null;
  const t = rng.pick(missing);
  const text =
    t === 'vacuum' ? 'start the robot vacuum' : t === 'fan' ? 'turn the fan on' : 'lock the doors';
  return one(say(text, rng), { nothing: true }, anySpeaker(g.home, rng));
});

// ----- speaker area

add('speaker.lights', 'speaker area', (g, rng) => {
  const a = lightRoom(g, rng);
  if (!a) return null;
  const turnOn = rng.chance(0.5);
  const text = turnOn
    ? rng.pick(['turn the lights on', 'lights on', 'switch on the lights', 'put the lights on'])
    : rng.pick(['turn the lights off', 'lights off', 'switch off the lights', 'kill the lights']);
  return one(say(text, rng), { actions: act(lightsIn(g, a), turnOn ? 'turn_on' : 'turn_off') }, a);
});

add('speaker.brightness', 'speaker area', (g, rng) => {
  const a = lightRoom(g, rng);
  if (!a) return null;
  const v = rng.pick([20, 30, 40, 50, 70]);
  const text = rng.pick([
    `set the lights to ${sayPercent(v, rng)}`,
    `lights to ${sayPercent(v, rng)}`,
    `dim the lights to ${sayPercent(v, rng)}`,
  ]);
  return one(say(text, rng), { actions: act(lightsIn(g, a), 'set_brightness', v) }, a);
});

add('speaker.default-area', 'speaker area', (g, rng) => {
  const a = g.home.default_area;
  if (!a || !lightsIn(g, a).length) return null;
  const text = rng.pick([
    'turn off the lights in here',
    'lights off in here',
    'switch the lights off in here',
  ]);
  return one(say(text, rng), { actions: act(lightsIn(g, a), 'turn_off') });
});

add('speaker.temperature', 'speaker area', (g, rng) => {
  const rooms = g.home.areas
    .map((a) => a.id)
    .filter(
      (a) =>
        !climateIn(g.home, a).length &&
        devicesOf(g.home, 'sensor', 'temperature').filter((s) => s.area === a).length === 1,
    );
  if (!rooms.length) return null;
  const a = rng.pick(rooms);
  const s = devicesOf(g.home, 'sensor', 'temperature').find((x) => x.area === a)!;
  const text = rng.pick([
    "what's the temperature in here",
    'how warm is it in here',
    'how cold is it in here',
    'what temperature is it in here',
  ]);
  return one(ask(text, rng), { queries: [s.id] }, a);
});

add('speaker.blinds', 'speaker area', (g, rng) => {
  const rooms = roomCovers(g.home);
  if (!rooms.length) return null;
  const { area, covers } = rng.pick(rooms);
  if (new Set(covers.map(coverWord)).size !== 1) return null;
  const open = rng.chance(0.5);
  const text = `${open ? 'open' : 'close'} the ${coverWord(covers[0]!)} in here`;
  return one(say(text, rng), { actions: act(covers, open ? 'open' : 'close') }, area);
});

// ----- group questions

function lightsQuestion(rng: Rng, where: string): string {
  return rng.pick([
    `are any lights on ${where}`,
    `is there a light on ${where}`,
    `how many lights are on ${where}`,
    `which lights are on ${where}`,
    `are all the lights off ${where}`,
    `have I left any lights on ${where}`,
  ]);
}

add('group.lights-room', 'group questions', (g, rng) => {
  const a = lightRoom(g, rng, 2);
  if (!a) return null;
  const text = lightsQuestion(rng, `in ${room(g.home, a, rng).the}`);
  return one(ask(text, rng), { queries: ids(lightsIn(g, a)) }, anySpeaker(g.home, rng));
});

add('group.lights-floor', 'group questions', (g, rng) => {
  const f = onFloor(g, rng.chance(0.5), rng);
  const lights = f ? lightsOnFloor(g, f.floor) : [];
  if (!f || lights.length < 2) return null;
  return one(
    ask(lightsQuestion(rng, f.word), rng),
    { queries: ids(lights) },
    anySpeaker(g.home, rng),
  );
});

add('group.lights-house', 'group questions', (g, rng) => {
  const lights = allLights(g);
  if (lights.length < 2) return null;
  const text = rng.pick([
    'what lights are still on',
    'are any lights on',
    'how many lights are on',
    'which lights are on',
    'is every light off',
    'did I leave any lights on',
  ]);
  return one(ask(text, rng), { queries: ids(lights) }, anySpeaker(g.home, rng));
});

add('group.windows', 'group questions', (g, rng) => {
  const ws = sensors(g.home, 'window');
  if (!ws.length) return null;
  const text = rng.pick([
    'how many windows are open',
    'are any windows open',
    'is a window open',
    'which windows are open',
    'are all the windows shut',
    'are all the windows closed',
    'is any window still open',
  ]);
  return one(ask(text, rng), { queries: ids(ws) }, anySpeaker(g.home, rng));
});

add('group.windows-floor', 'group questions', (g, rng) => {
  const f = onFloor(g, rng.chance(0.5), rng);
  if (!f) return null;
  const areas = areasOfFloor(g, f.floor);
  const ws = sensors(g.home, 'window').filter((d) => d.area && areas.includes(d.area));
  if (!ws.length) return null;
  const text = rng.pick([
    `is a window still open ${f.word}`,
    `are any windows open ${f.word}`,
    `how many windows are open ${f.word}`,
    `are the windows ${f.word} all shut`,
  ]);
  return one(ask(text, rng), { queries: ids(ws) }, anySpeaker(g.home, rng));
});

add('group.windows-room', 'group questions', (g, rng) => {
  const rooms = g.home.areas.map((a) => a.id).filter((a) => sensors(g.home, 'window', a).length);
  if (!rooms.length) return null;
  const a = rng.pick(rooms);
  const r = room(g.home, a, rng);
  const text = rng.pick([
    `is the window open in ${r.the}`,
    `did I leave the ${r.bare} window open`,
    `are the windows in ${r.the} closed`,
  ]);
  return one(
    ask(text, rng),
    { queries: ids(sensors(g.home, 'window', a)) },
    anySpeaker(g.home, rng),
  );
});

add('group.doors', 'group questions', (g, rng) => {
  const ds = sensors(g.home, 'door');
  if (
    !ds.length ||
    devicesOf(g.home, 'cover', ['garage', 'door']).length ||
    sensors(g.home, 'garage_door').length
  )
    return null;
  const text = rng.pick([
    'are any doors open',
    'is a door open somewhere',
    'how many doors are open',
    'are all the doors shut',
    'which doors are open',
  ]);
  return one(ask(text, rng), { queries: ids(ds) }, anySpeaker(g.home, rng));
});

add('group.locks', 'group questions', (g, rng) => {
  const locks = devicesOf(g.home, 'lock');
  // A lock-class sensor (the shed's) would make "the doors" a matter of opinion.
  if (locks.length < 2 || sensors(g.home, 'lock').length) return null;
  const text = rng.pick([
    'is every door locked',
    'are all the doors locked',
    'are the doors locked',
    'is anything unlocked',
    'which doors are unlocked',
  ]);
  return one(ask(text, rng), { queries: ids(locks) }, anySpeaker(g.home, rng));
});

add('group.motion', 'group questions', (g, rng) => {
  const ms = sensors(g.home, ['motion', 'occupancy']);
  if (ms.length < 2) return null;
  const text = rng.pick([
    'is there movement anywhere',
    'has any motion sensor gone off',
    'is anyone moving around the house',
    'which rooms have motion',
  ]);
  return one(ask(text, rng), { queries: ids(ms) }, anySpeaker(g.home, rng));
});

add('group.batteries', 'group questions', (g, rng) => {
  const bs = sensors(g.home, 'battery');
  if (!bs.length) return null;
  const text = rng.pick([
    'do any sensors need new batteries',
    'are any batteries low',
    'which batteries need changing',
    'is any battery running low',
    'how many batteries are low',
  ]);
  return one(ask(text, rng), { queries: ids(bs) }, anySpeaker(g.home, rng));
});

add('group.smoke', 'group questions', (g, rng) => {
  const ss = sensors(g.home, 'smoke');
  if (ss.length < 2) return null;
  const text = rng.pick([
    'are any of the smoke alarms going off',
    'is any smoke alarm going off',
    'has a smoke alarm gone off',
    'do any of the smoke alarms detect smoke',
  ]);
  return one(ask(text, rng), { queries: ids(ss) }, anySpeaker(g.home, rng));
});

add('group.leaks', 'group questions', (g, rng) => {
  const ms = sensors(g.home, 'moisture');
  if (ms.length < 2) return null;
  const text = rng.pick([
    'are there any leaks',
    'is there water anywhere',
    'is anything leaking',
    'have any of the leak sensors gone off',
  ]);
  return one(ask(text, rng), { queries: ids(ms) }, anySpeaker(g.home, rng));
});

add('group.covers', 'group questions', (g, rng) => {
  const covers = devicesOf(g.home, 'cover').filter((c) => c.class !== 'garage');
  if (covers.length < 2 || new Set(covers.map(coverWord)).size !== 1) return null;
  const w = coverWord(covers[0]!);
  const text = rng.pick([
    `are all the ${w} closed`,
    `are any ${w} open`,
    `which ${w} are open`,
    `how many of the ${w} are down`,
  ]);
  return one(ask(text, rng), { queries: ids(covers) }, anySpeaker(g.home, rng));
});

add('group.anyone-home', 'group questions', (g, rng) => {
  const ps = sensors(g.home, 'presence');
  if (!ps.length) return null;
  // Motion sensors could answer "is anyone home" too: then only "who" asks the people alone.
  const who = ["who's home", 'who is at home', "who's in"];
  const anyone = ['is anyone home', 'is anybody in', 'is everyone out'];
  const text = rng.pick(
    sensors(g.home, ['motion', 'occupancy']).length ? who : [...who, ...anyone],
  );
  return one(ask(text, rng), { queries: ids(ps) }, anySpeaker(g.home, rng));
});

// ----- questions by sensor class

function classQuestion(
  id: string,
  cls: string | readonly string[],
  questions: (d: Device, r: { bare: string; the: string } | undefined, rng: Rng) => string[],
  needsArea = false,
) {
  add(`class.${id}`, 'questions by sensor class', (g, rng) => {
    const all = sensors(g.home, cls);
    if (!all.length) return null;
    if (needsArea) {
      const rooms = [...new Set(all.map((d) => d.area).filter((a): a is string => !!a))];
      if (!rooms.length) return null;
      const a = rng.pick(rooms);
      const here = all.filter((d) => d.area === a);
      return one(
        ask(rng.pick(questions(here[0]!, room(g.home, a, rng), rng)), rng),
        { queries: ids(here) },
        anySpeaker(g.home, rng),
      );
    }
    if (all.length !== 1) return null;
    return one(
      ask(rng.pick(questions(all[0]!, undefined, rng)), rng),
      { queries: ids(all) },
      anySpeaker(g.home, rng),
    );
  });
}

classQuestion(
  'motion-room',
  ['motion', 'occupancy'],
  (_d, r) => [
    `is somebody in ${r!.the}`,
    `is anyone in ${r!.the}`,
    `is there any movement in ${r!.the}`,
    `is ${r!.the} empty`,
    `has there been motion in ${r!.the}`,
  ],
  true,
);
classQuestion(
  'moisture-kitchen',
  'moisture',
  (_d, r) =>
    r!.bare === 'kitchen'
      ? [
          'is the kitchen sink leaking',
          'is there water under the kitchen sink',
          'any leaks in the kitchen',
          'is the kitchen floor wet',
        ]
      : [
          `is there water on the ${r!.bare} floor`,
          `is ${r!.the} floor wet`,
          `is there a leak in ${r!.the}`,
        ],
  true,
);
classQuestion(
  'smoke-room',
  'smoke',
  (_d, r) => [
    `is there smoke in ${r!.the}`,
    `is the smoke alarm in ${r!.the} going off`,
    `is there a fire in ${r!.the}`,
  ],
  true,
);
classQuestion('co', 'carbon_monoxide', () => [
  'is there any carbon monoxide',
  'is the CO alarm going off',
  'are carbon monoxide levels ok',
  'is the carbon monoxide alarm clear',
]);
classQuestion('daylight', 'light', () => [
  'is it dark outside',
  'is it still light out',
  'is it daytime yet',
  'has it got dark outside',
]);
classQuestion('gas', 'gas', () => [
  'is there a gas leak',
  'can you check for gas',
  'is any gas detected',
  'is the gas detector going off',
]);
classQuestion('presence-person', 'presence', (d) => [
  `is ${d.name.toLowerCase()} home`,
  `is ${d.name} in`,
  `has ${d.name} left`,
  `is ${d.name} out`,
]);
classQuestion('cold', 'cold', () => [
  'is there frost outside',
  'is it frosty out',
  'is there any frost',
  'will there be frost on the car',
]);
classQuestion('heat', 'heat', () => [
  'is anything overheating',
  'is the heat alarm going off',
  'has the heat alarm gone off',
]);
classQuestion('connectivity', 'connectivity', (d) => [
  `is the ${d.name.toLowerCase()} connected`,
  'are we online',
  `is the ${d.name.toLowerCase()} working`,
  'is the internet up',
]);
classQuestion('plug', 'plug', () => [
  'is the car plugged in',
  'is the car charger plugged in',
  'did I plug the car in',
]);
classQuestion('charging', 'battery_charging', () => [
  'is the e-bike charging',
  'is the ebike charging yet',
  'is the e-bike on charge',
]);
classQuestion('power', 'power', () => [
  'is the fridge getting power',
  'has the fridge lost power',
  'is the fridge powered',
]);
classQuestion('problem', 'problem', () => [
  'is there a problem with the boiler',
  'is something wrong with the boiler',
  'does the boiler have a fault',
  'is the boiler ok',
]);
classQuestion('tamper', 'tamper', () => [
  'has anyone tampered with the alarm panel',
  'has the alarm panel been tampered with',
  'is the alarm panel ok',
]);
classQuestion('safety', 'safety', () => [
  'is the stair gate safe',
  'is the stair gate unsafe',
  'is the stair gate ok',
]);
classQuestion('sound', 'sound', () => [
  'is the baby monitor picking up any noise',
  'is the baby making a sound',
  'can the baby monitor hear anything',
  'is it quiet on the baby monitor',
]);
classQuestion('update', 'update', () => [
  'are there any updates',
  'is there an update for the router',
  'does the router firmware need updating',
  'is the router up to date',
]);
classQuestion('vibration', 'vibration', () => [
  'is the washing machine still going',
  'has the washing machine finished',
  'is the washer still running',
]);
classQuestion('running', 'running', () => [
  'is the dishwasher still running',
  'has the dishwasher finished',
  'is the dishwasher on',
]);
classQuestion('lock-sensor', 'lock', () => [
  'is the shed locked',
  'did I lock the shed',
  'is the shed lock locked',
]);
classQuestion('opening', 'opening', () => [
  'is the loft hatch open',
  'did I leave the loft hatch open',
  'is the loft hatch shut',
]);
classQuestion('garage-door-sensor', 'garage_door', () => [
  'is the garage door open',
  'did I leave the garage open',
  'is the garage door shut',
]);
classQuestion('door', 'door', (d) => [
  `is the ${d.name.toLowerCase()} open`,
  `did I leave the ${d.name.toLowerCase()} open`,
  `is the ${d.name.toLowerCase()} shut`,
]);

classQuestion('moving', 'moving', () => [
  'is the driveway gate moving',
  'is the gate still moving',
  'has the driveway gate stopped moving',
]);

add('class.illuminance', 'questions by sensor class', (g, rng) => {
  const ls = devicesOf(g.home, 'sensor', 'illuminance').filter((s) => s.area);
  if (!ls.length) return null;
  const s = rng.pick(ls);
  const r = room(g.home, s.area!, rng);
  const text = rng.pick([
    `what's the light level in ${r.the}`,
    `what does the light sensor in ${r.the} say`,
    `how much daylight is there in ${r.the}`,
  ]);
  return one(ask(text, rng), { queries: [s.id] }, anySpeaker(g.home, rng));
});

add('class.humidity', 'questions by sensor class', (g, rng) => {
  const hs = devicesOf(g.home, 'sensor', 'humidity');
  if (hs.length !== 1) return null;
  const text = rng.pick([
    "what's the humidity in the bathroom",
    'how humid is the bathroom',
    'how damp is it in the bathroom',
  ]);
  return one(ask(text, rng), { queries: ids(hs) }, anySpeaker(g.home, rng));
});

// ----- questions about one device

add('ask.light-on', 'questions about one device', (g, rng) => {
  const d = ownLight(g, rng);
  if (!d) return null;
  const n = sayDevice(d, rng);
  const be = /s$/.test(n) ? 'are' : 'is';
  const text = rng.pick([
    `${be} the ${n} on`,
    `did I leave the ${n} on`,
    `${be} the ${n} still on`,
    `${be} the ${n} off`,
    `how bright ${be} the ${n}`,
  ]);
  return one(ask(text, rng), { queries: [d.id] }, anySpeaker(g.home, rng));
});

add('ask.tv', 'questions about one device', (g, rng) => {
  const tv = only(g.home, 'media_player', 'tv');
  if (!tv) return null;
  const text = rng.pick([
    'is the tv on',
    'is the telly on',
    'did I leave the tv on',
    "what's the tv volume",
  ]);
  return one(ask(text, rng), { queries: [tv.id] }, anySpeaker(g.home, rng));
});

// ----- timers

add('timers.start', 'timers', (g, rng) => {
  const [said, seconds] = duration(rng);
  const text = rng.pick([
    `set a timer for ${said}`,
    `timer for ${said}`,
    `start a timer for ${said}`,
    `can you time ${said}`,
    `set a ${said} timer`,
    `timer ${said}`,
  ]);
  if (text.startsWith('set a ') && text.endsWith(' timer') && /and|half|quarter|an hour/.test(said))
    return null;
  return one(say(text, rng), { timers: [{ op: 'start', seconds }] });
});

add('timers.cancel', 'timers', (g, rng) => {
  if (g.seed % 2) return null;
  const text = rng.pick([
    'cancel the timer',
    'get rid of the timer',
    'delete the timer',
    'cancel my timer',
    'turn off the timer',
    'kill the timer',
  ]);
  return one(say(text, rng), { timers: [{ op: 'cancel' }] });
});

add('timers.cancel-all', 'timers', (g, rng) => {
  if (g.seed % 2 === 0) return null;
  const text = rng.pick([
    'cancel all the timers',
    'clear all my timers',
    'cancel every timer',
    'get rid of all the timers',
  ]);
  return one(say(text, rng), { timers: [{ op: 'cancel_all' }] });
});

add('timers.status', 'timers', (g, rng) => {
  if (g.seed % 2) return null;
  const text = rng.pick([
    'how long is left on the timer',
    "how long's left on the timer",
    'how much time is left',
    'how long until the timer goes off',
    "how's the timer doing",
  ]);
  return one(ask(text, rng), { timers: [{ op: 'status' }] });
});

add('timers.pause-resume', 'timers', (g, rng) => {
  if (g.seed % 2 === 0) return null;
  const pause = rng.chance(0.5);
  const text = pause
    ? rng.pick(['pause the timer', 'hold the timer', 'pause my timer'])
    : rng.pick([
        'resume the timer',
        'unpause the timer',
        'carry on with the timer',
        'continue the timer',
      ]);
  return one(say(text, rng), { timers: [{ op: pause ? 'pause' : 'resume' }] });
});

add('timers.named-start', 'named timers', (g, rng) => {
  const name = rng.pick(TIMER_NAMES);
  const m = rng.int(3, 40);
  const text = rng.pick([
    `set a ${name} timer for ${sayNumber(m, rng)} minutes`,
    `start a ${sayNumber(m, rng)} minute ${name} timer`,
    `${name} timer, ${sayNumber(m, rng)} minutes`,
    `set a timer called ${name} for ${sayNumber(m, rng)} minutes`,
  ]);
  return one(say(text, rng), { timers: [{ op: 'start', seconds: m * 60, name }] });
});

add('timers.named-status', 'named timers', (g, rng) => {
  const name = rng.pick(TIMER_NAMES);
  const text = rng.pick([
    `how long is left on the ${name} timer`,
    `how long's left on the ${name} timer`,
    `how much longer on the ${name} timer`,
    `what's the ${name} timer at`,
  ]);
  return one(ask(text, rng), { timers: [{ op: 'status', name }] });
});

add('timers.named-cancel', 'named timers', (g, rng) => {
  const name = rng.pick(TIMER_NAMES);
  const text = rng.pick([
    `cancel the ${name} timer`,
    `get rid of the ${name} timer`,
    `delete the ${name} timer`,
  ]);
  return one(say(text, rng), { timers: [{ op: 'cancel', name }] });
});

add('timers.add', 'timer add/remove', (g, rng) => {
  const m = rng.int(1, 10);
  const amount =
    m === 1
      ? rng.pick(['a minute', 'one minute', 'another minute'])
      : `${rng.pick(['', 'another '])}${sayNumber(m, rng)} minutes`;
  const text = rng.pick([
    `add ${amount} to the timer`,
    `put ${amount} on the timer`,
    `give the timer ${amount} more`,
    `add ${amount} to my timer`,
  ]);
  return one(say(text, rng), { timers: [{ op: 'add', seconds: m * 60 }] });
});

add('timers.remove', 'timer add/remove', (g, rng) => {
  const [amount, seconds] = rng.pick<[string, number]>([
    ['a minute', 60],
    ['two minutes', 120],
    ['5 minutes', 300],
    ['thirty seconds', 30],
    ['30 seconds', 30],
  ]);
  const text = rng.pick([
    `take ${amount} off the timer`,
    `knock ${amount} off the timer`,
    `remove ${amount} from the timer`,
    `take ${amount} off my timer`,
  ]);
  return one(say(text, rng), { timers: [{ op: 'remove', seconds }] });
});

add('timers.named-add', 'timer add/remove', (g, rng) => {
  const name = rng.pick(TIMER_NAMES);
  const m = rng.int(2, 8);
  const text = rng.pick([
    `add ${sayNumber(m, rng)} minutes to the ${name} timer`,
    `put another ${sayNumber(m, rng)} minutes on the ${name} timer`,
  ]);
  return one(say(text, rng), { timers: [{ op: 'add', seconds: m * 60, name }] });
});

// ----- conversations

add('conv.it-brighter', 'conversation: it', (g, rng) => {
  const d = ownLight(g, rng);
  // "Wall lights" are "them", not "it".
  if (!d || /s$/.test(d.name)) return null;
  const up = rng.chance(0.5);
  const second = up
    ? rng.pick([
        'make it brighter',
        'brighter',
        'turn it up a bit',
        'can you make it a bit brighter',
      ])
    : rng.pick(['dim it a bit', 'make it dimmer', 'turn it down a little', 'a bit dimmer']);
  const area = anySpeaker(g.home, rng);
  return [
    { text: `turn on the ${sayDevice(d, rng)}`, area, expect: { actions: act([d], 'turn_on') } },
    {
      text: spoken(second, rng),
      area,
      expect: { actions: act([d], 'change_brightness', up ? 10 : -10) },
    },
  ];
});

add('conv.it-off', 'conversation: it', (g, rng) => {
  const d = ownLight(g, rng);
  // "Wall lights" are "them", not "it".
  if (!d || /s$/.test(d.name)) return null;
  const area = anySpeaker(g.home, rng);
  return [
    {
      text: ((n) => `${/s$/.test(n) ? 'are' : 'is'} the ${n} on`)(sayDevice(d, rng)),
      area,
      expect: { queries: [d.id] },
    },
    {
      text: spoken(
        rng.pick([
          'turn it off',
          'ok, switch it off',
          'then turn it off please',
          'switch it off then',
        ]),
        rng,
      ),
      area,
      expect: { actions: act([d], 'turn_off') },
    },
  ];
});

add('conv.them', 'conversation: them', (g, rng) => {
  const a = lightRoom(g, rng, 2);
  if (!a) return null;
  const v = rng.pick([20, 30, 40, 60, 75]);
  const area = anySpeaker(g.home, rng);
  return [
    {
      text: `turn on ${theLights(g.home, a, rng)}`,
      area,
      expect: { actions: act(lightsIn(g, a), 'turn_on') },
    },
    {
      text: spoken(
        rng.pick([
          `set them to ${sayPercent(v, rng)}`,
          `put them on ${sayPercent(v, rng)}`,
          `now dim them to ${sayPercent(v, rng)}`,
        ]),
        rng,
      ),
      area,
      expect: { actions: act(lightsIn(g, a), 'set_brightness', v) },
    },
  ];
});

add('conv.them-off', 'conversation: them', (g, rng) => {
  const a = lightRoom(g, rng, 2);
  if (!a) return null;
  const area = anySpeaker(g.home, rng);
  return [
    {
      text: lightsQuestion(rng, `in ${room(g.home, a, rng).the}`),
      area,
      expect: { queries: ids(lightsIn(g, a)) },
    },
    {
      text: spoken(
        rng.pick(['turn them off', 'switch them all off', 'ok, turn them off then']),
        rng,
      ),
      area,
      expect: { actions: act(lightsIn(g, a), 'turn_off') },
    },
  ];
});

add('conv.too', 'conversation: and X too', (g, rng) => {
  const rooms = areasWithLights(g);
  if (rooms.length < 2) return null;
  const [a, b] = rng.sample(rooms, 2) as [string, string];
  const turnOn = rng.chance(0.5);
  const rb = room(g.home, b, rng);
  const area = anySpeaker(g.home, rng);
  return [
    {
      text: `${turnOn ? 'turn on' : 'turn off'} ${theLights(g.home, a, rng)}`,
      area,
      expect: { actions: act(lightsIn(g, a), turnOn ? 'turn_on' : 'turn_off') },
    },
    {
      text: spoken(
        rng.pick([
          `and ${rb.the} too`,
          `and ${rb.the} as well`,
          `same in ${rb.the}`,
          `${rb.the} too please`,
          `and the ones in ${rb.the}`,
        ]),
        rng,
      ),
      area,
      expect: { actions: act(lightsIn(g, b), turnOn ? 'turn_on' : 'turn_off') },
    },
  ];
});

add('conv.too-brightness', 'conversation: and X too', (g, rng) => {
  const rooms = areasWithLights(g);
  if (rooms.length < 2) return null;
  const [a, b] = rng.sample(rooms, 2) as [string, string];
  const v = rng.pick([20, 40, 60, 80]);
  const rb = room(g.home, b, rng);
  const area = anySpeaker(g.home, rng);
  return [
    {
      text: `set ${theLights(g.home, a, rng)} to ${sayPercent(v, rng)}`,
      area,
      expect: { actions: act(lightsIn(g, a), 'set_brightness', v) },
    },
    {
      text: spoken(rng.pick([`and ${rb.the}`, `${rb.the} as well`, `do ${rb.the} too`]), rng),
      area,
      expect: { actions: act(lightsIn(g, b), 'set_brightness', v) },
    },
  ];
});

add('conv.more', 'conversation: more of the same', (g, rng) => {
  const a = lightRoom(g, rng);
  if (!a) return null;
  const up = rng.chance(0.5);
  const area = anySpeaker(g.home, rng);
  return [
    {
      text: `${up ? 'brighten' : 'dim'} ${theLights(g.home, a, rng)} a bit`,
      area,
      expect: { actions: act(lightsIn(g, a), 'change_brightness', up ? 10 : -10) },
    },
    {
      text: spoken(
        rng.pick([
          'a bit more',
          'more',
          'a little more',
          'bit more please',
          up ? 'even brighter' : 'even dimmer',
        ]),
        rng,
      ),
      area,
      expect: { actions: act(lightsIn(g, a), 'change_brightness', up ? 10 : -10) },
    },
  ];
});

add('conv.more-heating', 'conversation: more of the same', (g, rng) => {
  const c = onlyClimate(g.home);
  if (!c) return null;
  const up = rng.chance(0.5);
  const area = anySpeaker(g.home, rng);
  return [
    {
      text: `turn the heating ${up ? 'up' : 'down'} a bit`,
      area,
      expect: { actions: act([c], 'change_temperature', up ? 1 : -1) },
    },
    {
      text: spoken(
        rng.pick([
          'a bit more',
          'more',
          'little bit more',
          up ? 'warmer still' : 'a bit cooler still',
        ]),
        rng,
      ),
      area,
      expect: { actions: act([c], 'change_temperature', up ? 1 : -1) },
    },
  ];
});

add('conv.new-target', 'conversation: new target', (g, rng) => {
  const d = ownLight(g, rng);
  const a = lightRoom(g, rng);
  if (!d || !a || d.area === a) return null;
  const area = anySpeaker(g.home, rng);
  return [
    { text: `turn on the ${sayDevice(d, rng)}`, area, expect: { actions: act([d], 'turn_on') } },
    {
      text: spoken(`${rng.pick(['now', 'and', 'ok'])} turn off ${theLights(g.home, a, rng)}`, rng),
      area,
      expect: { actions: act(lightsIn(g, a), 'turn_off') },
    },
  ];
});

add('conv.new-target-lock', 'conversation: new target', (g, rng) => {
  const a = lightRoom(g, rng);
  const locks = devicesOf(g.home, 'lock');
  if (!a || !locks.length) return null;
  const l = rng.pick(locks);
  const area = anySpeaker(g.home, rng);
  return [
    {
      text: `dim ${theLights(g.home, a, rng)} to ${sayPercent(30, rng)}`,
      area,
      expect: { actions: act(lightsIn(g, a), 'set_brightness', 30) },
    },
    {
      text: spoken(`lock the ${l.name.toLowerCase()}`, rng),
      area,
      expect: { actions: act([l], 'lock') },
    },
  ];
});

add('conv.timer-longer', 'timer add/remove', (g, rng) => {
  if (g.seed % 2) return null;
  const m = rng.int(5, 20);
  const more = rng.int(2, 5);
  return [
    {
      text: `set a timer for ${sayNumber(m, rng)} minutes`,
      expect: { timers: [{ op: 'start', seconds: m * 60 }] },
    },
    {
      text: spoken(
        rng.pick([
          `make that ${sayNumber(more, rng)} minutes longer`,
          `add another ${sayNumber(more, rng)} minutes`,
          `actually, add ${sayNumber(more, rng)} more minutes`,
        ]),
        rng,
      ),
      expect: { timers: [{ op: 'add', seconds: more * 60 }] },
    },
  ];
});

// ----- more everyday cases (second batch)

/** The room has blinds, curtains, shutters or a garage door. */
function hasCovers(home: Home, area: string): boolean {
  return devicesOf(home, 'cover').some((d) => d.area === area);
}

/** A scene named like a device ("Lamp") makes the name fit the scene as well. */
function sceneCalled(home: Home, name: string): boolean {
  return home.scenes.some((s) => s.name.toLowerCase() === name);
}

add('kind.lamp-means-the-lamp', 'kind word as a device name', (g, rng) => {
  // A room with one light whose name has "lamp" in it and none called just "Lamp".
  if (sceneCalled(g.home, 'lamp')) return null;
  const rooms = areasWithLights(g, 2).filter((a) => {
    const lamps = lightsIn(g, a).filter((d) => /\blamp\b/i.test(d.name));
    return lamps.length === 1 && lamps[0]!.name !== 'Lamp';
  });
  if (!rooms.length) return null;
  const a = rng.pick(rooms);
  const lamp = lightsIn(g, a).find((d) => /\blamp\b/i.test(d.name))!;
  const r = room(g.home, a, rng);
  const turnOn = rng.chance(0.5);
  const text = rng.pick([
    `${turnOn ? 'turn on' : 'turn off'} the lamp in ${r.the}`,
    `the lamp in ${r.the} ${turnOn ? 'on' : 'off'}`,
  ]);
  return one(
    say(text, rng),
    { actions: act([lamp], turnOn ? 'turn_on' : 'turn_off') },
    anySpeaker(g.home, rng),
  );
});

add('kind.lamp-speaker', 'kind word as a device name', (g, rng) => {
  const lamps = devicesOf(g.home, 'light').filter((d) => d.name === 'Lamp' && d.area);
  if (!lamps.length || sceneCalled(g.home, 'lamp')) return null;
  const lamp = rng.pick(lamps);
  const turnOn = rng.chance(0.5);
  const text = rng.pick([
    `lamp ${turnOn ? 'on' : 'off'}`,
    `${turnOn ? 'switch on' : 'switch off'} the lamp`,
    `turn the lamp ${turnOn ? 'on' : 'off'}`,
  ]);
  return one(say(text, rng), { actions: act([lamp], turnOn ? 'turn_on' : 'turn_off') }, lamp.area);
});

add('kind.lights-beside-light', 'kind word as a device name', (g, rng) => {
  const named = devicesOf(g.home, 'light').filter(
    (d) => d.name === 'Light' && d.area && lightsIn(g, d.area).length >= 2,
  );
  if (!named.length) return null;
  const a = rng.pick(named).area!;
  const text = rng.pick(['turn off the lights', 'lights off', 'switch all the lights off in here']);
  return one(say(text, rng), { actions: act(lightsIn(g, a), 'turn_off') }, a);
});

add('kind.fan-word', 'kind word as a device name', (g, rng) => {
  const f = only(g.home, 'fan');
  if (!f || f.name === 'Fan') return null;
  const turnOn = rng.chance(0.5);
  const text = rng.pick([
    `turn the fan ${turnOn ? 'on' : 'off'}`,
    `fan ${turnOn ? 'on' : 'off'} please`,
    `${turnOn ? 'switch on' : 'switch off'} the fan`,
  ]);
  return one(
    spoken(text, rng),
    { actions: act([f], turnOn ? 'turn_on' : 'turn_off') },
    anySpeaker(g.home, rng),
  );
});

add('group.motion-floor', 'group questions', (g, rng) => {
  const f = onFloor(g, rng.chance(0.5), rng);
  if (!f) return null;
  const areas = areasOfFloor(g, f.floor);
  const ms = sensors(g.home, ['motion', 'occupancy']).filter(
    (d) => d.area && areas.includes(d.area),
  );
  if (!ms.length) return null;
  const text = rng.pick([
    `is there any movement ${f.word}`,
    `is anyone ${f.word}`,
    `is somebody moving about ${f.word}`,
  ]);
  return one(ask(text, rng), { queries: ids(ms) }, anySpeaker(g.home, rng));
});

add('group.lights-count-room', 'group questions', (g, rng) => {
  const a = lightRoom(g, rng, 2);
  if (!a) return null;
  const r = room(g.home, a, rng);
  const text = rng.pick([
    `how many lights are on in ${r.the}`,
    `how many of the ${r.bare} lights are on`,
    `are the ${r.bare} lights on`,
    `are all the lights in ${r.the} off`,
  ]);
  return one(ask(text, rng), { queries: ids(lightsIn(g, a)) }, anySpeaker(g.home, rng));
});

add('vacuum.verb', 'vacuum', (g, rng) => {
  const v = only(g.home, 'vacuum');
  if (!v) return null;
  const text = rng.pick([
    'vacuum the house',
    'do the vacuuming',
    'can you hoover the floors',
    'time to vacuum',
    'clean the floors',
  ]);
  return one(say(text, rng), { actions: act([v], 'start') }, anySpeaker(g.home, rng));
});

add('conv.it-fan', 'conversation: it', (g, rng) => {
  const f = only(g.home, 'fan');
  if (!f) return null;
  const up = rng.chance(0.5);
  const area = anySpeaker(g.home, rng);
  return [
    { text: say('turn on the fan', rng), area, expect: { actions: act([f], 'turn_on') } },
    {
      text: spoken(
        up
          ? rng.pick(['turn it up', 'make it faster', 'speed it up a bit'])
          : rng.pick(['turn it down a bit', 'slow it down', 'make it go slower']),
        rng,
      ),
      area,
      expect: { actions: act([f], 'change_speed', up ? 10 : -10) },
    },
  ];
});

add('conv.them-colour', 'conversation: them', (g, rng) => {
  const a = lightRoom(g, rng, 2);
  if (!a) return null;
  const c = rng.pick(['red', 'blue', 'green', 'purple', 'orange']);
  const area = anySpeaker(g.home, rng);
  return [
    {
      text: say(`turn on ${theLights(g.home, a, rng)}`, rng),
      area,
      expect: { actions: act(lightsIn(g, a), 'turn_on') },
    },
    {
      text: spoken(rng.pick([`make them ${c}`, `now turn them ${c}`, `can they go ${c}`]), rng),
      area,
      expect: { actions: act(lightsIn(g, a), 'set_color', c) },
    },
  ];
});

add('conv.too-device', 'conversation: and X too', (g, rng) => {
  const own = uniquelyNamed(g.home, 'light');
  if (own.length < 2) return null;
  const [d, e] = rng.sample(own, 2) as [Device, Device];
  const turnOn = rng.chance(0.5);
  const area = anySpeaker(g.home, rng);
  return [
    {
      text: say(`${turnOn ? 'turn on' : 'turn off'} the ${sayDevice(d, rng)}`, rng),
      area,
      expect: { actions: act([d], turnOn ? 'turn_on' : 'turn_off') },
    },
    {
      text: spoken(
        rng.pick([
          `and the ${sayDevice(e, rng)} too`,
          `the ${sayDevice(e, rng)} as well`,
          `same with the ${sayDevice(e, rng)}`,
        ]),
        rng,
      ),
      area,
      expect: { actions: act([e], turnOn ? 'turn_on' : 'turn_off') },
    },
  ];
});

add('conv.more-fan', 'conversation: more of the same', (g, rng) => {
  const f = only(g.home, 'fan');
  if (!f) return null;
  const up = rng.chance(0.5);
  const area = anySpeaker(g.home, rng);
  return [
    {
      text: say(up ? 'speed the fan up a bit' : 'slow the fan down a bit', rng),
      area,
      expect: { actions: act([f], 'change_speed', up ? 10 : -10) },
    },
    {
      text: spoken(rng.pick(['a bit more', 'more', 'a little more please']), rng),
      area,
      expect: { actions: act([f], 'change_speed', up ? 10 : -10) },
    },
  ];
});

add('conv.answer-radiator', 'conversation: answering a question', (g, rng) => {
  const rads = devicesOf(g.home, 'climate').filter((d) => d.name === 'Radiator');
  if (rads.length < 2 || devicesOf(g.home, 'climate').length !== rads.length) return null;
  const speaker = otherArea(
    g.home,
    rng,
    rads.map((d) => d.area),
  );
  if (!speaker) return null;
  const c = rng.pick(rads);
  const r = room(g.home, c.area!, rng);
  return [
    { text: say('turn the radiator on', rng), area: speaker, expect: { clarify: ids(rads) } },
    {
      text: spoken(rng.pick([`the ${r.bare} one`, `the one in ${r.the}`, r.bare]), rng),
      area: speaker,
      expect: { actions: act([c], 'turn_on') },
    },
  ];
});

add('room.british', 'lights by room', (g, rng) => {
  const a = lightRoom(g, rng);
  if (!a) return null;
  const r = room(g.home, a, rng);
  const turnOn = rng.chance(0.5);
  const text = turnOn
    ? rng.pick([
        `pop the lights on in ${r.the}`,
        `stick the ${r.bare} lights on`,
        `get the lights on in ${r.the}`,
      ])
    : rng.pick([
        `knock the lights off in ${r.the}`,
        `pop the ${r.bare} lights off`,
        `flick the lights off in ${r.the}`,
      ]);
  return one(
    spoken(tail(text, rng), rng),
    { actions: act(lightsIn(g, a), turnOn ? 'turn_on' : 'turn_off') },
    anySpeaker(g.home, rng),
  );
});

add('floor.everything-lights-upstairs', 'lights by floor', (g, rng) => {
  const f = onFloor(g, true, rng);
  const lights = f ? lightsOnFloor(g, f.floor) : [];
  if (!f || !lights.length) return null;
  const text = rng.pick([
    `we're going to bed, turn the lights off ${f.word}`,
    `can you make sure the lights are off ${f.word}`,
    `make sure there are no lights left on ${f.word}`,
  ]);
  return one(spoken(text, rng), { actions: act(lights, 'turn_off') }, anySpeaker(g.home, rng));
});

// ----- third batch

add('scenes.verbs', 'scenes', (g, rng) => {
  const named = new Set(g.meta.scenesNamedLikeDevices.map(([s]) => s));
  const scenes = g.home.scenes.filter((s) => !named.has(s.id));
  if (!scenes.length) return null;
  const s = rng.pick(scenes);
  const n = s.name.toLowerCase();
  const text = rng.pick([
    `turn on ${n}`,
    `put ${n} on`,
    `can we have ${n}`,
    `${n} mode`,
    `run the ${n} scene`,
    `let's do ${n}`,
  ]);
  return one(
    spoken(text, rng),
    { actions: [{ device: s.id, command: 'activate' }] },
    anySpeaker(g.home, rng),
  );
});

add('conv.the-other-radiator', 'conversation: the other one', (g, rng) => {
  const rads = devicesOf(g.home, 'climate').filter((d) => /radiator/i.test(d.name) && d.area);
  if (rads.length !== 2 || devicesOf(g.home, 'climate').length !== 2) return null;
  const [first, second] = rng.shuffle(rads) as [Device, Device];
  const t = targetTemperature(g.home, rng);
  return [
    {
      text: say(`set the radiator to ${deg(t, g.home, rng)}`, rng),
      area: first.area,
      expect: { actions: act([first], 'set_temperature', t) },
    },
    {
      text: spoken(
        rng.pick(['no, the other one', 'I meant the other one', 'the other radiator']),
        rng,
      ),
      area: first.area,
      expect: { actions: act([second], 'set_temperature', t) },
    },
  ];
});

add('fan.full', 'fan speed', (g, rng) => {
  const f = only(g.home, 'fan');
  if (!f) return null;
  const text = rng.pick([
    'put the fan on full speed',
    'fan to maximum',
    'run the fan at full speed',
    'turn the fan all the way up',
    'fan on max please',
  ]);
  return one(spoken(text, rng), { actions: act([f], 'set_speed', 100) }, anySpeaker(g.home, rng));
});

add('all.dim', 'all lights', (g, rng) => {
  const lights = allLights(g);
  if (!lights.length) return null;
  const v = rng.pick([10, 20, 30, 50]);
  const text = rng.pick([
    `dim all the lights to ${sayPercent(v, rng)}`,
    `set every light in the house to ${sayPercent(v, rng)}`,
    `all lights to ${sayPercent(v, rng)}`,
  ]);
  return one(
    say(text, rng),
    { actions: act(lights, 'set_brightness', v) },
    anySpeaker(g.home, rng),
  );
});

add('shared.brightness-room', 'one name in several rooms', (g, rng) => {
  const groups = sharedLights(g);
  if (!groups.length) return null;
  const d = rng.pick(rng.pick(groups));
  const r = room(g.home, d.area!, rng);
  const v = rng.pick([20, 35, 50, 70]);
  const text = rng.pick([
    `set the ${d.name.toLowerCase()} in ${r.the} to ${sayPercent(v, rng)}`,
    `dim the ${r.bare} ${d.name.toLowerCase()} to ${sayPercent(v, rng)}`,
  ]);
  return one(say(text, rng), { actions: act([d], 'set_brightness', v) }, anySpeaker(g.home, rng));
});

add('except.device-all', 'exceptions', (g, rng) => {
  const d = ownLight(g, rng);
  const lights = allLights(g);
  if (!d || lights.length < 3) return null;
  const rest = lights.filter((x) => x !== d);
  const n = sayDevice(d, rng);
  const text = rng.pick([
    `turn off all the lights except the ${n}`,
    `every light off apart from the ${n}`,
    `switch all the lights off but leave the ${n} on`,
  ]);
  return one(say(text, rng), { actions: act(rest, 'turn_off') }, anySpeaker(g.home, rng));
});

add('temp.radiator-here', 'temperature', (g, rng) => {
  const rads = devicesOf(g.home, 'climate').filter(
    (d) => d.area && climateIn(g.home, d.area).length === 1,
  );
  if (rads.length < 2) return null;
  const c = rng.pick(rads);
  const t = targetTemperature(g.home, rng);
  const text = rng.pick([
    `set the radiator to ${deg(t, g.home, rng)}`,
    `put the heating in here on ${deg(t, g.home, rng)}`,
    `make it ${sayNumber(t, rng)} degrees in here`,
  ]);
  return one(say(text, rng), { actions: act([c], 'set_temperature', t) }, c.area);
});

add('relbright.speaker-named-room', 'relative brightness', (g, rng) => {
  const a = lightRoom(g, rng);
  const speaker = a && otherArea(g.home, rng, [a]);
  if (!a || !speaker || hasCovers(g.home, a)) return null;
  const up = rng.chance(0.5);
  const r = room(g.home, a, rng);
  const text = up
    ? rng.pick([`brighten up ${r.the}`, `make it brighter in ${r.the}`])
    : rng.pick([`dim ${r.the} a bit`, `make it darker in ${r.the}`]);
  return one(
    say(text, rng),
    { actions: act(lightsIn(g, a), 'change_brightness', up ? 10 : -10) },
    speaker,
  );
});

// ----- fourth batch

/** Ceiling lights called "the big light" (a British household's word), per room. */
function bigLights(g: GeneratedHome): Device[] {
  return devicesOf(g.home, 'light').filter(
    (d) =>
      d.area &&
      d.aliases.includes('big light') &&
      !lightsIn(g, d.area).some((o) => o !== d && o.aliases.includes('big light')),
  );
}

add('name.big-light-room', 'device by name', (g, rng) => {
  const all = bigLights(g);
  if (!all.length) return null;
  const d = rng.pick(all);
  const r = room(g.home, d.area!, rng);
  const turnOn = rng.chance(0.5);
  const text = rng.pick([
    `${turnOn ? 'turn on' : 'turn off'} the big light in ${r.the}`,
    `${turnOn ? 'put' : 'switch'} the big light ${turnOn ? 'on' : 'off'} in ${r.the}`,
  ]);
  return one(
    say(text, rng),
    { actions: act([d], turnOn ? 'turn_on' : 'turn_off') },
    anySpeaker(g.home, rng),
  );
});

add('speaker.big-light', 'speaker area', (g, rng) => {
  const all = bigLights(g);
  if (!all.length) return null;
  const d = rng.pick(all);
  const turnOn = rng.chance(0.5);
  const text = rng.pick([
    `big light ${turnOn ? 'on' : 'off'}`,
    `${turnOn ? 'put' : 'turn'} the big light ${turnOn ? 'on' : 'off'}`,
  ]);
  return one(say(text, rng), { actions: act([d], turnOn ? 'turn_on' : 'turn_off') }, d.area);
});

add('kind.heater-up', 'kind word as a device name', (g, rng) => {
  const heaters = devicesOf(g.home, 'climate').filter((d) => d.name === 'Heater');
  if (heaters.length !== 1 || devicesOf(g.home, 'climate').length < 2) return null;
  const h = heaters[0]!;
  const up = rng.chance(0.5);
  const text = up
    ? rng.pick(['turn the heater up', 'turn up the heater a bit', 'put the heater up a notch'])
    : rng.pick([
        'turn the heater down',
        'turn down the heater a bit',
        'put the heater down a notch',
      ]);
  return one(
    say(text, rng),
    { actions: act([h], 'change_temperature', up ? 1 : -1) },
    anySpeaker(g.home, rng),
  );
});

add('group.fans', 'group questions', (g, rng) => {
  const fans = devicesOf(g.home, 'fan');
  if (fans.length < 2) return null;
  const text = rng.pick([
    'are any fans on',
    'is a fan running',
    'which fans are on',
    'how many fans are running',
    'are all the fans off',
  ]);
  return one(ask(text, rng), { queries: ids(fans) }, anySpeaker(g.home, rng));
});

add('name.room-like', 'device by name', (g, rng) => {
  const d = named(g.home, 'Greenhouse');
  if (!d || g.home.areas.some((a) => a.name.toLowerCase() === 'greenhouse')) return null;
  const turnOn = rng.chance(0.5);
  const text = rng.pick([
    `turn ${turnOn ? 'on' : 'off'} the greenhouse`,
    `switch the greenhouse ${turnOn ? 'on' : 'off'}`,
    `greenhouse ${turnOn ? 'on' : 'off'}`,
  ]);
  return one(
    say(text, rng),
    { actions: act([d], turnOn ? 'turn_on' : 'turn_off') },
    anySpeaker(g.home, rng),
  );
});

add('group.windows-rooms', 'group questions', (g, rng) => {
  const ws = sensors(g.home, 'window');
  if (ws.length < 2) return null;
  const text = rng.pick([
    'which rooms have a window open',
    'where is a window open',
    'have I left a window open anywhere',
    'is there a window open somewhere',
  ]);
  return one(ask(text, rng), { queries: ids(ws) }, anySpeaker(g.home, rng));
});

export const FRESH_TEMPLATES: readonly Template[] = T;
