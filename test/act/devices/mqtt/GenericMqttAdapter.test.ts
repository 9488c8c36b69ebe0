import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { connectAsync } from 'mqtt';
import type { MqttClient } from 'mqtt';
import type { Connection, Device } from '../../../../src-main/core/home.ts';
import type { DeviceAdapter, DeviceState } from '../../../../src-main/core/state.ts';
import { createMqttAdapter } from '../../../../src-main/act/devices/mqtt/createMqttAdapter.ts';
import { MqttTestBed } from './MqttTestBed.ts';
import { waitUntil } from './testing.ts';

const mqtt = new MqttTestBed();
let device: MqttClient;
/** What the simulated JSON light holds; it echoes the whole object on every change. */
const light: Record<string, unknown> = {
  state: 'OFF',
  brightness: 255,
  color: '255,255,255',
  ct: 4000,
};

function generic(
  name: string,
  type: Device['type'],
  connection: Record<string, unknown>,
  timeoutMs?: number,
): DeviceAdapter {
  const full = { protocol: 'mqtt', ...connection } as Connection;
  return mqtt.adapter(createMqttAdapter, name, type, full, timeoutMs);
}

const KITCHEN = {
  command_topic: 'home/kitchen/light/set',
  state_topic: 'home/kitchen/light/state',
  brightness_command_topic: 'home/kitchen/light/brightness/set',
  brightness_command_template: '{"brightness":{{value}}}',
  brightness_scale: 255,
  brightness_value_path: 'brightness',
  color_command_topic: 'home/kitchen/light/color/set',
  color_format: 'rgb',
  color_value_path: 'color',
  color_temp_command_topic: 'home/kitchen/light/ct/set',
  color_temp_unit: 'kelvin',
  color_temp_value_path: 'ct',
};

/** Sends each command; checks the outcome and exactly what went out on which topic. */
async function expectSent(
  adapter: DeviceAdapter,
  steps: [string, number | string | undefined, string, string, string][],
): Promise<void> {
  for (const [command, value, topic, payload, outcome] of steps) {
    mqtt.recorder.clear();
    const result = await adapter.execute(command, value);
    assert.equal(result.outcome, outcome, `${command} ${String(value)}: ${result.error ?? ''}`);
    const commands = (): typeof mqtt.recorder.messages =>
      mqtt.recorder.messages.filter((m) => !m.topic.endsWith('/state'));
    // An unconfirmed outcome returns without waiting for anything to come back.
    await waitUntil(() => commands().length > 0, `${command} to reach the broker`);
    const sent = commands();
    assert.deepEqual(
      sent.map((m) => [m.topic, m.payload]),
      [[topic, payload]],
      `${command} ${String(value)}`,
    );
  }
}

