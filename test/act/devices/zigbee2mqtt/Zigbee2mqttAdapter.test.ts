import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Device } from '../../../../src-main/core/home.ts';
import type { DeviceAdapter, DeviceState } from '../../../../src-main/core/state.ts';
import { createZigbee2mqttAdapter } from '../../../../src-main/act/devices/zigbee2mqtt/createZigbee2mqttAdapter.ts';
import { MqttTestBed } from '../mqtt/MqttTestBed.ts';
import { makeDevice, makeHome, waitUntil } from '../mqtt/testing.ts';
import { Zigbee2mqttSimulator } from './Zigbee2mqttSimulator.ts';

const mqtt = new MqttTestBed();
let sim: Zigbee2mqttSimulator;

function z2m(
  name: string,
  type: Device['type'],
  friendly: string,
  timeoutMs?: number,
): DeviceAdapter {
  const connection = { protocol: 'zigbee2mqtt' as const, friendly_name: friendly };
  return mqtt.adapter(createZigbee2mqttAdapter, name, type, connection, timeoutMs);
}

/** Runs each command, expecting `ok` and exactly this payload on the `/set` topic. */
async function expectPayloads(
  adapter: DeviceAdapter,
  friendly: string,
  steps: [string, number | string | undefined, unknown][],
): Promise<void> {
  for (const [command, value, payload] of steps) {
    const before = sim.sets(friendly).length;
    const outcome = await adapter.execute(command, value);
    assert.equal(outcome.outcome, 'ok', `${command} ${String(value)}: ${outcome.error ?? ''}`);
    assert.deepEqual(sim.sets(friendly).slice(before), [payload], `${command} ${String(value)}`);
  }
}

