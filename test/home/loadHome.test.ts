import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { HomeFileError } from '../../src-main/core/errors.ts';
import type { Home } from '../../src-main/core/home.ts';
import { loadHomeFile, parseHome } from '../../src-main/home/loadHome.ts';

// Every key of home-file.md, including connections of several protocols.
const FULL = `name: Our flat
default_area: living_room
unit: fahrenheit
floors:
  - id: ground_floor
    name: Ground floor
    aliases: [downstairs]
  - id: upstairs
    name: Upstairs
areas:
  - id: living_room
    name: Living Room
    aliases: [lounge]
    floor: ground_floor
  - id: kitchen
    name: Kitchen
devices:
  - id: living_room_lamp
    name: Reading lamp
    aliases: [floor lamp]
    area: living_room
    type: light
    class: null
    confirm: false
    expose: true
    connection:
      protocol: hue
      host: 192.168.1.20
      username: abc123
      light: "3"
  - id: light.kitchen
    name: Kitchen light
    type: light
  - id: garage
    name: Garage door
    type: cover
    class: garage
    confirm: true
    expose: false
    connection: { protocol: virtual, initial: { state: closed } }
  - id: plug
    name: Plug
    area: kitchen
    type: switch
    class: plug
    connection: { protocol: shelly, host: 192.168.1.30, generation: 1, channel: 0 }
mqtt:
  url: mqtt://192.168.1.5:1883
  username: hearth
  password: secret
favorites: [movie_night, living_room_lamp]
scenes:
  - id: movie_night
    name: Movie night
    aliases: [cinema mode]
    actions:
      - { device: living_room_lamp, command: set_brightness, value: 20 }
      - { device: living_room_lamp, command: set_color, value: "#ff8800" }
      - { device: garage, command: close }
`;

const EXPECTED: Home = {
  name: 'Our flat',
  default_area: 'living_room',
  unit: 'fahrenheit',
  floors: [
    { id: 'ground_floor', name: 'Ground floor', aliases: ['downstairs'] },
    { id: 'upstairs', name: 'Upstairs', aliases: [] },
  ],
  areas: [
    { id: 'living_room', name: 'Living Room', aliases: ['lounge'], floor: 'ground_floor' },
    { id: 'kitchen', name: 'Kitchen', aliases: [] },
  ],
  devices: [
    {
      id: 'living_room_lamp',
      name: 'Reading lamp',
      aliases: ['floor lamp'],
      area: 'living_room',
      type: 'light',
      confirm: false,
      expose: true,
      connection: { protocol: 'hue', host: '192.168.1.20', username: 'abc123', light: '3' },
    },
    {
      id: 'light.kitchen',
      name: 'Kitchen light',
      aliases: [],
      type: 'light',
      confirm: false,
      expose: true,
    },
    {
      id: 'garage',
      name: 'Garage door',
      aliases: [],
      type: 'cover',
      class: 'garage',
      confirm: true,
      expose: false,
      connection: { protocol: 'virtual', initial: { state: 'closed' } },
    },
    {
      id: 'plug',
      name: 'Plug',
      aliases: [],
      area: 'kitchen',
      type: 'switch',
      class: 'plug',
      confirm: false,
      expose: true,
      connection: { protocol: 'shelly', host: '192.168.1.30', generation: 1, channel: 0 },
    },
  ],
  mqtt: { url: 'mqtt://192.168.1.5:1883', username: 'hearth', password: 'secret' },
  favorites: ['movie_night', 'living_room_lamp'],
  scenes: [
    {
      id: 'movie_night',
      name: 'Movie night',
      aliases: ['cinema mode'],
      actions: [
        { device: 'living_room_lamp', command: 'set_brightness', value: 20 },
        { device: 'living_room_lamp', command: 'set_color', value: '#ff8800' },
        { device: 'garage', command: 'close' },
      ],
    },
  ],
};

