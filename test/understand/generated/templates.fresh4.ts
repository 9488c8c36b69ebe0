// The fresh4 templates: a sixth set, written apart from the others and without reading the
// rules engine, for American as well as British wording, indirect requests, exceptions,
// several kinds in one command, follow-ups, questions by class words and transcript noise.
import type { Device } from '../../../src-main/core/home.ts';
import type { GenerateHomeOptions, GeneratedHome } from './generateHome.ts';
import type { Rng } from './Rng.ts';
import {
  act,
  allLights,
  areasWithLights,
  devicesOf,
  ids,
  lightsIn,
  onlyClimate,
  roomLights,
  sayArea,
  theArea,
  theName,
  uniquelyNamed,
} from './templateKit.ts';
import type { Template, Turn } from './templateKit.ts';

export const FRESH4_HOME_OPTIONS: GenerateHomeOptions = { moreKindWords: true, freshCases: true };

type Make = (g: GeneratedHome, rng: Rng) => Turn[] | null;

/** A room with lights whose spoken name is not the start of another room's name. */
function lightRoom(g: GeneratedHome, rng: Rng, min = 1): string | null {
  const rooms = areasWithLights(g, min).filter((a) => {
    const name = g.home.areas.find((x) => x.id === a)!.name.toLowerCase();
    return !g.home.areas.some(
      (o) => o.id !== a && [o.name, ...o.aliases].some((n) => n.toLowerCase().startsWith(name)),
    );
  });
  return rooms.length ? rng.pick(rooms) : null;
}

/** One template per wording: `{L}` is the room's lights, `{R}` the room. */
function roomLightWordings(
  prefix: string,
  behaviour: string,
  command: 'turn_on' | 'turn_off',
  wordings: string[],
): Template[] {
  return wordings.map((w, i) => ({
    id: `fresh4.${prefix}.${i + 1}`,
    behaviour,
    make: (g, rng) => {
      const area = lightRoom(g, rng);
      if (!area) return null;
      const text = w
        .replace('{L}', roomLights(g.home, area, rng))
        .replace('{R}', theArea(g.home, area, rng));
      return [{ text, area: undefined, expect: { actions: act(lightsIn(g, area), command) } }];
    },
  }));
}

const only = (list: Device[]): Device | undefined => (list.length === 1 ? list[0] : undefined);

function one(id: string, behaviour: string, make: Make): Template {
  return { id: `fresh4.${id}`, behaviour, make };
}

const T: Template[] = [
  ...roomLightWordings('lights_off', 'room lights off', 'turn_off', [
    'turn off {L}',
    'flip off {L}',
    'kill {L}',
    'switch {L} off please',
    'can you shut off {L}',
    'lights off in {R}',
    'could you turn {L} off for me',
    'go ahead and turn off {L}',
    'I want {L} off',
    'put {L} out',
  ]),
  ...roomLightWordings('lights_on', 'room lights on', 'turn_on', [
    'turn on {L}',
    'flip on {L}',
    'switch {L} on',
    'lights on in {R}',
    'can I get {L} on',
    'put {L} on please',
    'hey, turn {L} on',
    'I need {L} on',
  ]),
  ...roomLightWordings('noise', 'transcript noise', 'turn_off', [
    'Turn off {L}.',
    'TURN OFF {L}!',
    'um, turn off {L}',
    'uh turn off {L} please',
    'turn turn off {L}',
    'turn of {L}',
    'Turn off, {L}.',
    'okay so, uh, turn off {L}',
    'turn off {L} please thanks',
    'Hey. Turn off {L}...',
  ]),
];

// ----- indirect requests, from the speaker's room
const indirectDark = [
  "I can't see a thing in here",
  "it's too dark in here",
  "it's pitch black in here",
  'I can barely see in here',
];
indirectDark.forEach((text, i) =>
  T.push(
    one(`indirect_dark.${i + 1}`, 'indirect request', (g, rng) => {
      const area = lightRoom(g, rng);
      if (!area) return null;
      return [{ text, area, expect: { actions: act(lightsIn(g, area), 'turn_on') } }];
    }),
  ),
);
const indirectBright = ["it's way too bright in here"];
indirectBright.forEach((text, i) =>
  T.push(
    one(`indirect_bright.${i + 1}`, 'indirect request', (g, rng) => {
      const area = lightRoom(g, rng);
      if (!area) return null;
      return [
        { text, area, expect: { actions: act(lightsIn(g, area), 'change_brightness', -10) } },
      ];
    }),
  ),
);

