import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { HomeAssistantAdapter } from '../../../../src-main/act/devices/homeAssistant/HomeAssistantAdapter.ts';
import { HomeAssistantPool } from '../../../../src-main/act/devices/homeAssistant/HomeAssistantPool.ts';
import type { DeviceType } from '../../../../src-main/core/home.ts';
import type { DeviceState } from '../../../../src-main/core/state.ts';
import { HomeAssistantSimulator } from '../../../simulators/homeAssistant/HomeAssistantSimulator.ts';
import { fillSampleHome } from '../../../simulators/homeAssistant/sampleHome.ts';
import { haDevice, haHome } from './haFixtures.ts';

const sim = new HomeAssistantSimulator();
const pool = new HomeAssistantPool({ retryMinMs: 20, retryMaxMs: 200, connectTimeoutMs: 1000 });
const open: HomeAssistantAdapter[] = [];

before(async () => {
  await sim.start();
});
beforeEach(() => {
  sim.heal();
  sim.entities.clear();
  fillSampleHome(sim);
  sim.calls.length = 0;
});
after(async () => {
  for (const adapter of open) adapter.dispose();
  await sim.stop();
});

function adapter(
  type: DeviceType,
  entityId: string,
  timeoutMs = 1000,
  cls?: string,
): HomeAssistantAdapter {
  const device = haDevice(entityId.replace('.', '_'), type, entityId, cls);
  const made = new HomeAssistantAdapter(
    device,
    { home: haHome(sim, [device]), timeoutMs },
    { pool },
  );
  open.push(made);
  return made;
}

const entity = (id: string) => sim.entities.get(id)!;

