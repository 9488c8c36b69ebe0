import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DeviceSet } from '../../src-main/act/DeviceSet.ts';
import { parseHome } from '../../src-main/home/loadHome.ts';

// Relative commands run on virtual devices through the one executor, from their state now.
const HOME_YAML = `
unit: celsius
areas: [{ id: den, name: Den }]
devices:
  - { id: lamp, name: Lamp, area: den, type: light }
  - { id: lit, name: Lit lamp, area: den, type: light,
      connection: { protocol: virtual, initial: { state: 'on', brightness: 60 } } }
  - { id: fan, name: Fan, area: den, type: fan }
  - { id: running_fan, name: Running fan, area: den, type: fan,
      connection: { protocol: virtual, initial: { state: 'on', speed: 40 } } }
  - { id: shutters, name: Shutters, area: den, type: cover, class: shutter }
  - { id: radiator, name: Radiator, area: den, type: climate }
  - { id: blank, name: Blank thermostat, area: den, type: climate,
      connection: { protocol: virtual, initial: { state: 'on' } } }
`;

async function run(command: string, device: string, value: number) {
  const home = parseHome(HOME_YAML, 'relative.yaml');
  // A thermostat that never reported a target: the virtual default would give it one.
  const devices = new DeviceSet(home);
  if (device === 'blank') {
    const adapter = devices.adapter('blank')!;
    adapter.read = async () => ({ available: true, state: 'on' });
  }
  const [outcome] = await devices.execute([{ device, command, value }]);
  const state = await devices.state(device);
  await devices.dispose();
  return { outcome: outcome!, state: state! };
}

describe('relative commands', () => {
  it('dimming a light that is off leaves it off, and is not a failure', async () => {
    const { outcome, state } = await run('change_brightness', 'lamp', -10);
    assert.equal(outcome.outcome, 'ok');
    assert.equal(state.state, 'off');
  });

  it('brightening a light that is off switches it on at the step, not at full', async () => {
    const { outcome, state } = await run('change_brightness', 'lamp', 20);
    assert.equal(outcome.outcome, 'ok');
    assert.equal(outcome.command, 'change_brightness');
    assert.deepEqual([state.state, state.brightness], ['on', 20]);
  });

  it('a light that is on steps from where it is', async () => {
    const { state } = await run('change_brightness', 'lit', -20);
    assert.deepEqual([state.state, state.brightness], ['on', 40]);
  });

  it('fans step their speed; slowing one that is off does nothing', async () => {
    assert.equal((await run('change_speed', 'running_fan', 20)).state.speed, 60);
    const slowed = await run('change_speed', 'fan', -20);
    assert.deepEqual([slowed.outcome.outcome, slowed.state.state], ['ok', 'off']);
    const started = await run('change_speed', 'fan', 10);
    assert.deepEqual([started.state.state, started.state.speed], ['on', 10]);
    assert.equal((await run('change_speed', 'running_fan', -100)).state.state, 'off');
  });

  it('covers step their position within 0-100', async () => {
    assert.equal((await run('change_position', 'shutters', 10)).state.position, 10);
    assert.equal((await run('change_position', 'shutters', -30)).state.position, 0);
  });

  it('climate steps the target temperature within the home range', async () => {
    assert.equal((await run('change_temperature', 'radiator', 2)).state.target_temperature, 23);
    assert.equal((await run('change_temperature', 'radiator', -1)).state.target_temperature, 20);
    assert.equal((await run('change_temperature', 'radiator', 20)).state.target_temperature, 35);
  });

  it('a step from an unknown setting fails in plain words instead of guessing', async () => {
    const { outcome } = await run('change_temperature', 'blank', 1);
    assert.equal(outcome.outcome, 'failed');
    assert.match(outcome.error ?? '', /Blank thermostat does not say what it is set to/);
  });
});