// ----- never mind / cancel: nothing happens
['never mind', 'nevermind, forget it', 'cancel that', 'oh nothing', 'forget it'].forEach(
  (text, i) =>
    T.push(one(`never_mind.${i + 1}`, 'never mind', () => [{ text, expect: { nothing: true } }])),
);
T.push(
  one('never_mind.after', 'never mind', (g, rng) => {
    const area = lightRoom(g, rng);
    if (!area) return null;
    return [
      {
        text: `turn off ${roomLights(g.home, area, rng)}, actually never mind`,
        expect: { nothing: true },
      },
    ];
  }),
);

// ----- everything with exceptions
[
  'turn off all the lights except {R}',
  'turn off every light but {R}',
  'lights off everywhere except {R}',
  'switch off all the lights apart from {R}',
  'turn off all the lights, but not in {R}',
].forEach((w, i) =>
  T.push(
    one(`except_room.${i + 1}`, 'all but an exception', (g, rng) => {
      const area = lightRoom(g, rng);
      if (!area) return null;
      const keep = new Set(ids(lightsIn(g, area)));
      const rest = allLights(g).filter((d) => !keep.has(d.id));
      if (!rest.length) return null;
      return [
        {
          text: w.replace('{R}', theArea(g.home, area, rng)),
          expect: { actions: act(rest, 'turn_off') },
        },
      ];
    }),
  ),
);
[
  'turn off all the lights except {D}',
  'turn off every light but leave {D} on',
  "don't turn off {D}, just the other lights",
  'all lights off apart from {D}',
].forEach((w, i) =>
  T.push(
    one(`except_device.${i + 1}`, 'all but an exception', (g, rng) => {
      const named = uniquelyNamed(g.home, 'light');
      if (!named.length) return null;
      const d = rng.pick(named);
      const rest = allLights(g).filter((x) => x.id !== d.id);
      return [
        { text: w.replace('{D}', theName(d.name)), expect: { actions: act(rest, 'turn_off') } },
      ];
    }),
  ),
);
[
  'turn off all the lights',
  'shut off every light in the house',
  'kill all the lights',
  'lights out everywhere',
].forEach((text, i) =>
  T.push(
    one(`all_lights.${i + 1}`, 'whole home', (g) => [
      { text, expect: { actions: act(allLights(g), 'turn_off') } },
    ]),
  ),
);

// ----- several kinds, lists, then, commas
const tv = (g: GeneratedHome) => only(devicesOf(g.home, 'media_player', 'tv'));
const fan = (g: GeneratedHome) => only(devicesOf(g.home, 'fan'));
const frontLock = (g: GeneratedHome) =>
  only(devicesOf(g.home, 'lock').filter((d) => d.name === 'Front door'));
const backLock = (g: GeneratedHome) =>
  only(devicesOf(g.home, 'lock').filter((d) => d.name === 'Back door'));
