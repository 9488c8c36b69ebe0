import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DeviceSet } from '../../src-main/act/DeviceSet.ts';
import type { Home } from '../../src-main/core/home.ts';
import type { ActionOutcome, DeviceAdapter, DeviceState } from '../../src-main/core/state.ts';
import { parseHome } from '../../src-main/home/loadHome.ts';

const HOME_YAML = `
unit: celsius
areas:
  - { id: kitchen, name: Kitchen }
  - { id: hall, name: Hall }
  - { id: bedroom, name: Bedroom }
devices:
  - { id: kitchen_light, name: Kitchen light, area: kitchen, type: light }
  - { id: hall_light, name: Hall light, area: hall, type: light }
  - { id: bedroom_lamp, name: Bedroom lamp, area: bedroom, type: light }
  - { id: front_door, name: Front door, area: hall, type: lock }
  - { id: garage_door, name: Garage door, area: hall, type: cover, class: garage }
  - { id: bedroom_thermometer, name: Thermometer, area: bedroom, type: sensor, class: temperature,
      connection: { protocol: virtual, initial: { temperature: 21 } } }
  - { id: porch_light, name: Porch light, area: hall, type: light,
      connection: { protocol: hue, host: 127.0.0.1, username: abcdef, light: "3" } }
  - { id: relay, name: Relay, area: hall, type: switch,
      connection: { protocol: shelly, host: 127.0.0.1 } }
scenes:
  - id: evening
    name: Evening
    actions:
      - { device: kitchen_light, command: set_brightness, value: 30 }
      - { device: hall_light, command: turn_on }
  - id: arrive
    name: Arrive
    actions:
      - { device: hall_light, command: turn_on }
      - { device: front_door, command: unlock }
`;

const home = (): Home => parseHome(HOME_YAML, 'test home');

/** An adapter whose every action waits until `expected` actions have started across the set. */
function barrierAdapters(expected: number) {
  let started = 0;
  let release: () => void = () => {};
  const all = new Promise<void>((resolve) => (release = resolve));
  const calls: string[] = [];
  const make = (deviceId: string): DeviceAdapter => ({
    deviceId,
    async execute(command, value): Promise<ActionOutcome> {
      calls.push(`${deviceId}.${command}`);
      if (++started === expected) release();
      await all;
      return {
        device: deviceId,
        command,
        ...(value !== undefined ? { value } : {}),
        outcome: 'ok',
      };
    },
    async read(): Promise<DeviceState> {
      return { available: true, state: 'on' };
    },
    dispose() {},
  });
  return { make, calls };
}