describe('Home Assistant adapter: every command kind becomes the service HA documents', () => {
  const cases: {
    type: DeviceType;
    entity: string;
    command: string;
    value?: number | string;
    service: string;
    data?: Record<string, unknown>;
    check: () => void;
  }[] = [
    {
      type: 'light',
      entity: 'light.kitchen_ceiling',
      command: 'turn_on',
      service: 'light.turn_on',
      check: () => assert.equal(entity('light.kitchen_ceiling').state, 'on'),
    },
    {
      type: 'light',
      entity: 'light.living_room_lamp',
      command: 'turn_off',
      service: 'light.turn_off',
      check: () => assert.equal(entity('light.living_room_lamp').state, 'off'),
    },
    {
      type: 'light',
      entity: 'light.kitchen_ceiling',
      command: 'set_brightness',
      value: 40,
      service: 'light.turn_on',
      data: { brightness_pct: 40 },
      check: () => assert.equal(entity('light.kitchen_ceiling').attributes.brightness, 102),
    },
    {
      type: 'light',
      entity: 'light.living_room_lamp',
      command: 'set_brightness',
      value: 0,
      service: 'light.turn_off',
      check: () => assert.equal(entity('light.living_room_lamp').state, 'off'),
    },
    {
      type: 'light',
      entity: 'light.living_room_lamp',
      command: 'change_brightness',
      value: -20,
      service: 'light.turn_on',
      data: { brightness_step_pct: -20 },
      check: () => assert.equal(entity('light.living_room_lamp').attributes.brightness, 77),
    },
    {
      type: 'light',
      entity: 'light.kitchen_ceiling',
      command: 'set_color',
      value: 'red',
      service: 'light.turn_on',
      data: { color_name: 'red' },
      check: () =>
        assert.deepEqual(entity('light.kitchen_ceiling').attributes.rgb_color, [255, 0, 0]),
    },
    {
      type: 'light',
      entity: 'light.kitchen_ceiling',
      command: 'set_color',
      value: '#00ff80',
      service: 'light.turn_on',
      data: { rgb_color: [0, 255, 128] },
      check: () =>
        assert.deepEqual(entity('light.kitchen_ceiling').attributes.rgb_color, [0, 255, 128]),
    },
    {
      type: 'light',
      entity: 'light.kitchen_ceiling',
      command: 'set_color_temp',
      value: 3000,
      service: 'light.turn_on',
      data: { color_temp_kelvin: 3000 },
      check: () => assert.equal(entity('light.kitchen_ceiling').attributes.color_temp_kelvin, 3000),
    },
    {
      type: 'switch',
      entity: 'switch.coffee_maker',
      command: 'turn_on',
      service: 'switch.turn_on',
      check: () => assert.equal(entity('switch.coffee_maker').state, 'on'),
    },
    {
      type: 'appliance',
      entity: 'switch.coffee_maker',
      command: 'start',
      service: 'switch.turn_on',
      check: () => assert.equal(entity('switch.coffee_maker').state, 'on'),
    },
    {
      type: 'fan',
      entity: 'fan.bedroom_fan',
      command: 'set_speed',
      value: 60,
      service: 'fan.set_percentage',
      data: { percentage: 60 },
      check: () => assert.equal(entity('fan.bedroom_fan').attributes.percentage, 60),
    },
    {
      type: 'fan',
      entity: 'fan.bedroom_fan',
      command: 'change_speed',
      value: 25,
      service: 'fan.set_percentage',
      data: { percentage: 25 },
      check: () => assert.equal(entity('fan.bedroom_fan').state, 'on'),
    },
    {
      type: 'cover',
      entity: 'cover.bedroom_blind',
      command: 'open',
      service: 'cover.open_cover',
      check: () => assert.equal(entity('cover.bedroom_blind').state, 'open'),
    },
    {
      type: 'cover',
      entity: 'cover.bedroom_blind',
      command: 'set_position',
      value: 30,
      service: 'cover.set_cover_position',
      data: { position: 30 },
      check: () => assert.equal(entity('cover.bedroom_blind').attributes.current_position, 30),
    },
    {
      type: 'cover',
      entity: 'cover.bedroom_blind',
      command: 'change_position',
      value: 50,
      service: 'cover.set_cover_position',
      data: { position: 50 },
      check: () => assert.equal(entity('cover.bedroom_blind').attributes.current_position, 50),
    },
    {
      type: 'cover',
      entity: 'cover.bedroom_blind',
      command: 'stop',
      service: 'cover.stop_cover',
      check: () => assert.equal(entity('cover.bedroom_blind').state, 'closed'),
    },
    {
      type: 'climate',
      entity: 'climate.thermostat',
      command: 'set_temperature',
      value: 22.5,
      service: 'climate.set_temperature',
      data: { temperature: 22.5 },
      check: () => assert.equal(entity('climate.thermostat').attributes.temperature, 22.5),
    },
    {
      type: 'climate',
      entity: 'climate.thermostat',
      command: 'change_temperature',
      value: -2,
      service: 'climate.set_temperature',
      data: { temperature: 19 },
      check: () => assert.equal(entity('climate.thermostat').attributes.temperature, 19),
    },
    {
      type: 'climate',
      entity: 'climate.thermostat',
      command: 'set_mode',
      value: 'auto',
      service: 'climate.set_hvac_mode',
      data: { hvac_mode: 'heat_cool' },
      check: () => assert.equal(entity('climate.thermostat').state, 'heat_cool'),
    },
    {
      type: 'climate',
      entity: 'climate.thermostat',
      command: 'turn_off',
      service: 'climate.turn_off',
      check: () => assert.equal(entity('climate.thermostat').state, 'off'),
    },
    {
      type: 'lock',
      entity: 'lock.front_door',
      command: 'unlock',
      service: 'lock.unlock',
      check: () => assert.equal(entity('lock.front_door').state, 'unlocked'),
    },
    {
      type: 'valve',
      entity: 'valve.garden_water',
      command: 'open',
      service: 'valve.open_valve',
      check: () => assert.equal(entity('valve.garden_water').state, 'open'),
    },
    {
      type: 'media_player',
      entity: 'media_player.living_room_tv',
      command: 'play',
      service: 'media_player.media_play',
      check: () => assert.equal(entity('media_player.living_room_tv').state, 'playing'),
    },
    {
      type: 'media_player',
      entity: 'media_player.living_room_tv',
      command: 'next',
      service: 'media_player.media_next_track',
      check: () => assert.equal(entity('media_player.living_room_tv').attributes.media_track, 2),
    },
    {
      type: 'media_player',
      entity: 'media_player.living_room_tv',
      command: 'set_volume',
      value: 35,
      service: 'media_player.volume_set',
      data: { volume_level: 0.35 },
      check: () =>
        assert.equal(entity('media_player.living_room_tv').attributes.volume_level, 0.35),
    },
    {
      type: 'vacuum',
      entity: 'vacuum.robot',
      command: 'start',
      service: 'vacuum.start',
      check: () => assert.equal(entity('vacuum.robot').state, 'cleaning'),
    },
    {
      type: 'vacuum',
      entity: 'vacuum.robot',
      command: 'return_home',
      service: 'vacuum.return_to_base',
      check: () => assert.equal(entity('vacuum.robot').state, 'returning'),
    },
    {
      type: 'switch',
      entity: 'scene.movie_night',
      command: 'turn_on',
      service: 'scene.turn_on',
      check: () => assert.notEqual(entity('scene.movie_night').state, '2026-12-01T20:00:00+00:00'),
    },
  ];
  for (const c of cases) {
    it(`${c.type} ${c.command}${c.value === undefined ? '' : ` ${c.value}`} -> ${c.service}, ok`, async () => {
      const outcome = await adapter(c.type, c.entity).execute(c.command, c.value);
      assert.equal(outcome.outcome, 'ok', outcome.error);
      const call = sim.calls.at(-1)!;
      assert.equal(call.service, c.service);
      assert.equal(call.entityId, c.entity);
      assert.deepEqual(call.data, c.data ?? {});
      c.check();
    });
  }
});

