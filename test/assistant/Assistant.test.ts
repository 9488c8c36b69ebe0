import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Assistant } from '../../src-main/assistant/Assistant.ts';
import type { Home } from '../../src-main/core/home.ts';
import type { Plan, Planner } from '../../src-main/core/plan.ts';
import { parseHome } from '../../src-main/home/loadHome.ts';

const HOME_YAML = `
default_area: kitchen
areas:
  - { id: kitchen, name: Kitchen }
  - { id: hall, name: Hall }
devices:
  - { id: kitchen_light, name: Kitchen light, area: kitchen, type: light }
  - { id: hall_light, name: Hall light, area: hall, type: light }
  - { id: front_door, name: Front door, area: hall, type: lock }
  - { id: porch_light, name: Porch light, area: hall, type: light,
      connection: { protocol: hue, host: 127.0.0.1, username: abcdef, light: "3" } }
`;

const home = (): Home => parseHome(HOME_YAML, 'test home');

/** A planner that always returns the same plan: for testing what the assistant makes of it. */
function fixed(partial: Partial<Plan>): Planner {
  return {
    plan: (text) => ({
      text,
      actions: [],
      queries: [],
      timers: [],
      confirm: false,
      reply: 'Turning on the lights.',
      source: 'rules',
      ...partial,
    }),
  };
}

describe('Assistant with the rules planner', () => {
  it('carries out a command and replies with the plan reply', async () => {
    const assistant = new Assistant(home(), { deviceOptions: { factories: {} } });
    const result = await assistant.handle('turn on the kitchen light');
    assert.deepEqual(result.outcomes, [
      { device: 'kitchen_light', command: 'turn_on', outcome: 'ok' },
    ]);
    assert.equal(result.reply, result.plan.reply);
    assert.equal((await assistant.devices.state('kitchen_light'))?.state, 'on');
    await assistant.dispose();
  });

  it('holds an unlock for confirmation, then runs it when confirmed', async () => {
    const assistant = new Assistant(home(), { deviceOptions: { factories: {} } });
    const result = await assistant.handle('unlock the front door');
    assert.equal(result.plan.confirm, true);
    assert.deepEqual(
      result.outcomes.map((o) => o.outcome),
      ['needs_confirmation'],
    );
    assert.equal(result.reply, 'Do you want me to unlock the front door?');
    assert.deepEqual(result.held, [{ device: 'front_door', command: 'unlock' }]);
    assert.equal((await assistant.devices.state('front_door'))?.state, 'locked');
    const confirmed = await assistant.confirm(result.held);
    assert.deepEqual(
      confirmed.outcomes.map((o) => o.outcome),
      ['ok'],
    );
    assert.equal((await assistant.devices.state('front_door'))?.state, 'unlocked');
    await assistant.dispose();
  });

  it('runs a sensitive action at once when the user already said yes', async () => {
    const assistant = new Assistant(home(), { deviceOptions: { factories: {} } });
    const result = await assistant.handle('unlock the front door', { yes: true });
    assert.deepEqual(result.held, []);
    assert.equal(result.outcomes[0]?.outcome, 'ok');
    assert.equal((await assistant.devices.state('front_door'))?.state, 'unlocked');
    await assistant.dispose();
  });

  it('answers questions about state', async () => {
    const assistant = new Assistant(home(), { deviceOptions: { factories: {} } });
    const result = await assistant.handle('is the front door locked');
    assert.deepEqual(result.outcomes, []);
    assert.equal(result.reply, 'The front door is locked.');
    await assistant.dispose();
  });

  it('keeps timers', async () => {
    const assistant = new Assistant(home(), { deviceOptions: { factories: {} } });
    assert.equal(
      (await assistant.handle('set a timer for 5 minutes')).reply,
      'Timer set for 5 minutes.',
    );
    assert.match((await assistant.handle('how much time is left')).reply, /^You have .* left\.$/);
    assert.equal(assistant.timers.list().length, 1);
    await assistant.dispose();
  });
});

describe('Assistant replies', () => {
  it('adds failures to the reply, naming the device', async () => {
    const assistant = new Assistant(home(), {
      planner: fixed({
        actions: [
          { device: 'porch_light', command: 'turn_on' },
          { device: 'kitchen_light', command: 'turn_on' },
        ],
      }),
      deviceOptions: { factories: {} },
    });
    const result = await assistant.handle('lights on');
    assert.equal(
      result.reply,
      'Turning on the lights, but the porch light failed: Hearth cannot talk to hue devices yet.',
    );
    assert.deepEqual(
      result.outcomes.map((o) => o.outcome),
      ['failed', 'ok'],
    );
    await assistant.dispose();
  });

  it('says a device did not answer when it timed out, and sorry when nothing worked', async () => {
    const assistant = new Assistant(home(), {
      planner: fixed({ actions: [{ device: 'porch_light', command: 'turn_on' }] }),
      deviceOptions: {
        factories: {
          hue: (device) => ({
            deviceId: device.id,
            execute: async (command) => ({
              device: device.id,
              command,
              outcome: 'failed',
              error: 'Porch light (hue bridge 127.0.0.1) did not answer within 2 s',
            }),
            read: async () => ({ available: false }),
            dispose() {},
          }),
        },
      },
    });
    assert.equal(
      (await assistant.handle('porch light on')).reply,
      'Sorry, the porch light did not answer.',
    );
    await assistant.dispose();
  });

  it('runs the rest and asks about held actions in one reply', async () => {
    const assistant = new Assistant(home(), {
      planner: fixed({
        actions: [
          { device: 'hall_light', command: 'turn_on' },
          { device: 'front_door', command: 'unlock' },
        ],
        queries: [{ device: 'hall_light', attribute: 'state' }],
        confirm: true,
      }),
    });
    const result = await assistant.handle('welcome home');
    assert.equal(
      result.reply,
      'Done, except one thing: do you want me to unlock the front door? The hall light is on.',
    );
    await assistant.dispose();
  });

  it('acts on nothing when the planner asks which device was meant', async () => {
    const assistant = new Assistant(home(), {
      planner: fixed({
        actions: [{ device: 'kitchen_light', command: 'turn_on' }],
        clarify: ['kitchen_light', 'hall_light'],
        reply: 'Which light: the kitchen light or the hall light?',
      }),
    });
    const result = await assistant.handle('turn on the light');
    assert.deepEqual(result.outcomes, []);
    assert.equal(result.reply, 'Which light: the kitchen light or the hall light?');
    assert.equal((await assistant.devices.state('kitchen_light'))?.state, 'off');
    await assistant.dispose();
  });
});