describe('generic MQTT devices against a real Mosquitto', () => {
  before(async () => {
    await mqtt.start();
    device = await connectAsync(mqtt.broker.url);
    const echo = (topic: string, payload: string): void => {
      if (topic === 'home/kitchen/light/set') light.state = payload;
      else if (topic === 'home/kitchen/light/brightness/set') {
        Object.assign(light, JSON.parse(payload) as object, { state: 'ON' });
      } else if (topic === 'home/kitchen/light/color/set') light.color = payload;
      else if (topic === 'home/kitchen/light/ct/set') light.ct = Number(payload);
      else if (topic === 'garage/door/cmd') {
        const next = { UP: 'open', DOWN: 'closed' }[payload];
        if (next) void device.publishAsync('garage/door/state', next);
        return;
      } else return;
      void device.publishAsync('home/kitchen/light/state', JSON.stringify(light));
    };
    device.on('message', (topic, payload) => echo(topic, payload.toString()));
    await device.subscribeAsync([
      'home/kitchen/light/+/set',
      'home/kitchen/light/set',
      'garage/door/cmd',
    ]);
  });

  after(async () => {
    await mqtt.disposeAdapters();
    await device.endAsync();
    await mqtt.stop();
  });

  test('JSON light: payloads, templates, scales and colour formats, confirmed from state_topic', async () => {
    const kitchen = generic('Kitchen light', 'light', KITCHEN);
    await expectSent(kitchen, [
      ['turn_on', undefined, 'home/kitchen/light/set', 'ON', 'ok'],
      ['set_brightness', 50, 'home/kitchen/light/brightness/set', '{"brightness":128}', 'ok'],
      ['change_brightness', -10, 'home/kitchen/light/brightness/set', '{"brightness":102}', 'ok'],
      ['set_color', 'red', 'home/kitchen/light/color/set', '255,0,0', 'ok'],
      ['set_color_temp', 3000, 'home/kitchen/light/ct/set', '3000', 'ok'],
      ['set_brightness', 0, 'home/kitchen/light/set', 'OFF', 'ok'],
    ]);
    assert.deepEqual(await kitchen.read(), {
      available: true,
      state: 'off',
      brightness: 40,
      color: '#ff0000',
      color_temp: 3000,
    });
  });

  test('plain state and per-command payloads; a command with no expected state is unconfirmed', async () => {
    const door = generic(
      'Garage door',
      'cover',
      {
        command_topic: 'garage/door/cmd',
        state_topic: 'garage/door/state',
        payloads: { open: 'UP', close: 'DOWN' },
      },
      300,
    );
    await door.read();
    await expectSent(door, [
      ['open', undefined, 'garage/door/cmd', 'UP', 'ok'],
      ['stop', undefined, 'garage/door/cmd', 'STOP', 'unconfirmed'],
      ['close', undefined, 'garage/door/cmd', 'DOWN', 'ok'],
    ]);
    assert.equal((await door.read()).state, 'closed');
  });

  test('no state_topic: sent and unconfirmed, with YAML-number payloads', async () => {
    const plug = generic('Plug', 'switch', {
      command_topic: 'plugs/3/cmd',
      payload_on: 1,
      payload_off: 0,
    });
    await expectSent(plug, [
      ['turn_on', undefined, 'plugs/3/cmd', '1', 'unconfirmed'],
      ['turn_off', undefined, 'plugs/3/cmd', '0', 'unconfirmed'],
    ]);
    assert.deepEqual(await plug.read(), { available: true });
  });

  test('climate: temperature and mode topics; retained JSON state read with value paths', async () => {
    await device.publishAsync(
      'hvac/state',
      JSON.stringify({ mode: 'HEAT', target: 20, current: { temp: 18.2 }, power: 'ON' }),
      { retain: true },
    );
    const hvac = generic(
      'Heat pump',
      'climate',
      {
        command_topic: 'hvac/power',
        state_topic: 'hvac/state',
        state_value_path: 'power',
        temperature_command_topic: 'hvac/target/set',
        temperature_command_template: '{"target": {{value}}}',
        target_temperature_value_path: 'target',
        temperature_value_path: 'current.temp',
        mode_command_topic: 'hvac/mode/set',
        mode_value_path: 'mode',
      },
      300,
    );
    assert.deepEqual(await hvac.read(), {
      available: true,
      state: 'on',
      mode: 'heat',
      target_temperature: 20,
      temperature: 18.2,
    });
    await expectSent(hvac, [
      ['set_temperature', 21.5, 'hvac/target/set', '{"target": 21.5}', 'unconfirmed'],
      ['set_mode', 'cool', 'hvac/mode/set', 'cool', 'unconfirmed'],
    ]);
    await device.publishAsync('hvac/state', '', { retain: true });
  });

  test('availability topic with custom payloads; malformed state ignored', async () => {
    const fan = generic(
      'Fan',
      'fan',
      {
        command_topic: 'fan/cmd',
        state_topic: 'fan/state',
        availability_topic: 'fan/alive',
        payload_available: 'yes',
        payload_not_available: 'no',
        speed_command_topic: 'fan/speed',
        speed_scale: 3,
        speed_value_path: 'speed',
      },
      300,
    );
    await fan.read();
    const seen: DeviceState[] = [];
    fan.watch?.((s) => seen.push(s));
    await device.publishAsync('fan/alive', 'no');
    await waitUntil(() => seen.at(-1)?.available === false, 'offline');
    assert.match(
      (await fan.execute('turn_on')).error ?? '',
      /^Fan \(mqtt via mqtt:\/\/127\.0\.0\.1:\d+\): the device is offline/,
    );
    await device.publishAsync('fan/alive', 'yes');
    await waitUntil(() => seen.at(-1)?.available === true, 'online');
    for (const junk of ['{"speed":', '{"speed":"fast"}', '[3]'])
      await device.publishAsync('fan/state', junk);
    await device.publishAsync('fan/state', '{"speed":2,"state":"ON"}');
    await waitUntil(() => seen.at(-1)?.speed === 67, 'the good state');
    assert.equal(seen.at(-1)?.state, 'on');
    mqtt.recorder.clear();
    await fan.execute('set_speed', 100);
    assert.deepEqual(mqtt.recorder.on('fan/speed'), ['3']);
  });

  test('a command without its topic, or a bad connection, fails with the reason', async () => {
    const plug = generic('Plug', 'light', { command_topic: 'plugs/4/cmd' });
    assert.equal(
      (await plug.execute('set_color', 'red')).error,
      `Plug (mqtt via ${mqtt.broker.url}): its connection has no \`color_command_topic\`, so Hearth cannot set its color`,
    );
    const bad = generic('Bad', 'switch', { command_topic: 'a/#' });
    assert.match(
      (await bad.execute('turn_on')).error ?? '',
      /`command_topic`: an MQTT topic here must be exact/,
    );
  });
});