describe('Zigbee2MQTT adapter against a real Mosquitto', () => {
  before(async () => {
    await mqtt.start();
    sim = await Zigbee2mqttSimulator.start(mqtt.broker.url, {
      'Hall light': { state: 'OFF', brightness: 100, color_temp: 300 },
      'Desk plug': { state: 'OFF', power: 0 },
      Blind: { state: 'CLOSE', position: 0 },
      'Front door': { state: 'LOCK', lock_state: 'locked' },
      Radiator: { system_mode: 'heat', occupied_heating_setpoint: 19, local_temperature: 18.5 },
      'Ceiling fan': { state: 'OFF', fan_mode: 'off' },
      'Garden valve': { state: 'OFF' },
      'Porch light': { state: 'ON', brightness: 254 },
    });
  });

  after(async () => {
    await mqtt.disposeAdapters();
    await sim.close();
    await mqtt.stop();
  });

  test('light: exact /set payloads for every command, each confirmed by the state echo', async () => {
    const light = z2m('Hall light', 'light', 'Hall light');
    mqtt.recorder.clear();
    await expectPayloads(light, 'Hall light', [
      ['turn_on', undefined, { state: 'ON' }],
      ['set_brightness', 50, { brightness: 127 }],
      ['change_brightness', -20, { brightness_step: -51 }],
      ['set_color', 'red', { color: { hex: '#ff0000' } }],
      ['set_color', '#00ff00', { color: { hex: '#00ff00' } }],
      ['set_color_temp', 2700, { color_temp: 370 }],
      ['set_brightness', 100, { brightness: 254 }],
      ['set_brightness', 0, { state: 'OFF' }],
      ['turn_off', undefined, { state: 'OFF' }],
    ]);
    // Only topics derived from the home file were published to: the state request, then /set.
    assert.deepEqual(
      mqtt.recorder.messages
        .filter((m) => m.topic.startsWith('zigbee2mqtt/Hall light/'))
        .map((m) => `${m.topic} ${m.payload}`),
      [
        'zigbee2mqtt/Hall light/get {"state":""}',
        ...mqtt.recorder
          .on('zigbee2mqtt/Hall light/set')
          .map((p) => `zigbee2mqtt/Hall light/set ${p}`),
      ],
    );
    assert.equal(mqtt.recorder.on('zigbee2mqtt/Hall light/set').length, 9);
    const state = await light.read();
    assert.equal(state.available, true);
    assert.equal(state.state, 'off');
    assert.equal(state.brightness, 100);
    assert.equal(state.color_temp, 2703);
  });

  test('brightness 50% goes out as 127 and reads back as 50%; xy colour reads back as hex', async () => {
    const light = z2m('Hall light', 'light', 'Hall light');
    await light.execute('set_brightness', 50);
    await light.execute('set_color', 'blue');
    const state = await light.read();
    assert.equal(state.brightness, 50);
    assert.equal(state.color, '#0000ff');
  });

  test('switch, cover, lock, fan and valve payloads', async () => {
    await expectPayloads(z2m('Desk plug', 'switch', 'Desk plug'), 'Desk plug', [
      ['turn_on', undefined, { state: 'ON' }],
      ['turn_off', undefined, { state: 'OFF' }],
    ]);
    const blind = z2m('Blind', 'cover', 'Blind');
    await expectPayloads(blind, 'Blind', [
      ['open', undefined, { state: 'OPEN' }],
      ['set_position', 40, { position: 40 }],
      ['stop', undefined, { state: 'STOP' }],
      ['close', undefined, { state: 'CLOSE' }],
    ]);
    assert.deepEqual(await blind.read(), { available: true, state: 'closed', position: 0 });
    const lock = z2m('Front door', 'lock', 'Front door');
    await expectPayloads(lock, 'Front door', [
      ['unlock', undefined, { state: 'UNLOCK' }],
      ['lock', undefined, { state: 'LOCK' }],
    ]);
    assert.equal((await lock.read()).state, 'locked');
    await expectPayloads(z2m('Ceiling fan', 'fan', 'Ceiling fan'), 'Ceiling fan', [
      ['turn_on', undefined, { state: 'ON' }],
      ['set_speed', 50, { fan_mode: 'medium' }],
      ['set_speed', 100, { fan_mode: 'high' }],
      ['turn_off', undefined, { state: 'OFF' }],
    ]);
    const valve = z2m('Garden valve', 'valve', 'Garden valve');
    await expectPayloads(valve, 'Garden valve', [
      ['open', undefined, { state: 'ON' }],
      ['close', undefined, { state: 'OFF' }],
    ]);
    assert.equal((await valve.read()).state, 'closed');
  });

  test('climate: setpoint, mode, off and back on to the last mode', async () => {
    const radiator = z2m('Radiator', 'climate', 'Radiator');
    await expectPayloads(radiator, 'Radiator', [
      ['set_temperature', 21.5, { occupied_heating_setpoint: 21.5 }],
      ['set_mode', 'auto', { system_mode: 'auto' }],
      ['turn_off', undefined, { system_mode: 'off' }],
      ['turn_on', undefined, { system_mode: 'auto' }],
    ]);
    const state = await radiator.read();
    assert.equal(state.temperature, 18.5);
    assert.equal(state.target_temperature, 21.5);
    assert.equal(state.mode, 'auto');
    assert.equal(state.state, 'on');
  });

  test('a Fahrenheit home sends Celsius setpoints and reads Fahrenheit back', async () => {
    const fHome = makeHome(mqtt.broker.url, [], 'fahrenheit');
    const device = makeDevice('rad_f', 'Radiator', 'climate', {
      protocol: 'zigbee2mqtt',
      friendly_name: 'Radiator',
    });
    const radiator = createZigbee2mqttAdapter(
      device,
      { home: fHome, timeoutMs: 1500 },
      { pool: mqtt.pool },
    );
    mqtt.adapters.push(radiator);
    await expectPayloads(radiator, 'Radiator', [
      ['set_temperature', 70, { occupied_heating_setpoint: 21 }],
    ]);
    assert.equal((await radiator.read()).target_temperature, 69.8);
  });

  test('read() asks for the state with {"state":""} on /get', async () => {
    const plug = z2m('Desk plug', 'switch', 'Desk plug');
    const state = await plug.read();
    assert.equal(state.state, 'off');
    assert.ok(
      sim.received.some(
        ([n, kind, p]) =>
          n === 'Desk plug' && kind === 'get' && JSON.stringify(p) === '{"state":""}',
      ),
    );
  });

  test('state and availability (plain and JSON styles) reach watch(); offline fails fast', async () => {
    const porch = z2m('Porch light', 'light', 'Porch light');
    await porch.read();
    const seen: DeviceState[] = [];
    const stop = porch.watch?.((s) => seen.push(s));
    await sim.report('Porch light', { brightness: 127 });
    await waitUntil(() => seen.some((s) => s.brightness === 50), 'the brightness update');

    for (const style of ['plain', 'json'] as const) {
      seen.length = 0;
      await sim.setAvailability('Porch light', false, style);
      await waitUntil(() => seen.at(-1)?.available === false, `offline (${style})`);
      const sets = sim.sets('Porch light').length;
      const outcome = await porch.execute('turn_off');
      assert.equal(outcome.outcome, 'failed');
      assert.equal(
        outcome.error,
        `Porch light (zigbee2mqtt via ${mqtt.broker.url}): the device is offline (its availability topic says so)`,
      );
      assert.equal(sim.sets('Porch light').length, sets, 'nothing is sent to an offline device');
      assert.deepEqual(await porch.read(), { available: false });
      await sim.setAvailability('Porch light', true, style);
      await waitUntil(() => seen.at(-1)?.available === true, `online (${style})`);
      assert.equal((await porch.execute('turn_on')).outcome, 'ok');
    }
    stop?.();
  });

  test('no echo within the timeout is unconfirmed, yet the command was sent', async () => {
    const plug = z2m('Desk plug', 'switch', 'Desk plug', 300);
    await plug.read();
    sim.silent = true;
    try {
      const before = sim.sets('Desk plug').length;
      const outcome = await plug.execute('turn_on');
      assert.deepEqual(outcome, {
        device: 'desk_plug',
        command: 'turn_on',
        outcome: 'unconfirmed',
      });
      assert.deepEqual(sim.sets('Desk plug').slice(before), [{ state: 'ON' }]);
    } finally {
      sim.silent = false;
    }
  });

  test('malformed state payloads are ignored; good ones still arrive', async () => {
    const light = z2m('Hall light', 'light', 'Hall light');
    await light.read();
    const seen: DeviceState[] = [];
    light.watch?.((s) => seen.push(s));
    for (const junk of ['{not json', '[1,2]', '42', '', 'null'])
      await sim.publishRaw('Hall light', junk);
    await sim.publishRaw('Hall light', '{"state":"ON","brightness":"very bright"}');
    await sim.report('Hall light', { state: 'ON', brightness: 254 });
    await waitUntil(() => seen.some((s) => s.brightness === 100), 'the good report');
    assert.ok(
      seen.some((s) => s.state === 'on'),
      'the good field of a half-bad message is kept',
    );
    assert.ok(seen.every((s) => s.brightness === undefined || typeof s.brightness === 'number'));
  });

  test('commands the device type or protocol cannot do fail with the reason', async () => {
    const valve = z2m('Garden valve', 'valve', 'Garden valve');
    const wrong = await valve.execute('set_brightness', 20);
    assert.equal(wrong.outcome, 'failed');
    assert.match(
      wrong.error ?? '',
      /^Garden valve \(zigbee2mqtt via .*\): a valve cannot do set_brightness$/,
    );
    const tv = z2m('TV', 'media_player', 'TV');
    assert.match(
      (await tv.execute('play')).error ?? '',
      /Zigbee2MQTT cannot do play on a media_player/,
    );
    const light = z2m('Hall light', 'light', 'Hall light');
    assert.match((await light.execute('set_brightness', 150)).error ?? '', /0 to 100/);
    assert.match((await light.execute('set_color', 'not-a-colour')).error ?? '', /CSS colour/);
  });

  test('a bad connection or a home without a broker fails every action plainly', async () => {
    const noBroker = makeHome(undefined, []);
    const device = makeDevice('lamp', 'Lamp', 'light', {
      protocol: 'zigbee2mqtt',
      friendly_name: 'Lamp',
    });
    const orphan = createZigbee2mqttAdapter(device, { home: noBroker }, { pool: mqtt.pool });
    mqtt.adapters.push(orphan);
    assert.match(
      (await orphan.execute('turn_on')).error ?? '',
      /^Lamp \(zigbee2mqtt\): no MQTT broker is set/,
    );
    assert.deepEqual(await orphan.read(), { available: false });
    const hostless = createZigbee2mqttAdapter(
      device,
      { home: makeHome('mqtt://', []) },
      { pool: mqtt.pool },
    );
    mqtt.adapters.push(hostless);
    assert.match(
      (await hostless.execute('turn_on')).error ?? '',
      /^Lamp \(zigbee2mqtt\): the MQTT broker URL is not usable/,
    );
    const wild = makeDevice('w', 'Wild', 'light', {
      protocol: 'zigbee2mqtt',
      friendly_name: 'lamps/#',
    });
    const bad = createZigbee2mqttAdapter(wild, { home: mqtt.home }, { pool: mqtt.pool });
    mqtt.adapters.push(bad);
    assert.match((await bad.execute('turn_on')).error ?? '', /no `\+` or `#` wildcards/);
  });

  test('broker down: fail fast with a clear message; back up: reconnect and work again', async () => {
    const light = z2m('Hall light', 'light', 'Hall light');
    assert.equal((await light.execute('turn_on')).outcome, 'ok');
    const seen: DeviceState[] = [];
    light.watch?.((s) => seen.push(s));

    await mqtt.broker.stop();
    await waitUntil(() => seen.some((s) => !s.available), 'the adapter to notice the broker left');
    const down = await light.execute('turn_off');
    assert.deepEqual(down, {
      device: 'hall_light',
      command: 'turn_off',
      outcome: 'failed',
      error: `Hall light (zigbee2mqtt via ${mqtt.broker.url}): the MQTT broker is not reachable`,
    });
    assert.deepEqual(await light.read(), { available: false });

    await mqtt.broker.restart();
    await waitUntil(() => seen.at(-1)?.available === true, 'the adapter to reconnect');
    await sim.whenReady();
    const back = await light.execute('turn_off');
    assert.equal(back.outcome, 'ok', back.error);
    // The echo proves the state subscription came back with the connection.
    await sim.report('Hall light', { brightness: 127 });
    await waitUntil(() => seen.at(-1)?.brightness === 50, 'state after the reconnect');
  });
});
