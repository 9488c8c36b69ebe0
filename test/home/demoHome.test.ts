import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEVICE_COMMANDS, needsConfirmation } from '../../src-main/core/commands.ts';
import { DEVICE_TYPES } from '../../src-main/core/home.ts';
import { DEMO_HOME_YAML, demoHome } from '../../src-main/home/demoHome.ts';
import { parseHome } from '../../src-main/home/loadHome.ts';

test('the demo home loads through the same validation as a user file', () => {
  assert.deepEqual(demoHome(), parseHome(DEMO_HOME_YAML, 'demo.yaml'));
});

test('the demo home has a device of every type, all virtual', () => {
  const home = demoHome();
  assert.deepEqual([...new Set(home.devices.map((d) => d.type))].sort(), [...DEVICE_TYPES].sort());
  for (const device of home.devices) {
    assert.ok(
      device.connection === undefined || device.connection.protocol === 'virtual',
      device.id,
    );
  }
});

test('the demo home has the rooms, classes, groups, scenes and favorites the brief asks for', () => {
  const home = demoHome();
  assert.equal(home.default_area, 'living_room');
  const areaIds = home.areas.map((a) => a.id);
  for (const id of ['living_room', 'kitchen', 'bedroom', 'hallway', 'office'])
    assert.ok(areaIds.includes(id), id);
  assert.ok(home.floors.length >= 1);
  const classes = (type: string) => home.devices.filter((d) => d.type === type).map((d) => d.class);
  assert.ok(classes('cover').includes('garage') && classes('cover').includes('blind'));
  assert.ok(classes('media_player').includes('tv'));
  assert.ok(classes('appliance').includes('kettle'));
  assert.ok(classes('sensor').includes('temperature'));
  assert.ok(classes('binary_sensor').includes('door'));
  const lock = home.devices.find((d) => d.type === 'lock');
  assert.ok(lock && needsConfirmation(lock, 'unlock'));
  // "The lights" must mean several lights in several rooms.
  const lightRooms = new Set(home.devices.filter((d) => d.type === 'light').map((d) => d.area));
  assert.ok(lightRooms.size >= 4);
  assert.ok(home.scenes.some((s) => s.id === 'movie_night'));
  const ids = new Set([...home.devices, ...home.scenes].map((x) => x.id));
  assert.ok(home.favorites.length > 0 && home.favorites.every((f) => ids.has(f)));
});

test('every scene action in the demo home is one its device can do', () => {
  const home = demoHome();
  for (const scene of home.scenes) {
    for (const action of scene.actions) {
      const device = home.devices.find((d) => d.id === action.device);
      assert.ok(
        device && DEVICE_COMMANDS[device.type].includes(action.command),
        `${scene.id}: ${action.command}`,
      );
    }
  }
});

test('each call gives a fresh copy', () => {
  const a = demoHome();
  a.devices.length = 0;
  assert.ok(demoHome().devices.length > 0);
});
