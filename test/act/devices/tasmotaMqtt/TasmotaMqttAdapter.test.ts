import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Device } from '../../../../src-main/core/home.ts';
import type { DeviceAdapter, DeviceState } from '../../../../src-main/core/state.ts';
import { createTasmotaMqttAdapter } from '../../../../src-main/act/devices/tasmotaMqtt/createTasmotaMqttAdapter.ts';
import { MqttTestBed } from '../mqtt/MqttTestBed.ts';
import { waitUntil } from '../mqtt/testing.ts';
import { TasmotaSimulator } from './TasmotaSimulator.ts';

const mqtt = new MqttTestBed();
let bulb: TasmotaSimulator;
let fan: TasmotaSimulator;

function tasmota(
  name: string,
  type: Device['type'],
  topic: string | undefined,
  timeoutMs?: number,
): DeviceAdapter {
  const connection = topic
    ? { protocol: 'tasmota' as const, topic }
    : { protocol: 'tasmota' as const };
  return mqtt.adapter(createTasmotaMqttAdapter, name, type, connection, timeoutMs);
}

async function expectCommands(
  adapter: DeviceAdapter,
  sim: TasmotaSimulator,
  steps: [string, number | string | undefined, [string, string]][],
): Promise<void> {
  for (const [command, value, sent] of steps) {
    const before = sim.received.length;
    const outcome = await adapter.execute(command, value);
    assert.equal(outcome.outcome, 'ok', `${command} ${String(value)}: ${outcome.error ?? ''}`);
    // STATE requests (on connect) may interleave; they are not the command.
    const commands = sim.received.slice(before).filter(([c]) => c !== 'STATE');
    assert.deepEqual(commands, [sent], `${command} ${String(value)}`);
  }
}