/**
 * Per-protocol schemas may add defaults (a `port`), so a connection must keep every key
 * written, with its value; everything else must match exactly.
 */
function assertHome(actual: Home, expected: Home): void {
  const strip = (home: Home) => ({
    ...home,
    devices: home.devices.map(({ connection: _connection, ...device }) => device),
  });
  assert.deepEqual(strip(actual), strip(expected));
  expected.devices.forEach((device, i) => {
    const got = actual.devices[i]?.connection;
    if (!device.connection) return assert.equal(got, undefined, device.id);
    assert.ok(got, `${device.id} keeps its connection`);
    for (const [key, value] of Object.entries(device.connection)) {
      assert.deepEqual(got[key], value, `${device.id} connection.${key}`);
    }
  });
}

describe('parseHome', () => {
  test('a file using every key of the spec loads to the expected Home', () => {
    assertHome(parseHome(FULL, 'home.yaml'), EXPECTED);
  });

  test('the JSON form of the same home loads to the same Home', () => {
    const json = JSON.stringify(
      { ...EXPECTED, devices: EXPECTED.devices.map((d) => ({ ...d, class: d.class ?? null })) },
      null,
      '\t',
    );
    assertHome(parseHome(json, 'home.json'), EXPECTED);
  });

  test('a minimal file gets the documented defaults and no absent keys', () => {
    const home = parseHome('devices:\n  - { id: lamp, name: Lamp, type: light }\n', 'home.yaml');
    assert.deepEqual(home, {
      unit: 'celsius',
      floors: [],
      areas: [],
      devices: [
        { id: 'lamp', name: 'Lamp', aliases: [], type: 'light', confirm: false, expose: true },
      ],
      favorites: [],
      scenes: [],
    });
    assert.ok(!('class' in home.devices[0]!) && !('area' in home.devices[0]!));
  });

  test('an empty mapping is a home with nothing in it; empty lists written as `key:` are empty', () => {
    assert.deepEqual(parseHome('{}', 'h.json').devices, []);
    const home = parseHome('areas:\ndevices:\nscenes:\nfavorites:\n', 'h.yaml');
    assert.deepEqual([home.areas, home.devices, home.scenes, home.favorites], [[], [], [], []]);
  });

  test('anchors and merge keys work', () => {
    const text = `areas: [{ id: hall, name: Hall }]
devices:
  - &light { id: a, name: A, type: light, area: hall }
  - { <<: *light, id: b, name: B }
`;
    assert.deepEqual(
      parseHome(text, 'h.yaml').devices.map((d) => [d.id, d.name, d.type, d.area]),
      [
        ['a', 'A', 'light', 'hall'],
        ['b', 'B', 'light', 'hall'],
      ],
    );
  });
});

describe('loadHomeFile', () => {
  const dir = mkdtempSync(join(tmpdir(), 'hearth-home-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('reads and validates a file from disk', () => {
    const path = join(dir, 'home.yaml');
    writeFileSync(path, FULL);
    assertHome(loadHomeFile(path), EXPECTED);
  });

  test('a missing file or a folder is a HomeFileError naming the path', () => {
    const missing = join(dir, 'nope.yaml');
    assert.throws(
      () => loadHomeFile(missing),
      (error: unknown) =>
        error instanceof HomeFileError &&
        error.exitCode === 2 &&
        error.message === `${missing}: the home file does not exist; check the path`,
    );
    assert.throws(
      () => loadHomeFile(dir),
      (error: unknown) =>
        error instanceof HomeFileError &&
        error.message ===
          `${dir}: this is a folder, not a home file; give the path of the YAML file`,
    );
  });

  test('names the file in problems found in it', () => {
    const path = join(dir, 'bad.yaml');
    writeFileSync(path, 'devices:\n  - { id: x, name: X, type: lamp }\n');
    assert.throws(
      () => loadHomeFile(path),
      (error: Error) => error.message.startsWith(`${path}:2:29: device `),
    );
  });
});
