// Each malformed home file must give the right plain-words message at the right line:column,
// and never a half-loaded Home.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { HomeFileError } from '../../src-main/core/errors.ts';
import { parseHome } from '../../src-main/home/loadHome.ts';

/** The problems of a file that must fail, as `line:column message`. */
function problems(text: string): string[] {
  try {
    parseHome(text, 'h.yaml');
  } catch (error) {
    assert.ok(error instanceof HomeFileError, String(error));
    assert.equal(error.exitCode, 2);
    assert.equal(error.file, 'h.yaml');
    return error.problems.map((p) => `${p.line}:${p.column} ${p.message}`);
  }
  return assert.fail('the file loaded but should not have');
}

describe('YAML and file-level problems', () => {
  test('a YAML syntax error names its place and stops there', () => {
    const text = 'areas:\n  - id: hall\n    name: [Hall\ndevices: []\n';
    assert.deepEqual(problems(text), [
      '4:1 YAML syntax error: Flow sequence in block collection must be sufficiently indented and end with a ]',
    ]);
  });

  test('a key written twice in one mapping', () => {
    assert.deepEqual(problems('areas:\n  - id: hall\n    name: Hall\n    name: Hallway\n'), [
      '4:5 the key `name` is written twice in the same mapping; keep one',
    ]);
  });

  test('tabs used for indentation', () => {
    assert.deepEqual(problems('areas:\n\t- id: hall\n'), [
      '2:1 YAML syntax error: a tab is used for indentation; indent with spaces',
    ]);
  });

  test('an alias with no anchor', () => {
    assert.deepEqual(problems('devices: *nothing\n'), [
      '1:10 alias `*nothing` names no anchor `&nothing` above it',
    ]);
  });

  test('an empty file, or one with only comments', () => {
    const empty =
      '1:1 the home file is empty; describe your home in it, starting with `areas:` and `devices:` lists';
    assert.deepEqual(problems(''), [empty]);
    assert.deepEqual(problems('# nothing yet\n\n'), [empty]);
  });

  test('a top level that is a list or a single value', () => {
    assert.deepEqual(problems('\n- id: lamp\n  name: Lamp\n'), [
      '2:1 the home file must be a mapping of keys such as `areas:` and `devices:`, not a list',
    ]);
    assert.deepEqual(problems('hello\n'), [
      '1:1 the home file must be a mapping of keys such as `areas:` and `devices:`, not a single value (`hello`)',
    ]);
  });

  test('JSON input gets lines and columns too', () => {
    const json = '{\n  "devices": [\n    {"id": "a", "name": "A", "type": "lamp"}\n  ]\n}\n';
    assert.deepEqual(problems(json), [
      '3:38 device `a`: type `lamp` is not a device type; did you mean `light`? use one of light, switch, fan, cover, climate, lock, valve, media_player, vacuum, appliance, sensor, binary_sensor',
    ]);
  });
});

