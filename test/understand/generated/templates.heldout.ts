// HELD-OUT templates: kept out of the development loop, so their score is the honest figure.
// Do not read this file while working on the planner; the test prints only per-behaviour
// percentages. They word the behaviours of templates.dev.ts differently, and some behaviours
// are only here.
import {
  COLOURS,
  act,
  allLights,
  anySpeaker,
  areasWithLights,
  coverWords,
  device,
  devicesOf,
  ids,
  lightsIn,
  lightsOnFloor,
  numberWords,
  oneOf,
  onlyClimate,
  otherArea,
  readsAsRoomAndName,
  roomLights,
  sayArea,
  sayDevice,
  sayNumber,
  sayPercent,
  targetTemperature,
  theArea,
  theName,
  uniquelyNamed,
} from './templateKit.ts';
import type { Template } from './templateKit.ts';

export const HELDOUT_TEMPLATES: Template[] = [
  // ---------------------------------------------------------------- lights
  {
    id: 'held.room-lights-casual',
    behaviour: 'lights by room',
    make(g, rng) {
      const area = rng.pick(areasWithLights(g));
      const where = theArea(g.home, area, rng);
      const on = rng.chance(0.5);
      const text = on
        ? oneOf(
            rng,
            `I want the lights on in ${where}`,
            `could you put the lights on in ${where}`,
            `lights in ${where} on please`,
          )
        : oneOf(
            rng,
            `could you kill the lights in ${where}`,
            `shut off the lights in ${where}`,
            `can you turn the lights in ${where} off for me`,
          );
      return [
        {
          text,
          area: anySpeaker(g.home, rng),
          expect: { actions: act(lightsIn(g, area), on ? 'turn_on' : 'turn_off') },
        },
      ];
    },
  },
  {
    id: 'held.sitting-room-lights-light-sensor',
    behaviour: 'kind word as a device name',
    make(g, rng) {
      const rooms = g.meta.lightNamedSensors
        .map((id) => device(g.home, id).area!)
        .filter((a) => lightsIn(g, a).length > 0);
      if (!rooms.length) return null;
      const area = rng.pick(rooms);
      const spoken = sayArea(g.home, area, rng);
      const text = /'s\b/.test(spoken)
        ? `switch ${spoken} lights off`
        : oneOf(rng, `switch the ${spoken} lights off`, `${spoken} lights off`);
      return [
        {
          text,
          area: anySpeaker(g.home, rng),
          expect: { actions: act(lightsIn(g, area), 'turn_off') },
        },
      ];
    },
  },
  {
    id: 'held.kill-all-lights-light-sensor',
    behaviour: 'all lights',
    make(g, rng) {
      return [
        {
          text: oneOf(
            rng,
            'shut off every light in the house',
            'all the lights off',
            'turn every single light off',
            'lights off everywhere',
          ),
          area: anySpeaker(g.home, rng),
          expect: { actions: act(allLights(g), 'turn_off') },
        },
      ];
    },
  },
  {
    id: 'held.floor-lights-named',
    behaviour: 'lights by floor',
    make(g, rng) {
      const floor = rng.pick(g.home.floors.length ? g.home.floors : [undefined]);
      if (!floor) return null;
      const lights = lightsOnFloor(g, floor.id);
      if (!lights.length) return null;
      const text = oneOf(
        rng,
        `turn on the lights on the ${floor.name.toLowerCase()}`,
        `switch off all the lights on the ${floor.name.toLowerCase()}`,
      );
      return [
        {
          text,
          area: anySpeaker(g.home, rng),
          expect: { actions: act(lights, text.includes('off') ? 'turn_off' : 'turn_on') },
        },
      ];
    },
  },
  {
    id: 'held.except-room-apart-from',
    behaviour: 'exceptions',
    make(g, rng) {
      const rooms = areasWithLights(g);
      if (rooms.length < 2) return null;
      const area = rng.pick(rooms);
      const keep = new Set(g.meta.lightsByArea[area]);
      const text = oneOf(
        rng,
        `turn all the lights off apart from ${theArea(g.home, area, rng)}`,
        `every light off except for ${theArea(g.home, area, rng)}`,
        `turn off the lights everywhere but ${theArea(g.home, area, rng)}`,
      );
      return [
        {
          text,
          area: anySpeaker(g.home, rng),
          expect: {
            actions: act(
              allLights(g).filter((d) => !keep.has(d.id)),
              'turn_off',
            ),
          },
        },
      ];
    },
  },
  {
    id: 'held.keep-one-on',
    behaviour: 'exceptions',
    make(g, rng) {
      const lamps = uniquelyNamed(g.home, 'light');
      if (!lamps.length) return null;
      const lamp = rng.pick(lamps);
      const text = oneOf(
        rng,
        `turn off all the lights but keep ${theName(lamp.name)} on`,
        `switch all the lights off except ${theName(lamp.name)}`,
        `lights off everywhere, but leave ${theName(lamp.name)} on`,
      );
      return [
        {
          text,
          area: anySpeaker(g.home, rng),
          expect: {
            actions: act(
              allLights(g).filter((d) => d !== lamp),
              'turn_off',
            ),
          },
        },
      ];
    },
  },
  {
    id: 'held.fan-light-keep-fan',
    behaviour: 'exceptions',
    make(g, rng) {
      const pair = g.meta.fanWithLight;
      if (!pair) return null;
      // Only the fan's light: the fan keeps running, nothing else in the room changes.
      return [
        {
          text: oneOf(
            rng,
            'switch off the light on the fan but keep the fan running',
            'turn off the fan light but leave the fan on',
          ),
          area: device(g.home, pair.fan).area!,
          expect: { actions: act([pair.light], 'turn_off') },
        },
      ];
    },
  },
  {
    id: 'held.bathroom-lights-both',
    behaviour: 'room word inside a device name',
    make(g, rng) {
      const lights = lightsIn(g, 'bathroom');
      if (lights.length < 2) return null;
      return [
        {
          text: oneOf(
            rng,
            'bathroom lights off',
            'can you turn off both bathroom lights',
            'turn all the bathroom lights off',
          ),
          area: anySpeaker(g.home, rng),
          expect: { actions: act(lights, 'turn_off') },
        },
      ];
    },
  },
  {
    id: 'held.here-lights-on',
    behaviour: 'speaker area',
    make(g, rng) {
      const area = rng.pick(areasWithLights(g));
      return [
        {
          text: oneOf(
            rng,
            'lights on in here please',
            'put the lights on',
            "it's dark in here, turn the lights on",
          ),
          area,
          expect: { actions: act(lightsIn(g, area), 'turn_on') },
        },
      ];
    },
  },
  {
    id: 'held.brightness-phrasings',
    behaviour: 'brightness',
    make(g, rng) {
      const area = rng.pick(areasWithLights(g));
      const n = rng.pick([15, 35, 45, 65, 85]);
      const spoken = sayArea(g.home, area, rng);
      const text = oneOf(
        rng,
        `turn the lights in ${theArea(g.home, area, rng)} down to ${sayPercent(n, rng)}`,
        `${/'s\b/.test(spoken) ? spoken : `the ${spoken}`} lights at ${sayPercent(n, rng)} please`,
        `put ${roomLights(g.home, area, rng)} on ${sayPercent(n, rng)}`,
      );
      return [
        {
          text,
          area: anySpeaker(g.home, rng),
          expect: { actions: act(lightsIn(g, area), 'set_brightness', n) },
        },
      ];
    },
  },
  {
    id: 'held.brighten-a-touch',
    behaviour: 'relative brightness',
    make(g, rng) {
      const lamps = uniquelyNamed(g.home, 'light');
      if (!lamps.length) return null;
      const lamp = rng.pick(lamps);
      const up = rng.chance(0.5);
      const name = theName(sayDevice(lamp, rng));
      const text = up
        ? oneOf(
            rng,
            `brighten ${name} a touch`,
            `${name} a little brighter please`,
            `can you make ${name} a bit brighter`,
          )
        : oneOf(rng, `turn ${name} down a touch`, `${name} is too bright`, `make ${name} dimmer`);
      return [
        {
          text,
          area: anySpeaker(g.home, rng),
          expect: { actions: act([lamp], 'change_brightness', up ? 10 : -10) },
        },
      ];
    },
  },
  {
    id: 'held.colour-change',
    behaviour: 'colour',
    make(g, rng) {
      const lamps = uniquelyNamed(g.home, 'light');
      if (!lamps.length) return null;
      const lamp = rng.pick(lamps);
      const colour = rng.pick(COLOURS);
      return [
        {
          text: oneOf(
            rng,
            `change ${theName(lamp.name)} to ${colour}`,
            `can you make ${theName(lamp.name)} ${colour}`,
            `${theName(lamp.name)} in ${colour} please`,
          ),
          area: anySpeaker(g.home, rng),
          expect: { actions: act([lamp], 'set_color', colour) },
        },
      ];
    },
  },
  {
    id: 'held.names-hard',
    behaviour: 'device by name',
    make(g, rng) {
      // Only the awkward names: apostrophes, hyphens, numbers, room words.
      const hard = [...uniquelyNamed(g.home, 'light'), ...uniquelyNamed(g.home, 'switch')].filter(
        (d) =>
          /['\-0-9]/.test(d.name) ||
          g.home.areas.some((a) => d.name.toLowerCase().startsWith(a.name.toLowerCase())),
      );
      if (!hard.length) return null;
      const d = rng.pick(hard);
      const name = theName(d.name);
      const on = rng.chance(0.5);
      const text = on
        ? oneOf(rng, `put ${name} on`, `${name} on`, `could you switch on ${name}`)
        : oneOf(rng, `${name} off please`, `kill ${name}`, `shut ${name} off`);
      return [
        {
          text,
          area: anySpeaker(g.home, rng),
          expect: { actions: act([d], on ? 'turn_on' : 'turn_off') },
        },
      ];
    },
  },
  {
    id: 'held.shared-name-possessive',
    behaviour: 'one name in several rooms',
    make(g, rng) {
      const shared = g.meta.sharedNames['ceiling light'];
      if (!shared) return null;
      const target = device(g.home, rng.pick(shared));
      const spoken = sayArea(g.home, target.area!, rng);
      const text = oneOf(
        rng,
        `the ${spoken} ceiling light off please`,
        `switch off the ceiling light that's in ${/'s\b/.test(spoken) ? spoken : `the ${spoken}`}`,
      );
      return [
        { text, area: anySpeaker(g.home, rng), expect: { actions: act([target], 'turn_off') } },
      ];
    },
  },
  {
    id: 'held.shared-radiator-ambiguous',
    behaviour: 'ambiguity asks back',
    make(g, rng) {
      const radiators = g.meta.sharedNames['radiator'];
      if (!radiators) return null;
      const area = otherArea(
        g.home,
        rng,
        radiators.map((id) => device(g.home, id).area),
      );
      if (!area) return null;
      const t = targetTemperature(g.home, rng);
      return [
        {
          text: oneOf(rng, `set the radiator to ${t}`, `turn off the radiator`),
          area,
          expect: { clarify: radiators },
        },
      ];
    },
  },
  {
    id: 'held.light-level',
    behaviour: 'kind word as a device name',
    make(g, rng) {
      // The illuminance sensor called "Light" answers "how bright is it" (debatable: a person
      // might mean the lamps' brightness; expected: the sensor, as the light level of the room).
      if (!g.meta.lightNamedSensors.length) return null;
      const sensor = device(g.home, rng.pick(g.meta.lightNamedSensors));
      return [
        {
          text: oneOf(
            rng,
            `what's the light level in ${theArea(g.home, sensor.area!, rng)}`,
            `how bright is it in ${theArea(g.home, sensor.area!, rng)}`,
          ),
          area: anySpeaker(g.home, rng),
          expect: { queries: [sensor.id] },
        },
      ];
    },
  },
  {
    id: 'held.scene-phrasings',
    behaviour: 'scenes',
    make(g, rng) {
      const scenes = g.home.scenes.filter(
        (s) => !g.meta.scenesNamedLikeDevices.some(([id]) => id === s.id),
      );
      if (!scenes.length) return null;
      const s = rng.pick(scenes);
      const name = rng.pick([s.name, ...s.aliases]).toLowerCase();
      return [
        {
          text: oneOf(
            rng,
            `switch to ${name}`,
            `start ${name}`,
            `let's do ${name}`,
            `run the ${name} scene`,
          ),
          area: anySpeaker(g.home, rng),
          expect: { actions: [{ device: s.id, command: 'activate' }] },
        },
      ];
    },
  },

  // ---------------------------------------------------------------- climate
  {
    id: 'held.heating-notch',
    behaviour: 'relative temperature',
    make(g, rng) {
      const c = onlyClimate(g.home);
      if (!c) return null;
      const up = rng.chance(0.5);
      const text = up
        ? oneOf(
            rng,
            'crank the heating up a notch',
            'bump the heating up by 2 degrees',
            'turn up the heat a little',
            'warm it up a bit',
          )
        : oneOf(
            rng,
            'knock the heating down a degree',
            'drop the temperature a bit',
            'cool it down a bit in here',
            'turn the temperature down by two degrees',
          );
      return [
        {
          text,
          area: anySpeaker(g.home, rng),
          expect: { actions: act([c], 'change_temperature', up ? 1 : -1) },
        },
      ];
    },
  },
  {
    id: 'held.heating-put-on',
    behaviour: 'temperature',
    make(g, rng) {
      const c = onlyClimate(g.home);
      if (!c) return null;
      const t = targetTemperature(g.home, rng);
      return [
        {
          text: oneOf(
            rng,
            `put the heating on ${t}`,
            `I'd like it ${sayNumber(t, rng)} degrees`,
            `heating to ${t} degrees please`,
            `make it ${t} degrees in here`,
          ),
          area: anySpeaker(g.home, rng),
          expect: { actions: act([c], 'set_temperature', t) },
        },
      ];
    },
  },
  {
    id: 'held.room-temperature-to',
    behaviour: 'temperature',
    make(g, rng) {
      const all = devicesOf(g.home, 'climate');
      if (all.length < 2) return null;
      const c = rng.pick(all);
      if (all.filter((d) => d.area === c.area).length !== 1) return null;
      const t = targetTemperature(g.home, rng);
      const spoken = sayArea(g.home, c.area!, rng);
      return [
        {
          text: oneOf(
            rng,
            `set the ${spoken} temperature to ${t}`,
            `put ${/'s\b/.test(spoken) ? spoken : `the ${spoken}`} at ${t} degrees`,
          ),
          area: anySpeaker(g.home, rng),
          expect: { actions: act([c], 'set_temperature', t) },
        },
      ];
    },
  },
  {
    id: 'held.mode-phrasings',
    behaviour: 'climate mode',
    make(g, rng) {
      const c = onlyClimate(g.home);
      if (!c) return null;
      const mode = rng.pick(['heat', 'cool', 'auto']);
      return [
        {
          text: oneOf(
            rng,
            `put the ${c.name.toLowerCase()} on ${mode}`,
            `switch the ${c.name.toLowerCase()} into ${mode} mode`,
            `${mode} mode on the ${c.name.toLowerCase()} please`,
          ),
          area: anySpeaker(g.home, rng),
          expect: { actions: act([c], 'set_mode', mode) },
        },
      ];
    },
  },

  // ---------------------------------------------------------------- fans, covers
  {
    id: 'held.fan-relative',
    behaviour: 'relative fan speed',
    make(g, rng) {
      const fans = devicesOf(g.home, 'fan');
      if (!fans.length) return null;
      const fan = rng.pick(fans);
      const only = fans.length === 1;
      if (!only && !uniquelyNamed(g.home, 'fan', true).includes(fan)) return null;
      const name = only ? 'the fan' : theName(fan.name);
      const up = rng.chance(0.5);
      const text = up
        ? oneOf(rng, `turn ${name} up a little`, `${name} a bit faster please`, `bump up ${name}`)
        : oneOf(
            rng,
            `slow ${name} down a bit`,
            `${name} a little slower`,
            `turn ${name} down a notch`,
          );
      return [
        {
          text,
          area: anySpeaker(g.home, rng),
          expect: { actions: act([fan], 'change_speed', up ? 10 : -10) },
        },
      ];
    },
  },
  {
    id: 'held.covers-relative',
    behaviour: 'relative cover position',
    make(g, rng) {
      const covers = devicesOf(g.home, 'cover', ['blind', 'shutter', 'curtain']);
      if (!covers.length) return null;
      const c = rng.pick(covers);
      const word = coverWords(c.class)!;
      const same = covers.filter((d) => d.area === c.area && d.class === c.class);
      const up = rng.chance(0.5);
      const where = `the ${word} in ${theArea(g.home, c.area!, rng)}`;
      const text = up
        ? oneOf(
            rng,
            `raise ${where} a little further`,
            `open ${where} a bit more`,
            `put ${where} up a little`,
          )
        : oneOf(
            rng,
            `lower ${where} a little`,
            `put ${where} down a bit`,
            `close ${where} a touch`,
          );
      return [
        {
          text,
          area: anySpeaker(g.home, rng),
          expect: { actions: act(same, 'change_position', up ? 10 : -10) },
        },
      ];
    },
  },
  {
    id: 'held.covers-halfway',
    behaviour: 'cover position',
    make(g, rng) {
      const covers = uniquelyNamed(g.home, 'cover').filter((d) => d.class !== 'garage');
      if (!covers.length) return null;
      const c = rng.pick(covers);
      return [
        {
          text: oneOf(
            rng,
            `open ${theName(c.name)} halfway`,
            `${theName(c.name)} half open please`,
          ),
          area: anySpeaker(g.home, rng),
          expect: { actions: act([c], 'set_position', 50) },
        },
      ];
    },
  },

  // ---------------------------------------------------------------- locks
  {
    id: 'held.make-sure-locked',
    behaviour: 'locks',
    make(g, rng) {
      const locks = uniquelyNamed(g.home, 'lock');
      if (!locks.length) return null;
      const l = rng.pick(locks);
      const name = l.name.toLowerCase();
      return [
        {
          text: oneOf(
            rng,
            `make sure that the ${name} has been locked`,
            `be sure to lock the ${name}`,
            `lock up the ${name}`,
            `the ${name} needs locking`,
          ),
          area: anySpeaker(g.home, rng),
          expect: { actions: act([l], 'lock') },
        },
      ];
    },
  },
  {
    id: 'held.doors-all-locked',
    behaviour: 'group questions',
    make(g, rng) {
      const locks = devicesOf(g.home, 'lock');
      if (locks.length < 2) return null;
      return [
        {
          text: oneOf(
            rng,
            'have all the doors been locked',
            'is everything locked',
            'did I lock all the doors',
            'are the doors locked',
          ),
          area: anySpeaker(g.home, rng),
          expect: { queries: ids(locks) },
        },
      ];
    },
  },

  // ---------------------------------------------------------------- sensor questions
  {
    id: 'held.which-windows',
    behaviour: 'group questions',
    make(g, rng) {
      const windows = devicesOf(g.home, 'binary_sensor', 'window');
      if (!windows.length) return null;
      return [
        {
          text: oneOf(
            rng,
            'which windows are open',
            'are any windows open',
            'did I leave a window open',
            'is any window open',
          ),
          area: anySpeaker(g.home, rng),
          expect: { queries: ids(windows) },
        },
      ];
    },
  },
  {
    id: 'held.window-downstairs',
    behaviour: 'group questions',
    make(g, rng) {
      const floor = g.meta.downstairs;
      if (!floor) return null;
      const areas = g.meta.areasByFloor[floor] ?? [];
      const windows = devicesOf(g.home, 'binary_sensor', 'window').filter((d) =>
        areas.includes(d.area ?? ''),
      );
      if (!windows.length) return null;
      return [
        {
          text: oneOf(
            rng,
            'is any window open downstairs',
            'how many windows are open downstairs',
            'are the downstairs windows closed',
          ),
          area: anySpeaker(g.home, rng),
          expect: { queries: ids(windows) },
        },
      ];
    },
  },
  {
    id: 'held.how-many-lights-on',
    behaviour: 'group questions',
    make(g, rng) {
      const rooms = areasWithLights(g, 2);
      if (!rooms.length) return null;
      const area = rng.pick(rooms);
      return [
        {
          text: oneOf(
            rng,
            `how many lights are on in ${theArea(g.home, area, rng)}`,
            `are any of the lights on in ${theArea(g.home, area, rng)}`,
            `are ${roomLights(g.home, area, rng)} on`,
          ),
          area: anySpeaker(g.home, rng),
          expect: { queries: ids(lightsIn(g, area)) },
        },
      ];
    },
  },
  {
    id: 'held.any-leaks',
    behaviour: 'questions by sensor class',
    make(g, rng) {
      const wet = devicesOf(g.home, 'binary_sensor', 'moisture');
      if (!wet.length) return null;
      return [
        {
          text: oneOf(rng, 'are there any leaks', 'is anything leaking', 'is there water anywhere'),
          area: anySpeaker(g.home, rng),
          expect: { queries: ids(wet) },
        },
      ];
    },
  },
  {
    id: 'held.bathroom-floor-wet',
    behaviour: 'questions by sensor class',
    make(g, rng) {
      const wet = devicesOf(g.home, 'binary_sensor', 'moisture').filter(
        (d) => d.area === 'bathroom',
      );
      if (!wet.length) return null;
      return [
        {
          text: oneOf(rng, 'is the bathroom floor wet', 'is there water on the bathroom floor'),
          area: anySpeaker(g.home, rng),
          expect: { queries: ids(wet) },
        },
      ];
    },
  },
  {
    id: 'held.low-batteries',
    behaviour: 'questions by sensor class',
    make(g, rng) {
      const low = devicesOf(g.home, 'binary_sensor', 'battery');
      if (!low.length) return null;
      return [
        {
          text: oneOf(
            rng,
            'any low batteries?',
            'which sensors have a low battery',
            'does anything need a battery change',
          ),
          area: anySpeaker(g.home, rng),
          expect: { queries: ids(low) },
        },
      ];
    },
  },
  {
    id: 'held.movement-room',
    behaviour: 'questions by sensor class',
    make(g, rng) {
      const sensors = devicesOf(g.home, 'binary_sensor', ['motion', 'occupancy']);
      if (!sensors.length) return null;
      const area = rng.pick(sensors).area!;
      const where = theArea(g.home, area, rng);
      return [
        {
          text: oneOf(
            rng,
            `is there movement in ${where}`,
            `is someone in ${where} right now`,
            `is ${where} occupied`,
          ),
          area: anySpeaker(g.home, rng),
          expect: { queries: ids(sensors.filter((d) => d.area === area)) },
        },
      ];
    },
  },
  {
    id: 'held.smoke-anywhere',
    behaviour: 'questions by sensor class',
    make(g, rng) {
      const smoke = devicesOf(g.home, 'binary_sensor', 'smoke');
      if (!smoke.length) return null;
      return [
        {
          text: oneOf(
            rng,
            'is there smoke anywhere',
            'has a smoke alarm gone off',
            'is any smoke detected',
          ),
          area: anySpeaker(g.home, rng),
          expect: { queries: ids(smoke) },
        },
      ];
    },
  },
  {
    id: 'held.humidity',
    behaviour: 'questions about one device',
    make(g, rng) {
      const hum = devicesOf(g.home, 'sensor', 'humidity').filter((d) => d.area === 'bathroom');
      if (!hum.length) return null;
      return [
        {
          text: oneOf(
            rng,
            'how humid is it in the bathroom',
            "what's the humidity in the bathroom",
          ),
          area: anySpeaker(g.home, rng),
          expect: { queries: ids(hum) },
        },
      ];
    },
  },

  // ---------------------------------------------------------------- timers
  {
    id: 'held.timer-more-time',
    behaviour: 'timer add/remove',
    make(_g, rng) {
      const m = rng.pick([2, 3, 4, 5]);
      const w = sayNumber(m, rng);
      const add = rng.chance(0.6);
      return add
        ? [
            {
              text: oneOf(
                rng,
                `add ${w} more minutes to the timer`,
                `give the timer another ${w} minutes`,
                `${w} more minutes on the timer`,
              ),
              expect: { timers: [{ op: 'add', seconds: m * 60 }] },
            },
          ]
        : [
            {
              text: oneOf(
                rng,
                `knock ${w} minutes off the timer`,
                `take ${w} minutes off my timer`,
              ),
              expect: { timers: [{ op: 'remove', seconds: m * 60 }] },
            },
          ];
    },
  },
  {
    id: 'held.timer-named-phrasings',
    behaviour: 'named timers',
    make(_g, rng) {
      const name = rng.pick(['pasta', 'rice', 'bread', 'egg']);
      const kind = rng.int(0, 2);
      if (kind === 0) {
        const m = rng.pick([6, 9, 11, 30]);
        return [
          {
            text: oneOf(
              rng,
              `start a ${sayNumber(m, rng)} minute ${name} timer`,
              `${name} timer, ${m} minutes`,
            ),
            expect: { timers: [{ op: 'start', seconds: m * 60, name }] },
          },
        ];
      }
      if (kind === 1)
        return [
          {
            text: oneOf(
              rng,
              `how much longer on the ${name} timer`,
              `what's left on the ${name} timer`,
            ),
            expect: { timers: [{ op: 'status', name }] },
          },
        ];
      return [
        {
          text: oneOf(rng, `cancel my ${name} timer`, `get rid of the ${name} timer`),
          expect: { timers: [{ op: 'cancel', name }] },
        },
      ];
    },
  },
  {
    id: 'held.timer-hours-seconds',
    behaviour: 'timers',
    make(_g, rng) {
      const kind = rng.int(0, 2);
      if (kind === 0)
        return [
          {
            text: oneOf(rng, 'set a timer for an hour and a half', 'timer for 90 minutes'),
            expect: { timers: [{ op: 'start', seconds: 5400 }] },
          },
        ];
      if (kind === 1)
        return [
          {
            text: oneOf(rng, 'set a timer for 30 seconds', 'thirty second timer please'),
            expect: { timers: [{ op: 'start', seconds: 30 }] },
          },
        ];
      return [
        {
          text: oneOf(
            rng,
            'set a timer for two and a half minutes',
            'timer for 2 minutes 30 seconds',
          ),
          expect: { timers: [{ op: 'start', seconds: 150 }] },
        },
      ];
    },
  },

  // ---------------------------------------------------------------- vacuum, media
  {
    id: 'held.vacuum-dock',
    behaviour: 'vacuum',
    make(g, rng) {
      const vac = devicesOf(g.home, 'vacuum');
      if (vac.length !== 1) return null;
      const name = vac[0]!.name.toLowerCase();
      return [
        {
          text: oneOf(
            rng,
            `send the ${name} back to the base`,
            'send the robot back to its dock',
            `${name}, go home`,
            `return the ${name} to its charger`,
            'send the vacuum back to charge',
          ),
          area: anySpeaker(g.home, rng),
          expect: { actions: act(vac, 'return_home') },
        },
      ];
    },
  },
  {
    id: 'held.media-volume',
    behaviour: 'media',
    make(g, rng) {
      const tv = devicesOf(g.home, 'media_player', 'tv');
      if (tv.length !== 1) return null;
      const name = tv[0]!.name.toLowerCase();
      const up = rng.chance(0.5);
      return [
        {
          text: up
            ? oneOf(rng, `turn up the ${name}`, `${name} louder please`)
            : oneOf(rng, `turn the ${name} down`, `make the ${name} quieter`),
          area: anySpeaker(g.home, rng),
          expect: { actions: act(tv, 'change_volume', up ? 10 : -10) },
        },
      ];
    },
  },

  // ---------------------------------------------------------------- several targets, states, the rest
  {
    id: 'held.two-rooms-lights',
    behaviour: 'lights by room',
    make(g, rng) {
      const rooms = areasWithLights(g);
      if (rooms.length < 2) return null;
      const [a, b] = rng.sample(rooms, 2) as [string, string];
      const on = rng.chance(0.5);
      const text = `switch ${roomLights(g.home, a, rng)} and ${roomLights(g.home, b, rng)} ${on ? 'on' : 'off'}`;
      return [
        {
          text,
          area: anySpeaker(g.home, rng),
          expect: {
            actions: act([...lightsIn(g, a), ...lightsIn(g, b)], on ? 'turn_on' : 'turn_off'),
          },
        },
      ];
    },
  },
  {
    id: 'held.compound-bedtime',
    behaviour: 'several commands in one sentence',
    make(g, rng) {
      const locks = uniquelyNamed(g.home, 'lock');
      if (!locks.length) return null;
      const l = rng.pick(locks);
      const text = oneOf(
        rng,
        `lock the ${l.name.toLowerCase()} and turn off all the lights`,
        `turn every light off, then lock the ${l.name.toLowerCase()}`,
      );
      return [
        {
          text,
          area: anySpeaker(g.home, rng),
          expect: { actions: [...act(allLights(g), 'turn_off'), ...act([l], 'lock')] },
        },
      ];
    },
  },
  {
    id: 'held.compound-heat-and-blinds',
    behaviour: 'several commands in one sentence',
    make(g, rng) {
      const c = onlyClimate(g.home);
      const covers = uniquelyNamed(g.home, 'cover').filter((d) => d.class !== 'garage');
      if (!c || !covers.length) return null;
      const cover = rng.pick(covers);
      const t = targetTemperature(g.home, rng);
      return [
        {
          text: `close ${theName(cover.name)} and set the heating to ${t}`,
          area: anySpeaker(g.home, rng),
          expect: { actions: [...act([cover], 'close'), ...act([c], 'set_temperature', t)] },
        },
      ];
    },
  },
  {
    id: 'held.state-question',
    behaviour: 'questions about one device',
    make(g, rng) {
      const options = [
        ...uniquelyNamed(g.home, 'light'),
        ...uniquelyNamed(g.home, 'media_player'),
        ...uniquelyNamed(g.home, 'switch'),
      ];
      if (!options.length) return null;
      const d = rng.pick(options);
      return [
        {
          text: oneOf(
            rng,
            `did I leave ${theName(d.name)} on`,
            `is ${theName(d.name)} switched on`,
            `${theName(d.name)}, is it on?`,
          ),
          area: anySpeaker(g.home, rng),
          expect: { queries: [d.id] },
        },
      ];
    },
  },
  {
    id: 'held.garage-open-question',
    behaviour: 'questions about one device',
    make(g, rng) {
      const garage = devicesOf(g.home, 'cover', 'garage');
      if (garage.length !== 1) return null;
      return [
        {
          text: oneOf(
            rng,
            'did I leave the garage open',
            'is the garage door still open',
            'is the garage shut',
          ),
          area: anySpeaker(g.home, rng),
          expect: { queries: ids(garage) },
        },
      ];
    },
  },
  {
    id: 'held.vacuum-stop-start',
    behaviour: 'vacuum',
    make(g, rng) {
      const vac = devicesOf(g.home, 'vacuum');
      if (vac.length !== 1) return null;
      const name = vac[0]!.name.toLowerCase();
      const stop = rng.chance(0.5);
      return [
        {
          text: stop
            ? oneOf(rng, `tell the ${name} to stop`, `make the ${name} stop`)
            : oneOf(
                rng,
                `get the ${name} going`,
                `have the ${name} clean the house`,
                `let the ${name} start cleaning`,
              ),
          area: anySpeaker(g.home, rng),
          expect: { actions: act(vac, stop ? 'stop' : 'start') },
        },
      ];
    },
  },

  {
    id: 'held.alias-with-room',
    behaviour: 'one name in several rooms',
    make(g, rng) {
      const big = g.home.devices.filter((d) => d.aliases.includes('big light'));
      if (big.length < 2) return null;
      const target = rng.pick(big);
      const where = theArea(g.home, target.area!, rng);
      const off = rng.chance(0.5);
      const text = off ? `turn the big light in ${where} off` : `put the big light on in ${where}`;
      return [
        {
          text,
          area: anySpeaker(g.home, rng),
          expect: { actions: act([target], off ? 'turn_off' : 'turn_on') },
        },
      ];
    },
  },

  {
    id: 'held.timer-every-hold',
    behaviour: 'timers',
    make(_g, rng) {
      const op = rng.pick(['cancel_all', 'pause', 'resume'] as const);
      const text =
        op === 'cancel_all'
          ? oneOf(rng, 'stop all my timers', 'cancel every timer', 'clear all the timers')
          : op === 'pause'
            ? oneOf(rng, 'pause my timer', 'can you pause the timer')
            : oneOf(rng, 'unpause the timer', 'resume my timer please');
      return [{ text, expect: { timers: [{ op }] } }];
    },
  },
  {
    id: 'held.fahrenheit-said',
    behaviour: 'temperature',
    make(g, rng) {
      const c = onlyClimate(g.home);
      if (!c || g.home.unit !== 'fahrenheit') return null;
      const t = targetTemperature(g.home, rng);
      return [
        {
          text: oneOf(
            rng,
            `set the heating to ${t} degrees fahrenheit`,
            `${t} degrees on the ${c.name.toLowerCase()} please`,
          ),
          area: anySpeaker(g.home, rng),
          expect: { actions: act([c], 'set_temperature', t) },
        },
      ];
    },
  },
  {
    id: 'held.anyone-upstairs',
    behaviour: 'questions by sensor class',
    make(g, rng) {
      const up = rng.chance(0.5);
      const floor = up ? g.meta.upstairs : g.meta.downstairs;
      if (!floor) return null;
      const areas = g.meta.areasByFloor[floor] ?? [];
      const sensors = devicesOf(g.home, 'binary_sensor', ['motion', 'occupancy']).filter((d) =>
        areas.includes(d.area ?? ''),
      );
      if (!sensors.length) return null;
      const word = up ? 'upstairs' : 'downstairs';
      return [
        {
          text: oneOf(rng, `is anyone ${word}`, `is there any movement ${word}`),
          area: anySpeaker(g.home, rng),
          expect: { queries: ids(sensors) },
        },
      ];
    },
  },
  {
    id: 'held.room-warm-white',
    behaviour: 'colour temperature',
    make(g, rng) {
      const lamps = uniquelyNamed(g.home, 'light');
      if (!lamps.length) return null;
      const lamp = rng.pick(lamps);
      const k = rng.pick([2200, 2700, 3500, 5000]);
      return [
        {
          text: oneOf(
            rng,
            `change ${theName(lamp.name)} to ${k} kelvin`,
            `colour temperature of ${theName(lamp.name)} to ${k}`,
          ),
          area: anySpeaker(g.home, rng),
          expect: { actions: act([lamp], 'set_color_temp', k) },
        },
      ];
    },
  },
  {
    id: 'held.scene-like-device-switch-to',
    behaviour: 'scenes',
    make(g, rng) {
      if (!g.meta.scenesNamedLikeDevices.length) return null;
      const [scene, deviceId] = rng.pick(g.meta.scenesNamedLikeDevices);
      const name = g.home.scenes.find((s) => s.id === scene)!.name.toLowerCase();
      // "Study light" beside a light called "Light" in the study reads two ways: leave it out.
      if (readsAsRoomAndName(g.home, device(g.home, deviceId))) return null;
      if (rng.chance(0.5))
        return [
          {
            text: oneOf(rng, `switch to the ${name} scene`, `${name} scene please`),
            area: anySpeaker(g.home, rng),
            expect: { actions: [{ device: scene, command: 'activate' }] },
          },
        ];
      return [
        {
          text: oneOf(rng, `switch the ${name} off`, `${name} off please`),
          area: anySpeaker(g.home, rng),
          expect: { actions: act([deviceId], 'turn_off') },
        },
      ];
    },
  },

  // ---------------------------------------------------------------- conversations
  {
    id: 'held.conv-now-turn-it-off',
    behaviour: 'conversation: it',
    make(g, rng) {
      const lamps = uniquelyNamed(g.home, 'light');
      if (!lamps.length) return null;
      const lamp = rng.pick(lamps);
      const area = anySpeaker(g.home, rng);
      return [
        {
          text: `switch on ${theName(lamp.name)}`,
          area,
          expect: { actions: act([lamp], 'turn_on') },
        },
        {
          text: oneOf(rng, 'now turn it off', 'actually, turn it off again', 'switch it off'),
          area,
          expect: { actions: act([lamp], 'turn_off') },
        },
      ];
    },
  },
  {
    id: 'held.conv-a-bit-more',
    behaviour: 'conversation: more of the same',
    make(g, rng) {
      const area = rng.pick(areasWithLights(g));
      const speaker = anySpeaker(g.home, rng);
      return [
        {
          text: `dim ${roomLights(g.home, area, rng)} a bit`,
          area: speaker,
          expect: { actions: act(lightsIn(g, area), 'change_brightness', -10) },
        },
        {
          text: oneOf(rng, 'a bit more', 'more', 'a little more please'),
          area: speaker,
          expect: { actions: act(lightsIn(g, area), 'change_brightness', -10) },
        },
      ];
    },
  },
  {
    id: 'held.conv-warmer-more',
    behaviour: 'conversation: more of the same',
    make(g, rng) {
      const c = onlyClimate(g.home);
      if (!c) return null;
      const area = anySpeaker(g.home, rng);
      return [
        {
          text: 'turn the heating up',
          area,
          expect: { actions: act([c], 'change_temperature', 1) },
        },
        {
          text: oneOf(rng, 'a bit more', 'a little more'),
          area,
          expect: { actions: act([c], 'change_temperature', 1) },
        },
      ];
    },
  },
  {
    id: 'held.conv-room-as-well',
    behaviour: 'conversation: and X too',
    make(g, rng) {
      const rooms = areasWithLights(g);
      if (rooms.length < 2) return null;
      const [a, b] = rng.sample(rooms, 2) as [string, string];
      const area = anySpeaker(g.home, rng);
      return [
        {
          text: `switch off ${roomLights(g.home, a, rng)}`,
          area,
          expect: { actions: act(lightsIn(g, a), 'turn_off') },
        },
        {
          text: oneOf(
            rng,
            `${theArea(g.home, b, rng)} as well`,
            `same for ${theArea(g.home, b, rng)}`,
            `also ${theArea(g.home, b, rng)}`,
          ),
          area,
          expect: { actions: act(lightsIn(g, b), 'turn_off') },
        },
      ];
    },
  },
  {
    id: 'held.conv-set-them-colour',
    behaviour: 'conversation: them',
    make(g, rng) {
      const rooms = areasWithLights(g, 2);
      if (!rooms.length) return null;
      const a = rng.pick(rooms);
      const colour = rng.pick(COLOURS);
      const area = anySpeaker(g.home, rng);
      return [
        {
          text: `turn on ${roomLights(g.home, a, rng)}`,
          area,
          expect: { actions: act(lightsIn(g, a), 'turn_on') },
        },
        {
          text: oneOf(
            rng,
            `make them ${colour}`,
            `now set them to ${colour}`,
            `and make them ${colour}`,
          ),
          area,
          expect: { actions: act(lightsIn(g, a), 'set_color', colour) },
        },
      ];
    },
  },
  {
    id: 'held.conv-answer-room-one',
    behaviour: 'conversation: answering a question',
    make(g, rng) {
      const shared = g.meta.sharedNames['ceiling light'];
      if (!shared) return null;
      const area = otherArea(
        g.home,
        rng,
        shared.map((id) => device(g.home, id).area),
      );
      if (!area) return null;
      const target = device(g.home, rng.pick(shared));
      const n = rng.pick([20, 50, 80]);
      const spoken = sayArea(g.home, target.area!, rng);
      return [
        {
          text: `set the ceiling light to ${numberWords(n)} percent`,
          area,
          expect: { clarify: shared },
        },
        {
          text: /'s\b/.test(spoken)
            ? `the one in ${spoken}`
            : oneOf(rng, `the ${spoken} one`, `the one in the ${spoken}`),
          area,
          expect: { actions: act([target], 'set_brightness', n) },
        },
      ];
    },
  },
  {
    id: 'held.conv-the-other-one',
    behaviour: 'conversation: the other one',
    make(g, rng) {
      // Two devices share a name, the speaker's room has one: "no, the other one" redoes the
      // command on the other. (Debatable: whether the first should also be undone; expected:
      // only the other one is acted on.)
      const pairs = Object.entries(g.meta.sharedNames)
        .filter(
          ([name, s]) =>
            !['light', 'lamp'].includes(name) &&
            s.length === 2 &&
            s.every((id) => device(g.home, id).type === 'light'),
        )
        .map(([, s]) => s);
      if (!pairs.length) return null;
      const [first, other] = rng.shuffle(rng.pick(pairs)) as [string, string];
      const d = device(g.home, first);
      if (d.area === device(g.home, other).area) return null;
      return [
        {
          text: `turn on ${theName(d.name)}`,
          area: d.area!,
          expect: { actions: act([first], 'turn_on') },
        },
        {
          text: oneOf(rng, 'no, the other one', 'the other one'),
          area: d.area!,
          expect: { actions: act([other], 'turn_on') },
        },
      ];
    },
  },
  {
    id: 'held.conv-fan-faster',
    behaviour: 'conversation: it',
    make(g, rng) {
      const fans = devicesOf(g.home, 'fan');
      if (fans.length !== 1) return null;
      const area = anySpeaker(g.home, rng);
      return [
        { text: 'turn on the fan', area, expect: { actions: act(fans, 'turn_on') } },
        {
          text: oneOf(rng, 'make it go faster', 'can it go a bit faster', 'turn it up'),
          area,
          expect: { actions: act(fans, 'change_speed', 10) },
        },
      ];
    },
  },
  {
    id: 'held.conv-own-target',
    behaviour: 'conversation: new target',
    make(g, rng) {
      const lamps = uniquelyNamed(g.home, 'light');
      const rooms = areasWithLights(g);
      if (!lamps.length || !rooms.length) return null;
      const lamp = rng.pick(lamps);
      const others = rooms.filter((r) => r !== lamp.area);
      if (!others.length) return null;
      const area = rng.pick(others);
      const speaker = anySpeaker(g.home, rng);
      return [
        {
          text: `dim ${roomLights(g.home, area, rng)} to 30 percent`,
          area: speaker,
          expect: { actions: act(lightsIn(g, area), 'set_brightness', 30) },
        },
        {
          text: oneOf(rng, `switch on ${theName(lamp.name)}`, `and turn on ${theName(lamp.name)}`),
          area: speaker,
          expect: { actions: act([lamp], 'turn_on') },
        },
      ];
    },
  },
];