describe('DeviceSet', () => {
  it('runs actions on virtual devices and reports one outcome per action, in order', async () => {
    const set = new DeviceSet(home(), { factories: {} });
    const outcomes = await set.execute([
      { device: 'kitchen_light', command: 'turn_on' },
      { device: 'hall_light', command: 'set_brightness', value: 40 },
      { device: 'front_door', command: 'lock' },
    ]);
    assert.deepEqual(outcomes, [
      { device: 'kitchen_light', command: 'turn_on', outcome: 'ok' },
      { device: 'hall_light', command: 'set_brightness', value: 40, outcome: 'ok' },
      { device: 'front_door', command: 'lock', outcome: 'ok' },
    ]);
    assert.equal((await set.state('kitchen_light'))?.state, 'on');
    assert.equal((await set.state('hall_light'))?.brightness, 40);
    await set.dispose();
  });

  it('runs actions on different devices concurrently', async () => {
    const barrier = barrierAdapters(2);
    // Run one after the other, the first action would wait forever and be reported failed.
    const set = new DeviceSet(home(), {
      factories: { hue: (d) => barrier.make(d.id), shelly: (d) => barrier.make(d.id) },
      actionTimeoutMs: 5000,
    });
    const outcomes = await set.execute([
      { device: 'porch_light', command: 'turn_on' },
      { device: 'relay', command: 'turn_on' },
    ]);
    assert.deepEqual(
      outcomes.map((o) => o.outcome),
      ['ok', 'ok'],
    );
    await set.dispose();
  });

  it('runs actions on the same device in the order given', async () => {
    const set = new DeviceSet(home(), { factories: {} });
    const outcomes = await set.execute([
      { device: 'kitchen_light', command: 'set_brightness', value: 10 },
      { device: 'kitchen_light', command: 'change_brightness', value: 15 },
    ]);
    assert.deepEqual(
      outcomes.map((o) => o.outcome),
      ['ok', 'ok'],
    );
    assert.equal((await set.state('kitchen_light'))?.brightness, 25);
    await set.dispose();
  });

  it('holds actions that need confirmation unless confirmed', async () => {
    const set = new DeviceSet(home(), { factories: {} });
    const held = await set.execute([
      { device: 'front_door', command: 'unlock' },
      { device: 'garage_door', command: 'open' },
      { device: 'kitchen_light', command: 'turn_on' },
    ]);
    assert.deepEqual(
      held.map((o) => o.outcome),
      ['needs_confirmation', 'needs_confirmation', 'ok'],
    );
    assert.equal((await set.state('front_door'))?.state, 'locked');
    assert.equal((await set.state('garage_door'))?.state, 'closed');
    const done = await set.execute([{ device: 'front_door', command: 'unlock' }], {
      confirmed: true,
    });
    assert.deepEqual(done, [{ device: 'front_door', command: 'unlock', outcome: 'ok' }]);
    assert.equal((await set.state('front_door'))?.state, 'unlocked');
    await set.dispose();
  });

  it('expands scenes into their actions, holding the sensitive ones', async () => {
    const set = new DeviceSet(home(), { factories: {} });
    const evening = await set.execute([{ device: 'evening', command: 'activate' }]);
    assert.deepEqual(evening, [
      { device: 'kitchen_light', command: 'set_brightness', value: 30, outcome: 'ok' },
      { device: 'hall_light', command: 'turn_on', outcome: 'ok' },
    ]);
    const arrive = await set.execute([{ device: 'arrive', command: 'activate' }]);
    assert.deepEqual(
      arrive.map((o) => `${o.device}:${o.outcome}`),
      ['hall_light:ok', 'front_door:needs_confirmation'],
    );
    assert.equal((await set.state('front_door'))?.state, 'locked');
    await set.dispose();
  });

  it('fails, never drops, actions it cannot carry out, naming the device', async () => {
    const set = new DeviceSet(home(), {
      factories: {
        shelly: (device) => ({
          deviceId: device.id,
          execute: () => Promise.reject(new Error('connection refused by 127.0.0.1:80')),
          read: async () => ({ available: false }),
          dispose() {},
        }),
      },
    });
    const outcomes = await set.execute([
      { device: 'porch_light', command: 'turn_on' },
      { device: 'relay', command: 'turn_on' },
      { device: 'no_such_thing', command: 'turn_on' },
      { device: 'evening', command: 'turn_off' },
      { device: 'kitchen_light', command: 'set_brightness', value: 400 },
    ]);
    assert.equal(outcomes.length, 5);
    assert.ok(outcomes.every((o) => o.outcome === 'failed'));
    assert.deepEqual(
      outcomes.map((o) => o.error),
      [
        'Porch light: Hearth cannot talk to hue devices yet',
        'Relay: connection refused by 127.0.0.1:80',
        'There is no device or scene called "no_such_thing" in this home',
        'Evening is a scene: the only thing it can do is activate',
        'Kitchen light: the value must be a number from 0 to 100 (percent), not 400',
      ],
    );
    assert.deepEqual(await set.state('porch_light'), { available: false });
    await set.dispose();
  });

  it('reports an adapter that cannot be built, or never answers, as failed', async () => {
    const set = new DeviceSet(home(), {
      factories: {
        hue: () => {
          throw new Error('the bridge key is missing');
        },
        shelly: (device) => ({
          deviceId: device.id,
          execute: () => new Promise<ActionOutcome>(() => {}),
          read: () => new Promise<DeviceState>(() => {}),
          dispose() {},
        }),
      },
      actionTimeoutMs: 50,
    });
    const outcomes = await set.execute([
      { device: 'porch_light', command: 'turn_on' },
      { device: 'relay', command: 'turn_on' },
    ]);
    assert.deepEqual(
      outcomes.map((o) => o.error),
      [
        'Porch light: cannot be set up: the bridge key is missing',
        'Relay did not answer within 0.05 s',
      ],
    );
    assert.deepEqual(await set.state('relay'), { available: false });
    await set.dispose();
  });

  it('emits state changes after actions, and not for plain reads', async () => {
    const set = new DeviceSet(home(), { factories: {} });
    const events: string[] = [];
    set.on('state', (id, state) => events.push(`${id}=${state.state}`));
    await set.states();
    assert.deepEqual(events, []);
    await set.execute([{ device: 'hall_light', command: 'turn_on' }]);
    await set.execute([{ device: 'hall_light', command: 'turn_on' }]);
    await set.execute([{ device: 'front_door', command: 'unlock' }], { confirmed: true });
    assert.deepEqual(events, ['hall_light=on', 'front_door=unlocked']);
    const states = await set.states();
    assert.deepEqual(
      Object.keys(states),
      home().devices.map((d) => d.id),
    );
    await set.dispose();
  });

  it('answers queries in short sentences, grouping shared answers', async () => {
    const set = new DeviceSet(home(), { factories: {} });
    await set.execute([
      { device: 'kitchen_light', command: 'turn_on' },
      { device: 'hall_light', command: 'turn_on' },
    ]);
    assert.equal(
      await set.answer([{ device: 'front_door', attribute: 'state' }]),
      'The front door is locked.',
    );
    assert.equal(
      await set.answer([{ device: 'bedroom_thermometer', attribute: 'temperature' }]),
      'The bedroom temperature is 21 °C.',
    );
    assert.equal(
      await set.answer([
        { device: 'kitchen_light', attribute: 'state' },
        { device: 'hall_light', attribute: 'state' },
        { device: 'bedroom_lamp', attribute: 'state' },
      ]),
      'The kitchen light and hall light are on. The bedroom lamp is off.',
    );
    assert.equal(
      await set.answer([
        { device: 'porch_light', attribute: 'state' },
        { device: 'garage_door', attribute: 'position' },
        { device: 'kitchen_light', attribute: 'brightness' },
      ]),
      'The porch light is not answering. The garage door is closed. The kitchen light is at 100% brightness.',
    );
    await set.dispose();
  });
});