describe('Home Assistant adapter: state', () => {
  it('reads state from subscribe_entities, and pushes a change HA makes on its own', async () => {
    const lamp = adapter('light', 'light.living_room_lamp');
    assert.deepEqual(await lamp.read(), {
      available: true,
      state: 'on',
      brightness: 50,
      color: '#ffb464',
      color_temp: 2700,
    });
    const seen: DeviceState[] = [];
    lamp.watch((s) => seen.push(s));
    sim.setState('light.living_room_lamp', 'off', { brightness: null });
    await waitFor(() => seen.some((s) => s.state === 'off'));
    assert.equal(seen.at(-1)?.brightness, 0);
  });

  it('reads climate, sensor and binary sensor states', async () => {
    assert.deepEqual(await adapter('climate', 'climate.thermostat').read(), {
      available: true,
      state: 'on',
      mode: 'heat',
      temperature: 20.5,
      target_temperature: 21,
    });
    assert.deepEqual(
      await adapter('sensor', 'sensor.kitchen_temperature', 1000, 'temperature').read(),
      {
        available: true,
        value: 21.4,
        temperature: 21.4,
      },
    );
    assert.equal(
      (await adapter('binary_sensor', 'binary_sensor.back_door', 1000, 'door').read()).state,
      'off',
    );
  });

  it('shows an unavailable entity as unavailable and refuses to act on it', async () => {
    const fan = adapter('fan', 'fan.bedroom_fan');
    await fan.read();
    sim.setState('fan.bedroom_fan', 'unavailable');
    await waitFor(async () => !(await fan.read()).available);
    const outcome = await fan.execute('turn_on');
    assert.equal(outcome.outcome, 'failed');
    assert.match(outcome.error ?? '', /unavailable/);
    assert.equal(sim.calls.length, 0);
  });
});