describe('schema problems', () => {
  test('unknown keys, with a suggestion when one is close', () => {
    const text =
      'devices:\n  - id: lamp\n    name: Lamp\n    type: light\n    colour: red\n    foo: 1\ndevics: []\n';
    assert.deepEqual(problems(text), [
      '5:5 device `lamp`: unknown key `colour`; did you mean `class`?',
      '6:5 device `lamp`: unknown key `foo`; use one of id, name, aliases, area, type, class, confirm, expose, connection',
      '7:1 unknown key `devics`; did you mean `devices`?',
    ]);
  });

  test('wrong types: name 3, type 5, aliases "x", confirm yes', () => {
    const text =
      'devices:\n  - id: lamp\n    name: 3\n    type: 5\n    aliases: "x"\n    confirm: yes\n';
    assert.deepEqual(problems(text), [
      '3:11 device `lamp`: `name` must be text, not a number (3); put it in quotes to make it text',
      '4:11 device `lamp`: type `5` is not a device type; use one of light, switch, fan, cover, climate, lock, valve, media_player, vacuum, appliance, sensor, binary_sensor',
      '5:14 device `lamp`: `aliases` must be a list, e.g. [one, two], not text (`x`)',
      '6:14 device `lamp`: `confirm` must be true or false, not text (`yes`)',
    ]);
  });

  test('a common word for a device type points at the right type and class', () => {
    assert.deepEqual(problems('devices:\n  - { id: p, name: P, type: plug }\n'), [
      '2:29 device `p`: type `plug` is not a device type; did you mean `switch` with `class: plug`? use one of light, switch, fan, cover, climate, lock, valve, media_player, vacuum, appliance, sensor, binary_sensor',
    ]);
  });

  test('missing keys, items that are not mappings, lists that are not lists', () => {
    const text =
      'devices:\n  - id: lamp\n    type: light\n  - lamp\nareas: kitchen\nscenes:\n  - id: s\n    name: S\n';
    assert.deepEqual(problems(text), [
      '2:5 device `lamp`: `name` is missing; add it',
      '4:5 device #2 must be a mapping of keys, not text (`lamp`)',
      '5:8 `areas` must be a list, e.g. [one, two], not text (`kitchen`)',
      '7:5 scene `s`: `actions` is missing; add it',
    ]);
  });

  test('bad id characters, with a usable id suggested', () => {
    const text =
      'areas:\n  - { id: Living Room, name: Living room }\ndevices:\n  - { id: hall-light, name: Hall light, type: light }\n  - { id: light.ok_1, name: OK, type: light }\n';
    assert.deepEqual(problems(text), [
      '2:11 area `Living Room`: id `Living Room` may contain only lower-case letters, digits and _, e.g. `living_room`',
      '4:11 device `hall-light`: id `hall-light` may contain only lower-case letters, digits, _ and ., e.g. `hall_light`',
    ]);
  });

  test('connections: unknown protocol, missing protocol, unknown per-protocol key, bad broker URL', () => {
    const text = `mqtt:
  url: http://broker:1883
devices:
  - id: x
    name: X
    type: switch
    connection: { protocol: hu, host: 1.2.3.4 }
  - id: y
    name: Y
    type: switch
    connection: { protocol: virtual, intial: {} }
  - id: z
    name: Z
    type: switch
    connection: { host: 1.2.3.4 }
`;
    assert.deepEqual(problems(text), [
      '7:29 device `x`: protocol `hu` is not a known protocol; did you mean `hue`? use one of hue, shelly, tasmota, zigbee2mqtt, wled, kasa, mqtt, home_assistant, virtual',
      '11:38 device `y`: unknown key `intial` in `connection`; did you mean `initial`?',
      '15:17 device `z`: `connection.protocol` is missing; use one of hue, shelly, tasmota, zigbee2mqtt, wled, kasa, mqtt, home_assistant, virtual',
      '2:8 mqtt: `url` `http://broker:1883` is not an MQTT broker URL; write it like mqtt://192.168.1.5:1883 (mqtts:// for TLS)',
    ]);
  });
});

