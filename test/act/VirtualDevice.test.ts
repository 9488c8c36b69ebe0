import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { VirtualDevice } from '../../src-main/act/VirtualDevice.ts';
import { DEVICE_COMMANDS } from '../../src-main/core/commands.ts';
import { DEVICE_TYPES } from '../../src-main/core/home.ts';
import type { Device, DeviceType } from '../../src-main/core/home.ts';
import type { DeviceState } from '../../src-main/core/state.ts';

function device(type: DeviceType, extra: Partial<Device> = {}): Device {
  return {
    id: `my_${type}`,
    name: `My ${type}`,
    aliases: [],
    type,
    confirm: false,
    expose: true,
    ...extra,
  };
}

/** Runs commands in turn, asserting each is ok, and returns the state after the last. */
async function after(
  adapter: VirtualDevice,
  ...steps: [string, (number | string)?][]
): Promise<DeviceState> {
  for (const [command, value] of steps) {
    const outcome = await adapter.execute(command, value);
    assert.equal(outcome.outcome, 'ok', `${command} ${value ?? ''}: ${outcome.error ?? ''}`);
    assert.equal(outcome.device, adapter.deviceId);
    assert.equal(outcome.command, command);
  }
  return adapter.read();
}

describe('VirtualDevice', () => {
  it('turns lights on and off, dims, colours and clamps relative changes', async () => {
    const light = new VirtualDevice(device('light'));
    assert.equal((await light.read()).state, 'off');
    assert.equal((await after(light, ['turn_on'])).state, 'on');
    assert.equal((await after(light, ['turn_off'])).state, 'off');
    assert.deepEqual(
      { ...(await after(light, ['set_brightness', 40])) },
      { available: true, state: 'on', brightness: 40, color_temp: 2700 },
    );
    assert.equal((await after(light, ['set_brightness', 0])).state, 'off');
    // From off, a relative change starts at 0 and turns the light on.
    assert.deepEqual(
      [(await after(light, ['change_brightness', 20])).brightness, (await light.read()).state],
      [20, 'on'],
    );
    assert.equal((await after(light, ['change_brightness', 500 / 10])).brightness, 70);
    assert.equal((await after(light, ['change_brightness', 100])).brightness, 100);
    assert.equal((await after(light, ['change_brightness', -100])).brightness, 1);
    const red = await after(light, ['set_color', 'red']);
    assert.equal(red.color, 'red');
    assert.equal(red.color_temp, undefined, 'a colour replaces the white temperature');
    assert.equal((await after(light, ['set_color', '#00ff7f'])).color, '#00ff7f');
    const warm = await after(light, ['turn_off'], ['set_color_temp', 3000]);
    assert.deepEqual([warm.state, warm.color_temp, warm.color], ['on', 3000, undefined]);
  });

  it('runs switches, fans and appliances', async () => {
    const plug = new VirtualDevice(device('switch'));
    assert.equal((await after(plug, ['turn_on'])).state, 'on');
    assert.equal((await after(plug, ['turn_off'])).state, 'off');
    const fan = new VirtualDevice(device('fan'));
    assert.deepEqual(
      [(await after(fan, ['set_speed', 75])).state, (await fan.read()).speed],
      ['on', 75],
    );
    assert.equal((await after(fan, ['set_speed', 0])).state, 'off');
    assert.equal((await after(fan, ['turn_on'])).state, 'on');
    assert.equal((await after(fan, ['turn_off'])).state, 'off');
    const kettle = new VirtualDevice(device('appliance', { class: 'kettle' }));
    assert.equal((await after(kettle, ['start'])).state, 'running');
    assert.equal((await after(kettle, ['stop'])).state, 'off');
    assert.equal((await after(kettle, ['turn_on'])).state, 'on');
    assert.equal((await after(kettle, ['turn_off'])).state, 'off');
  });

  it('moves covers and reports open or closed by position', async () => {
    const blind = new VirtualDevice(device('cover', { class: 'blind' }));
    assert.deepEqual(await after(blind, ['open']), {
      available: true,
      state: 'open',
      position: 100,
    });
    assert.deepEqual(await after(blind, ['close']), {
      available: true,
      state: 'closed',
      position: 0,
    });
    assert.deepEqual(await after(blind, ['set_position', 30]), {
      available: true,
      state: 'open',
      position: 30,
    });
    assert.equal((await after(blind, ['stop'])).position, 30);
    assert.equal((await after(blind, ['set_position', 0])).state, 'closed');
  });

  it('sets climate temperature and mode, remembering the mode across off and on', async () => {
    const thermostat = new VirtualDevice(device('climate'));
    assert.equal((await after(thermostat, ['set_temperature', 22.5])).target_temperature, 22.5);
    assert.deepEqual(
      [(await after(thermostat, ['set_mode', 'cool'])).mode, (await thermostat.read()).state],
      ['cool', 'on'],
    );
    const off = await after(thermostat, ['turn_off']);
    assert.deepEqual([off.state, off.mode], ['off', 'off']);
    const on = await after(thermostat, ['turn_on']);
    assert.deepEqual([on.state, on.mode], ['on', 'cool']);
    assert.equal((await after(thermostat, ['set_mode', 'off'])).state, 'off');
    // Fahrenheit homes get Fahrenheit defaults and ranges.
    const us = new VirtualDevice(device('climate'), { unit: 'fahrenheit' });
    assert.equal((await after(us, ['set_temperature', 72])).target_temperature, 72);
    assert.equal((await us.execute('set_temperature', 21)).outcome, 'failed');
  });

  it('locks, opens valves, plays media and runs the vacuum', async () => {
    const lock = new VirtualDevice(device('lock'));
    assert.equal((await lock.read()).state, 'locked');
    assert.equal((await after(lock, ['unlock'])).state, 'unlocked');
    assert.equal((await after(lock, ['lock'])).state, 'locked');
    const valve = new VirtualDevice(device('valve'));
    assert.equal((await after(valve, ['open'])).state, 'open');
    assert.equal((await after(valve, ['close'])).state, 'closed');
    const tv = new VirtualDevice(device('media_player', { class: 'tv' }));
    assert.equal((await after(tv, ['turn_on'])).state, 'on');
    assert.equal((await after(tv, ['play'])).state, 'playing');
    assert.equal((await after(tv, ['pause'])).state, 'paused');
    assert.equal((await after(tv, ['next'], ['previous'])).state, 'paused');
    assert.equal((await after(tv, ['set_volume', 55])).volume, 55);
    assert.equal((await after(tv, ['change_volume', -10])).volume, 45);
    assert.equal((await after(tv, ['change_volume', 90])).volume, 100);
    assert.equal((await after(tv, ['turn_off'])).state, 'off');
    const vacuum = new VirtualDevice(device('vacuum'));
    assert.equal((await after(vacuum, ['start'])).state, 'cleaning');
    assert.equal((await after(vacuum, ['stop'])).state, 'idle');
    assert.equal((await after(vacuum, ['return_home'])).state, 'docked');
  });

  it('accepts every command of the table for every type', async () => {
    const values: Record<string, number | string> = {
      set_brightness: 50,
      change_brightness: -20,
      set_color: 'blue',
      set_color_temp: 4000,
      set_speed: 50,
      set_position: 50,
      set_temperature: 20,
      set_mode: 'heat',
      set_volume: 20,
      change_volume: 10,
      change_speed: 10,
      change_position: -10,
      change_temperature: 1,
    };
    for (const type of DEVICE_TYPES) {
      const adapter = new VirtualDevice(device(type));
      for (const command of DEVICE_COMMANDS[type]) {
        const outcome = await adapter.execute(command, values[command]);
        assert.equal(outcome.outcome, 'ok', `${type}.${command}: ${outcome.error ?? ''}`);
      }
    }
  });

  it('gives sensors readings and refuses commands to them', async () => {
    const thermometer = new VirtualDevice(device('sensor', { class: 'temperature' }));
    assert.equal((await thermometer.read()).temperature, 21);
    const humidity = new VirtualDevice(device('sensor', { class: 'humidity' }));
    assert.equal((await humidity.read()).humidity, 45);
    const door = new VirtualDevice(device('binary_sensor', { class: 'door' }));
    assert.equal((await door.read()).state, 'closed');
    const outcome = await door.execute('turn_on');
    assert.equal(outcome.outcome, 'failed');
    assert.match(outcome.error ?? '', /^My binary_sensor: .*takes no commands/);
  });

  it('fails unsupported commands and bad values with a plain message naming the device', async () => {
    const light = new VirtualDevice(device('light'));
    const cases: [string, (number | string)?, RegExp?][] = [
      ['lock', undefined, /cannot "lock"; it can: turn on, turn off/],
      ['set_brightness', 150, /from 0 to 100 \(percent\), not 150/],
      ['set_brightness', 'bright', /number from 0 to 100/],
      ['set_brightness', undefined, /not nothing/],
      ['set_color', 'blurple', /CSS colour name/],
      ['set_color_temp', 50, /from 1000 to 10000/],
    ];
    for (const [command, value, message] of cases) {
      const outcome = await light.execute(command, value);
      assert.equal(outcome.outcome, 'failed', command);
      assert.match(outcome.error ?? '', /^My light: /);
      if (message) assert.match(outcome.error ?? '', message);
    }
    assert.equal((await light.read()).state, 'off', 'failed commands change nothing');
    const thermostat = new VirtualDevice(device('climate'));
    const mode = await thermostat.execute('set_mode', 'dry');
    assert.match(mode.error ?? '', /one of heat, cool, auto, off/);
  });

  it('seeds its state from connection.initial, dropping fields of the wrong type', async () => {
    const lamp = new VirtualDevice(
      device('light', {
        connection: {
          protocol: 'virtual',
          initial: { state: 'on', brightness: 60, color: 'red', volume: 'loud', nonsense: 1 },
        },
      }),
    );
    assert.deepEqual(await lamp.read(), {
      available: true,
      state: 'on',
      brightness: 60,
      color: 'red',
      color_temp: 2700,
    });
    const dead = new VirtualDevice(
      device('switch', { connection: { protocol: 'virtual', initial: { available: false } } }),
    );
    const outcome = await dead.execute('turn_on');
    assert.equal(outcome.outcome, 'failed');
    assert.match(outcome.error ?? '', /did not answer/);
  });

  it('tells watchers about changes only, until they unsubscribe', async () => {
    const lamp = new VirtualDevice(device('light'));
    const seen: (string | undefined)[] = [];
    const stop = lamp.watch((state) => seen.push(state.state));
    await lamp.execute('turn_on');
    await lamp.execute('turn_on');
    await lamp.execute('turn_off');
    stop();
    await lamp.execute('turn_on');
    assert.deepEqual(seen, ['on', 'off']);
  });
});