[
  'turn off the TV and the fan',
  'switch off the tv and the fan please',
  'turn the fan and the TV off',
].forEach((text, i) =>
  T.push(
    one(`multi_kind.${i + 1}`, 'several kinds', (g) => {
      const t = tv(g);
      const f = fan(g);
      if (!t || !f) return null;
      return [{ text, expect: { actions: act([t, f], 'turn_off') } }];
    }),
  ),
);
[
  'lock the front door and turn off {L}',
  'turn off {L} and lock the front door',
  'turn off {L} then lock the front door',
  'lock the front door, turn off {L}',
  'turn off {L}, then lock the front door',
].forEach((w, i) =>
  T.push(
    one(`lock_and_lights.${i + 1}`, 'several kinds', (g, rng) => {
      const lock = frontLock(g);
      const area = lightRoom(g, rng);
      if (!lock || !area) return null;
      return [
        {
          text: w.replace('{L}', roomLights(g.home, area, rng)),
          expect: { actions: [...act(lightsIn(g, area), 'turn_off'), ...act([lock], 'lock')] },
        },
      ];
    }),
  ),
);
T.push(
  one('both_doors.1', 'several kinds', (g) => {
    const f = frontLock(g);
    const b = backLock(g);
    if (!f || !b) return null;
    return [
      { text: 'lock the front door and the back door', expect: { actions: act([f, b], 'lock') } },
    ];
  }),
);
[
  'turn off the lights in {A}, {B} and {C}',
  'turn off the {a}, {b} and {c} lights',
  'lights off in {A}, {B}, and {C}',
].forEach((w, i) =>
  T.push(
    one(`three_rooms.${i + 1}`, 'lists of three', (g, rng) => {
      const rooms: string[] = [];
      for (let k = 0; k < 12 && rooms.length < 3; k++) {
        const r = lightRoom(g, rng);
        if (r && !rooms.includes(r)) rooms.push(r);
      }
      if (rooms.length < 3) return null;
      const said = rooms.map((r) => sayArea(g.home, r, rng));
      if (said.some((s) => /'s\b/.test(s))) return null;
      const text = w
        .replace('{A}', `the ${said[0]}`)
        .replace('{B}', `the ${said[1]}`)
        .replace('{C}', `the ${said[2]}`)
        .replace('{a}', said[0]!)
        .replace('{b}', said[1]!)
        .replace('{c}', said[2]!);
      return [{ text, expect: { actions: rooms.flatMap((r) => act(lightsIn(g, r), 'turn_off')) } }];
    }),
  ),
);
[
  'turn on {L} then turn off {M}',
  'turn on {L}, turn off {M}',
  'switch on {L} and then switch off {M}',
].forEach((w, i) =>
  T.push(
    one(`then.${i + 1}`, 'then sequences', (g, rng) => {
      const a = lightRoom(g, rng);
      const b = lightRoom(g, rng);
      if (!a || !b || a === b) return null;
      return [
        {
          text: w
            .replace('{L}', roomLights(g.home, a, rng))
            .replace('{M}', roomLights(g.home, b, rng)),
          expect: {
            actions: [...act(lightsIn(g, a), 'turn_on'), ...act(lightsIn(g, b), 'turn_off')],
          },
        },
      ];
    }),
  ),
);

// ----- names
[
  'turn on {D}',
  'switch {D} off',
  'flip {D} on',
  'can you turn off {D}',
  '{D} on please',
  'set {D} to 40%',
  'dim {D} to 20 percent',
].forEach((w, i) =>
  T.push(
    one(`named.${i + 1}`, 'named device', (g, rng) => {
      const named = uniquelyNamed(g.home, 'light');
      if (!named.length) return null;
      const d = rng.pick(named);
      const text = w.replace('{D}', theName(d.name));
      const cmd = /\b(on)\b/.test(w)
        ? act([d], 'turn_on')
        : /off/.test(w)
          ? act([d], 'turn_off')
          : act([d], 'set_brightness', /40/.test(w) ? 40 : 20);
      return [{ text, expect: { actions: cmd } }];
    }),
  ),
);
T.push(
  one('shared_name.ask', 'ambiguous names', (g, rng): Turn[] | null => {
    const shared = Object.entries(g.meta.sharedNames).filter(([, list]) =>
      list.every((id) => g.home.devices.find((d) => d.id === id)?.type === 'light'),
    );
    if (!shared.length) return null;
    const [name] = rng.pick(shared);
    if (g.home.default_area !== undefined) return null;
    if (g.home.scenes.some((sc) => [sc.name, ...sc.aliases].some((n) => n.toLowerCase() === name)))
      return null;
    return [{ text: `turn on the ${name}`, expect: { clarify: true } }];
  }),
);
T.push(
  one('shared_name.answer', 'ambiguous names', (g, rng) => {
    if (g.home.default_area !== undefined) return null;
    const shared = Object.entries(g.meta.sharedNames).filter(([, list]) =>
      list.every((id) => g.home.devices.find((d) => d.id === id)?.type === 'light'),
    );
    if (!shared.length) return null;
    const [name, list] = rng.pick(shared);
    if (g.home.scenes.some((sc) => [sc.name, ...sc.aliases].some((n) => n.toLowerCase() === name)))
      return null;
    const pickId = rng.pick(list);
    const target = g.home.devices.find((d) => d.id === pickId);
    if (!target?.area) return null;
    return [
      { text: `turn on the ${name}`, expect: { clarify: true } },
      {
        text: `the one in ${theArea(g.home, target.area, rng)}`,
        expect: { actions: act([target], 'turn_on') },
      },
    ];
  }),
);

// ----- plugs and outlets by their names, owners' lamps, states of one named light
(
  [
    ['Greenhouse', 'turn on the greenhouse', 'turn_on'],
    ['Greenhouse', 'switch the greenhouse off', 'turn_off'],
    ['Christmas tree', 'turn on the christmas tree', 'turn_on'],
    ['Christmas tree', 'Christmas tree off.', 'turn_off'],
    ["Grandma's lamp", "turn on grandma's lamp", 'turn_on'],
    ["Grandma's lamp", "switch off grandma's lamp please", 'turn_off'],
  ] as const
).forEach(([name, text, cmd], i) =>
  T.push(
    one(`owned.${i + 1}`, 'named device', (g) => {
      const d = only(g.home.devices.filter((x) => x.name === name));
      if (!d || !uniquelyNamed(g.home, d.type).includes(d)) return null;
      return [{ text, expect: { actions: act([d], cmd) } }];
    }),
  ),
);
['is {D} on', 'is {D} still on?', 'did I leave {D} on'].forEach((w, i) =>
  T.push(
    one(`named_q.${i + 1}`, 'questions', (g, rng) => {
      const named = uniquelyNamed(g.home, 'light');
      if (!named.length) return null;
      const d = rng.pick(named);
      return [{ text: w.replace('{D}', theName(d.name)), expect: { queries: [d.id] } }];
    }),
  ),
);

// ----- questions
const binary = (g: GeneratedHome, cls: string) => devicesOf(g.home, 'binary_sensor', cls);
const questionByClass = (
  id: string,
  cls: string,
  texts: string[],
  guard?: (g: GeneratedHome) => boolean,
) =>
  texts.forEach((text, i) =>
    T.push(
      one(`${id}.${i + 1}`, 'questions', (g) => {
        const list = binary(g, cls);
        if (!list.length || (guard && !guard(g))) return null;
        return [{ text, expect: { queries: ids(list) } }];
      }),
    ),
  );
questionByClass(
  'windows_q',
  'window',
  [
    'which windows are open',
    'are any windows open?',
    'is there a window open anywhere',
    'did I leave a window open',
  ],
  (g) => !devicesOf(g.home, 'cover', 'window').length && !binary(g, 'opening').length,
);
questionByClass('leak_q', 'moisture', [
  'is there a leak anywhere',
  'is anything leaking',
  'any water on the floor?',
]);
questionByClass('battery_q', 'battery', [
  'do any batteries need replacing',
  'are any batteries low',
  "what's low on battery",
]);
questionByClass(
  'smoke_q',
  'smoke',
  ['did the smoke alarm go off'],
  (g) => binary(g, 'smoke').length === 1,
);
questionByClass('smoke_any_q', 'smoke', [
  'is there any smoke',
  'did any of the smoke alarms go off',
]);
['are all the doors locked', 'is everything locked up', 'did I lock the doors'].forEach((text, i) =>
  T.push(
    one(`locks_q.${i + 1}`, 'questions', (g) => {
      const locks = devicesOf(g.home, 'lock');
      if (!locks.length || binary(g, 'lock').length) return null;
      if (
        text !== 'is everything locked up' &&
        (binary(g, 'door').length || devicesOf(g.home, 'cover', 'door').length)
      )
        return null;
      return [{ text, expect: { queries: ids(locks) } }];
    }),
  ),
);
['how many lights are on', 'which lights are on', 'are any lights still on'].forEach((text, i) =>
  T.push(
    one(`lights_q.${i + 1}`, 'questions', (g) => [
      { text, expect: { queries: ids(allLights(g)) } },
    ]),
  ),
);
[
  "what's the thermostat set to",
  'what is the heating set to',
  'what temperature is the thermostat on',
].forEach((text, i) =>
  T.push(
    one(`thermostat_q.${i + 1}`, 'questions', (g) => {
      const c = onlyClimate(g.home);
      if (!c || g.meta.climateLayout !== 'central') return null;
      return [{ text, expect: { queries: [c.id] } }];
    }),
  ),
);

// ----- questions about things, by what they do
const namedSensor = (
  id: string,
  name: string,
  cls: string,
  texts: string[],
  guard?: (g: GeneratedHome) => boolean,
) =>
  texts.forEach((text, i) =>
    T.push(
      one(`${id}.${i + 1}`, 'questions about things', (g) => {
        const list = binary(g, cls).filter((d) => d.name === name);
        if (list.length !== 1 || (guard && !guard(g))) return null;
        return [{ text, expect: { queries: ids(list) } }];
      }),
    ),
  );
namedSensor(
  'washing_q',
  'Washing machine',
  'vibration',
  ['is the washing done', 'is the washing machine still going'],
  (g) => !devicesOf(g.home, 'appliance', 'washer').length,
);
namedSensor(
  'dishwasher_q',
  'Dishwasher',
  'running',
  ['is the dishwasher finished', 'is the dishwasher still running?'],
  (g) => !devicesOf(g.home, 'appliance', 'dishwasher').length,
);
namedSensor(
  'baby_q',
  'Baby monitor',
  'sound',
  ['is the baby crying', 'is the baby making any noise'],
  (g) => binary(g, 'sound').length === 1,
);
namedSensor(
  'internet_q',
  'Broadband',
  'connectivity',
  ['is the internet down', 'is the wifi working'],
  (g) => binary(g, 'connectivity').length === 1,
);
["who's home", 'is anybody home right now'].forEach((text, i) =>
  T.push(
    one(`presence_q.${i + 1}`, 'questions about things', (g) => {
      const list = binary(g, 'presence');
      if (!list.length) return null;
      return [{ text, expect: { queries: ids(list) } }];
    }),
  ),
);
["what's the temperature upstairs", 'how warm is it upstairs'].forEach((text, i) =>
  T.push(
    one(`temp_floor_q.${i + 1}`, 'questions about things', (g) => {
      const up = g.meta.upstairs;
      if (!up) return null;
      const rooms = g.meta.areasByFloor[up] ?? [];
      if (devicesOf(g.home, 'climate').some((d) => d.area && rooms.includes(d.area))) return null;
      const list = devicesOf(g.home, 'sensor', 'temperature').filter(
        (d) => d.area && rooms.includes(d.area),
      );
      if (!list.length) return null;
      return [{ text, expect: { queries: ids(list) } }];
    }),
  ),
);
['stop the music', 'pause the music please', 'Stop. The music.'].forEach((text, i) =>
  T.push(
    one(`music_stop.${i + 1}`, 'media', (g) => {
      const sp = only(devicesOf(g.home, 'media_player', 'speaker'));
      if (!sp || devicesOf(g.home, 'media_player').length !== 1) return null;
      return [{ text, expect: { actions: act([sp], 'pause') } }];
    }),
  ),
);

// ----- climate, Fahrenheit and Celsius
[
  'set the thermostat to {N}',
  'set the heat to {N} degrees',
  'I want it at {N} degrees',
  'thermostat to {N} please',
].forEach((w, i) =>
  T.push(
    one(`thermostat_set.${i + 1}`, 'climate', (g, rng) => {
      const c = onlyClimate(g.home);
      if (!c || g.meta.climateLayout !== 'central') return null;
      const n = g.home.unit === 'fahrenheit' ? rng.int(64, 75) : rng.int(18, 23);
      return [
        { text: w.replace('{N}', String(n)), expect: { actions: act([c], 'set_temperature', n) } },
      ];
    }),
  ),
);
["it's freezing in here", "I'm cold", 'can you make it warmer', 'bump the heat up a bit'].forEach(
  (text, i) =>
    T.push(
      one(`warmer.${i + 1}`, 'climate', (g) => {
        const c = onlyClimate(g.home);
        if (!c || g.meta.climateLayout !== 'central') return null;
        return [{ text, expect: { actions: act([c], 'change_temperature', 1) } }];
      }),
    ),
);

// ----- covers
[
  ['close the drapes in {R}', 'close', 'curtain'],
  ['draw the curtains in {R}', 'close', 'curtain'],
  ['open the blinds in {R}', 'open', 'blind'],
  ['pull up the blinds in {R}', 'open', 'blind'],
  ['shut the blinds in {R}', 'close', 'blind'],
].forEach(([w, cmd, cls], i) =>
  T.push(
    one(`covers.${i + 1}`, 'covers', (g, rng) => {
      const covers = devicesOf(g.home, 'cover', cls!).filter((d) => d.area);
      if (!covers.length) return null;
      const area = rng.pick(covers).area!;
      const inRoom = covers.filter((d) => d.area === area);
      return [
        {
          text: w!.replace('{R}', theArea(g.home, area, rng)),
          expect: { actions: act(inRoom, cmd!) },
        },
      ];
    }),
  ),
);

// ----- media
[
  'turn it up on the TV',
  'turn the TV up',
  'louder on the tv please',
  'turn the TV down a bit',
].forEach((text, i) =>
  T.push(
    one(`tv_volume.${i + 1}`, 'media', (g) => {
      const t = tv(g);
      if (!t) return null;
      return [{ text, expect: { actions: act([t], 'change_volume', /down/.test(text) ? -5 : 5) } }];
    }),
  ),
);
['set the TV volume to 30', 'TV volume 30 please'].forEach((text, i) =>
  T.push(
    one(`tv_volume_set.${i + 1}`, 'media', (g) => {
      const t = tv(g);
      if (!t) return null;
      return [{ text, expect: { actions: act([t], 'set_volume', 30) } }];
    }),
  ),
);
['pause the TV', 'pause the telly'].forEach((text, i) =>
  T.push(
    one(`tv_pause.${i + 1}`, 'media', (g) => {
      const t = tv(g);
      if (!t) return null;
      return [{ text, expect: { actions: act([t], 'pause') } }];
    }),
  ),
);

// ----- timers
[
  ['set a timer for 10 minutes', 600],
  ['timer for five minutes', 300],
  ['set a 20 minute timer', 1200],
  ['start a timer for an hour', 3600],
  ['set a timer for 90 seconds', 90],
  ['can you set a timer for two and a half minutes', 150],
].forEach(([text, seconds], i) =>
  T.push(
    one(`timer.${i + 1}`, 'timers', () => [
      { text: String(text), expect: { timers: [{ op: 'start', seconds: Number(seconds) }] } },
    ]),
  ),
);

// ----- follow-ups
[
  ['and {M} too', 'turn_on'],
  ['do the same in {N}', 'turn_on'],
  ['{N} as well', 'turn_on'],
  ['same for {N}', 'turn_on'],
].forEach(([w], i) =>
  T.push(
    one(`follow_room.${i + 1}`, 'follow-ups', (g, rng) => {
      const a = lightRoom(g, rng);
      const b = lightRoom(g, rng);
      if (!a || !b || a === b) return null;
      const text = w!
        .replace('{M}', roomLights(g.home, b, rng))
        .replace('{N}', theArea(g.home, b, rng));
      return [
        {
          text: `turn on ${roomLights(g.home, a, rng)}`,
          expect: { actions: act(lightsIn(g, a), 'turn_on') },
        },
        { text, expect: { actions: act(lightsIn(g, b), 'turn_on') } },
      ];
    }),
  ),
);
['a little more', 'more', 'a bit more', 'even dimmer'].forEach((text, i) =>
  T.push(
    one(`follow_more.${i + 1}`, 'follow-ups', (g, rng) => {
      const a = lightRoom(g, rng);
      if (!a) return null;
      return [
        {
          text: `dim ${roomLights(g.home, a, rng)}`,
          expect: { actions: act(lightsIn(g, a), 'change_brightness', -10) },
        },
        { text, expect: { actions: act(lightsIn(g, a), 'change_brightness', -10) } },
      ];
    }),
  ),
);
['turn that off', 'actually turn it off again', 'switch it back off'].forEach((text, i) =>
  T.push(
    one(`follow_that.${i + 1}`, 'follow-ups', (g, rng) => {
      const named = uniquelyNamed(g.home, 'light');
      if (!named.length) return null;
      const d = rng.pick(named);
      return [
        { text: `turn on ${theName(d.name)}`, expect: { actions: act([d], 'turn_on') } },
        { text, expect: { actions: act([d], 'turn_off') } },
      ];
    }),
  ),
);
T.push(
  one('follow_lights_too.1', 'follow-ups', (g, rng) => {
    const t = tv(g);
    const area = t?.area;
    if (!t || !area || !lightsIn(g, area).length || lightRoom(g, rng) === null) return null;
    return [
      { text: 'turn off the TV', expect: { actions: act([t], 'turn_off') } },
      { text: 'and the lights too', area, expect: { actions: act(lightsIn(g, area), 'turn_off') } },
    ];
  }),
);

export const FRESH4_TEMPLATES: Template[] = T;