describe('cross-reference problems', () => {
  test('duplicate device ids', () => {
    const text =
      'devices:\n  - { id: hall_light, name: A, type: light }\n  - { id: lamp, name: B, type: light }\n  - { id: hall_light, name: C, type: light }\n';
    assert.deepEqual(problems(text), ['4:11 devices: id `hall_light` is used twice (also line 2)']);
  });

  test('a scene id that is also a device id', () => {
    const text =
      'devices:\n  - { id: movie, name: A, type: light }\nscenes:\n  - id: movie\n    name: Movie\n    actions: []\n';
    assert.deepEqual(problems(text), [
      '4:9 scenes: id `movie` is already a device id (line 2); devices and scenes share one set of ids',
    ]);
  });

  test('duplicate area and floor ids', () => {
    const text =
      'floors:\n  - { id: up, name: Up }\n  - { id: up, name: Up again }\nareas:\n  - { id: hall, name: Hall }\n  - { id: hall, name: Hall 2 }\n';
    assert.deepEqual(problems(text), [
      '3:11 floors: id `up` is used twice (also line 2)',
      '6:11 areas: id `hall` is used twice (also line 5)',
    ]);
  });

  test('dangling area, floor, default_area, favorites and scene device', () => {
    const text = `default_area: livng_room
floors:
  - { id: ground, name: Ground }
areas:
  - { id: living_room, name: Living room, floor: groud }
  - { id: hall, name: Hall }
devices:
  - { id: lamp, name: Lamp, type: light, area: kitchn }
favorites: [lamp, movie_nite, zzz]
scenes:
  - id: movie_night
    name: Movie night
    actions:
      - { device: lmp, command: turn_on }
      - { device: movie_night, command: activate }
`;
    assert.deepEqual(problems(text), [
      '1:15 default_area: area `livng_room` does not exist; did you mean `living_room`? known areas: living_room, hall',
      '5:50 area `living_room`: floor `groud` does not exist; did you mean `ground`? known floors: ground',
      '8:48 device `lamp`: area `kitchn` does not exist; known areas: living_room, hall',
      '9:19 favorites: `movie_nite` is not a device or scene id; did you mean `movie_night`?',
      '9:31 favorites: `zzz` is not a device or scene id; known ids: lamp, movie_night',
      '14:19 scene `movie_night`, action 1: device `lmp` does not exist; did you mean `lamp`? known devices: lamp',
      "15:19 scene `movie_night`, action 2: `movie_night` is a scene; a scene's actions must name devices",
    ]);
  });

  test('scene commands the device type does not support', () => {
    const text = `devices:
  - { id: plug, name: Plug, type: switch }
  - { id: temp, name: Temperature, type: sensor }
scenes:
  - id: s
    name: S
    actions:
      - { device: plug, command: set_brightness, value: 50 }
      - { device: temp, command: turn_on }
      - { device: plug, command: turn_onn }
`;
    assert.deepEqual(problems(text), [
      '8:34 scene `s`, action 1: command `set_brightness` does not work on a switch; use one of turn_on, turn_off',
      '9:34 scene `s`, action 2: `temp` is a sensor and takes no commands',
      '10:34 scene `s`, action 3: command `turn_onn` does not work on a switch; did you mean `turn_on`? use one of turn_on, turn_off',
    ]);
  });

  test('scene values: out of range, wrong kind, missing, unwanted', () => {
    const text = `devices:
  - { id: lamp, name: Lamp, type: light }
  - { id: heat, name: Heat, type: climate }
  - { id: tv, name: TV, type: media_player }
scenes:
  - id: s
    name: S
    actions:
      - { device: lamp, command: set_brightness, value: 120 }
      - { device: lamp, command: change_brightness, value: -101 }
      - { device: lamp, command: set_color, value: Red }
      - { device: lamp, command: set_color, value: "#12345" }
      - { device: lamp, command: set_color_temp, value: 500 }
      - { device: heat, command: set_mode, value: warm }
      - { device: lamp, command: set_brightness }
      - { device: lamp, command: turn_on, value: 1 }
      - { device: tv, command: set_volume, value: "50" }
      - { device: lamp, command: set_color, value: rebeccapurple }
      - { device: heat, command: set_temperature, value: 21.5 }
      - { device: tv, command: change_volume, value: -20 }
      - { device: heat, command: set_temperature, value: 210 }
`;
    assert.deepEqual(problems(text), [
      '9:57 scene `s`, action 1: value 120 for `set_brightness` must be a number from 0 to 100 (percent)',
      '10:60 scene `s`, action 2: value -101 for `change_brightness` must be a number from -100 to 100 (a change in percent, e.g. -20)',
      '11:52 scene `s`, action 3: value `Red` for `set_color` must be a lower-case CSS colour name such as red, or #rrggbb; did you mean `red`?',
      '12:52 scene `s`, action 4: value `#12345` for `set_color` must be a lower-case CSS colour name such as red, or #rrggbb',
      '13:57 scene `s`, action 5: value 500 for `set_color_temp` must be a colour temperature from 1000 to 10000 (kelvin)',
      '14:51 scene `s`, action 6: value `warm` for `set_mode` must be one of heat, cool, auto, off',
      '15:9 scene `s`, action 7: command `set_brightness` needs a value: a number from 0 to 100 (percent)',
      '16:50 scene `s`, action 8: command `turn_on` takes no value; remove `value`',
      '17:51 scene `s`, action 9: value `50` for `set_volume` must be a number from 0 to 100 (percent)',
      '21:58 scene `s`, action 13: value 210 for `set_temperature` must be a temperature from 5 to 35 °C',
    ]);
  });

  test('schema and cross-reference problems are reported together, schema ones first', () => {
    const text = 'devices:\n  - { id: lamp, name: 3, type: light, area: nowhere }\n';
    assert.deepEqual(problems(text), [
      '2:23 device `lamp`: `name` must be text, not a number (3); put it in quotes to make it text',
      '2:45 device `lamp`: area `nowhere` does not exist; there are no areas in the file',
    ]);
  });
});
