// Development templates: the lead works against these. Expected plans follow the spec
// (../shared/spec/home-file.md, cli.md) and issue 10, not what any engine does today.
// The held-out set (templates.heldout.ts) words the same behaviours differently.
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
  nameIsUnique,
  numberWords,
  oneOf,
  onlyClimate,
  otherArea,
  polite,
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

export const DEV_TEMPLATES: Template[] = [
  // ---------------------------------------------------------------- lights by room, floor, all
  {
    id: 'dev.room-lights-off',
    behaviour: 'lights by room',
    make(g, rng) {
      const area = rng.pick(areasWithLights(g));
      const lights = roomLights(g.home, area, rng);
      const text = polite(
        oneOf(rng, `turn off ${lights}`, `switch ${lights} off`, `turn ${lights} off`),
        rng,
      );
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
    id: 'dev.room-lights-on',
    behaviour: 'lights by room',
    make(g, rng) {
      const area = rng.pick(areasWithLights(g));
      const text = oneOf(
        rng,
        `turn on ${roomLights(g.home, area, rng)}`,
        `switch on ${roomLights(g.home, area, rng)}`,
        `lights on in ${theArea(g.home, area, rng)}`,
      );
      return [
        {
          text,
          area: anySpeaker(g.home, rng),
          expect: { actions: act(lightsIn(g, area), 'turn_on') },
        },
      ];
    },
  },
  {
    id: 'dev.room-lights-beside-light-sensor',
    behaviour: 'kind word as a device name',
    make(g, rng) {
      // An illuminance sensor called "Light" must never capture "lights".
      const rooms = g.meta.lightNamedSensors
        .map((id) => g.home.devices.find((d) => d.id === id)!.area!)
        .filter((a) => lightsIn(g, a).length > 0);
      if (!rooms.length) return null;
      const area = rng.pick(rooms);
      const lights = roomLights(g.home, area, rng);
      const off = rng.chance(0.5);
      const text = off ? `switch ${lights} off` : `turn on ${lights}`;
      return [
        {
          text,
          area: anySpeaker(g.home, rng),
          expect: { actions: act(lightsIn(g, area), off ? 'turn_off' : 'turn_on') },
        },
      ];
    },
  },
  {
    id: 'dev.room-word-in-name-plural',
    behaviour: 'room word inside a device name',
    make(g, rng) {
      // "Bathroom light" plus a second bathroom light: "the bathroom lights" is both.
      const lights = lightsIn(g, 'bathroom');
      if (lights.length < 2) return null;
      const text = polite(
        oneOf(rng, 'turn on the bathroom lights', 'switch the bathroom lights on'),
        rng,
      );
      return [{ text, area: anySpeaker(g.home, rng), expect: { actions: act(lights, 'turn_on') } }];
    },
  },
  {
    id: 'dev.room-word-in-name-singular',
    behaviour: 'room word inside a device name',
    make(g, rng) {
      // The name the user said wins over "the one light of that room".
      const named = lightsIn(g, 'bathroom').find((d) => d.name === 'Bathroom light');
      if (!named || lightsIn(g, 'bathroom').length < 2 || readsAsRoomAndName(g.home, named))
        return null;
      const text = oneOf(rng, 'turn off the bathroom light', 'switch the bathroom light off');
      return [
        { text, area: anySpeaker(g.home, rng), expect: { actions: act([named], 'turn_off') } },
      ];
    },
  },
  {
    id: 'dev.speaker-room-lights',
    behaviour: 'speaker area',
    make(g, rng) {
      const area = rng.pick(areasWithLights(g));
      const text = polite(
        oneOf(rng, 'turn the lights off', 'turn off the lights in here', 'lights off'),
        rng,
      );
      return [{ text, area, expect: { actions: act(lightsIn(g, area), 'turn_off') } }];
    },
  },
  {
    id: 'dev.default-area-lights',
    behaviour: 'speaker area',
    make(g, rng) {
      // No area in the context: the home's default_area is where the speaker is.
      const area = g.home.default_area;
      if (!area || !lightsIn(g, area).length) return null;
      const text = oneOf(rng, 'turn on the lights', 'switch the lights on', 'lights on please');
      return [{ text, expect: { actions: act(lightsIn(g, area), 'turn_on') } }];
    },
  },
  {
    id: 'dev.all-lights-off',
    behaviour: 'all lights',
    make(g, rng) {
      const text = polite(
        oneOf(
          rng,
          'turn off all the lights',
          'kill all the lights',
          'switch every light off',
          'turn all lights off',
        ),
        rng,
      );
      return [
        { text, area: anySpeaker(g.home, rng), expect: { actions: act(allLights(g), 'turn_off') } },
      ];
    },
  },
  {
    id: 'dev.floor-lights',
    behaviour: 'lights by floor',
    make(g, rng) {
      const up = rng.chance(0.5);
      const floor = up ? g.meta.upstairs : g.meta.downstairs;
      if (!floor) return null;
      const lights = lightsOnFloor(g, floor);
      if (!lights.length) return null;
      const word = up ? 'upstairs' : 'downstairs';
      const on = rng.chance(0.5);
      const verb = on ? 'on' : 'off';
      const text = oneOf(
        rng,
        `turn ${verb} the lights ${word}`,
        `switch the ${word} lights ${verb}`,
        `turn the lights ${word} ${verb}`,
      );
      return [
        {
          text,
          area: anySpeaker(g.home, rng),
          expect: { actions: act(lights, on ? 'turn_on' : 'turn_off') },
        },
      ];
    },
  },
  {
    id: 'dev.all-lights-except-room',
    behaviour: 'exceptions',
    make(g, rng) {
      const rooms = areasWithLights(g);
      if (rooms.length < 2) return null;
      const area = rng.pick(rooms);
      const keep = new Set(g.meta.lightsByArea[area]);
      const text = oneOf(
        rng,
        `turn off all the lights except ${theArea(g.home, area, rng)}`,
        `turn off all the lights except in ${theArea(g.home, area, rng)}`,
        `switch off every light except the ones in ${theArea(g.home, area, rng)}`,
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
    id: 'dev.room-lights-but-leave-one',
    behaviour: 'exceptions',
    make(g, rng) {
      const candidates = uniquelyNamed(g.home, 'light').filter(
        (d) => d.area && lightsIn(g, d.area).length >= 2,
      );
      if (!candidates.length) return null;
      const lamp = rng.pick(candidates);
      const area = lamp.area!;
      const text = oneOf(
        rng,
        `turn off ${roomLights(g.home, area, rng)} but leave ${theName(lamp.name)} on`,
        `turn off ${roomLights(g.home, area, rng)} except ${theName(lamp.name)}`,
      );
      return [
        {
          text,
          area: anySpeaker(g.home, rng),
          expect: {
            actions: act(
              lightsIn(g, area).filter((d) => d !== lamp),
              'turn_off',
            ),
          },
        },
      ];
    },
  },
  {
    id: 'dev.everything-but-device',
    behaviour: 'exceptions',
    make(g, rng) {
      const candidates = uniquelyNamed(g.home, 'light');
      if (!candidates.length) return null;
      const lamp = rng.pick(candidates);
      const text = oneOf(
        rng,
        `turn off all the lights except ${theName(lamp.name)}`,
        `switch off all lights but ${theName(lamp.name)}`,
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
    id: 'dev.lights-missing-in-room',
    behaviour: 'nothing to act on',
    make(g, rng) {
      const empty = g.home.areas.map((a) => a.id).filter((a) => !lightsIn(g, a).length);
      if (!empty.length) return null;
      const area = rng.pick(empty);
      return [
        {
          text: `turn on ${roomLights(g.home, area, rng)}`,
          area: anySpeaker(g.home, rng),
          expect: { nothing: true },
        },
      ];
    },
  },
  {
    id: 'dev.negated',
    behaviour: 'nothing to act on',
    make(g, rng) {
      const area = rng.pick(areasWithLights(g));
      return [
        {
          text: oneOf(
            rng,
            `don't turn off ${roomLights(g.home, area, rng)}`,
            `do not switch on ${roomLights(g.home, area, rng)}`,
          ),
          area,
          expect: { nothing: true },
        },
      ];
    },
  },

  // ---------------------------------------------------------------- brightness, colour
  {
    id: 'dev.room-brightness',
    behaviour: 'brightness',
    make(g, rng) {
      const area = rng.pick(areasWithLights(g));
      const n = rng.pick([10, 20, 25, 30, 40, 50, 60, 75, 80]);
      const pct = sayPercent(n, rng);
      const text = polite(
        oneOf(
          rng,
          `dim ${roomLights(g.home, area, rng)} to ${pct}`,
          `set ${roomLights(g.home, area, rng)} to ${pct}`,
        ),
        rng,
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
    id: 'dev.device-brightness',
    behaviour: 'brightness',
    make(g, rng) {
      const lights = uniquelyNamed(g.home, 'light');
      if (!lights.length) return null;
      const lamp = rng.pick(lights);
      const n = rng.pick([5, 15, 30, 45, 70, 90, 100]);
      const text = oneOf(
        rng,
        `set ${theName(sayDevice(lamp, rng))} to ${sayPercent(n, rng)} brightness`,
        `dim ${theName(sayDevice(lamp, rng))} to ${sayPercent(n, rng)}`,
        `${theName(lamp.name)} to ${sayPercent(n, rng)}`,
      );
      return [
        {
          text,
          area: anySpeaker(g.home, rng),
          expect: { actions: act([lamp], 'set_brightness', n) },
        },
      ];
    },
  },
  {
    id: 'dev.brighter-dimmer',
    behaviour: 'relative brightness',
    make(g, rng) {
      const area = rng.pick(areasWithLights(g));
      const up = rng.chance(0.5);
      const lights = roomLights(g.home, area, rng);
      const text = up
        ? oneOf(rng, `make ${lights} brighter`, `turn ${lights} up a bit`, `brighten ${lights}`)
        : oneOf(
            rng,
            `dim ${lights} a bit`,
            `make ${lights} a little dimmer`,
            `turn ${lights} down a little`,
          );
      return [
        {
          text,
          area: anySpeaker(g.home, rng),
          expect: { actions: act(lightsIn(g, area), 'change_brightness', up ? 10 : -10) },
        },
      ];
    },
  },
  {
    id: 'dev.dim-here',
    behaviour: 'relative brightness',
    make(g, rng) {
      // Issue 10: "dim the lights a bit" must dim (change_brightness < 0), never switch on.
      const area = rng.pick(areasWithLights(g));
      return [
        {
          text: oneOf(rng, 'dim the lights a bit', 'lights a bit dimmer please'),
          area,
          expect: { actions: act(lightsIn(g, area), 'change_brightness', -10) },
        },
      ];
    },
  },
  {
    id: 'dev.room-colour',
    behaviour: 'colour',
    make(g, rng) {
      const area = rng.pick(areasWithLights(g));
      const colour = rng.pick(COLOURS);
      const text = oneOf(
        rng,
        `make ${roomLights(g.home, area, rng)} ${colour}`,
        `turn ${roomLights(g.home, area, rng)} ${colour}`,
        `set ${roomLights(g.home, area, rng)} to ${colour}`,
      );
      return [
        {
          text,
          area: anySpeaker(g.home, rng),
          expect: { actions: act(lightsIn(g, area), 'set_color', colour) },
        },
      ];
    },
  },
  {
    id: 'dev.colour-temp',
    behaviour: 'colour temperature',
    make(g, rng) {
      const lights = uniquelyNamed(g.home, 'light');
      if (!lights.length) return null;
      const lamp = rng.pick(lights);
      const k = rng.pick([2700, 3000, 4000, 5000, 6500]);
      const text = oneOf(
        rng,
        `set ${theName(lamp.name)} to ${k} kelvin`,
        `make ${theName(lamp.name)} ${k}K`,
      );
      return [
        {
          text,
          area: anySpeaker(g.home, rng),
          expect: { actions: act([lamp], 'set_color_temp', k) },
        },
      ];
    },
  },

  // ---------------------------------------------------------------- names
  {
    id: 'dev.unique-device-on-off',
    behaviour: 'device by name',
    make(g, rng) {
      // Apostrophes, hyphens and numbers included ("Mia's lamp", "Wi-Fi plug", "Lamp 2").
      const devices = [...uniquelyNamed(g.home, 'light'), ...uniquelyNamed(g.home, 'switch')];
      if (!devices.length) return null;
      const d = rng.pick(devices);
      const on = rng.chance(0.5);
      const name = theName(sayDevice(d, rng));
      const text = polite(
        on
          ? oneOf(rng, `turn on ${name}`, `switch ${name} on`)
          : oneOf(rng, `turn off ${name}`, `switch ${name} off`),
        rng,
      );
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
    id: 'dev.numbered-lamp',
    behaviour: 'numbers in names',
    make(g, rng) {
      const lamp = devicesOf(g.home, 'light').find((d) => d.name === 'Lamp 2');
      if (!lamp || !nameIsUnique(g.home, lamp.name)) return null;
      const text = oneOf(rng, 'turn on lamp 2', 'turn on lamp two', 'switch lamp 2 off');
      return [
        {
          text,
          area: anySpeaker(g.home, rng),
          expect: { actions: act([lamp], text.includes('off') ? 'turn_off' : 'turn_on') },
        },
      ];
    },
  },
  {
    id: 'dev.shared-name-with-room',
    behaviour: 'one name in several rooms',
    make(g, rng) {
      const shared = g.meta.sharedNames['ceiling light'];
      if (!shared) return null;
      const target = device(g.home, rng.pick(shared));
      const area = target.area!;
      const text = oneOf(
        rng,
        `turn on the ceiling light in ${theArea(g.home, area, rng)}`,
        `switch on the ${sayArea(g.home, area, rng)} ceiling light`,
      );
      return [
        { text, area: anySpeaker(g.home, rng), expect: { actions: act([target], 'turn_on') } },
      ];
    },
  },
  {
    id: 'dev.shared-name-speaker-room',
    behaviour: 'one name in several rooms',
    make(g, rng) {
      const shared = g.meta.sharedNames['ceiling light'];
      if (!shared) return null;
      const target = device(g.home, rng.pick(shared));
      return [
        {
          text: oneOf(rng, 'turn off the ceiling light', 'switch the ceiling light off'),
          area: target.area!,
          expect: { actions: act([target], 'turn_off') },
        },
      ];
    },
  },
  {
    id: 'dev.shared-name-ambiguous',
    behaviour: 'ambiguity asks back',
    make(g, rng) {
      const shared = g.meta.sharedNames['ceiling light'];
      if (!shared) return null;
      const rooms = shared.map((id) => g.home.devices.find((d) => d.id === id)!.area);
      const area = otherArea(g.home, rng, rooms);
      if (!area) return null;
      return [
        {
          text: oneOf(rng, 'turn on the ceiling light', 'switch the ceiling light on please'),
          area,
          expect: { clarify: shared },
        },
      ];
    },
  },
  {
    id: 'dev.light-named-light',
    behaviour: 'kind word as a device name',
    make(g, rng) {
      // A light called "Light", alone in its room.
      const lone = devicesOf(g.home, 'light').filter(
        (d) => d.name === 'Light' && lightsIn(g, d.area!).length === 1,
      );
      if (!lone.length) return null;
      const d = rng.pick(lone);
      return [
        {
          text: oneOf(
            rng,
            `turn on the light in ${theArea(g.home, d.area!, rng)}`,
            `switch on the ${sayArea(g.home, d.area!, rng)} light`,
          ),
          area: anySpeaker(g.home, rng),
          expect: { actions: act([d], 'turn_on') },
        },
      ];
    },
  },
  {
    id: 'dev.scene',
    behaviour: 'scenes',
    make(g, rng) {
      const scenes = g.home.scenes.filter(
        (s) => !g.meta.scenesNamedLikeDevices.some(([id]) => id === s.id),
      );
      if (!scenes.length) return null;
      const s = rng.pick(scenes);
      const name = s.name.toLowerCase();
      const text = oneOf(
        rng,
        `activate ${name}`,
        `activate the ${name} scene`,
        `turn on ${name}`,
        `${name} please`,
      );
      return [
        {
          text,
          area: anySpeaker(g.home, rng),
          expect: { actions: [{ device: s.id, command: 'activate' }] },
        },
      ];
    },
  },
  {
    id: 'dev.scene-named-like-device',
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
            text: `activate the ${name} scene`,
            area: anySpeaker(g.home, rng),
            expect: { actions: [{ device: scene, command: 'activate' }] },
          },
        ];
      // A scene cannot be switched off: "turn off the X" is the device.
      return [
        {
          text: `turn off the ${name}`,
          area: anySpeaker(g.home, rng),
          expect: { actions: act([deviceId], 'turn_off') },
        },
      ];
    },
  },

  // ---------------------------------------------------------------- climate
  {
    id: 'dev.heating-set',
    behaviour: 'temperature',
    make(g, rng) {
      const c = onlyClimate(g.home);
      if (!c) return null;
      const t = targetTemperature(g.home, rng);
      const word = c.name.toLowerCase();
      const text = polite(
        oneOf(
          rng,
          `set the ${word} to ${t}`,
          `set the ${word} to ${sayNumber(t, rng)} degrees`,
          `turn the ${word} to ${t} degrees`,
        ),
        rng,
      );
      return [
        {
          text,
          area: anySpeaker(g.home, rng),
          expect: { actions: act([c], 'set_temperature', t) },
        },
      ];
    },
  },
  {
    id: 'dev.room-temperature-set',
    behaviour: 'temperature',
    make(g, rng) {
      // A sensor called "Temperature" may share the room: it must not capture the sentence.
      const rooms = g.home.areas
        .map((a) => a.id)
        .filter((a) => devicesOf(g.home, 'climate').filter((d) => d.area === a).length === 1);
      if (!rooms.length) return null;
      const area = rng.pick(rooms);
      const c = devicesOf(g.home, 'climate').find((d) => d.area === area)!;
      const t = targetTemperature(g.home, rng);
      const text = oneOf(
        rng,
        `put the temperature in ${theArea(g.home, area, rng)} to ${t}`,
        `set the temperature in ${theArea(g.home, area, rng)} to ${sayNumber(t, rng)} degrees`,
      );
      return [
        {
          text,
          area: anySpeaker(g.home, rng),
          expect: { actions: act([c], 'set_temperature', t) },
        },
      ];
    },
  },
  {
    id: 'dev.warmer-cooler',
    behaviour: 'relative temperature',
    make(g, rng) {
      const c = onlyClimate(g.home);
      if (!c) return null;
      const up = rng.chance(0.5);
      const word = c.name.toLowerCase();
      const text = up
        ? oneOf(
            rng,
            'make it warmer',
            `turn the ${word} up`,
            `turn the ${word} up by ${sayNumber(2, rng)} degrees`,
            'a bit warmer please',
          )
        : oneOf(
            rng,
            'make it cooler',
            `turn the ${word} down a bit`,
            'a bit cooler please',
            `turn the ${word} down by ${sayNumber(3, rng)} degrees`,
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
    id: 'dev.radiator-here-warmer',
    behaviour: 'relative temperature',
    make(g, rng) {
      const radiators = devicesOf(g.home, 'climate');
      if (radiators.length < 2) return null;
      const c = rng.pick(radiators);
      if (radiators.filter((d) => d.area === c.area).length !== 1) return null;
      const up = rng.chance(0.5);
      const text = up
        ? oneOf(rng, 'make it warmer in here', 'turn the radiator up')
        : oneOf(rng, 'make it a bit cooler in here', 'turn the radiator down');
      return [
        { text, area: c.area!, expect: { actions: act([c], 'change_temperature', up ? 1 : -1) } },
      ];
    },
  },
  {
    id: 'dev.climate-mode',
    behaviour: 'climate mode',
    make(g, rng) {
      const all = devicesOf(g.home, 'climate');
      if (!all.length) return null;
      const c = rng.pick(all);
      const mode = rng.pick(['heat', 'cool', 'auto']);
      // With one climate device its name is enough; otherwise the speaker stands beside it.
      const area = all.length === 1 ? anySpeaker(g.home, rng) : c.area;
      if (all.length > 1 && all.filter((d) => d.area === c.area).length !== 1) return null;
      const word =
        c.name.toLowerCase().includes('radiator') && all.length > 1
          ? 'radiator'
          : c.name.toLowerCase();
      const text = oneOf(
        rng,
        `set the ${word} to ${mode} mode`,
        `put the ${word} in ${mode} mode`,
        `switch the ${word} to ${mode}`,
      );
      return [{ text, area, expect: { actions: act([c], 'set_mode', mode) } }];
    },
  },
  {
    id: 'dev.heating-off',
    behaviour: 'climate on/off',
    make(g, rng) {
      const c = onlyClimate(g.home);
      if (!c) return null;
      const word = c.name.toLowerCase();
      return [
        {
          text: oneOf(
            rng,
            `turn the ${word} off`,
            `switch off the ${word}`,
            'turn off the heating',
          ),
          area: anySpeaker(g.home, rng),
          expect: { actions: act([c], 'turn_off') },
        },
      ];
    },
  },

  // ---------------------------------------------------------------- fans, covers
  {
    id: 'dev.fan-speed',
    behaviour: 'fan speed',
    make(g, rng) {
      const fans = devicesOf(g.home, 'fan');
      if (!fans.length) return null;
      const fan = rng.pick(fans);
      const name =
        fans.length === 1
          ? 'the fan'
          : fan.name.toLowerCase() !== 'fan' && uniquelyNamed(g.home, 'fan', true).includes(fan)
            ? theName(fan.name)
            : undefined;
      if (!name) return null;
      const n = rng.pick([20, 30, 50, 70, 100]);
      return [
        {
          text: oneOf(
            rng,
            `set ${name} to ${sayPercent(n, rng)}`,
            `set ${name} speed to ${sayPercent(n, rng)}`,
          ),
          area: anySpeaker(g.home, rng),
          expect: { actions: act([fan], 'set_speed', n) },
        },
      ];
    },
  },
  {
    id: 'dev.fan-relative',
    behaviour: 'relative fan speed',
    make(g, rng) {
      const fans = devicesOf(g.home, 'fan');
      if (fans.length !== 1) return null;
      const up = rng.chance(0.5);
      const text = up
        ? oneOf(rng, 'speed the fan up a little', 'turn the fan up', 'make the fan faster')
        : oneOf(rng, 'slow the fan down', 'turn the fan down a bit', 'make the fan a bit slower');
      return [
        {
          text,
          area: anySpeaker(g.home, rng),
          expect: { actions: act(fans, 'change_speed', up ? 10 : -10) },
        },
      ];
    },
  },
  {
    id: 'dev.covers-open-close',
    behaviour: 'covers',
    make(g, rng) {
      const covers = devicesOf(g.home, 'cover', ['blind', 'shutter', 'curtain']);
      if (!covers.length) return null;
      const c = rng.pick(covers);
      const word = coverWords(c.class)!;
      const same = covers.filter((d) => d.area === c.area && d.class === c.class);
      const open = rng.chance(0.5);
      const place = rng.chance(0.5)
        ? `the ${sayArea(g.home, c.area!, rng)} ${word}`
        : `the ${word} in ${theArea(g.home, c.area!, rng)}`;
      const text = polite(
        open
          ? oneOf(rng, `open ${place}`, `raise ${place}`)
          : oneOf(rng, `close ${place}`, `lower ${place}`, `shut ${place}`),
        rng,
      );
      return [
        {
          text,
          area: anySpeaker(g.home, rng),
          expect: { actions: act(same, open ? 'open' : 'close') },
        },
      ];
    },
  },
  {
    id: 'dev.cover-position',
    behaviour: 'cover position',
    make(g, rng) {
      const covers = uniquelyNamed(g.home, 'cover').filter((d) => d.class !== 'garage');
      if (!covers.length) return null;
      const c = rng.pick(covers);
      const n = rng.pick([10, 25, 40, 50, 75]);
      return [
        {
          text: oneOf(
            rng,
            `set ${theName(c.name)} to ${sayPercent(n, rng)}`,
            `open ${theName(c.name)} to ${sayPercent(n, rng)}`,
          ),
          area: anySpeaker(g.home, rng),
          expect: { actions: act([c], 'set_position', n) },
        },
      ];
    },
  },
  {
    id: 'dev.cover-relative',
    behaviour: 'relative cover position',
    make(g, rng) {
      const covers = uniquelyNamed(g.home, 'cover').filter((d) => d.class !== 'garage');
      if (!covers.length) return null;
      const c = rng.pick(covers);
      const up = rng.chance(0.5);
      const name = theName(c.name);
      const text = up
        ? oneOf(rng, `raise ${name} a little further`, `open ${name} a bit more`)
        : oneOf(rng, `lower ${name} a bit`, `close ${name} a little more`);
      return [
        {
          text,
          area: anySpeaker(g.home, rng),
          expect: { actions: act([c], 'change_position', up ? 10 : -10) },
        },
      ];
    },
  },
  {
    id: 'dev.garage-door',
    behaviour: 'covers',
    make(g, rng) {
      const garage = devicesOf(g.home, 'cover', 'garage');
      if (garage.length !== 1) return null;
      const open = rng.chance(0.5);
      return [
        {
          text: open
            ? oneOf(rng, 'open the garage door', 'open the garage')
            : oneOf(rng, 'close the garage door', 'shut the garage'),
          area: anySpeaker(g.home, rng),
          expect: { actions: act(garage, open ? 'open' : 'close') },
        },
      ];
    },
  },

  // ---------------------------------------------------------------- locks
  {
    id: 'dev.lock',
    behaviour: 'locks',
    make(g, rng) {
      const locks = uniquelyNamed(g.home, 'lock');
      if (!locks.length) return null;
      const l = rng.pick(locks);
      const name = l.name.toLowerCase();
      const text = oneOf(
        rng,
        `lock the ${name}`,
        `make sure the ${name} is locked`,
        `make sure the ${name}'s locked`,
        `please lock the ${name}`,
      );
      return [{ text, area: anySpeaker(g.home, rng), expect: { actions: act([l], 'lock') } }];
    },
  },
  {
    id: 'dev.lock-question',
    behaviour: 'questions about one device',
    make(g, rng) {
      const locks = uniquelyNamed(g.home, 'lock');
      if (!locks.length) return null;
      const l = rng.pick(locks);
      return [
        {
          text: oneOf(
            rng,
            `is the ${l.name.toLowerCase()} locked`,
            `is the ${l.name.toLowerCase()} locked?`,
          ),
          area: anySpeaker(g.home, rng),
          expect: { queries: [l.id] },
        },
      ];
    },
  },
  {
    id: 'dev.every-door-locked',
    behaviour: 'group questions',
    make(g, rng) {
      // "locked" is asked of locks; door contact sensors say open/closed, not locked.
      // (Debatable: a person might also want open doors reported. Expected: the locks only.)
      const locks = devicesOf(g.home, 'lock');
      if (locks.length < 2) return null;
      return [
        {
          text: oneOf(
            rng,
            'is every door locked',
            'are all the doors locked?',
            'are the doors all locked',
          ),
          area: anySpeaker(g.home, rng),
          expect: { queries: ids(locks) },
        },
      ];
    },
  },

  // ---------------------------------------------------------------- sensor questions
  {
    id: 'dev.windows-count',
    behaviour: 'group questions',
    make(g, rng) {
      const windows = devicesOf(g.home, 'binary_sensor', 'window');
      if (!windows.length) return null;
      return [
        {
          text: oneOf(
            rng,
            'how many windows are open',
            'how many windows are open?',
            'how many of the windows are open',
          ),
          area: anySpeaker(g.home, rng),
          expect: { queries: ids(windows) },
        },
      ];
    },
  },
  {
    id: 'dev.window-open-upstairs',
    behaviour: 'group questions',
    make(g, rng) {
      const floor = g.meta.upstairs;
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
            'is a window still open upstairs',
            'are any windows open upstairs',
            'is there a window open upstairs',
          ),
          area: anySpeaker(g.home, rng),
          expect: { queries: ids(windows) },
        },
      ];
    },
  },
  {
    id: 'dev.water-under-sink',
    behaviour: 'questions by sensor class',
    make(g, rng) {
      const wet = devicesOf(g.home, 'binary_sensor', 'moisture');
      if (wet.length !== 1) return null;
      return [
        {
          text: oneOf(
            rng,
            'is there water under the sink',
            'is the sink leaking',
            'is there a leak under the sink',
          ),
          area: anySpeaker(g.home, rng),
          expect: { queries: ids(wet) },
        },
      ];
    },
  },
  {
    id: 'dev.batteries',
    behaviour: 'questions by sensor class',
    make(g, rng) {
      const low = devicesOf(g.home, 'binary_sensor', 'battery');
      if (!low.length) return null;
      return [
        {
          text: oneOf(
            rng,
            'do any sensors need new batteries',
            'are any batteries low',
            'do any of the sensors need a new battery',
          ),
          area: anySpeaker(g.home, rng),
          expect: { queries: ids(low) },
        },
      ];
    },
  },
  {
    id: 'dev.somebody-in-room',
    behaviour: 'questions by sensor class',
    make(g, rng) {
      const sensors = devicesOf(g.home, 'binary_sensor', ['motion', 'occupancy']);
      if (!sensors.length) return null;
      const area = rng.pick(sensors).area!;
      const here = sensors.filter((d) => d.area === area);
      const where = theArea(g.home, area, rng);
      return [
        {
          text: oneOf(
            rng,
            `is somebody in ${where}`,
            `is anyone in ${where}`,
            `is there anybody in ${where}?`,
          ),
          area: anySpeaker(g.home, rng),
          expect: { queries: ids(here) },
        },
      ];
    },
  },
  {
    id: 'dev.smoke',
    behaviour: 'questions by sensor class',
    make(g, rng) {
      const smoke = devicesOf(g.home, 'binary_sensor', 'smoke');
      if (!smoke.length) return null;
      return [
        {
          text: oneOf(
            rng,
            'is there any smoke',
            'is any smoke alarm going off',
            'do the smoke alarms detect smoke',
          ),
          area: anySpeaker(g.home, rng),
          expect: { queries: ids(smoke) },
        },
      ];
    },
  },
  {
    id: 'dev.which-lights-on-floor',
    behaviour: 'group questions',
    make(g, rng) {
      const up = rng.chance(0.5);
      const floor = up ? g.meta.upstairs : g.meta.downstairs;
      if (!floor) return null;
      const lights = lightsOnFloor(g, floor);
      if (!lights.length) return null;
      const word = up ? 'upstairs' : 'downstairs';
      return [
        {
          text: oneOf(
            rng,
            `which lights are on ${word}`,
            `what lights are on ${word}?`,
            `are any lights on ${word}`,
          ),
          area: anySpeaker(g.home, rng),
          expect: { queries: ids(lights) },
        },
      ];
    },
  },
  {
    id: 'dev.which-lights-still-on',
    behaviour: 'group questions',
    make(g, rng) {
      // Whole home: "which" asks about every light (an illuminance sensor "Light" is not one).
      return [
        {
          text: oneOf(
            rng,
            'what lights are still on',
            'which lights are on',
            'which lights are still on?',
          ),
          area: anySpeaker(g.home, rng),
          expect: { queries: ids(allLights(g)) },
        },
      ];
    },
  },
  {
    id: 'dev.temperature-in-room',
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
      return [
        {
          text: oneOf(
            rng,
            `what's the temperature in ${theArea(g.home, area, rng)}`,
            `how warm is it in ${theArea(g.home, area, rng)}`,
            `what is the temperature in ${theArea(g.home, area, rng)}?`,
          ),
          area: anySpeaker(g.home, rng),
          expect: { queries: ids(sensors) },
        },
      ];
    },
  },

  // ---------------------------------------------------------------- timers
  {
    id: 'dev.timer-start',
    behaviour: 'timers',
    make(_g, rng) {
      const m = rng.pick([1, 2, 5, 10, 15, 20, 45]);
      const mins = `${sayNumber(m, rng)} minute${m === 1 ? '' : 's'}`;
      return [
        {
          text: polite(
            oneOf(rng, `set a timer for ${mins}`, `start a timer for ${mins}`, `timer for ${mins}`),
            rng,
          ),
          expect: { timers: [{ op: 'start', seconds: m * 60 }] },
        },
      ];
    },
  },
  {
    id: 'dev.timer-named-start',
    behaviour: 'named timers',
    make(_g, rng) {
      const name = rng.pick(['pasta', 'egg', 'pizza', 'tea', 'laundry']);
      const m = rng.pick([3, 4, 8, 12, 25]);
      return [
        {
          text: oneOf(
            rng,
            `set a ${name} timer for ${sayNumber(m, rng)} minutes`,
            `start a ${name} timer for ${m} minutes`,
          ),
          expect: { timers: [{ op: 'start', seconds: m * 60, name }] },
        },
      ];
    },
  },
  {
    id: 'dev.timer-add',
    behaviour: 'timer add/remove',
    make(_g, rng) {
      const m = rng.pick([2, 3, 5, 10]);
      const w = sayNumber(m, rng);
      return [
        {
          text: oneOf(
            rng,
            `put another ${w} minutes on the timer`,
            `add ${w} minutes to the timer`,
            `add another ${w} minutes to the timer`,
          ),
          expect: { timers: [{ op: 'add', seconds: m * 60 }] },
        },
      ];
    },
  },
  {
    id: 'dev.timer-remove',
    behaviour: 'timer add/remove',
    make(_g, rng) {
      const m = rng.pick([1, 2, 5]);
      const w = m === 1 ? rng.pick(['a', 'one']) : sayNumber(m, rng);
      return [
        {
          text: oneOf(
            rng,
            `take ${w} minute${m === 1 ? '' : 's'} off the timer`,
            `remove ${w} minute${m === 1 ? '' : 's'} from the timer`,
          ),
          expect: { timers: [{ op: 'remove', seconds: m * 60 }] },
        },
      ];
    },
  },
  {
    id: 'dev.timer-status-named',
    behaviour: 'named timers',
    make(_g, rng) {
      const name = rng.pick(['pasta', 'egg', 'pizza']);
      return [
        {
          text: oneOf(
            rng,
            `how long is left on the ${name} timer`,
            `how much time is left on the ${name} timer?`,
          ),
          expect: { timers: [{ op: 'status', name }] },
        },
      ];
    },
  },
  {
    id: 'dev.timer-cancel',
    behaviour: 'timers',
    make(_g, rng) {
      const named = rng.chance(0.5);
      const name = rng.pick(['pasta', 'egg', 'tea']);
      return [
        {
          text: named
            ? oneOf(rng, `cancel the ${name} timer`, `stop the ${name} timer`)
            : oneOf(rng, 'cancel the timer', 'stop the timer'),
          expect: { timers: [{ op: 'cancel', ...(named ? { name } : {}) }] },
        },
      ];
    },
  },

  // ---------------------------------------------------------------- vacuum, media, appliances
  {
    id: 'dev.vacuum-return',
    behaviour: 'vacuum',
    make(g, rng) {
      const vac = devicesOf(g.home, 'vacuum');
      if (vac.length !== 1) return null;
      const name = vac[0]!.name.toLowerCase();
      return [
        {
          text: oneOf(
            rng,
            'send the robot back to its charger',
            `send the ${name} back to its dock`,
            `send the ${name} home`,
            'tell the vacuum to go back to its base',
          ),
          area: anySpeaker(g.home, rng),
          expect: { actions: act(vac, 'return_home') },
        },
      ];
    },
  },
  {
    id: 'dev.vacuum-start',
    behaviour: 'vacuum',
    make(g, rng) {
      const vac = devicesOf(g.home, 'vacuum');
      if (vac.length !== 1) return null;
      return [
        {
          text: oneOf(
            rng,
            'start the vacuum',
            `start the ${vac[0]!.name.toLowerCase()}`,
            'start vacuuming',
          ),
          area: anySpeaker(g.home, rng),
          expect: { actions: act(vac, 'start') },
        },
      ];
    },
  },
  {
    id: 'dev.media',
    behaviour: 'media',
    make(g, rng) {
      const tv = devicesOf(g.home, 'media_player', 'tv');
      if (tv.length !== 1) return null;
      const name = tv[0]!.name.toLowerCase();
      const kind = rng.int(0, 2);
      if (kind === 0)
        return [
          {
            text: oneOf(rng, `pause the ${name}`, `pause the ${name} please`),
            area: anySpeaker(g.home, rng),
            expect: { actions: act(tv, 'pause') },
          },
        ];
      if (kind === 1)
        return [
          {
            text: oneOf(rng, `turn the volume up on the ${name}`, `turn the ${name} up a bit`),
            area: anySpeaker(g.home, rng),
            expect: { actions: act(tv, 'change_volume', 10) },
          },
        ];
      const n = rng.pick([10, 20, 35, 50]);
      return [
        {
          text: `set the ${name} volume to ${sayNumber(n, rng)}`,
          area: anySpeaker(g.home, rng),
          expect: { actions: act(tv, 'set_volume', n) },
        },
      ];
    },
  },

  // ---------------------------------------------------------------- several targets, states, the rest
  {
    id: 'dev.two-rooms-lights',
    behaviour: 'lights by room',
    make(g, rng) {
      const rooms = areasWithLights(g);
      if (rooms.length < 2) return null;
      const [a, b] = rng.sample(rooms, 2) as [string, string];
      const A = sayArea(g.home, a, rng);
      const B = sayArea(g.home, b, rng);
      if (/'s\b/.test(A + B)) return null;
      const text = oneOf(
        rng,
        `turn off the ${A} and ${B} lights`,
        `turn off the lights in the ${A} and the ${B}`,
      );
      return [
        {
          text,
          area: anySpeaker(g.home, rng),
          expect: { actions: act([...lightsIn(g, a), ...lightsIn(g, b)], 'turn_off') },
        },
      ];
    },
  },
  {
    id: 'dev.compound-lights-and-lock',
    behaviour: 'several commands in one sentence',
    make(g, rng) {
      const locks = uniquelyNamed(g.home, 'lock');
      if (!locks.length) return null;
      const l = rng.pick(locks);
      const area = rng.pick(areasWithLights(g));
      const text = oneOf(
        rng,
        `turn off ${roomLights(g.home, area, rng)} and lock the ${l.name.toLowerCase()}`,
        `lock the ${l.name.toLowerCase()} and switch off ${roomLights(g.home, area, rng)}`,
      );
      return [
        {
          text,
          area: anySpeaker(g.home, rng),
          expect: { actions: [...act(lightsIn(g, area), 'turn_off'), ...act([l], 'lock')] },
        },
      ];
    },
  },
  {
    id: 'dev.fan-in-speaker-room',
    behaviour: 'speaker area',
    make(g, rng) {
      // Several fans in the home, one where the speaker is: "the fan" is that one.
      const fans = devicesOf(g.home, 'fan');
      if (fans.length < 2 || fans.some((f) => f.name === 'Fan')) return null;
      const fan = rng.pick(fans);
      if (fans.filter((f) => f.area === fan.area).length !== 1) return null;
      const on = rng.chance(0.5);
      return [
        {
          text: on
            ? oneOf(rng, 'turn on the fan', 'switch the fan on')
            : oneOf(rng, 'turn off the fan', 'switch the fan off'),
          area: fan.area!,
          expect: { actions: act([fan], on ? 'turn_on' : 'turn_off') },
        },
      ];
    },
  },
  {
    id: 'dev.state-question',
    behaviour: 'questions about one device',
    make(g, rng) {
      const options = [
        ...uniquelyNamed(g.home, 'light'),
        ...uniquelyNamed(g.home, 'media_player'),
        ...devicesOf(g.home, 'cover', 'garage'),
      ];
      if (!options.length) return null;
      const d = rng.pick(options);
      const name = theName(d.name);
      const text =
        d.type === 'cover'
          ? oneOf(rng, `is ${name} open`, `is ${name} closed?`)
          : oneOf(rng, `is ${name} on`, `is ${name} still on?`);
      return [{ text, area: anySpeaker(g.home, rng), expect: { queries: [d.id] } }];
    },
  },
  {
    id: 'dev.vacuum-stop',
    behaviour: 'vacuum',
    make(g, rng) {
      const vac = devicesOf(g.home, 'vacuum');
      if (vac.length !== 1) return null;
      return [
        {
          text: oneOf(rng, 'stop the vacuum', `stop the ${vac[0]!.name.toLowerCase()}`),
          area: anySpeaker(g.home, rng),
          expect: { actions: act(vac, 'stop') },
        },
      ];
    },
  },
  {
    id: 'dev.appliance',
    behaviour: 'appliances and plugs',
    make(g, rng) {
      const coffee = devicesOf(g.home, 'appliance', 'coffee_maker');
      const tree = devicesOf(g.home, 'switch', 'outlet');
      if (coffee.length === 1 && rng.chance(0.6))
        return [
          {
            text: oneOf(rng, 'start the coffee machine', 'start the coffee machine please'),
            area: anySpeaker(g.home, rng),
            expect: { actions: act(coffee, 'start') },
          },
        ];
      if (tree.length !== 1) return null;
      const on = rng.chance(0.5);
      return [
        {
          text: on ? 'turn on the christmas tree' : 'switch the christmas tree off',
          area: anySpeaker(g.home, rng),
          expect: { actions: act(tree, on ? 'turn_on' : 'turn_off') },
        },
      ];
    },
  },
  {
    id: 'dev.speaker-volume',
    behaviour: 'media',
    make(g, rng) {
      const speakers = devicesOf(g.home, 'media_player', 'speaker');
      if (speakers.length !== 1) return null;
      const name = speakers[0]!.name.toLowerCase();
      const up = rng.chance(0.5);
      return [
        {
          text: up
            ? oneOf(rng, `turn the ${name} up`, `louder on the ${name}`)
            : oneOf(rng, `turn the ${name} down`, `turn the volume down on the ${name}`),
          area: anySpeaker(g.home, rng),
          expect: { actions: act(speakers, 'change_volume', up ? 10 : -10) },
        },
      ];
    },
  },

  {
    id: 'dev.alias-in-several-rooms',
    behaviour: 'one name in several rooms',
    make(g, rng) {
      // "the big light": an alias every ceiling light of the home shares; the speaker's room decides.
      const big = g.home.devices.filter((d) => d.aliases.includes('big light'));
      if (big.length < 2) return null;
      const target = rng.pick(big);
      const off = rng.chance(0.5);
      const text = off
        ? 'switch the big light off'
        : oneOf(rng, 'turn on the big light', 'big light on please');
      return [
        {
          text,
          area: target.area!,
          expect: { actions: act([target], off ? 'turn_off' : 'turn_on') },
        },
      ];
    },
  },

  {
    id: 'dev.timer-all-pause-resume',
    behaviour: 'timers',
    make(_g, rng) {
      const op = rng.pick(['cancel_all', 'pause', 'resume'] as const);
      const text =
        op === 'cancel_all'
          ? oneOf(rng, 'cancel all the timers', 'cancel all timers')
          : op === 'pause'
            ? oneOf(rng, 'pause the timer', 'pause timer')
            : oneOf(rng, 'resume the timer', 'resume timer');
      return [{ text, expect: { timers: [{ op }] } }];
    },
  },
  {
    id: 'dev.room-colour-temp',
    behaviour: 'colour temperature',
    make(g, rng) {
      const area = rng.pick(areasWithLights(g));
      const k = rng.pick([2700, 3000, 4000, 6500]);
      return [
        {
          text: oneOf(
            rng,
            `set ${roomLights(g.home, area, rng)} to ${k} kelvin`,
            `set ${roomLights(g.home, area, rng)} to ${k}K`,
          ),
          area: anySpeaker(g.home, rng),
          expect: { actions: act(lightsIn(g, area), 'set_color_temp', k) },
        },
      ];
    },
  },

  // ---------------------------------------------------------------- conversations
  {
    id: 'dev.conv-make-it-brighter',
    behaviour: 'conversation: it',
    make(g, rng) {
      const lights = uniquelyNamed(g.home, 'light');
      if (!lights.length) return null;
      const lamp = rng.pick(lights);
      const area = anySpeaker(g.home, rng);
      return [
        {
          text: `turn on ${theName(lamp.name)}`,
          area,
          expect: { actions: act([lamp], 'turn_on') },
        },
        {
          text: oneOf(rng, 'make it brighter', 'now make it brighter', 'a bit brighter'),
          area,
          expect: { actions: act([lamp], 'change_brightness', 10) },
        },
      ];
    },
  },
  {
    id: 'dev.conv-and-room-too',
    behaviour: 'conversation: and X too',
    make(g, rng) {
      const rooms = areasWithLights(g);
      if (rooms.length < 2) return null;
      const [a, b] = rng.sample(rooms, 2) as [string, string];
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
            `and ${theArea(g.home, b, rng)} too`,
            `and ${theArea(g.home, b, rng)} as well`,
          ),
          area,
          expect: { actions: act(lightsIn(g, b), 'turn_on') },
        },
      ];
    },
  },
  {
    id: 'dev.conv-set-them',
    behaviour: 'conversation: them',
    make(g, rng) {
      const rooms = areasWithLights(g, 2);
      if (!rooms.length) return null;
      const a = rng.pick(rooms);
      const n = rng.pick([20, 30, 40, 60]);
      const area = anySpeaker(g.home, rng);
      return [
        {
          text: `turn on ${roomLights(g.home, a, rng)}`,
          area,
          expect: { actions: act(lightsIn(g, a), 'turn_on') },
        },
        {
          text: `set them to ${rng.pick([`${numberWords(n)} percent`, `${n}%`])}`,
          area,
          expect: { actions: act(lightsIn(g, a), 'set_brightness', n) },
        },
      ];
    },
  },
  {
    id: 'dev.conv-answer-which-one',
    behaviour: 'conversation: answering a question',
    make(g, rng) {
      const shared = g.meta.sharedNames['ceiling light'];
      if (!shared) return null;
      const rooms = shared.map((id) => g.home.devices.find((d) => d.id === id)!.area);
      const area = otherArea(g.home, rng, rooms);
      if (!area) return null;
      const target = device(g.home, rng.pick(shared));
      return [
        { text: 'turn on the ceiling light', area, expect: { clarify: shared } },
        {
          text: oneOf(
            rng,
            `the one in ${theArea(g.home, target.area!, rng)}`,
            `${theArea(g.home, target.area!, rng)}`,
            `in ${theArea(g.home, target.area!, rng)}`,
          ),
          area,
          expect: { actions: act([target], 'turn_on') },
        },
      ];
    },
  },
  {
    id: 'dev.conv-own-target-ignores-context',
    behaviour: 'conversation: new target',
    make(g, rng) {
      // A turn that names its own target does not reach back to the one before.
      const lamps = uniquelyNamed(g.home, 'light');
      if (lamps.length < 2) return null;
      const [a, b] = rng.sample(lamps, 2) as [(typeof lamps)[number], (typeof lamps)[number]];
      const area = anySpeaker(g.home, rng);
      return [
        { text: `turn on ${theName(a.name)}`, area, expect: { actions: act([a], 'turn_on') } },
        {
          text: oneOf(rng, `turn off ${theName(b.name)}`, `now switch off ${theName(b.name)}`),
          area,
          expect: { actions: act([b], 'turn_off') },
        },
      ];
    },
  },
];
