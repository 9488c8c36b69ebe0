// The fresh2 templates: a fourth set of phrase templates, written apart from the dev, extra,
// held-out and fresh sets and without reading the rules engine, from what people say to a
// voice assistant at home. They measure how well the rules understand everyday commands in
// homes they have never seen. Expected plans follow ../shared/spec (home-file.md, cli.md):
// where a sentence is genuinely ambiguous for a home the plan asks back; a template that does
// not fit a home returns null rather than an odd sentence.
import type { Device, Home } from '../../../src-main/core/home.ts';
import type { GenerateHomeOptions, GeneratedHome } from './generateHome.ts';
import type { Rng } from './Rng.ts';
import {
  act,
  allLights,
  anySpeaker,
  COLOURS,
  devicesOf,
  ids,
  lightsIn,
  lightsOnFloor,
  nameIsUnique,
  numberWords,
  oneOf,
  onlyClimate,
  polite,
  sayArea,
  sayDevice,
  sayNumber,
  sayPercent,
  targetTemperature,
  theArea,
  theName,
  uniquelyNamed,
} from './templateKit.ts';
import type { Template, Turn } from './templateKit.ts';

export const FRESH2_HOME_OPTIONS: GenerateHomeOptions = { moreKindWords: true, freshCases: true };

// ------------------------------------------------------------------ local helpers

/** A template in one line. */
const T = (id: string, behaviour: string, make: Template['make']): Template => ({
  id: `fresh2.${id}`,
  behaviour,
  make,
});

/** One turn. */
const one = (text: string, expect: Turn['expect'], area?: string): Turn[] => [
  { text, expect, ...(area === undefined ? {} : { area }) },
];

/** As a speech-to-text model writes it: a capital, a full stop or question mark. */
function whisper(text: string, rng: Rng, question = false): string {
  if (rng.chance(0.3)) return text;
  const t = text.charAt(0).toUpperCase() + text.slice(1);
  return `${rng.chance(0.3) ? ' ' : ''}${t}${question ? '?' : rng.pick(['.', '.', '!'])}`;
}

/** Politeness around a command that starts with a verb; "please" only around one that does not. */
function ask(text: string, rng: Rng): string {
  const verb =
    /^(turn|switch|put|set|make|dim|brighten|bump|tone|lock|unlock|open|close|start|run|send|get|kill|vacuum|hoover|heat|warm|knock|lower|raise)\b/;
  if (verb.test(text)) return polite(text, rng);
  return rng.pick([text, `${text} please`]);
}

/** A spoken hesitation in front, sometimes. */
function hesitate(text: string, rng: Rng): string {
  return rng.pick([text, text, `um, ${text}`, `uh ${text}`, `okay, ${text}`, `so ${text}`]);
}

/** A device whose name is its own (no kind words like "Light"), or null. */
function pickNamed(home: Home, type: Device['type'], rng: Rng): Device | null {
  const all = uniquelyNamed(home, type);
  return all.length ? rng.pick(all) : null;
}

/** Two different uniquely named lights, or null. */
function twoNamedLights(home: Home, rng: Rng): [Device, Device] | null {
  const all = uniquelyNamed(home, 'light');
  if (all.length < 2) return null;
  const [a, b] = rng.sample(all, 2);
  return [a!, b!];
}

const lightName = (d: Device, rng: Rng) => theName(sayDevice(d, rng));

/** A room with at least `min` lights, or null. */
function roomWithLights(g: GeneratedHome, rng: Rng, min = 1): string | null {
  const rooms = g.home.areas.map((a) => a.id).filter((a) => lightsIn(g, a).length >= min);
  return rooms.length ? rng.pick(rooms) : null;
}

/** How the floors are said: [floor id, words]. */
function floorPhrase(g: GeneratedHome, rng: Rng): [string, string] | null {
  const { upstairs, downstairs } = g.meta;
  if (!upstairs || !downstairs) return null;
  if (rng.chance(0.5)) return [upstairs, rng.pick(['upstairs', 'upstairs', 'on the first floor'])];
  return [downstairs, rng.pick(['downstairs', 'downstairs', 'on the ground floor'])];
}

/** Binary sensors of some classes. */
const sensors = (home: Home, ...classes: string[]) => devicesOf(home, 'binary_sensor', classes);

/** The only binary sensor of a class in the home, or null. */
function onlySensor(home: Home, cls: string): Device | null {
  const all = sensors(home, cls);
  return all.length === 1 ? all[0]! : null;
}

/** Covers (not garage/gate/door) in an area, all of one class; [devices, plural word]. */
function roomCovers(home: Home, area: string): [Device[], string] | null {
  const covers = devicesOf(home, 'cover').filter(
    (d) => d.area === area && ['blind', 'curtain', 'shutter', 'shade'].includes(d.class ?? ''),
  );
  if (!covers.length) return null;
  const cls = covers[0]!.class;
  if (!covers.every((c) => c.class === cls)) return null;
  const word = cls === 'blind' ? 'blinds' : cls === 'curtain' ? 'curtains' : 'shutters';
  return [covers, word];
}

/** A room that has window coverings and a word for them. */
function pickRoomCovers(g: GeneratedHome, rng: Rng): [string, Device[], string] | null {
  const rooms = g.home.areas
    .map((a) => [a.id, roomCovers(g.home, a.id)] as const)
    .filter(([, c]) => c !== null);
  if (!rooms.length) return null;
  const [area, c] = rng.pick(rooms);
  return [area, c![0], c![1]];
}

/** A garage door that is a cover. */
const garageCover = (home: Home) => devicesOf(home, 'cover', 'garage')[0];

/** A lock by name. */
const lockNamed = (home: Home, name: string) =>
  devicesOf(home, 'lock').find((d) => d.name.toLowerCase() === name);

/** Media players of a home. */
const media = (home: Home) => devicesOf(home, 'media_player');

/** The TV, when the home has exactly one. */
function onlyTv(home: Home): Device | null {
  const tvs = devicesOf(home, 'media_player', 'tv');
  return tvs.length === 1 ? tvs[0]! : null;
}

/** The home's only vacuum. */
function onlyVacuum(home: Home): Device | null {
  const all = devicesOf(home, 'vacuum');
  return all.length === 1 ? all[0]! : null;
}

/** The only fan of the home. */
function onlyFan(home: Home): Device | null {
  const all = devicesOf(home, 'fan');
  return all.length === 1 ? all[0]! : null;
}

/** A shared light name, its devices, and a speaker room that has none of them. */
function sharedLight(
  g: GeneratedHome,
  rng: Rng,
): { name: string; devices: Device[]; elsewhere: string } | null {
  const names = Object.entries(g.meta.sharedNames).filter(([name, list]) => {
    const devices = list.map((id) => g.home.devices.find((d) => d.id === id)!);
    return (
      devices.every((d) => d.type === 'light' && d.area) &&
      !/^(light|lamp)$/.test(name) &&
      new Set(devices.map((d) => d.area)).size === devices.length &&
      // No other device answers to the name through an alias.
      !g.home.devices.some(
        (d) => !list.includes(d.id) && d.aliases.some((a) => a.toLowerCase() === name),
      ) &&
      !g.home.scenes.some((s) => s.name.toLowerCase() === name)
    );
  });
  if (!names.length) return null;
  const [name, list] = rng.pick(names);
  const devices = list.map((id) => g.home.devices.find((d) => d.id === id)!);
  const free = g.home.areas.map((a) => a.id).filter((a) => !devices.some((d) => d.area === a));
  if (!free.length) return null;
  return { name, devices, elsewhere: rng.pick(free) };
}

/** The room word for the answer to "which one": "the bedroom one". */
function answerRoom(home: Home, area: string, rng: Rng): string {
  const room = sayArea(home, area, rng);
  const the = /'s\b/.test(room) ? room : `the ${room}`;
  return rng.pick([`${the} one`, `the one in ${the}`, room, `in ${the}`, `${the} please`]);
}

/** Temperature sensors in an area where no climate device stands. */
function tempSensorRoom(g: GeneratedHome, rng: Rng): [string, Device[]] | null {
  const rooms = g.home.areas
    .map((a) => a.id)
    .filter(
      (a) =>
        devicesOf(g.home, 'sensor', 'temperature').some((d) => d.area === a) &&
        !devicesOf(g.home, 'climate').some((d) => d.area === a),
    );
  if (!rooms.length) return null;
  const area = rng.pick(rooms);
  return [area, devicesOf(g.home, 'sensor', 'temperature').filter((d) => d.area === area)];
}

// ------------------------------------------------------------------ the templates