describe('Home Assistant adapter: faults', () => {
  it('a service call that errors is failed with HA’s words', async () => {
    sim.fail('error', 1);
    const outcome = await adapter('light', 'light.kitchen_ceiling').execute('turn_on');
    assert.equal(outcome.outcome, 'failed');
    assert.match(
      outcome.error ?? '',
      /could not do light\.turn_on: Failed to communicate with the device/,
    );
  });

  it('a call HA takes without the state following is unconfirmed', async () => {
    sim.fail('ignore', 1);
    const outcome = await adapter('light', 'light.kitchen_ceiling', 300).execute('turn_on');
    assert.equal(outcome.outcome, 'unconfirmed');
  });

  it('a slow reply past the timeout is failed, and the next call works', async () => {
    sim.slowMs = 800;
    sim.fail('slow', 1);
    const lamp = adapter('light', 'light.kitchen_ceiling', 300);
    const outcome = await lamp.execute('turn_on');
    assert.equal(outcome.outcome, 'failed');
    assert.match(outcome.error ?? '', /did not answer in time/);
    await new Promise((r) => setTimeout(r, 600));
    assert.equal((await lamp.execute('turn_off')).outcome, 'ok');
  });

  it('a connection dropped mid-command is failed, then the link comes back by itself', async () => {
    const lamp = adapter('light', 'light.kitchen_ceiling');
    await lamp.read();
    sim.fail('drop', 1);
    const outcome = await lamp.execute('turn_on');
    assert.equal(outcome.outcome, 'failed');
    assert.match(outcome.error ?? '', /connection .* was lost during the call/);
    await waitFor(() => sim.connectedClients > 0);
    assert.equal((await lamp.execute('turn_on')).outcome, 'ok');
  });

  it('HA restarting: unavailable while away, then state and commands again', async () => {
    const lamp = adapter('light', 'light.kitchen_ceiling');
    await lamp.read();
    const seen: DeviceState[] = [];
    lamp.watch((s) => seen.push(s));
    await sim.stop();
    await waitFor(() => seen.some((s) => !s.available));
    assert.equal((await lamp.execute('turn_on')).outcome, 'failed');
    entity('light.kitchen_ceiling').state = 'on'; // changed while Hearth could not hear
    await sim.start();
    await waitFor(() => seen.at(-1)?.state === 'on', 5000);
    assert.equal((await lamp.execute('turn_off')).outcome, 'ok');
  });

  it('a refused token is a clear message saying how to make a new one, never the token', async () => {
    const device = haDevice('kitchen', 'light', 'light.kitchen_ceiling');
    const lamp = new HomeAssistantAdapter(
      device,
      { home: haHome(sim, [device], 'revoked-token-abcdef'), timeoutMs: 1000 },
      { pool },
    );
    open.push(lamp);
    const outcome = await lamp.execute('turn_on');
    assert.equal(outcome.outcome, 'failed');
    assert.match(outcome.error ?? '', /refused the access token/);
    assert.match(outcome.error ?? '', /profile page.*Long-lived access tokens/);
    assert.doesNotMatch(outcome.error ?? '', /revoked-token-abcdef/);
    assert.deepEqual(await lamp.read(), { available: false });
    assert.equal(sim.calls.length, 0);
  });

  it('a token revoked while running: the reconnect is refused and every action says so', async () => {
    const device = haDevice('tv', 'media_player', 'media_player.living_room_tv');
    sim.tokens.add('soon-revoked-token-42');
    const tv = new HomeAssistantAdapter(
      device,
      { home: haHome(sim, [device], 'soon-revoked-token-42'), timeoutMs: 1000 },
      { pool },
    );
    open.push(tv);
    assert.equal((await tv.read()).available, true);
    sim.tokens.delete('soon-revoked-token-42');
    sim.dropConnections();
    await waitFor(async () => {
      const outcome = await tv.execute('play');
      return /refused the access token/.test(outcome.error ?? '');
    });
    assert.deepEqual(await tv.read(), { available: false });
  });

  it('a home without a home_assistant block fails each action with what to add', async () => {
    const device = haDevice('kitchen', 'light', 'light.kitchen_ceiling');
    const home = { ...haHome(sim, [device]) };
    delete home.home_assistant;
    const lamp = new HomeAssistantAdapter(device, { home }, { pool });
    const outcome = await lamp.execute('turn_on');
    assert.match(outcome.error ?? '', /no `home_assistant:` block/);
    lamp.dispose();
  });
});

async function waitFor(test: () => boolean | Promise<boolean>, timeoutMs = 3000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await test())) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 10));
  }
}