describe('Tasmota over MQTT against a real Mosquitto', () => {
  before(async () => {
    await mqtt.start();
    [bulb, fan] = await Promise.all([
      TasmotaSimulator.start(mqtt.broker.url, 'bulb_1'),
      TasmotaSimulator.start(mqtt.broker.url, 'ifan'),
    ]);
  });

  after(async () => {
    await mqtt.disposeAdapters();
    await Promise.all([bulb.close(), fan.close()]);
    await mqtt.stop();
  });

  test('light: exact cmnd topics and payloads, each confirmed by stat/RESULT', async () => {
    const light = tasmota('Bulb', 'light', 'bulb_1');
    mqtt.recorder.clear();
    assert.equal((await light.read()).state, 'off', 'the STATE request answers read()');
    assert.deepEqual(bulb.received, [['STATE', '']]);
    await expectCommands(light, bulb, [
      ['turn_on', undefined, ['POWER', 'ON']],
      ['set_brightness', 40, ['Dimmer', '40']],
      ['change_brightness', 20, ['Dimmer', '60']],
      ['change_brightness', -100, ['POWER', 'OFF']],
      ['set_color', 'orange', ['Color', '#ffa500']],
      ['set_color_temp', 4000, ['CT', '250']],
      ['set_color_temp', 1500, ['CT', '500']],
      ['set_brightness', 0, ['POWER', 'OFF']],
      ['turn_off', undefined, ['POWER', 'OFF']],
    ]);
    const published = mqtt.recorder.messages
      .filter((m) => m.topic.startsWith('cmnd/'))
      .map((m) => m.topic);
    assert.ok(
      published.every((t) => t.startsWith('cmnd/bulb_1/')),
      published.join(),
    );
    const state = await light.read();
    assert.equal(state.state, 'off');
    assert.equal(state.color, '#ffa500');
    assert.equal(state.color_temp, 2000);
  });

  test('fan speed goes out as FanSpeed 0-3', async () => {
    const f = tasmota('Fan', 'fan', 'ifan');
    await expectCommands(f, fan, [
      ['set_speed', 50, ['FanSpeed', '2']],
      ['set_speed', 100, ['FanSpeed', '3']],
      ['turn_on', undefined, ['POWER', 'ON']],
    ]);
    assert.equal((await f.read()).speed, 100);
  });

  test('stat/POWER, tele/STATE and tele/SENSOR reach watch()', async () => {
    const light = tasmota('Bulb', 'light', 'bulb_1');
    await light.read();
    const seen: DeviceState[] = [];
    light.watch?.((s) => seen.push(s));
    await bulb.publish(
      'tele/%/STATE',
      JSON.stringify({ POWER: 'ON', Dimmer: 30, Color: '00FF00' }),
    );
    await waitUntil(() => seen.at(-1)?.brightness === 30, 'tele/STATE');
    assert.equal(seen.at(-1)?.color, '#00ff00');
    await bulb.publish('stat/%/POWER', 'OFF');
    await waitUntil(() => seen.at(-1)?.state === 'off', 'stat/POWER');

    const sensor = tasmota('Thermometer', 'sensor', 'bulb_1');
    await sensor.read();
    assert.ok(bulb.received.some(([c, p]) => c === 'STATUS' && p === '10'));
    const readings: DeviceState[] = [];
    sensor.watch?.((s) => readings.push(s));
    await bulb.publish(
      'tele/%/SENSOR',
      JSON.stringify({ AM2301: { Temperature: 21.4, Humidity: 40.2 }, TempUnit: 'C' }),
    );
    await waitUntil(() => readings.at(-1)?.temperature === 21.4, 'tele/SENSOR');
    assert.equal(readings.at(-1)?.humidity, 40.2);
  });

  test('malformed payloads are ignored without a crash', async () => {
    const light = tasmota('Bulb', 'light', 'bulb_1');
    await light.read();
    const seen: DeviceState[] = [];
    light.watch?.((s) => seen.push(s));
    for (const junk of ['{"POWER":', '[]', '"ON', '{"Dimmer":"bright"}']) {
      await bulb.publish('stat/%/RESULT', junk);
    }
    await bulb.publish('stat/%/RESULT', JSON.stringify({ POWER: 'ON', Dimmer: 77 }));
    await waitUntil(() => seen.at(-1)?.brightness === 77, 'the good message');
    assert.ok(seen.every((s) => s.brightness === undefined || typeof s.brightness === 'number'));
  });

  test('LWT Offline fails fast; Online works again; silence is unconfirmed', async () => {
    const light = tasmota('Bulb', 'light', 'bulb_1', 300);
    await light.read();
    const seen: DeviceState[] = [];
    light.watch?.((s) => seen.push(s));
    await bulb.setOnline(false);
    await waitUntil(() => seen.at(-1)?.available === false, 'the LWT Offline');
    const sent = bulb.received.length;
    const outcome = await light.execute('turn_on');
    assert.equal(
      outcome.error,
      `Bulb (tasmota via ${mqtt.broker.url}): the device is offline (its availability topic says so)`,
    );
    assert.equal(bulb.received.length, sent);
    await bulb.setOnline(true);
    await waitUntil(() => seen.at(-1)?.available === true, 'the LWT Online');
    assert.equal((await light.execute('turn_on')).outcome, 'ok');

    bulb.silent = true;
    try {
      assert.equal((await light.execute('turn_off')).outcome, 'unconfirmed');
      assert.deepEqual(bulb.received.at(-1), ['POWER', 'OFF']);
    } finally {
      bulb.silent = false;
    }
  });

  test('unsupported commands and unusable connections fail with the reason', async () => {
    const blind = tasmota('Blind', 'cover', 'bulb_1');
    assert.match((await blind.execute('open')).error ?? '', /Tasmota cannot do open on a cover$/);
    const noTopic = tasmota('Plug', 'switch', undefined);
    assert.match(
      (await noTopic.execute('turn_on')).error ?? '',
      /^Plug \(tasmota\): its connection in the home file is not usable \(`topic`/,
    );
  });

  test('broker down fails fast; after the restart commands work again', async () => {
    const light = tasmota('Bulb', 'light', 'bulb_1');
    assert.equal((await light.execute('turn_on')).outcome, 'ok');
    await mqtt.broker.stop();
    await waitUntil(async () => !(await light.read()).available, 'the broker to be gone');
    assert.equal(
      (await light.execute('turn_off')).error,
      `Bulb (tasmota via ${mqtt.broker.url}): the MQTT broker is not reachable`,
    );
    await mqtt.broker.restart();
    await waitUntil(async () => (await light.read()).available, 'the reconnect');
    await bulb.whenReady();
    const back = await light.execute('turn_off');
    assert.equal(back.outcome, 'ok', back.error);
  });
});