export const FRESH2_TEMPLATES: Template[] = [
  // ================================================================ on / off by name
  T('name.on.plain', 'onoff.name', (g, rng) => {
    const d = pickNamed(g.home, 'light', rng);
    if (!d) return null;
    const n = lightName(d, rng);
    const text = oneOf(rng, `turn on ${n}`, `switch on ${n}`, `${n} on`, `put ${n} on`);
    return one(
      whisper(ask(text, rng), rng),
      { actions: act([d], 'turn_on') },
      anySpeaker(g.home, rng),
    );
  }),
  T('name.off.trailing', 'onoff.name', (g, rng) => {
    const d = pickNamed(g.home, 'light', rng);
    if (!d) return null;
    const n = lightName(d, rng);
    const text = oneOf(rng, `turn ${n} off`, `switch ${n} off`, `shut ${n} off`, `${n} off please`);
    return one(whisper(text, rng), { actions: act([d], 'turn_off') }, anySpeaker(g.home, rng));
  }),
  T('name.off.kill', 'onoff.name', (g, rng) => {
    const d = pickNamed(g.home, 'light', rng);
    if (!d) return null;
    const n = lightName(d, rng);
    const text = oneOf(
      rng,
      `kill ${n}`,
      `cut ${n}`,
      `can you get ${n} off`,
      `i don't need ${n} on anymore`,
    );
    return one(text, { actions: act([d], 'turn_off') }, anySpeaker(g.home, rng));
  }),
  T('name.on.room', 'onoff.name', (g, rng) => {
    // "the lamp in the bedroom": a kind word narrowed by a room that has exactly one of it.
    const rooms = g.home.areas
      .map((a) => a.id)
      .filter(
        (a) =>
          lightsIn(g, a).filter(
            (d) => /lamp/i.test(d.name) || d.aliases.some((x) => /lamp/.test(x)),
          ).length === 1,
      );
    if (!rooms.length) return null;
    const area = rng.pick(rooms);
    const lamp = lightsIn(g, area).find(
      (d) => /lamp/i.test(d.name) || d.aliases.some((x) => /lamp/.test(x)),
    )!;
    const text = oneOf(
      rng,
      `turn on the lamp in ${theArea(g.home, area, rng)}`,
      `switch the lamp on in ${theArea(g.home, area, rng)}`,
    );
    return one(text, { actions: act([lamp], 'turn_on') }, anySpeaker(g.home, rng));
  }),
  T('name.two', 'onoff.name', (g, rng) => {
    const pair = twoNamedLights(g.home, rng);
    if (!pair) return null;
    const [a, b] = pair;
    const on = rng.chance(0.5);
    const text = on
      ? `turn on ${lightName(a, rng)} and ${lightName(b, rng)}`
      : `switch off ${lightName(a, rng)} and ${lightName(b, rng)}`;
    return one(
      whisper(text, rng),
      { actions: act([a, b], on ? 'turn_on' : 'turn_off') },
      anySpeaker(g.home, rng),
    );
  }),
  T('name.ambiguous', 'onoff.ambiguous', (g, rng) => {
    const s = sharedLight(g, rng);
    if (!s) return null;
    const text = oneOf(
      rng,
      `turn on the ${s.name}`,
      `switch the ${s.name} on`,
      `${s.name} on please`,
    );
    return one(text, { clarify: ids(s.devices) }, s.elsewhere);
  }),
  T('name.ambiguous.here', 'onoff.here', (g, rng) => {
    // The same shared name, said in a room that has one: that one.
    const s = sharedLight(g, rng);
    if (!s) return null;
    const d = rng.pick(s.devices);
    const text = oneOf(rng, `turn off the ${s.name}`, `${s.name} off`, `switch the ${s.name} off`);
    return one(text, { actions: act([d], 'turn_off') }, d.area);
  }),
  T('name.bigLight', 'onoff.here', (g, rng) => {
    const here = g.home.devices.filter(
      (d) => d.type === 'light' && d.aliases.includes('big light') && d.area,
    );
    if (!here.length) return null;
    const d = rng.pick(here);
    const text = oneOf(rng, 'put the big light on', 'big light on', 'turn the big light off');
    return one(text, { actions: act([d], text.includes('off') ? 'turn_off' : 'turn_on') }, d.area);
  }),

  // ================================================================ by room / here
  T('room.on', 'onoff.room', (g, rng) => {
    const area = roomWithLights(g, rng);
    if (!area) return null;
    const room = sayArea(g.home, area, rng);
    const poss = /'s\b/.test(room);
    const text = oneOf(
      rng,
      `turn on the lights in ${poss ? room : `the ${room}`}`,
      `${poss ? room : `the ${room}`} lights on`,
      `can i get some light in ${poss ? room : `the ${room}`}`,
      `light up ${poss ? room : `the ${room}`}`,
    );
    return one(
      whisper(text, rng),
      { actions: act(lightsIn(g, area), 'turn_on') },
      anySpeaker(g.home, rng),
    );
  }),
  T('room.off', 'onoff.room', (g, rng) => {
    const area = roomWithLights(g, rng);
    if (!area) return null;
    const text = oneOf(
      rng,
      `turn off the lights in ${theArea(g.home, area, rng)}`,
      `switch ${theArea(g.home, area, rng)} lights off`,
      `lights off in ${theArea(g.home, area, rng)}`,
      `${theArea(g.home, area, rng)}, lights off`,
    );
    return one(
      ask(text, rng),
      { actions: act(lightsIn(g, area), 'turn_off') },
      anySpeaker(g.home, rng),
    );
  }),
  T('room.off.everything', 'onoff.room', (g, rng) => {
    // "all the lights in the kitchen" when the kitchen has several.
    const area = roomWithLights(g, rng, 2);
    if (!area) return null;
    const text = oneOf(
      rng,
      `turn off all the lights in ${theArea(g.home, area, rng)}`,
      `every light in ${theArea(g.home, area, rng)} off`,
      `switch off all of ${theArea(g.home, area, rng)} lights`,
    );
    return one(text, { actions: act(lightsIn(g, area), 'turn_off') }, anySpeaker(g.home, rng));
  }),
  T('here.on', 'onoff.here', (g, rng) => {
    const area = roomWithLights(g, rng);
    if (!area) return null;
    const text = oneOf(
      rng,
      'lights on',
      'turn the lights on',
      'lights please',
      'turn on the lights in here',
      'can we have the lights on',
    );
    return one(whisper(text, rng), { actions: act(lightsIn(g, area), 'turn_on') }, area);
  }),
  T('here.off', 'onoff.here', (g, rng) => {
    const area = roomWithLights(g, rng);
    if (!area) return null;
    const text = oneOf(
      rng,
      'lights off',
      'turn the lights off in here',
      'switch off the lights',
      'kill the lights',
      'lights out',
    );
    return one(hesitate(text, rng), { actions: act(lightsIn(g, area), 'turn_off') }, area);
  }),
  // ================================================================ floors
  T('floor.off', 'onoff.floor', (g, rng) => {
    const f = floorPhrase(g, rng);
    if (!f) return null;
    const lights = lightsOnFloor(g, f[0]);
    if (!lights.length) return null;
    const text = oneOf(
      rng,
      `turn off all the lights ${f[1]}`,
      `switch everything ${f[1]} off`,
      `lights off ${f[1]}`,
    );
    // "everything upstairs" is the lights only when nothing else switchable stands there.
    if (text.includes('everything')) {
      const areas = g.meta.areasByFloor[f[0]] ?? [];
      const others = g.home.devices.filter(
        (d) =>
          d.area &&
          areas.includes(d.area) &&
          ['switch', 'fan', 'media_player', 'climate', 'appliance', 'cover', 'vacuum'].includes(
            d.type,
          ),
      );
      if (others.length) return null;
    }
    return one(whisper(text, rng), { actions: act(lights, 'turn_off') }, anySpeaker(g.home, rng));
  }),
  T('floor.on', 'onoff.floor', (g, rng) => {
    const f = floorPhrase(g, rng);
    if (!f) return null;
    const lights = lightsOnFloor(g, f[0]);
    if (!lights.length) return null;
    const where = f[1].replace(/^on the /, '');
    const text = oneOf(
      rng,
      `turn the ${where} lights on`,
      `switch on the lights ${f[1]}`,
      `put the lights on ${f[1]}`,
    );
    return one(ask(text, rng), { actions: act(lights, 'turn_on') }, anySpeaker(g.home, rng));
  }),

  // ================================================================ whole home
  T('home.off', 'onoff.home', (g, rng) => {
    const text = oneOf(
      rng,
      'turn off all the lights',
      'switch off every light in the house',
      'all lights off',
      'turn all the lights off in the whole house',
      'kill all the lights',
      'make sure all the lights are off',
    );
    return one(
      whisper(ask(text, rng), rng),
      { actions: act(allLights(g), 'turn_off') },
      anySpeaker(g.home, rng),
    );
  }),
  T('home.on', 'onoff.home', (g, rng) => {
    const text = oneOf(
      rng,
      'turn on all the lights',
      'every light on',
      'switch all the lights on in the house',
      'all lights on please',
    );
    return one(text, { actions: act(allLights(g), 'turn_on') }, anySpeaker(g.home, rng));
  }),
  // ================================================================ exceptions
  T('except.name', 'onoff.except', (g, rng) => {
    const d = pickNamed(g.home, 'light', rng);
    if (!d) return null;
    const n = lightName(d, rng);
    const text = oneOf(
      rng,
      `turn off all the lights except ${n}`,
      `switch off every light apart from ${n}`,
      `all the lights off but ${n}`,
      `turn off all the lights except for ${n}`,
    );
    return one(
      text,
      {
        actions: act(
          allLights(g).filter((x) => x !== d),
          'turn_off',
        ),
      },
      anySpeaker(g.home, rng),
    );
  }),
  T('except.leave', 'onoff.except', (g, rng) => {
    const d = pickNamed(g.home, 'light', rng);
    if (!d) return null;
    const n = lightName(d, rng);
    const text = oneOf(
      rng,
      `turn off all the lights but leave ${n} on`,
      `switch off all the lights and leave ${n} on`,
      `all lights off, keep ${n} on though`,
    );
    return one(
      whisper(text, rng),
      {
        actions: act(
          allLights(g).filter((x) => x !== d),
          'turn_off',
        ),
      },
      anySpeaker(g.home, rng),
    );
  }),
  T('except.room', 'onoff.except', (g, rng) => {
    const area = roomWithLights(g, rng);
    if (!area) return null;
    const text = oneOf(
      rng,
      `turn off all the lights except in ${theArea(g.home, area, rng)}`,
      `switch off every light apart from ${theArea(g.home, area, rng)}`,
      `turn off the lights everywhere except ${theArea(g.home, area, rng)}`,
    );
    return one(
      text,
      {
        actions: act(
          allLights(g).filter((x) => x.area !== area),
          'turn_off',
        ),
      },
      anySpeaker(g.home, rng),
    );
  }),
  T('except.floorRoom', 'onoff.except', (g, rng) => {
    const f = floorPhrase(g, rng);
    if (!f) return null;
    const areas = (g.meta.areasByFloor[f[0]] ?? []).filter((a) => lightsIn(g, a).length);
    if (areas.length < 2) return null;
    const keep = rng.pick(areas);
    const text = oneOf(
      rng,
      `turn off the lights ${f[1]} except ${theArea(g.home, keep, rng)}`,
      `switch off all the lights ${f[1]} but leave ${theArea(g.home, keep, rng)} on`,
    );
    return one(
      text,
      {
        actions: act(
          lightsOnFloor(g, f[0]).filter((x) => x.area !== keep),
          'turn_off',
        ),
      },
      anySpeaker(g.home, rng),
    );
  }),
  T('except.inRoom', 'onoff.except', (g, rng) => {
    const rooms = g.home.areas
      .map((a) => a.id)
      .filter(
        (a) =>
          lightsIn(g, a).filter((d) => uniquelyNamed(g.home, 'light').includes(d)).length &&
          lightsIn(g, a).length >= 2,
      );
    if (!rooms.length) return null;
    const area = rng.pick(rooms);
    const keep = rng.pick(
      lightsIn(g, area).filter((d) => uniquelyNamed(g.home, 'light').includes(d)),
    );
    const on = rng.chance(0.5);
    const n = lightName(keep, rng);
    const text = on
      ? `turn on the lights in ${theArea(g.home, area, rng)} except ${n}`
      : `turn off ${theArea(g.home, area, rng)} lights but not ${n}`;
    return one(
      text,
      {
        actions: act(
          lightsIn(g, area).filter((x) => x !== keep),
          on ? 'turn_on' : 'turn_off',
        ),
      },
      anySpeaker(g.home, rng),
    );
  }),
  T('except.twoRooms', 'onoff.except', (g, rng) => {
    const rooms = g.home.areas.map((a) => a.id).filter((a) => lightsIn(g, a).length);
    if (rooms.length < 4) return null;
    const [a, b] = rng.sample(rooms, 2);
    const text = `turn off all the lights apart from ${theArea(g.home, a!, rng)} and ${theArea(g.home, b!, rng)}`;
    return one(
      text,
      {
        actions: act(
          allLights(g).filter((x) => x.area !== a && x.area !== b),
          'turn_off',
        ),
      },
      anySpeaker(g.home, rng),
    );
  }),

  // ================================================================ switches, plugs, appliances
  T('switch.named', 'onoff.switch', (g, rng) => {
    const d = pickNamed(g.home, 'switch', rng);
    if (!d) return null;
    const name =
      d.name === 'Wi-Fi plug'
        ? rng.pick(['wifi plug', 'wi-fi plug', 'Wi-Fi plug', 'smart plug'])
        : sayDevice(d, rng);
    if (name === 'smart plug' && devicesOf(g.home, 'switch', 'plug').length !== 1) return null;
    const on = rng.chance(0.5);
    const text = on
      ? oneOf(rng, `turn on the ${name}`, `switch the ${name} on`, `power on the ${name}`)
      : oneOf(rng, `turn off the ${name}`, `switch the ${name} off`, `power off the ${name}`);
    return one(
      whisper(text, rng),
      { actions: act([d], on ? 'turn_on' : 'turn_off') },
      anySpeaker(g.home, rng),
    );
  }),
  T('switch.tree', 'onoff.switch', (g, rng) => {
    const d = g.home.devices.find((x) => x.name === 'Christmas tree');
    if (!d || !nameIsUnique(g.home, d.name)) return null;
    const on = rng.chance(0.5);
    const text = on
      ? oneOf(
          rng,
          'turn the christmas tree on',
          'switch on the Christmas tree',
          'light up the christmas tree',
        )
      : oneOf(
          rng,
          'turn off the christmas tree',
          'christmas tree off',
          'unplug the christmas tree',
        );
    return one(text, { actions: act([d], on ? 'turn_on' : 'turn_off') }, anySpeaker(g.home, rng));
  }),
  T('appliance.start', 'onoff.appliance', (g, rng) => {
    const d = g.home.devices.find((x) => x.name === 'Tumble-dryer');
    if (!d) return null;
    const text = oneOf(
      rng,
      'start the tumble dryer',
      'start the dryer',
      'can you start the tumble-dryer',
    );
    return one(text, { actions: act([d], 'start') }, anySpeaker(g.home, rng));
  }),

  // ================================================================ fans
  T('fan.onoff', 'fan.onoff', (g, rng) => {
    const fan = onlyFan(g.home);
    if (!fan) return null;
    const on = rng.chance(0.5);
    const text = on
      ? oneOf(rng, 'turn the fan on', 'put the fan on', 'fan on please', 'switch on the fan')
      : oneOf(rng, 'turn the fan off', 'fan off', 'switch the fan off', 'stop the fan');
    return one(
      whisper(text, rng),
      { actions: act([fan], on ? 'turn_on' : 'turn_off') },
      anySpeaker(g.home, rng),
    );
  }),
  T('fan.named', 'fan.onoff', (g, rng) => {
    const d = pickNamed(g.home, 'fan', rng);
    if (!d) return null;
    const on = rng.chance(0.5);
    const n = theName(sayDevice(d, rng));
    const text = on ? `switch on ${n}` : `turn ${n} off`;
    return one(text, { actions: act([d], on ? 'turn_on' : 'turn_off') }, anySpeaker(g.home, rng));
  }),
  T('fan.room', 'fan.onoff', (g, rng) => {
    const fans = devicesOf(g.home, 'fan').filter(
      (f) => f.area && devicesOf(g.home, 'fan').filter((o) => o.area === f.area).length === 1,
    );
    if (!fans.length) return null;
    const fan = rng.pick(fans);
    const text = `turn on the fan in ${theArea(g.home, fan.area!, rng)}`;
    return one(text, { actions: act([fan], 'turn_on') }, anySpeaker(g.home, rng));
  }),
  T('fan.faster', 'fan.speed', (g, rng) => {
    const fan = onlyFan(g.home);
    if (!fan) return null;
    const text = oneOf(
      rng,
      'speed up the fan',
      'turn the fan up',
      'make the fan go faster',
      'fan up a bit',
      'can the fan go a little quicker',
    );
    return one(text, { actions: act([fan], 'change_speed', 10) }, anySpeaker(g.home, rng));
  }),
  T('fan.slower', 'fan.speed', (g, rng) => {
    const fan = onlyFan(g.home);
    if (!fan) return null;
    const text = oneOf(
      rng,
      'slow the fan down',
      'turn the fan down a bit',
      'the fan is too fast, turn it down',
      'fan down',
    );
    return one(text, { actions: act([fan], 'change_speed', -10) }, anySpeaker(g.home, rng));
  }),
  T('fan.set', 'fan.speed', (g, rng) => {
    const fan = onlyFan(g.home);
    if (!fan) return null;
    const pick = rng.pick([
      ['full', 100],
      ['half speed', 50],
      ['max', 100],
      [sayPercent(30, rng), 30],
    ] as const);
    const text = oneOf(
      rng,
      `put the fan on ${pick[0]}`,
      `set the fan to ${pick[0]}`,
      `fan to ${pick[0]}`,
    );
    return one(text, { actions: act([fan], 'set_speed', pick[1]) }, anySpeaker(g.home, rng));
  }),

  // ================================================================ brightness
  T('bright.absolute', 'brightness.absolute', (g, rng) => {
    const d = pickNamed(g.home, 'light', rng);
    if (!d) return null;
    const v = rng.pick([10, 20, 25, 30, 40, 60, 75, 80]);
    const n = lightName(d, rng);
    const text = oneOf(
      rng,
      `set ${n} to ${sayPercent(v, rng)}`,
      `${n} at ${sayPercent(v, rng)}`,
      `dim ${n} to ${sayPercent(v, rng)}`,
      `put ${n} on ${sayPercent(v, rng)}`,
      `${n} brightness ${sayNumber(v, rng)}`,
    );
    return one(
      whisper(text, rng),
      { actions: act([d], 'set_brightness', v) },
      anySpeaker(g.home, rng),
    );
  }),
  T('bright.half', 'brightness.absolute', (g, rng) => {
    const d = pickNamed(g.home, 'light', rng);
    if (!d) return null;
    const n = lightName(d, rng);
    const text = oneOf(
      rng,
      `${n} to half brightness`,
      `set ${n} to half`,
      `put ${n} at fifty percent`,
      `half brightness on ${n}`,
    );
    return one(text, { actions: act([d], 'set_brightness', 50) }, anySpeaker(g.home, rng));
  }),
  T('bright.full', 'brightness.absolute', (g, rng) => {
    const d = pickNamed(g.home, 'light', rng);
    if (!d) return null;
    const n = lightName(d, rng);
    const text = oneOf(
      rng,
      `${n} to full brightness`,
      `turn ${n} all the way up`,
      `make ${n} as bright as it goes`,
      `${n} on full`,
      `max out ${n}`,
    );
    return one(text, { actions: act([d], 'set_brightness', 100) }, anySpeaker(g.home, rng));
  }),
  T('bright.room', 'brightness.absolute', (g, rng) => {
    const area = roomWithLights(g, rng);
    if (!area) return null;
    const v = rng.pick([20, 30, 50, 70]);
    const room = theArea(g.home, area, rng);
    const text = oneOf(
      rng,
      `set the lights in ${room} to ${sayPercent(v, rng)}`,
      `dim ${room} lights to ${sayPercent(v, rng)}`,
    );
    return one(
      text,
      { actions: act(lightsIn(g, area), 'set_brightness', v) },
      anySpeaker(g.home, rng),
    );
  }),
  T('bright.here', 'brightness.absolute', (g, rng) => {
    const area = roomWithLights(g, rng);
    if (!area) return null;
    const v = rng.pick([10, 25, 40, 60]);
    const text = oneOf(
      rng,
      `lights to ${sayPercent(v, rng)}`,
      `set the lights in here to ${sayPercent(v, rng)}`,
      `dim the lights to ${sayNumber(v, rng)}`,
    );
    return one(text, { actions: act(lightsIn(g, area), 'set_brightness', v) }, area);
  }),
  T('bright.touch', 'brightness.relative', (g, rng) => {
    const d = pickNamed(g.home, 'light', rng);
    if (!d) return null;
    const n = lightName(d, rng);
    const text = oneOf(
      rng,
      `make ${n} a touch brighter`,
      `${n} a little brighter`,
      `turn ${n} up a bit`,
      `brighten ${n} slightly`,
      `bump ${n} up a little`,
    );
    return one(
      ask(text, rng),
      { actions: act([d], 'change_brightness', 10) },
      anySpeaker(g.home, rng),
    );
  }),
  T('bright.dimmer', 'brightness.relative', (g, rng) => {
    const d = pickNamed(g.home, 'light', rng);
    if (!d) return null;
    const n = lightName(d, rng);
    const text = oneOf(
      rng,
      `dim ${n} a bit`,
      `make ${n} a bit dimmer`,
      `turn ${n} down a little`,
      `${n} is too bright`,
      `tone ${n} down a touch`,
    );
    return one(text, { actions: act([d], 'change_brightness', -10) }, anySpeaker(g.home, rng));
  }),
  T('bright.byAmount', 'brightness.relative', (g, rng) => {
    const d = pickNamed(g.home, 'light', rng);
    if (!d) return null;
    const v = rng.pick([10, 20, 30]);
    const up = rng.chance(0.5);
    const n = lightName(d, rng);
    const text = up
      ? `turn ${n} up by ${sayPercent(v, rng)}`
      : `bring ${n} down by ${sayPercent(v, rng)}`;
    return one(
      text,
      { actions: act([d], 'change_brightness', up ? v : -v) },
      anySpeaker(g.home, rng),
    );
  }),
  T('bright.here.relative', 'brightness.relative', (g, rng) => {
    const area = roomWithLights(g, rng);
    if (!area) return null;
    const up = rng.chance(0.5);
    const text = up
      ? oneOf(
          rng,
          'brighten the lights in here',
          'lights a bit brighter',
          'brighter please',
          'turn the lights up a bit',
        )
      : oneOf(
          rng,
          'dim the lights a little',
          'lights down a bit',
          'the lights are too bright, turn them down',
          'a bit dimmer please',
        );
    return one(text, { actions: act(lightsIn(g, area), 'change_brightness', up ? 10 : -10) }, area);
  }),
  // ================================================================ colour, colour temperature
  T('colour.name', 'colour', (g, rng) => {
    const d = pickNamed(g.home, 'light', rng);
    if (!d) return null;
    const c = rng.pick(COLOURS.filter((x) => x !== 'white'));
    const n = lightName(d, rng);
    const text = oneOf(
      rng,
      `make ${n} ${c}`,
      `turn ${n} ${c}`,
      `set ${n} to ${c}`,
      `change ${n} to ${c}`,
      `can ${n} be ${c}`,
    );
    return one(whisper(text, rng), { actions: act([d], 'set_color', c) }, anySpeaker(g.home, rng));
  }),
  T('colour.british', 'colour', (g, rng) => {
    const d = pickNamed(g.home, 'light', rng);
    if (!d) return null;
    const c = rng.pick(['red', 'green', 'blue', 'purple']);
    const n = lightName(d, rng);
    const text = oneOf(
      rng,
      `change the colour of ${n} to ${c}`,
      `set the color of ${n} to ${c}`,
      `${n} colour ${c}`,
    );
    return one(text, { actions: act([d], 'set_color', c) }, anySpeaker(g.home, rng));
  }),
  T('colour.room', 'colour', (g, rng) => {
    const area = roomWithLights(g, rng);
    if (!area) return null;
    const c = rng.pick(['red', 'blue', 'pink', 'orange']);
    const text = oneOf(
      rng,
      `make the lights in ${theArea(g.home, area, rng)} ${c}`,
      `turn ${theArea(g.home, area, rng)} lights ${c}`,
    );
    return one(text, { actions: act(lightsIn(g, area), 'set_color', c) }, anySpeaker(g.home, rng));
  }),
  T('colour.warm', 'colour.temp', (g, rng) => {
    const d = pickNamed(g.home, 'light', rng);
    if (!d) return null;
    const n = lightName(d, rng);
    const text = oneOf(
      rng,
      `set ${n} to warm white`,
      `make ${n} warm white`,
      `${n} warm white please`,
      `turn ${n} to a warm white`,
    );
    return one(
      text,
      { actions: [{ device: d.id, command: 'set_color_temp', range: [1800, 3500] }] },
      anySpeaker(g.home, rng),
    );
  }),
  T('colour.cool', 'colour.temp', (g, rng) => {
    const d = pickNamed(g.home, 'light', rng);
    if (!d) return null;
    const n = lightName(d, rng);
    const text = oneOf(
      rng,
      `set ${n} to cool white`,
      `${n} to daylight white`,
      `make ${n} a cold white`,
    );
    return one(
      text,
      { actions: [{ device: d.id, command: 'set_color_temp', range: [4500, 7000] }] },
      anySpeaker(g.home, rng),
    );
  }),
  T('colour.kelvin', 'colour.temp', (g, rng) => {
    const d = pickNamed(g.home, 'light', rng);
    if (!d) return null;
    const k = rng.pick([2700, 3000, 4000, 5000]);
    const n = lightName(d, rng);
    const text = oneOf(
      rng,
      `set ${n} to ${k} kelvin`,
      `${n} colour temperature ${k}K`,
      `${n} to ${k} k`,
    );
    return one(text, { actions: act([d], 'set_color_temp', k) }, anySpeaker(g.home, rng));
  }),

  // ================================================================ climate
  T('climate.set', 'climate.set', (g, rng) => {
    const c = onlyClimate(g.home);
    if (!c) return null;
    const t = targetTemperature(g.home, rng);
    const what = rng.pick([
      'the heating',
      'the thermostat',
      'the temperature',
      theName(sayDevice(c, rng)),
    ]);
    const text = oneOf(
      rng,
      `set ${what} to ${sayNumber(t, rng)}`,
      `set ${what} to ${t} degrees`,
      `put ${what} on ${sayNumber(t, rng)}`,
      `can you set ${what} to ${numberWords(t)} degrees`,
      `${what} to ${t} please`,
    );
    return one(
      whisper(text, rng),
      { actions: act([c], 'set_temperature', t) },
      anySpeaker(g.home, rng),
    );
  }),
  T('climate.make', 'climate.set', (g, rng) => {
    // "in here" of the one heating of the home: it heats the speaker's room or the whole home.
    const c = onlyClimate(g.home);
    if (!c) return null;
    const speaker = c.area ?? anySpeaker(g.home, rng);
    const t = targetTemperature(g.home, rng);
    const text = oneOf(
      rng,
      `make it ${t} degrees in here`,
      `i want it ${sayNumber(t, rng)} degrees`,
      `heat the house to ${t}`,
      `warm the house up to ${sayNumber(t, rng)} degrees`,
    );
    return one(text, { actions: act([c], 'set_temperature', t) }, speaker);
  }),
  T('climate.otherUnit', 'climate.unit', (g, rng) => {
    const c = onlyClimate(g.home);
    if (!c) return null;
    if (g.home.unit === 'fahrenheit') {
      const cel = rng.pick([19, 20, 21, 22]);
      const f = Math.round((cel * 9) / 5 + 32);
      return one(
        `set the heating to ${cel} degrees celsius`,
        { actions: act([c], 'set_temperature', f) },
        anySpeaker(g.home, rng),
      );
    }
    const f = rng.pick([64, 66, 68, 70, 72]);
    const cel = Math.round(((f - 32) * 5) / 9);
    return one(
      `set the thermostat to ${f} fahrenheit`,
      { actions: act([c], 'set_temperature', cel) },
      anySpeaker(g.home, rng),
    );
  }),
  T('climate.radiator.room', 'climate.set', (g, rng) => {
    const rads = devicesOf(g.home, 'climate').filter(
      (d) => d.area && devicesOf(g.home, 'climate').filter((o) => o.area === d.area).length === 1,
    );
    if (rads.length < 2) return null;
    const d = rng.pick(rads);
    const t = targetTemperature(g.home, rng);
    const kind = /radiator/i.test(d.name)
      ? 'radiator'
      : /heater/i.test(d.name)
        ? 'heater'
        : 'heating';
    const text = oneOf(
      rng,
      `set the ${kind} in ${theArea(g.home, d.area!, rng)} to ${t}`,
      `turn ${theArea(g.home, d.area!, rng)} ${kind} to ${sayNumber(t, rng)} degrees`,
    );
    return one(text, { actions: act([d], 'set_temperature', t) }, anySpeaker(g.home, rng));
  }),
  T('climate.radiator.ambiguous', 'climate.ambiguous', (g, rng) => {
    const rads = devicesOf(g.home, 'climate').filter((d) => d.name === 'Radiator');
    if (rads.length < 2) return null;
    const free = g.home.areas
      .map((a) => a.id)
      .filter((a) => !devicesOf(g.home, 'climate').some((d) => d.area === a));
    if (!free.length) return null;
    const t = targetTemperature(g.home, rng);
    return one(`set the radiator to ${t}`, { clarify: ids(rads) }, rng.pick(free));
  }),
  T('climate.warmer', 'climate.relative', (g, rng) => {
    const c = onlyClimate(g.home);
    if (!c) return null;
    const text = oneOf(
      rng,
      'turn the heating up',
      'make it warmer',
      'can you warm the place up a bit',
      'bump the heat up',
      'heating up a notch',
      'turn up the thermostat',
    );
    return one(
      whisper(ask(text, rng), rng),
      { actions: act([c], 'change_temperature', 1) },
      anySpeaker(g.home, rng),
    );
  }),
  T('climate.cooler', 'climate.relative', (g, rng) => {
    const c = onlyClimate(g.home);
    if (!c) return null;
    const text = oneOf(
      rng,
      'turn the heating down',
      'make it a bit cooler',
      'knock the thermostat down a degree',
      'heating down a little',
      'lower the temperature',
    );
    return one(text, { actions: act([c], 'change_temperature', -1) }, anySpeaker(g.home, rng));
  }),
  T('climate.byDegrees', 'climate.relative', (g, rng) => {
    const c = onlyClimate(g.home);
    if (!c) return null;
    const n = rng.int(2, 3);
    const up = rng.chance(0.5);
    const text = up
      ? `turn the heating up by ${sayNumber(n, rng)} degrees`
      : `drop the temperature ${sayNumber(n, rng)} degrees`;
    return one(
      text,
      { actions: act([c], 'change_temperature', up ? n : -n) },
      anySpeaker(g.home, rng),
    );
  }),
  T('climate.here', 'climate.relative', (g, rng) => {
    const rads = devicesOf(g.home, 'climate').filter(
      (d) => d.area && devicesOf(g.home, 'climate').filter((o) => o.area === d.area).length === 1,
    );
    if (rads.length < 2) return null;
    const d = rng.pick(rads);
    const up = rng.chance(0.5);
    const text = up ? 'turn the heating up in here' : 'turn the heat down in here';
    return one(text, { actions: act([d], 'change_temperature', up ? 1 : -1) }, d.area);
  }),
  T('climate.mode', 'climate.mode', (g, rng) => {
    const c = onlyClimate(g.home);
    if (!c) return null;
    const [words, mode] = rng.pick([
      ['put the heating on auto', 'auto'],
      ['set the thermostat to automatic', 'auto'],
      ['switch the thermostat to cooling', 'cool'],
      ['set the heating to heat mode', 'heat'],
      ['put the air con on cool', 'cool'],
    ] as const);
    return one(words, { actions: act([c], 'set_mode', mode) }, anySpeaker(g.home, rng));
  }),
  T('climate.onoff', 'climate.mode', (g, rng) => {
    const c = onlyClimate(g.home);
    if (!c) return null;
    const text = oneOf(rng, 'turn the heating on', 'switch the heating on', 'put the heating on');
    return one(text, { actions: act([c], 'turn_on') }, anySpeaker(g.home, rng));
  }),

  // ================================================================ covers
  T('cover.room', 'cover.openclose', (g, rng) => {
    const c = pickRoomCovers(g, rng);
    if (!c) return null;
    const [area, covers, word] = c;
    const open = rng.chance(0.5);
    const room = theArea(g.home, area, rng);
    const text = open
      ? oneOf(
          rng,
          `open the ${word} in ${room}`,
          `open ${room} ${word}`,
          `pull up the ${word} in ${room}`,
        )
      : oneOf(
          rng,
          `close the ${word} in ${room}`,
          `shut ${room} ${word}`,
          `draw the ${word} in ${room}`,
        );
    if (text.startsWith('draw') && word !== 'curtains') return null;
    if (text.startsWith('pull up') && word === 'curtains') return null;
    return one(
      whisper(text, rng),
      { actions: act(covers, open ? 'open' : 'close') },
      anySpeaker(g.home, rng),
    );
  }),
  T('cover.here', 'cover.openclose', (g, rng) => {
    const c = pickRoomCovers(g, rng);
    if (!c) return null;
    const [area, covers, word] = c;
    const open = rng.chance(0.5);
    const text = open ? `open the ${word}` : `close the ${word} please`;
    return one(text, { actions: act(covers, open ? 'open' : 'close') }, area);
  }),
  T('cover.raiseLower', 'cover.openclose', (g, rng) => {
    const c = pickRoomCovers(g, rng);
    if (!c || c[2] === 'curtains') return null;
    const [area, covers, word] = c;
    // Raised all the way is open (set_position 100 says the same, so only lowering is asked).
    const room = theArea(g.home, area, rng);
    const text = oneOf(
      rng,
      `lower ${room} ${word} fully`,
      `put the ${word} in ${room} all the way down`,
    );
    return one(text, { actions: act(covers, 'close') }, anySpeaker(g.home, rng));
  }),
  T('cover.position', 'cover.position', (g, rng) => {
    const c = pickRoomCovers(g, rng);
    if (!c) return null;
    const [area, covers, word] = c;
    const v = rng.pick([20, 25, 30, 40, 60, 75]);
    const room = theArea(g.home, area, rng);
    const text = oneOf(
      rng,
      `set the ${word} in ${room} to ${sayPercent(v, rng)}`,
      `open ${room} ${word} to ${sayPercent(v, rng)}`,
    );
    return one(text, { actions: act(covers, 'set_position', v) }, anySpeaker(g.home, rng));
  }),
  T('cover.halfway', 'cover.position', (g, rng) => {
    const c = pickRoomCovers(g, rng);
    if (!c) return null;
    const [area, covers, word] = c;
    const room = theArea(g.home, area, rng);
    const text = oneOf(
      rng,
      `open the ${word} in ${room} halfway`,
      `${room} ${word} half open`,
      `put ${room} ${word} halfway`,
    );
    return one(text, { actions: act(covers, 'set_position', 50) }, anySpeaker(g.home, rng));
  }),
  T('cover.bitMore', 'cover.relative', (g, rng) => {
    const c = pickRoomCovers(g, rng);
    if (!c || c[2] === 'curtains') return null;
    const [area, covers, word] = c;
    const down = rng.chance(0.5);
    const room = theArea(g.home, area, rng);
    const text = down
      ? oneOf(
          rng,
          `lower the ${word} in ${room} a bit more`,
          `bring ${room} ${word} down a little`,
          `drop the ${word} in ${room} a bit`,
        )
      : oneOf(
          rng,
          `raise ${room} ${word} a bit`,
          `lift the ${word} in ${room} a little higher`,
          `${room} ${word} up a touch`,
        );
    return one(
      text,
      { actions: act(covers, 'change_position', down ? -10 : 10) },
      anySpeaker(g.home, rng),
    );
  }),
  T('cover.stop', 'cover.openclose', (g, rng) => {
    const c = pickRoomCovers(g, rng);
    if (!c) return null;
    const [area, covers, word] = c;
    return one(`stop the ${word}`, { actions: act(covers, 'stop') }, area);
  }),

  // ================================================================ garage door, locks
  T('garage.open', 'garage', (g, rng) => {
    const d = garageCover(g.home);
    if (!d) return null;
    const text = oneOf(
      rng,
      'open the garage door',
      'open the garage',
      'can you open the garage door please',
      'garage door up',
    );
    return one(whisper(text, rng), { actions: act([d], 'open') }, anySpeaker(g.home, rng));
  }),
  T('garage.close', 'garage', (g, rng) => {
    const d = garageCover(g.home);
    if (!d) return null;
    const text = oneOf(
      rng,
      'close the garage door',
      'shut the garage',
      'put the garage door down',
      'close the garage please',
    );
    return one(text, { actions: act([d], 'close') }, anySpeaker(g.home, rng));
  }),
  T('garage.isOpen', 'question.state', (g, rng) => {
    const d = garageCover(g.home) ?? onlySensor(g.home, 'garage_door');
    if (
      !d ||
      devicesOf(g.home, 'binary_sensor', 'garage_door').length +
        devicesOf(g.home, 'cover', 'garage').length !==
        1
    )
      return null;
    const text = oneOf(
      rng,
      'is the garage door open',
      'did i leave the garage open',
      'is the garage door shut',
      'is the garage closed',
    );
    return one(whisper(text, rng, true), { queries: [d.id] }, anySpeaker(g.home, rng));
  }),
  T('lock.front', 'lock', (g, rng) => {
    const d = lockNamed(g.home, 'front door');
    if (!d) return null;
    const text = oneOf(
      rng,
      'lock the front door',
      'front door lock',
      'can you lock the front door',
      'make sure the front door is locked',
      'lock up the front',
    );
    return one(
      whisper(ask(text, rng), rng),
      { actions: act([d], 'lock') },
      anySpeaker(g.home, rng),
    );
  }),
  T('lock.unlock', 'lock', (g, rng) => {
    const locks = devicesOf(g.home, 'lock');
    if (!locks.length) return null;
    const d = rng.pick(locks);
    const n = d.name.toLowerCase();
    const text = oneOf(
      rng,
      `unlock the ${n}`,
      `open the ${n} lock`,
      `unlock the ${n} please`,
      `let me in the ${n}`,
    );
    if (text.startsWith('let me')) return null;
    return one(text, { actions: act([d], 'unlock') }, anySpeaker(g.home, rng));
  }),
  T('lock.all', 'lock', (g, rng) => {
    const locks = devicesOf(g.home, 'lock');
    if (locks.length < 1) return null;
    const text = oneOf(
      rng,
      'lock all the doors',
      'lock every door',
      'lock up',
      'lock all the locks',
      'lock the doors',
    );
    return one(text, { actions: act(locks, 'lock') }, anySpeaker(g.home, rng));
  }),
  T('lock.isLocked', 'question.state', (g, rng) => {
    const locks = devicesOf(g.home, 'lock');
    if (!locks.length) return null;
    const d = rng.pick(locks);
    const n = d.name.toLowerCase();
    const text = oneOf(
      rng,
      `is the ${n} locked`,
      `did i lock the ${n}`,
      `have i left the ${n} unlocked`,
      `is the ${n} unlocked`,
    );
    return one(whisper(text, rng, true), { queries: [d.id] }, anySpeaker(g.home, rng));
  }),
  T('lock.backOpen', 'question.state', (g, rng) => {
    // "is the back door open" of a door that is only a lock: its state is what can be told.
    const d = lockNamed(g.home, 'back door');
    if (!d) return null;
    const text = oneOf(rng, 'is the back door open', 'is the back door shut');
    return one(text, { queries: [d.id] }, anySpeaker(g.home, rng));
  }),
  T('lock.whichUnlocked', 'question.group', (g, rng) => {
    const locks = devicesOf(g.home, 'lock');
    if (locks.length < 2 || sensors(g.home, 'lock').length) return null;
    const text = oneOf(
      rng,
      'which doors are unlocked',
      'are all the doors locked',
      'is any door unlocked',
      'have i locked all the doors',
    );
    return one(whisper(text, rng, true), { queries: ids(locks) }, anySpeaker(g.home, rng));
  }),

  // ================================================================ media
  T('media.pause', 'media', (g, rng) => {
    const tv = onlyTv(g.home);
    if (!tv) return null;
    const text = oneOf(
      rng,
      'pause the tv',
      'pause the telly',
      'hold on, pause the television',
      'tv pause',
      'pause the TV please',
    );
    return one(text, { actions: act([tv], 'pause') }, anySpeaker(g.home, rng));
  }),
  T('media.play', 'media', (g, rng) => {
    const tv = onlyTv(g.home);
    if (!tv) return null;
    const text = oneOf(
      rng,
      'resume the tv',
      'play the tv again',
      'unpause the TV',
      'carry on playing on the telly',
    );
    return one(text, { actions: act([tv], 'play') }, anySpeaker(g.home, rng));
  }),
  T('media.volumeUp', 'media', (g, rng) => {
    const tv = onlyTv(g.home);
    if (!tv) return null;
    const up = rng.chance(0.5);
    const text = up
      ? oneOf(
          rng,
          'turn the tv up',
          'turn up the volume on the tv',
          'tv louder',
          'make the telly louder',
          "i can't hear the tv, turn it up",
        )
      : oneOf(
          rng,
          'turn the tv down',
          'tv quieter please',
          'turn the volume down on the television',
          'the tv is too loud',
        );
    return one(
      whisper(text, rng),
      { actions: act([tv], 'change_volume', up ? 5 : -5) },
      anySpeaker(g.home, rng),
    );
  }),
  T('media.volumeSet', 'media', (g, rng) => {
    const players = media(g.home).filter((d) => nameIsUnique(g.home, d.name));
    if (!players.length) return null;
    const d = rng.pick(players);
    const v = rng.pick([10, 20, 25, 30, 40, 50]);
    const n = d.name.toLowerCase();
    const text = oneOf(
      rng,
      `set the ${n} volume to ${sayNumber(v, rng)}`,
      `${n} volume ${v}`,
      `volume on the ${n} to ${sayPercent(v, rng)}`,
    );
    return one(text, { actions: act([d], 'set_volume', v) }, anySpeaker(g.home, rng));
  }),
  T('media.next', 'media', (g, rng) => {
    const sp = devicesOf(g.home, 'media_player', 'speaker').filter(
      (d) => d.name === 'Kitchen speaker',
    );
    if (sp.length !== 1) return null;
    const text = oneOf(
      rng,
      'skip this song on the kitchen speaker',
      'next track on the kitchen speaker',
      'kitchen speaker, next song',
      'play the next song on the kitchen speaker',
    );
    return one(text, { actions: act(sp, 'next') }, anySpeaker(g.home, rng));
  }),
  T('media.onlyPlayer', 'media', (g, rng) => {
    const all = media(g.home);
    if (all.length !== 1 || all[0]!.class !== 'speaker') return null;
    const [cmd, text] = rng.pick([
      ['next', 'skip this song'],
      ['next', 'next track'],
      ['previous', 'go back a song'],
      ['pause', 'pause the music'],
      ['previous', 'previous track please'],
    ] as const);
    return one(text, { actions: act(all, cmd) }, anySpeaker(g.home, rng));
  }),
  T('media.tvOff', 'media', (g, rng) => {
    const tv = onlyTv(g.home);
    if (!tv) return null;
    const on = rng.chance(0.5);
    const text = on
      ? oneOf(rng, 'turn the tv on', 'switch on the telly', 'put the television on')
      : oneOf(rng, 'turn off the tv', 'switch the telly off', 'tv off');
    return one(text, { actions: act([tv], on ? 'turn_on' : 'turn_off') }, anySpeaker(g.home, rng));
  }),
  // ================================================================ vacuum
  T('vacuum.start', 'vacuum', (g, rng) => {
    const v = onlyVacuum(g.home);
    if (!v) return null;
    const n = v.name.toLowerCase();
    const text = oneOf(
      rng,
      `start the ${n}`,
      `send the ${n} out`,
      `run the ${n}`,
      'vacuum the house',
      'start vacuuming',
      `get the ${n} going`,
      'hoover the floors',
    );
    return one(
      whisper(ask(text, rng), rng),
      { actions: act([v], 'start') },
      anySpeaker(g.home, rng),
    );
  }),
  T('vacuum.stop', 'vacuum', (g, rng) => {
    const v = onlyVacuum(g.home);
    if (!v) return null;
    const n = v.name.toLowerCase();
    const text = oneOf(rng, `stop the ${n}`, 'stop vacuuming', `pause the ${n}`, `${n} stop`);
    if (text.startsWith('pause')) return null;
    return one(text, { actions: act([v], 'stop') }, anySpeaker(g.home, rng));
  }),
  T('vacuum.dock', 'vacuum', (g, rng) => {
    const v = onlyVacuum(g.home);
    if (!v) return null;
    const n = v.name.toLowerCase();
    const text = oneOf(
      rng,
      `send the ${n} home`,
      `send the ${n} back to its dock`,
      `${n}, go back to base`,
      `return the ${n} to the charger`,
      `dock the ${n}`,
    );
    return one(text, { actions: act([v], 'return_home') }, anySpeaker(g.home, rng));
  }),

  // ================================================================ scenes
  T('scene.activate', 'scene', (g, rng) => {
    const scenes = g.home.scenes.filter(
      (s) =>
        !g.meta.scenesNamedLikeDevices.some(([id]) => id === s.id) && nameIsUnique(g.home, s.name),
    );
    if (!scenes.length) return null;
    const s = rng.pick(scenes);
    const n = s.name.toLowerCase();
    const text = oneOf(
      rng,
      `activate ${n}`,
      `turn on the ${n} scene`,
      `set the ${n} scene`,
      `${n} scene please`,
      `run ${n}`,
      `start ${n} mode`,
    );
    if (text.endsWith('mode') && n.endsWith('mode')) return null;
    return one(
      whisper(text, rng),
      { actions: [{ device: s.id, command: 'activate' }] },
      anySpeaker(g.home, rng),
    );
  }),
  T('scene.cinema', 'scene', (g, rng) => {
    const s = g.home.scenes.find((x) => x.aliases.includes('cinema mode'));
    if (!s) return null;
    const text = oneOf(
      rng,
      'cinema mode',
      'switch to cinema mode',
      "let's have movie night",
      'movie night please',
      'put on cinema mode',
    );
    return one(text, { actions: [{ device: s.id, command: 'activate' }] }, anySpeaker(g.home, rng));
  }),
  T('scene.likeDevice', 'scene', (g, rng) => {
    // "the X scene" where X is also a light: the word "scene" picks the scene.
    if (!g.meta.scenesNamedLikeDevices.length) return null;
    const [sid] = rng.pick(g.meta.scenesNamedLikeDevices);
    const s = g.home.scenes.find((x) => x.id === sid)!;
    const text = oneOf(
      rng,
      `activate the ${s.name.toLowerCase()} scene`,
      `run the ${s.name.toLowerCase()} scene`,
    );
    return one(text, { actions: [{ device: s.id, command: 'activate' }] }, anySpeaker(g.home, rng));
  }),

  // ================================================================ timers
  T('timer.minutes', 'timer.set', (_g, rng) => {
    const m = rng.pick([2, 3, 5, 10, 12, 15, 20, 25, 30, 45]);
    const text = oneOf(
      rng,
      `set a timer for ${sayNumber(m, rng)} minutes`,
      `timer ${sayNumber(m, rng)} minutes`,
      `${m} minute timer`,
      `start a ${sayNumber(m, rng)} minute timer`,
      `can you time ${sayNumber(m, rng)} minutes`,
      `set a ${m}-minute timer please`,
    );
    return one(whisper(text, rng), { timers: [{ op: 'start', seconds: m * 60 }] });
  }),
  T('timer.seconds', 'timer.set', (_g, rng) => {
    const s = rng.pick([30, 45, 90]);
    const text =
      s === 90
        ? oneOf(
            rng,
            'set a timer for a minute and a half',
            'timer for one and a half minutes',
            'set a timer for 90 seconds',
          )
        : `set a timer for ${sayNumber(s, rng)} seconds`;
    return one(text, { timers: [{ op: 'start', seconds: s }] });
  }),
  T('timer.hours', 'timer.set', (_g, rng) => {
    const [words, s] = rng.pick([
      ['an hour', 3600],
      ['one hour', 3600],
      ['an hour and a half', 5400],
      ['two hours', 7200],
      ['half an hour', 1800],
      ['a quarter of an hour', 900],
      ['1 hour 15 minutes', 4500],
      ['2 and a half hours', 9000],
    ] as const);
    return one(`set a timer for ${words}`, { timers: [{ op: 'start', seconds: s }] });
  }),
  T('timer.named', 'timer.set', (_g, rng) => {
    const name = rng.pick(['pasta', 'egg', 'pizza', 'laundry', 'oven', 'tea']);
    const m = rng.pick([4, 8, 10, 12, 20]);
    const text = oneOf(
      rng,
      `set ${/^[aeiou]/.test(name) ? 'an' : 'a'} ${name} timer for ${sayNumber(m, rng)} minutes`,
      `start a ${m} minute timer called ${name}`,
      `set a timer for ${m} minutes named ${name}`,
      `${name} timer, ${sayNumber(m, rng)} minutes`,
    );
    return one(text, { timers: [{ op: 'start', seconds: m * 60, name }] });
  }),
  T('timer.namedFor', 'timer.set', (_g, rng) => {
    const name = rng.pick(['potatoes', 'rice', 'cake', 'bread']);
    const m = rng.pick([10, 15, 20, 35]);
    return one(`set a ${sayNumber(m, rng)} minute timer for the ${name}`, {
      timers: [{ op: 'start', seconds: m * 60, name }],
    });
  }),
  T('timer.add', 'timer.adjust', (_g, rng) => {
    const m = rng.pick([1, 2, 5]);
    const words =
      m === 1
        ? rng.pick(['a minute', 'one more minute', 'another minute'])
        : `${sayNumber(m, rng)} minutes`;
    const text = oneOf(rng, `add ${words} to the timer`, `give the timer ${words} more`);
    return one(text, { timers: [{ op: 'add', seconds: m * 60 }] });
  }),
  T('timer.remove', 'timer.adjust', (_g, rng) => {
    const m = rng.pick([1, 2, 5]);
    const words = m === 1 ? 'a minute' : `${sayNumber(m, rng)} minutes`;
    const text = oneOf(
      rng,
      `take ${words} off the timer`,
      `remove ${words} from the timer`,
      `knock ${words} off the timer`,
    );
    return one(text, { timers: [{ op: 'remove', seconds: m * 60 }] });
  }),
  T('timer.status', 'timer.query', (_g, rng) => {
    const text = oneOf(
      rng,
      'how long is left on the timer',
      "how much time's left",
      'how long left on my timer',
      'how much longer on the timer',
      "what's the timer at",
    );
    return one(whisper(text, rng, true), { timers: [{ op: 'status' }] });
  }),
  T('timer.statusNamed', 'timer.query', (_g, rng) => {
    const name = rng.pick(['pasta', 'egg', 'pizza']);
    const text = oneOf(
      rng,
      `how long is left on the ${name} timer`,
      `how much time is left on the ${name} timer`,
      `is the ${name} timer nearly done`,
    );
    return one(text, { timers: [{ op: 'status', name }] });
  }),
  T('timer.cancel', 'timer.cancel', (_g, rng) => {
    const text = oneOf(
      rng,
      'cancel the timer',
      'stop the timer',
      'get rid of the timer',
      'turn off the timer',
      'never mind the timer, cancel it',
    );
    return one(whisper(text, rng), { timers: [{ op: 'cancel' }] });
  }),
  T('timer.cancelNamed', 'timer.cancel', (_g, rng) => {
    const name = rng.pick(['pasta', 'egg', 'oven']);
    return one(oneOf(rng, `cancel the ${name} timer`, `stop the ${name} timer`), {
      timers: [{ op: 'cancel', name }],
    });
  }),
  T('timer.cancelAll', 'timer.cancel', (_g, rng) => {
    const text = oneOf(
      rng,
      'cancel all the timers',
      'cancel all my timers',
      'clear all timers',
      'stop every timer',
    );
    return one(text, { timers: [{ op: 'cancel_all' }] });
  }),
  T('timer.pause', 'timer.adjust', (_g, rng) => {
    const pause = rng.chance(0.5);
    const text = pause
      ? oneOf(rng, 'pause the timer', 'hold the timer')
      : oneOf(rng, 'resume the timer', 'restart the paused timer', 'unpause the timer');
    if (text === 'restart the paused timer') return null;
    return one(text, { timers: [{ op: pause ? 'pause' : 'resume' }] });
  }),

  // ================================================================ single-state questions
  T('q.lightOn', 'question.state', (g, rng) => {
    const d = pickNamed(g.home, 'light', rng);
    if (!d) return null;
    const n = lightName(d, rng);
    const text = oneOf(rng, `is ${n} on`, `is ${n} still on`, `did i leave ${n} on`, `is ${n} off`);
    return one(whisper(text, rng, true), { queries: [d.id] }, anySpeaker(g.home, rng));
  }),
  T('q.switchOn', 'question.state', (g, rng) => {
    const d = pickNamed(g.home, 'switch', rng);
    if (!d) return null;
    const name = d.name === 'Wi-Fi plug' ? 'wifi plug' : d.name.toLowerCase();
    return one(
      oneOf(rng, `is the ${name} on`, `is the ${name} switched on`),
      { queries: [d.id] },
      anySpeaker(g.home, rng),
    );
  }),
  T('q.window', 'question.state', (g, rng) => {
    const rooms = g.home.areas
      .map((a) => a.id)
      .filter((a) => sensors(g.home, 'window').filter((d) => d.area === a).length === 1);
    if (!rooms.length) return null;
    const area = rng.pick(rooms);
    const d = sensors(g.home, 'window').find((x) => x.area === area)!;
    const room = theArea(g.home, area, rng);
    const text = oneOf(
      rng,
      `is the window in ${room} open`,
      `is ${room} window open`,
      `did i leave the window open in ${room}`,
      `is the ${sayArea(g.home, area, rng)} window shut`,
    );
    if (text.includes("'s room window") && text.startsWith('is the')) return null;
    return one(text, { queries: [d.id] }, anySpeaker(g.home, rng));
  }),
  T('q.doorSensor', 'question.state', (g, rng) => {
    const doors = sensors(g.home, 'door').filter((d) => nameIsUnique(g.home, d.name));
    if (!doors.length) return null;
    const d = rng.pick(doors);
    const n = d.name.toLowerCase();
    const text = oneOf(
      rng,
      `is the ${n} open`,
      `is the ${n} closed`,
      `has someone left the ${n} open`,
    );
    return one(whisper(text, rng, true), { queries: [d.id] }, anySpeaker(g.home, rng));
  }),
  T('q.temperatureRoom', 'question.temperature', (g, rng) => {
    const r = tempSensorRoom(g, rng);
    if (!r) return null;
    const [area, devs] = r;
    const room = theArea(g.home, area, rng);
    const text = oneOf(
      rng,
      `what's the temperature in ${room}`,
      `how warm is it in ${room}`,
      `how cold is ${room}`,
      `what temperature is it in ${room}`,
      `how hot is it in ${room}`,
    );
    return one(whisper(text, rng, true), { queries: ids(devs) }, anySpeaker(g.home, rng));
  }),
  T('q.temperatureHere', 'question.temperature', (g, rng) => {
    const r = tempSensorRoom(g, rng);
    if (!r) return null;
    const [area, devs] = r;
    const text = oneOf(
      rng,
      "what's the temperature in here",
      'how warm is it in here',
      'how cold is it in here',
    );
    return one(text, { queries: ids(devs) }, area);
  }),
  T('q.humidity', 'question.temperature', (g, rng) => {
    const h = devicesOf(g.home, 'sensor', 'humidity');
    if (h.length !== 1) return null;
    const text = oneOf(
      rng,
      "what's the humidity in the bathroom",
      'how humid is the bathroom',
      'how humid is it in the bathroom',
    );
    return one(text, { queries: ids(h) }, anySpeaker(g.home, rng));
  }),
  T('q.thermostat', 'question.temperature', (g, rng) => {
    const c = onlyClimate(g.home);
    if (!c) return null;
    const text = oneOf(
      rng,
      'what is the heating set to',
      'what temperature is the thermostat on',
      'what have i set the heating to',
    );
    return one(text, { queries: [c.id] }, anySpeaker(g.home, rng));
  }),
  T('q.fanOn', 'question.state', (g, rng) => {
    const fan = onlyFan(g.home);
    if (!fan) return null;
    return one(
      oneOf(rng, 'is the fan on', 'is the fan running', 'is the fan still going'),
      { queries: [fan.id] },
      anySpeaker(g.home, rng),
    );
  }),
  T('q.tvOn', 'question.state', (g, rng) => {
    const tv = onlyTv(g.home);
    if (!tv) return null;
    return one(
      oneOf(rng, 'is the tv on', 'is the telly still on', 'did someone leave the TV on'),
      { queries: [tv.id] },
      anySpeaker(g.home, rng),
    );
  }),
  T('q.blindsOpen', 'question.state', (g, rng) => {
    const c = pickRoomCovers(g, rng);
    if (!c) return null;
    const [area, covers, word] = c;
    return one(
      `are the ${word} in ${theArea(g.home, area, rng)} open`,
      { queries: ids(covers) },
      anySpeaker(g.home, rng),
    );
  }),

  // ================================================================ group questions
  T('g.lightsOnHome', 'question.group', (g, rng) => {
    const text = oneOf(
      rng,
      'how many lights are on in the house',
      'are any lights on in the house',
      'which lights are on in the house',
      'have i left any lights on anywhere',
      'what lights are still on in the house',
    );
    return one(whisper(text, rng, true), { queries: ids(allLights(g)) }, anySpeaker(g.home, rng));
  }),
  T('g.lightsOnFloor', 'question.group', (g, rng) => {
    const f = floorPhrase(g, rng);
    if (!f) return null;
    const lights = lightsOnFloor(g, f[0]);
    if (!lights.length) return null;
    const text = oneOf(
      rng,
      `are any lights on ${f[1]}`,
      `how many lights are on ${f[1]}`,
      `which lights are on ${f[1]}`,
      `is anything still on ${f[1]}`,
    );
    if (text.startsWith('is anything')) return null;
    return one(text, { queries: ids(lights) }, anySpeaker(g.home, rng));
  }),
  T('g.lightsOnRoom', 'question.group', (g, rng) => {
    const area = roomWithLights(g, rng, 2);
    if (!area) return null;
    const text = oneOf(
      rng,
      `which lights are on in ${theArea(g.home, area, rng)}`,
      `are the ${sayArea(g.home, area, rng)} lights on`,
      `how many lights are on in ${theArea(g.home, area, rng)}`,
    );
    if (/'s room lights/.test(text) && text.startsWith('are the')) return null;
    return one(text, { queries: ids(lightsIn(g, area)) }, anySpeaker(g.home, rng));
  }),
  T('g.windowsShut', 'question.group', (g, rng) => {
    const w = sensors(g.home, 'window');
    if (w.length < 2) return null;
    const text = oneOf(
      rng,
      'are all the windows shut',
      'are any windows open',
      'is there a window open',
      'how many windows are open',
      'which windows are open',
      'are all the windows closed',
    );
    return one(whisper(text, rng, true), { queries: ids(w) }, anySpeaker(g.home, rng));
  }),
  T('g.windowsUpstairs', 'question.group', (g, rng) => {
    const f = floorPhrase(g, rng);
    if (!f) return null;
    const areas = g.meta.areasByFloor[f[0]] ?? [];
    const w = sensors(g.home, 'window').filter((d) => d.area && areas.includes(d.area));
    if (!w.length) return null;
    const text = oneOf(rng, `are any windows open ${f[1]}`, `are the windows ${f[1]} all closed`);
    return one(text, { queries: ids(w) }, anySpeaker(g.home, rng));
  }),
  T('g.leak', 'question.class', (g, rng) => {
    const m = sensors(g.home, 'moisture');
    if (!m.length) return null;
    const text = oneOf(
      rng,
      'is anything leaking',
      'are there any leaks',
      'is there water anywhere',
      'any leaks in the house',
      'is the floor wet anywhere',
      'have any of the water sensors detected anything',
    );
    return one(whisper(text, rng, true), { queries: ids(m) }, anySpeaker(g.home, rng));
  }),
  T('g.leakKitchen', 'question.class', (g, rng) => {
    const m = sensors(g.home, 'moisture').filter((d) => d.area === 'kitchen');
    if (m.length !== 1) return null;
    const text = oneOf(
      rng,
      'is there a leak under the kitchen sink',
      'is the kitchen floor wet',
      'is there any water in the kitchen',
    );
    return one(text, { queries: ids(m) }, anySpeaker(g.home, rng));
  }),
  T('g.smoke', 'question.class', (g, rng) => {
    const s = sensors(g.home, 'smoke');
    if (!s.length) return null;
    const text = oneOf(
      rng,
      'is there any smoke',
      'is anything on fire',
      'are the smoke alarms ok',
      s.length === 1 ? 'has the smoke alarm gone off' : 'have any of the smoke alarms gone off',
      'is there a fire',
    );
    if (s.length === 1 && text.includes('alarms')) return null;
    return one(text, { queries: ids(s) }, anySpeaker(g.home, rng));
  }),
  T('g.co', 'question.class', (g, rng) => {
    const s = sensors(g.home, 'carbon_monoxide');
    if (!s.length) return null;
    return one(
      oneOf(
        rng,
        'is there any carbon monoxide',
        'any CO detected',
        'is the carbon monoxide level ok',
      ),
      { queries: ids(s) },
      anySpeaker(g.home, rng),
    );
  }),
  T('g.gas', 'question.class', (g, rng) => {
    const s = sensors(g.home, 'gas');
    if (!s.length) return null;
    return one(
      oneOf(
        rng,
        'is there a gas leak',
        'has the gas detector gone off',
        'is gas detected',
        'any gas in the kitchen',
      ),
      { queries: ids(s) },
      anySpeaker(g.home, rng),
    );
  }),
  T('g.batteries', 'question.class', (g, rng) => {
    const b = sensors(g.home, 'battery');
    if (!b.length) return null;
    const text = oneOf(
      rng,
      'do any batteries need changing',
      'are any batteries low',
      'which sensors have low batteries',
      'does anything need a new battery',
      'how are the batteries',
    );
    return one(whisper(text, rng, true), { queries: ids(b) }, anySpeaker(g.home, rng));
  }),
  T('g.someoneRoom', 'question.class', (g, rng) => {
    const rooms = g.home.areas
      .map((a) => a.id)
      .filter((a) => sensors(g.home, 'motion', 'occupancy').some((d) => d.area === a));
    if (!rooms.length) return null;
    const area = rng.pick(rooms);
    const room = theArea(g.home, area, rng);
    const text = oneOf(
      rng,
      `is anyone in ${room}`,
      `is there somebody in ${room}`,
      `is there any movement in ${room}`,
      `is ${room} empty`,
      `is someone in ${room} right now`,
    );
    return one(
      text,
      { queries: ids(sensors(g.home, 'motion', 'occupancy').filter((d) => d.area === area)) },
      anySpeaker(g.home, rng),
    );
  }),
  T('g.whoHome', 'question.class', (g, rng) => {
    const p = sensors(g.home, 'presence');
    if (!p.length) return null;
    const text = oneOf(
      rng,
      "who's home",
      'who is at home',
      'is anybody home',
      'who is in the house right now',
    );
    if (text === 'is anybody home' && sensors(g.home, 'motion', 'occupancy').length) return null;
    return one(text, { queries: ids(p) }, anySpeaker(g.home, rng));
  }),
  T('g.personHome', 'question.class', (g, rng) => {
    const p = sensors(g.home, 'presence');
    if (!p.length) return null;
    const d = rng.pick(p);
    const text = oneOf(
      rng,
      `is ${d.name} home`,
      `is ${d.name.toLowerCase()} home yet`,
      `is ${d.name} in`,
      `has ${d.name.toLowerCase()} left`,
    );
    return one(whisper(text, rng, true), { queries: [d.id] }, anySpeaker(g.home, rng));
  }),
  T('c.frost', 'question.class', (g, rng) => {
    const d = onlySensor(g.home, 'cold');
    if (!d) return null;
    return one(
      oneOf(rng, 'is it frosty outside', 'is there frost', 'is it freezing out'),
      { queries: [d.id] },
      anySpeaker(g.home, rng),
    );
  }),
  T('c.heat', 'question.class', (g, rng) => {
    const d = onlySensor(g.home, 'heat');
    if (!d) return null;
    return one(
      oneOf(
        rng,
        'is the heat alarm going off',
        'is anything overheating',
        'has the heat alarm been triggered',
      ),
      { queries: [d.id] },
      anySpeaker(g.home, rng),
    );
  }),
  T('c.broadband', 'question.class', (g, rng) => {
    const d = onlySensor(g.home, 'connectivity');
    if (!d) return null;
    return one(
      oneOf(
        rng,
        'is the broadband working',
        'is the broadband connected',
        'is the broadband online',
        'is the broadband down',
      ),
      { queries: [d.id] },
      anySpeaker(g.home, rng),
    );
  }),
  T('c.charging', 'question.class', (g, rng) => {
    const d = onlySensor(g.home, 'battery_charging');
    if (!d) return null;
    const n = d.name.toLowerCase();
    return one(
      oneOf(rng, `is the ${n} charging`, `is the ${n} on charge`, `has the ${n} stopped charging`),
      { queries: [d.id] },
      anySpeaker(g.home, rng),
    );
  }),
  T('c.plug', 'question.class', (g, rng) => {
    const d = onlySensor(g.home, 'plug');
    if (!d) return null;
    const n = d.name.toLowerCase();
    return one(
      oneOf(rng, `is the ${n} plugged in`, `is the car plugged in`, `is the ${n} connected`),
      { queries: [d.id] },
      anySpeaker(g.home, rng),
    );
  }),
  T('c.power', 'question.class', (g, rng) => {
    const d = onlySensor(g.home, 'power');
    if (!d) return null;
    const n = d.name.toLowerCase();
    return one(
      oneOf(rng, `is the ${n} getting power`, `is the ${n} powered`, `has the ${n} lost power`),
      { queries: [d.id] },
      anySpeaker(g.home, rng),
    );
  }),
  T('c.problem', 'question.class', (g, rng) => {
    const d = onlySensor(g.home, 'problem');
    if (!d) return null;
    const n = d.name.toLowerCase();
    return one(
      oneOf(
        rng,
        `is there a problem with the ${n}`,
        `is the ${n} ok`,
        `is the ${n} reporting a fault`,
      ),
      { queries: [d.id] },
      anySpeaker(g.home, rng),
    );
  }),
  T('c.tamper', 'question.class', (g, rng) => {
    const d = onlySensor(g.home, 'tamper');
    if (!d) return null;
    const n = d.name.toLowerCase();
    return one(
      oneOf(rng, `has anyone tampered with the ${n}`, `has the ${n} been tampered with`),
      { queries: [d.id] },
      anySpeaker(g.home, rng),
    );
  }),
  T('c.safety', 'question.class', (g, rng) => {
    const d = onlySensor(g.home, 'safety');
    if (!d) return null;
    const n = d.name.toLowerCase();
    return one(
      oneOf(rng, `is the ${n} safe`, `is the ${n} secure`, `is the ${n} ok`),
      { queries: [d.id] },
      anySpeaker(g.home, rng),
    );
  }),
  T('c.sound', 'question.class', (g, rng) => {
    const d = onlySensor(g.home, 'sound');
    if (!d) return null;
    const room = d.area ? theArea(g.home, d.area, rng) : undefined;
    const text = oneOf(
      rng,
      `is the ${d.name.toLowerCase()} picking up any sound`,
      ...(room ? [`is there any noise in ${room}`, `is it quiet in ${room}`] : []),
    );
    return one(text, { queries: [d.id] }, anySpeaker(g.home, rng));
  }),
  T('c.update', 'question.class', (g, rng) => {
    const d = onlySensor(g.home, 'update');
    if (!d) return null;
    return one(
      oneOf(
        rng,
        'is there an update for the router',
        'does the router firmware need updating',
        'is the router firmware up to date',
      ),
      { queries: [d.id] },
      anySpeaker(g.home, rng),
    );
  }),
  T('c.updatesAny', 'question.class', (g, rng) => {
    const u = sensors(g.home, 'update');
    if (!u.length) return null;
    return one(
      oneOf(rng, 'are there any updates available', 'does anything need updating'),
      { queries: ids(u) },
      anySpeaker(g.home, rng),
    );
  }),
  T('c.vibration', 'question.class', (g, rng) => {
    const d = onlySensor(g.home, 'vibration');
    if (!d || !nameIsUnique(g.home, d.name)) return null;
    const n = d.name.toLowerCase();
    return one(
      oneOf(
        rng,
        `is the ${n} still going`,
        `has the ${n} finished`,
        `is the ${n} running`,
        `is the ${n} done yet`,
      ),
      { queries: [d.id] },
      anySpeaker(g.home, rng),
    );
  }),
  T('c.running', 'question.class', (g, rng) => {
    const d = onlySensor(g.home, 'running');
    if (!d || !nameIsUnique(g.home, d.name)) return null;
    const n = d.name.toLowerCase();
    return one(
      oneOf(
        rng,
        `is the ${n} running`,
        `has the ${n} finished`,
        `is the ${n} still on`,
        `is the ${n} done`,
      ),
      { queries: [d.id] },
      anySpeaker(g.home, rng),
    );
  }),
  T('c.opening', 'question.class', (g, rng) => {
    const d = onlySensor(g.home, 'opening');
    if (!d) return null;
    const n = d.name.toLowerCase();
    return one(
      oneOf(rng, `is the ${n} open`, `is the ${n} shut`, `did someone leave the ${n} open`),
      { queries: [d.id] },
      anySpeaker(g.home, rng),
    );
  }),
  T('c.moving', 'question.class', (g, rng) => {
    const d = onlySensor(g.home, 'moving');
    if (!d) return null;
    const n = d.name.toLowerCase();
    return one(
      oneOf(rng, `is the ${n} moving`, `is the ${n} still moving`),
      { queries: [d.id] },
      anySpeaker(g.home, rng),
    );
  }),
  T('c.lockSensor', 'question.class', (g, rng) => {
    const d = onlySensor(g.home, 'lock');
    if (!d) return null;
    return one(
      oneOf(rng, 'is the shed locked', 'is the shed lock locked', 'did i lock the shed'),
      { queries: [d.id] },
      anySpeaker(g.home, rng),
    );
  }),
  T('c.daylight', 'question.class', (g, rng) => {
    const d = onlySensor(g.home, 'light');
    if (!d) return null;
    return one(
      oneOf(
        rng,
        'is it dark outside yet',
        'is it still light out',
        'is it daylight',
        'has it got dark',
      ),
      { queries: [d.id] },
      anySpeaker(g.home, rng),
    );
  }),

  // ================================================================ compound commands
  T('multi.twoRooms', 'multi', (g, rng) => {
    const rooms = g.home.areas.map((a) => a.id).filter((a) => lightsIn(g, a).length);
    if (rooms.length < 2) return null;
    const [a, b] = rng.sample(rooms, 2);
    const text = oneOf(
      rng,
      `turn off the lights in ${theArea(g.home, a!, rng)} and ${theArea(g.home, b!, rng)}`,
      `switch off ${theArea(g.home, a!, rng)} and ${theArea(g.home, b!, rng)} lights`,
    );
    return one(
      text,
      { actions: act([...lightsIn(g, a!), ...lightsIn(g, b!)], 'turn_off') },
      anySpeaker(g.home, rng),
    );
  }),
  T('multi.lockAndLights', 'multi', (g, rng) => {
    const d = lockNamed(g.home, 'front door');
    if (!d) return null;
    const text = oneOf(
      rng,
      'lock the front door and turn off all the lights',
      'turn all the lights off and lock the front door',
      "i'm going to bed, lock the front door and switch off all the lights",
    );
    return one(
      text,
      { actions: [...act([d], 'lock'), ...act(allLights(g), 'turn_off')] },
      anySpeaker(g.home, rng),
    );
  }),
  T('multi.onAndOff', 'multi', (g, rng) => {
    const pair = twoNamedLights(g.home, rng);
    if (!pair) return null;
    const [a, b] = pair;
    const text = oneOf(
      rng,
      `turn off ${lightName(a, rng)} and turn on ${lightName(b, rng)}`,
      `switch ${lightName(a, rng)} off and ${lightName(b, rng)} on`,
    );
    return one(
      text,
      { actions: [...act([a], 'turn_off'), ...act([b], 'turn_on')] },
      anySpeaker(g.home, rng),
    );
  }),
  T('multi.tvAndLights', 'multi', (g, rng) => {
    const tv = onlyTv(g.home);
    if (!tv || !tv.area || !lightsIn(g, tv.area).length) return null;
    const text = `turn off the tv and the ${sayArea(g.home, tv.area, rng)} lights`;
    return one(
      text,
      { actions: [...act([tv], 'turn_off'), ...act(lightsIn(g, tv.area), 'turn_off')] },
      anySpeaker(g.home, rng),
    );
  }),
  T('multi.lightAndTimer', 'multi', (g, rng) => {
    const d = pickNamed(g.home, 'light', rng);
    if (!d) return null;
    const m = rng.pick([5, 10, 20]);
    return one(
      `turn on ${lightName(d, rng)} and set a timer for ${m} minutes`,
      {
        actions: act([d], 'turn_on'),
        timers: [{ op: 'start', seconds: m * 60 }],
      },
      anySpeaker(g.home, rng),
    );
  }),

  // ================================================================ nothing to do / unknown
  T('none.garden', 'nothing', (g, rng) => {
    if (
      g.home.devices.some((d) => /garden|patio light|sauna|pool/i.test(d.name)) ||
      g.home.areas.some((a) => /garden/i.test(a.name))
    )
      return null;
    const text = oneOf(
      rng,
      'turn on the garden lights',
      'switch on the sauna',
      'turn the pool heater on',
      'open the garden gate',
    );
    return one(text, { nothing: true }, anySpeaker(g.home, rng));
  }),
  T('none.chitchat', 'nothing', (_g, rng) => {
    const text = oneOf(
      rng,
      'thank you',
      'never mind',
      'what time is it',
      "that's all, thanks",
      'hmm',
      'tell me a joke',
    );
    return one(text, { nothing: true });
  }),
  T('none.noLock', 'nothing', (g, rng) => {
    if (devicesOf(g.home, 'lock').length) return null;
    return one(
      oneOf(rng, 'lock the front door', 'lock all the doors'),
      { nothing: true },
      anySpeaker(g.home, rng),
    );
  }),
  T('none.noVacuum', 'nothing', (g, rng) => {
    if (devicesOf(g.home, 'vacuum').length) return null;
    return one(
      oneOf(rng, 'start the robot vacuum', 'send the roomba home'),
      { nothing: true },
      anySpeaker(g.home, rng),
    );
  }),

  // ================================================================ transcript noise
  T('noise.filler', 'noise', (g, rng) => {
    const d = pickNamed(g.home, 'light', rng);
    if (!d) return null;
    const n = lightName(d, rng);
    const on = rng.chance(0.5);
    const cmd = on ? `turn on ${n}` : `turn off ${n}`;
    const text = oneOf(
      rng,
      `Um, could you ${cmd}, please?`,
      `Hey, uh, ${cmd}.`,
      `Can you just ${cmd} for me?`,
      `Oh, and ${cmd}.`,
      `${cmd.charAt(0).toUpperCase()}${cmd.slice(1)}, thanks.`,
      `Would you mind ${on ? 'turning on' : 'turning off'} ${n}?`,
      `I'd like ${n} ${on ? 'on' : 'off'}, please.`,
    );
    return one(text, { actions: act([d], on ? 'turn_on' : 'turn_off') }, anySpeaker(g.home, rng));
  }),
  T('noise.roomCaps', 'noise', (g, rng) => {
    const area = roomWithLights(g, rng);
    if (!area) return null;
    const a = g.home.areas.find((x) => x.id === area)!;
    const text = oneOf(
      rng,
      `Turn off the ${a.name} lights.`,
      `Switch the lights off in the ${a.name}, please.`,
      `${a.name} lights off.`,
    );
    if (/'s\b/.test(a.name) && text.includes(`the ${a.name}`)) return null;
    return one(text, { actions: act(lightsIn(g, area), 'turn_off') }, anySpeaker(g.home, rng));
  }),
  T('noise.numberDigits', 'noise', (g, rng) => {
    const d = pickNamed(g.home, 'light', rng);
    if (!d) return null;
    const v = rng.pick([15, 35, 45, 65, 85]);
    const text = oneOf(
      rng,
      `Set ${lightName(d, rng)} to ${v}%.`,
      `Could you put ${lightName(d, rng)} at ${numberWords(v)} percent?`,
      `${lightName(d, rng)}, ${v} percent.`,
    );
    return one(text, { actions: act([d], 'set_brightness', v) }, anySpeaker(g.home, rng));
  }),
  T('noise.timerWhisper', 'noise', (_g, rng) => {
    const m = rng.pick([3, 7, 11, 18]);
    const text = oneOf(
      rng,
      `Set a timer for ${m} minutes.`,
      `Hey, set a ${m} minute timer.`,
      `Um, timer for ${numberWords(m)} minutes, please.`,
    );
    return one(text, { timers: [{ op: 'start', seconds: m * 60 }] });
  }),
  T('noise.american', 'noise', (g, rng) => {
    const d = pickNamed(g.home, 'light', rng);
    if (!d) return null;
    const text = oneOf(
      rng,
      `go ahead and turn off ${lightName(d, rng)}`,
      `shut off ${lightName(d, rng)}`,
      `get ${lightName(d, rng)} off for me`,
    );
    return one(text, { actions: act([d], 'turn_off') }, anySpeaker(g.home, rng));
  }),
  T('noise.british', 'noise', (g, rng) => {
    const d = pickNamed(g.home, 'light', rng);
    if (!d) return null;
    const on = rng.chance(0.5);
    const text = on
      ? oneOf(
          rng,
          `pop ${lightName(d, rng)} on`,
          `stick ${lightName(d, rng)} on, would you`,
          `be a dear and put ${lightName(d, rng)} on`,
        )
      : oneOf(
          rng,
          `pop ${lightName(d, rng)} off`,
          `switch ${lightName(d, rng)} off, cheers`,
          `can you turn ${lightName(d, rng)} off love`,
        );
    return one(text, { actions: act([d], on ? 'turn_on' : 'turn_off') }, anySpeaker(g.home, rng));
  }),

  // ================================================================ follow-ups
  T('fu.brighter', 'followup', (g, rng) => {
    const area = roomWithLights(g, rng);
    if (!area) return null;
    const lights = lightsIn(g, area);
    const first = `turn on the lights in ${theArea(g.home, area, rng)}`;
    const second = oneOf(
      rng,
      'make it brighter',
      'brighter',
      'a bit brighter please',
      'can you make them brighter',
      'turn them up a bit',
    );
    const speaker = anySpeaker(g.home, rng);
    return [
      {
        text: first,
        expect: { actions: act(lights, 'turn_on') },
        ...(speaker ? { area: speaker } : {}),
      },
      {
        text: second,
        expect: { actions: act(lights, 'change_brightness', 10) },
        ...(speaker ? { area: speaker } : {}),
      },
    ];
  }),
  T('fu.named.dim', 'followup', (g, rng) => {
    const d = pickNamed(g.home, 'light', rng);
    if (!d) return null;
    const speaker = rng.pick(g.home.areas).id;
    return [
      {
        text: `switch on ${lightName(d, rng)}`,
        area: speaker,
        expect: { actions: act([d], 'turn_on') },
      },
      {
        text: oneOf(
          rng,
          'dim it a bit',
          'bit dimmer',
          'turn it down a little',
          'too bright, dim it',
        ),
        area: speaker,
        expect: { actions: act([d], 'change_brightness', -10) },
      },
    ];
  }),
  T('fu.named.percent', 'followup', (g, rng) => {
    const d = pickNamed(g.home, 'light', rng);
    if (!d) return null;
    const speaker = rng.pick(g.home.areas).id;
    const v = rng.pick([20, 30, 40, 70]);
    return [
      {
        text: `turn on ${lightName(d, rng)}`,
        area: speaker,
        expect: { actions: act([d], 'turn_on') },
      },
      {
        text: oneOf(
          rng,
          `set it to ${sayPercent(v, rng)}`,
          `${sayPercent(v, rng)}`,
          `make that ${sayPercent(v, rng)}`,
        ),
        area: speaker,
        expect: { actions: act([d], 'set_brightness', v) },
      },
    ];
  }),
  T('fu.colour', 'followup', (g, rng) => {
    const d = pickNamed(g.home, 'light', rng);
    if (!d) return null;
    const speaker = rng.pick(g.home.areas).id;
    const c = rng.pick(['red', 'blue', 'green', 'purple']);
    return [
      {
        text: `turn on ${lightName(d, rng)}`,
        area: speaker,
        expect: { actions: act([d], 'turn_on') },
      },
      {
        text: oneOf(rng, `now make it ${c}`, `and make it ${c}`, `change it to ${c}`),
        area: speaker,
        expect: { actions: act([d], 'set_color', c) },
      },
    ];
  }),
  T('fu.actuallyOff', 'followup', (g, rng) => {
    const d = pickNamed(g.home, 'light', rng);
    if (!d) return null;
    const speaker = rng.pick(g.home.areas).id;
    return [
      {
        text: `turn on ${lightName(d, rng)}`,
        area: speaker,
        expect: { actions: act([d], 'turn_on') },
      },
      {
        text: oneOf(
          rng,
          'actually, turn it off',
          'no, turn it off again',
          'actually switch it off',
          'sorry, off again',
        ),
        area: speaker,
        expect: { actions: act([d], 'turn_off') },
      },
    ];
  }),
  T('fu.roomToo', 'followup', (g, rng) => {
    const rooms = g.home.areas.map((a) => a.id).filter((a) => lightsIn(g, a).length);
    if (rooms.length < 2) return null;
    const [a, b] = rng.sample(rooms, 2);
    const on = rng.chance(0.5);
    const cmd = on ? 'turn_on' : 'turn_off';
    const speaker = rng.pick(g.home.areas).id;
    const roomB = theArea(g.home, b!, rng);
    return [
      {
        text: `turn ${on ? 'on' : 'off'} the lights in ${theArea(g.home, a!, rng)}`,
        area: speaker,
        expect: { actions: act(lightsIn(g, a!), cmd) },
      },
      {
        text: oneOf(
          rng,
          `and ${roomB} too`,
          `and ${roomB}`,
          `same in ${roomB}`,
          `${roomB} as well`,
          `do ${roomB} too`,
        ),
        area: speaker,
        expect: { actions: act(lightsIn(g, b!), cmd) },
      },
    ];
  }),
  T('fu.nameToo', 'followup', (g, rng) => {
    const pair = twoNamedLights(g.home, rng);
    if (!pair) return null;
    const [a, b] = pair;
    const speaker = rng.pick(g.home.areas).id;
    return [
      {
        text: `turn off ${lightName(a, rng)}`,
        area: speaker,
        expect: { actions: act([a], 'turn_off') },
      },
      {
        text: oneOf(
          rng,
          `and ${lightName(b, rng)}`,
          `${lightName(b, rng)} too`,
          `also ${lightName(b, rng)}`,
        ),
        area: speaker,
        expect: { actions: act([b], 'turn_off') },
      },
    ];
  }),
  T('fu.whichOne', 'followup', (g, rng) => {
    const s = sharedLight(g, rng);
    if (!s) return null;
    const chosen = rng.pick(s.devices);
    const on = rng.chance(0.5);
    return [
      {
        text: `turn ${on ? 'on' : 'off'} the ${s.name}`,
        area: s.elsewhere,
        expect: { clarify: ids(s.devices) },
      },
      {
        text: answerRoom(g.home, chosen.area!, rng),
        area: s.elsewhere,
        expect: { actions: act([chosen], on ? 'turn_on' : 'turn_off') },
      },
    ];
  }),
  T('fu.whichBoth', 'followup', (g, rng) => {
    const s = sharedLight(g, rng);
    if (!s) return null;
    const answer =
      s.devices.length === 2
        ? oneOf(rng, 'both', 'both of them')
        : oneOf(rng, 'all of them', 'all of them please');
    return [
      { text: `switch off the ${s.name}`, area: s.elsewhere, expect: { clarify: ids(s.devices) } },
      { text: answer, area: s.elsewhere, expect: { actions: act(s.devices, 'turn_off') } },
    ];
  }),
  T('fu.lockIt', 'followup', (g, rng) => {
    const locks = devicesOf(g.home, 'lock');
    if (!locks.length) return null;
    const d = rng.pick(locks);
    const speaker = rng.pick(g.home.areas).id;
    return [
      { text: `is the ${d.name.toLowerCase()} locked`, area: speaker, expect: { queries: [d.id] } },
      {
        text: oneOf(rng, 'lock it', 'lock it then', 'ok, lock it please', 'can you lock it'),
        area: speaker,
        expect: { actions: act([d], 'lock') },
      },
    ];
  }),
  T('fu.tempAnd', 'followup', (g, rng) => {
    const rooms = g.home.areas
      .map((a) => a.id)
      .filter(
        (a) =>
          devicesOf(g.home, 'sensor', 'temperature').some((d) => d.area === a) &&
          !devicesOf(g.home, 'climate').some((d) => d.area === a),
      );
    if (rooms.length < 2) return null;
    const [a, b] = rng.sample(rooms, 2);
    const inRoom = (x: string) =>
      ids(devicesOf(g.home, 'sensor', 'temperature').filter((d) => d.area === x));
    const speaker = rng.pick(g.home.areas).id;
    return [
      {
        text: `what's the temperature in ${theArea(g.home, a!, rng)}`,
        area: speaker,
        expect: { queries: inRoom(a!) },
      },
      {
        text: oneOf(
          rng,
          `and in ${theArea(g.home, b!, rng)}?`,
          `what about ${theArea(g.home, b!, rng)}`,
          `and ${theArea(g.home, b!, rng)}?`,
        ),
        area: speaker,
        expect: { queries: inRoom(b!) },
      },
    ];
  }),
  T('fu.blindsToo', 'followup', (g, rng) => {
    const all = g.home.areas
      .map((a) => [a.id, roomCovers(g.home, a.id)] as const)
      .filter(([, c]) => c !== null);
    // Two rooms whose coverings go by the same word ("the blinds").
    const word = all.length ? rng.pick(all)[1]![1] : '';
    const rooms = all.filter(([, c]) => c![1] === word);
    if (rooms.length < 2) return null;
    const [[a, ca], [b, cb]] = rng.sample(rooms, 2) as [
      (typeof rooms)[number],
      (typeof rooms)[number],
    ];
    const speaker = rng.pick(g.home.areas).id;
    const open = rng.chance(0.5);
    const cmd = open ? 'open' : 'close';
    return [
      {
        text: `${cmd} the ${ca![1]} in ${theArea(g.home, a, rng)}`,
        area: speaker,
        expect: { actions: act(ca![0], cmd) },
      },
      {
        text: oneOf(
          rng,
          `and ${theArea(g.home, b, rng)} too`,
          `same for ${theArea(g.home, b, rng)}`,
        ),
        area: speaker,
        expect: { actions: act(cb![0], cmd) },
      },
    ];
  }),
  T('fu.timerAdd', 'followup', (_g, rng) => {
    const m = rng.pick([5, 10, 15]);
    return [
      {
        text: `set a timer for ${m} minutes`,
        expect: { timers: [{ op: 'start', seconds: m * 60 }] },
      },
      {
        text: oneOf(
          rng,
          'add another minute',
          'actually make it a minute longer',
          'add one more minute to it',
        ),
        expect: { timers: [{ op: 'add', seconds: 60 }] },
      },
    ];
  }),
  T('fu.timerStatus', 'followup', (_g, rng) => {
    const m = rng.pick([5, 10, 15]);
    return [
      {
        text: `set a timer for ${m} minutes`,
        expect: { timers: [{ op: 'start', seconds: m * 60 }] },
      },
      {
        text: oneOf(rng, 'how long is left', "how much time's left on it", 'how long to go'),
        expect: { timers: [{ op: 'status' }] },
      },
    ];
  }),
  T('fu.heatThenMore', 'followup', (g, rng) => {
    const c = onlyClimate(g.home);
    if (!c) return null;
    const t = targetTemperature(g.home, rng);
    const speaker = rng.pick(g.home.areas).id;
    return [
      {
        text: `set the heating to ${t}`,
        area: speaker,
        expect: { actions: act([c], 'set_temperature', t) },
      },
      {
        text: oneOf(
          rng,
          'actually a bit warmer',
          'make it one degree higher',
          'a little warmer than that',
        ),
        area: speaker,
        expect: { actions: act([c], 'change_temperature', 1) },
      },
    ];
  }),
  T('fu.tvLouder', 'followup', (g, rng) => {
    const tv = onlyTv(g.home);
    if (!tv) return null;
    const speaker = rng.pick(g.home.areas).id;
    return [
      {
        text: oneOf(rng, 'turn on the tv', 'put the telly on'),
        area: speaker,
        expect: { actions: act([tv], 'turn_on') },
      },
      {
        text: oneOf(rng, 'louder', 'turn it up', 'a bit louder please'),
        area: speaker,
        expect: { actions: act([tv], 'change_volume', 5) },
      },
    ];
  }),
  T('fu.fanFaster', 'followup', (g, rng) => {
    const d = pickNamed(g.home, 'fan', rng) ?? onlyFan(g.home);
    if (!d) return null;
    const speaker = rng.pick(g.home.areas).id;
    const name = uniquelyNamed(g.home, 'fan').includes(d) ? theName(sayDevice(d, rng)) : 'the fan';
    return [
      { text: `turn on ${name}`, area: speaker, expect: { actions: act([d], 'turn_on') } },
      {
        text: oneOf(rng, 'faster', 'speed it up', 'turn it up a bit'),
        area: speaker,
        expect: { actions: act([d], 'change_speed', 10) },
      },
    ];
  }),
  T('fu.roomThenExcept', 'followup', (g, rng) => {
    const rooms = g.home.areas
      .map((a) => a.id)
      .filter(
        (a) =>
          lightsIn(g, a).length >= 2 &&
          lightsIn(g, a).some((d) => uniquelyNamed(g.home, 'light').includes(d)),
      );
    if (!rooms.length) return null;
    const area = rng.pick(rooms);
    const keep = rng.pick(
      lightsIn(g, area).filter((d) => uniquelyNamed(g.home, 'light').includes(d)),
    );
    const speaker = rng.pick(g.home.areas).id;
    return [
      {
        text: `turn off the lights in ${theArea(g.home, area, rng)}`,
        area: speaker,
        expect: { actions: act(lightsIn(g, area), 'turn_off') },
      },
      {
        text: oneOf(
          rng,
          `actually leave ${lightName(keep, rng)} on`,
          `oh wait, turn ${lightName(keep, rng)} back on`,
        ),
        area: speaker,
        expect: { actions: act([keep], 'turn_on') },
      },
    ];
  }),

  // ================================================================ more names, said as heard
  T('name.hyphenSpoken', 'onoff.name', (g, rng) => {
    // A hyphenated name as speech-to-text writes it: "under cabinet lights".
    const d = uniquelyNamed(g.home, 'light').find((x) => x.name.includes('-'));
    if (!d) return null;
    const said = d.name.toLowerCase().replace(/-/g, ' ');
    const on = rng.chance(0.5);
    const text = on ? `turn on the ${said}` : `switch the ${said} off`;
    return one(
      whisper(text, rng),
      { actions: act([d], on ? 'turn_on' : 'turn_off') },
      anySpeaker(g.home, rng),
    );
  }),
  T('name.numberWord', 'onoff.name', (g, rng) => {
    // "Lamp 2" said "lamp two".
    const d = uniquelyNamed(g.home, 'light').find((x) => /^lamp \d$/i.test(x.name));
    if (!d) return null;
    const n = Number(d.name.slice(-1));
    const on = rng.chance(0.5);
    const text = on ? `turn on lamp ${numberWords(n)}` : `lamp ${numberWords(n)} off`;
    return one(text, { actions: act([d], on ? 'turn_on' : 'turn_off') }, anySpeaker(g.home, rng));
  }),
  T('name.list', 'onoff.name', (g, rng) => {
    const all = uniquelyNamed(g.home, 'light');
    if (all.length < 3) return null;
    const [a, b, c] = rng.sample(all, 3) as [Device, Device, Device];
    const text = `turn off ${lightName(a, rng)}, ${lightName(b, rng)}${rng.chance(0.5) ? ',' : ''} and ${lightName(c, rng)}`;
    return one(
      whisper(text, rng),
      { actions: act([a, b, c], 'turn_off') },
      anySpeaker(g.home, rng),
    );
  }),
  T('switch.greenhouse', 'onoff.switch', (g, rng) => {
    // A switch named like a room the home does not have.
    const d = g.home.devices.find((x) => x.name === 'Greenhouse' && x.type === 'switch');
    if (!d) return null;
    const on = rng.chance(0.5);
    const text = on
      ? oneOf(rng, 'turn on the greenhouse', 'switch the greenhouse on', 'power up the greenhouse')
      : oneOf(rng, 'turn off the greenhouse', 'greenhouse off', 'switch the greenhouse off please');
    return one(text, { actions: act([d], on ? 'turn_on' : 'turn_off') }, anySpeaker(g.home, rng));
  }),
  // ================================================================ more rooms and floors
  T('room.onAndOff', 'multi', (g, rng) => {
    const rooms = g.home.areas.map((a) => a.id).filter((a) => lightsIn(g, a).length);
    if (rooms.length < 2) return null;
    const [a, b] = rng.sample(rooms, 2) as [string, string];
    const text = oneOf(
      rng,
      `lights on in ${theArea(g.home, a, rng)} and off in ${theArea(g.home, b, rng)}`,
      `turn on ${theArea(g.home, a, rng)} lights and turn off ${theArea(g.home, b, rng)} lights`,
    );
    return one(
      text,
      { actions: [...act(lightsIn(g, a), 'turn_on'), ...act(lightsIn(g, b), 'turn_off')] },
      anySpeaker(g.home, rng),
    );
  }),
  T('floor.dim', 'brightness.absolute', (g, rng) => {
    const f = floorPhrase(g, rng);
    if (!f) return null;
    const lights = lightsOnFloor(g, f[0]);
    if (!lights.length) return null;
    const v = rng.pick([20, 30, 40]);
    const text = `dim all the lights ${f[1]} to ${sayPercent(v, rng)}`;
    return one(text, { actions: act(lights, 'set_brightness', v) }, anySpeaker(g.home, rng));
  }),

  // ================================================================ more questions
  T('q.brightness', 'question.state', (g, rng) => {
    const d = pickNamed(g.home, 'light', rng);
    if (!d) return null;
    const n = lightName(d, rng);
    const text = oneOf(
      rng,
      `how bright is ${n}`,
      `what's ${n} set to`,
      `what brightness is ${n} at`,
      `what colour is ${n}`,
    );
    return one(text, { queries: [d.id] }, anySpeaker(g.home, rng));
  }),
  T('q.volume', 'question.state', (g, rng) => {
    const tv = onlyTv(g.home);
    if (!tv) return null;
    return one(
      oneOf(
        rng,
        "what's the volume on the tv",
        'how loud is the telly',
        'what volume is the TV at',
      ),
      { queries: [tv.id] },
      anySpeaker(g.home, rng),
    );
  }),
  T('q.heatingOn', 'question.state', (g, rng) => {
    const c = onlyClimate(g.home);
    if (!c) return null;
    return one(
      oneOf(rng, 'is the heating on', 'is the heating running', 'is the heating still on'),
      { queries: [c.id] },
      anySpeaker(g.home, rng),
    );
  }),
  T('q.appliance', 'question.state', (g, rng) => {
    const d = pickNamed(g.home, 'appliance', rng);
    if (!d) return null;
    const name =
      d.name === 'Tumble-dryer' ? rng.pick(['tumble dryer', 'tumble-dryer']) : d.name.toLowerCase();
    return one(
      oneOf(rng, `is the ${name} on`, `is the ${name} still running`, `did i leave the ${name} on`),
      { queries: [d.id] },
      anySpeaker(g.home, rng),
    );
  }),
  T('q.lockedAll', 'question.group', (g, rng) => {
    const locks = devicesOf(g.home, 'lock');
    if (locks.length < 2 || sensors(g.home, 'lock').length) return null;
    const text = oneOf(
      rng,
      'is the house locked up',
      'are we all locked up',
      'is everything locked',
    );
    return one(text, { queries: ids(locks) }, anySpeaker(g.home, rng));
  }),
  T('g.doorsOpen', 'question.group', (g, rng) => {
    // Every door that can be open: door sensors, a garage door (sensor or cover). A lock only
    // says locked or not, so it does not answer "open".
    const doors = [
      ...sensors(g.home, 'door', 'garage_door'),
      ...devicesOf(g.home, 'cover', ['garage', 'door']),
    ];
    if (doors.length < 2) return null;
    const text = oneOf(
      rng,
      'are any doors open',
      'which doors are open',
      'is there a door open somewhere',
    );
    return one(text, { queries: ids(doors) }, anySpeaker(g.home, rng));
  }),
  T('g.motionAnywhere', 'question.class', (g, rng) => {
    const m = sensors(g.home, 'motion', 'occupancy');
    if (m.length < 2) return null;
    const text = oneOf(
      rng,
      'is there movement anywhere in the house',
      'has any motion sensor picked anything up',
      'which rooms have movement',
    );
    return one(text, { queries: ids(m) }, anySpeaker(g.home, rng));
  }),

  // ================================================================ more climate, covers
  T('climate.half', 'climate.set', (g, rng) => {
    const c = onlyClimate(g.home);
    if (!c || g.home.unit !== 'celsius') return null;
    const t = rng.pick([19, 20, 21]);
    const text = oneOf(
      rng,
      `set the heating to ${t}.5`,
      `set the heating to ${numberWords(t)} and a half degrees`,
      `${t} and a half on the thermostat please`,
    );
    return one(text, { actions: act([c], 'set_temperature', t + 0.5) }, anySpeaker(g.home, rng));
  }),
  T('climate.americanHeat', 'climate.relative', (g, rng) => {
    const c = onlyClimate(g.home);
    if (!c) return null;
    const up = rng.chance(0.5);
    const text = up
      ? oneOf(rng, 'turn up the heat', 'crank the heat up a little')
      : oneOf(rng, 'turn down the heat', 'turn the heat down a bit');
    return one(
      text,
      { actions: act([c], 'change_temperature', up ? 1 : -1) },
      anySpeaker(g.home, rng),
    );
  }),
  T('cover.closeHalf', 'cover.position', (g, rng) => {
    const c = pickRoomCovers(g, rng);
    if (!c) return null;
    const [area, covers, word] = c;
    return one(
      `close the ${word} in ${theArea(g.home, area, rng)} halfway`,
      { actions: act(covers, 'set_position', 50) },
      anySpeaker(g.home, rng),
    );
  }),
  T('cover.allHome', 'cover.openclose', (g, rng) => {
    const blinds = devicesOf(g.home, 'cover', 'blind');
    if (blinds.length < 2) return null;
    const open = rng.chance(0.5);
    const text = open
      ? oneOf(rng, 'open all the blinds', 'open every blind in the house')
      : oneOf(rng, 'close all the blinds', 'shut all the blinds in the house');
    return one(text, { actions: act(blinds, open ? 'open' : 'close') }, anySpeaker(g.home, rng));
  }),

  // ================================================================ things not there
  T('none.missingFan', 'nothing', (g, rng) => {
    const fans = devicesOf(g.home, 'fan');
    const rooms = g.home.areas.map((a) => a.id).filter((a) => !fans.some((f) => f.area === a));
    if (!fans.length || !rooms.length) return null;
    const area = rng.pick(rooms);
    return one(
      `turn on the fan in ${theArea(g.home, area, rng)}`,
      { nothing: true },
      anySpeaker(g.home, rng),
    );
  }),
  T('none.garageSensor', 'nothing', (g, rng) => {
    // A garage door that only reports its state cannot be opened.
    if (garageCover(g.home) || !onlySensor(g.home, 'garage_door')) return null;
    return one(
      oneOf(rng, 'open the garage door', 'close the garage door'),
      { nothing: true },
      anySpeaker(g.home, rng),
    );
  }),
  T('none.sensorAction', 'nothing', (g, rng) => {
    const d = onlySensor(g.home, 'running') ?? onlySensor(g.home, 'vibration');
    if (
      !d ||
      !nameIsUnique(g.home, d.name) ||
      g.home.devices.some((x) => x !== d && x.name === d.name)
    )
      return null;
    // A sensor on the dishwasher says whether it runs; it cannot start it.
    return one(`start the ${d.name.toLowerCase()}`, { nothing: true }, anySpeaker(g.home, rng));
  }),

  // ================================================================ more follow-ups
  T('fu.otherOne', 'followup', (g, rng) => {
    const s = sharedLight(g, rng);
    if (!s || s.devices.length !== 2) return null;
    const [here, other] = rng.shuffle(s.devices) as [Device, Device];
    return [
      {
        text: `turn on the ${s.name}`,
        area: here.area,
        expect: { actions: act([here], 'turn_on') },
      },
      {
        text: oneOf(rng, 'no, the other one', 'not that one, the other one', 'the other one'),
        area: here.area,
        expect: { actions: act([other], 'turn_on') },
      },
    ];
  }),
  T('fu.dimThem', 'followup', (g, rng) => {
    const area = roomWithLights(g, rng, 2);
    if (!area) return null;
    const v = rng.pick([30, 40, 60]);
    const speaker = rng.pick(g.home.areas).id;
    return [
      {
        text: `turn on ${theArea(g.home, area, rng)} lights`,
        area: speaker,
        expect: { actions: act(lightsIn(g, area), 'turn_on') },
      },
      {
        text: oneOf(
          rng,
          `and dim them to ${sayPercent(v, rng)}`,
          `now set them to ${sayPercent(v, rng)}`,
        ),
        area: speaker,
        expect: { actions: act(lightsIn(g, area), 'set_brightness', v) },
      },
    ];
  }),
  T('fu.timerCancel', 'followup', (_g, rng) => {
    const name = rng.pick(['pasta', 'egg', 'pizza']);
    const m = rng.pick([8, 10, 12]);
    return [
      {
        text: `set ${/^[aeiou]/.test(name) ? 'an' : 'a'} ${name} timer for ${m} minutes`,
        expect: { timers: [{ op: 'start', seconds: m * 60, name }] },
      },
      {
        text: oneOf(rng, 'actually cancel that', 'cancel it', 'never mind, cancel that timer'),
        expect: { timers: [{ op: 'cancel' }] },
      },
    ];
  }),
  T('fu.whichRadiator', 'followup', (g, rng) => {
    const rads = devicesOf(g.home, 'climate').filter((d) => d.name === 'Radiator' && d.area);
    if (rads.length < 2) return null;
    const free = g.home.areas
      .map((a) => a.id)
      .filter((a) => !devicesOf(g.home, 'climate').some((d) => d.area === a));
    if (!free.length) return null;
    const chosen = rng.pick(rads);
    const t = targetTemperature(g.home, rng);
    const speaker = rng.pick(free);
    return [
      { text: `set the radiator to ${t} degrees`, area: speaker, expect: { clarify: ids(rads) } },
      {
        text: answerRoom(g.home, chosen.area!, rng),
        area: speaker,
        expect: { actions: act([chosen], 'set_temperature', t) },
      },
    ];
  }),
];
