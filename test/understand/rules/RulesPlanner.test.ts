import { toPlanObject } from '../../../src-main/assistant/toPlanObject.ts';
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseHome } from '../../../src-main/home/loadHome.ts';
import { RulesPlanner } from '../../../src-main/understand/rules/RulesPlanner.ts';
import { TEST_HOME_YAML } from '../fixtures/testHome.ts';

describe('RulesPlanner', () => {
  const home = parseHome(TEST_HOME_YAML, 'test-home.yaml');
  const planner = new RulesPlanner(home);

  test('the plan has exactly the contract keys', () => {
    const plan = planner.plan('turn off the hall light');
    // The planner also keeps what the next turn may refer to; the contract object drops it.
    assert.deepEqual(plan.memory?.targets, ['hall_light']);
    assert.deepEqual(Object.keys(toPlanObject(plan)).sort(), [
      'actions',
      'confirm',
      'queries',
      'reply',
      'source',
      'text',
      'timers',
    ]);
    assert.equal(plan.reply, 'Turning off the hall light.');
  });

  test('values are present only for commands that take one', () => {
    const plan = planner.plan('turn on the desk lamp and set the fan to 30 percent');
    assert.deepEqual(plan.actions, [
      { device: 'desk_lamp', command: 'turn_on' },
      { device: 'bedroom_fan', command: 'set_speed', value: 30 },
    ]);
  });

  test('a sensitive action sets confirm and says so', () => {
    const plan = planner.plan('unlock the front door');
    assert.equal(plan.confirm, true);
    assert.match(plan.reply, /confirmation/);
  });

  test('a scene whose actions include a sensitive one needs confirmation too', () => {
    const home2 = parseHome(
      `${TEST_HOME_YAML}\n  - id: open_up\n    name: Open up\n    actions:\n      - { device: front_door, command: unlock }\n`,
      'h.yaml',
    );
    const plan = new RulesPlanner(home2).plan('activate open up');
    assert.deepEqual(plan.actions, [{ device: 'open_up', command: 'activate' }]);
    assert.equal(plan.confirm, true);
  });

  test('ambiguity asks back, names the choices and does nothing', () => {
    const plan = planner.plan('unlock the door');
    assert.deepEqual(plan.actions, []);
    assert.deepEqual(plan.clarify, ['front_door', 'back_door']);
    assert.match(plan.reply, /front door in the hallway or the back door in the kitchen\?$/);
  });

  test('an ambiguous part stops the whole sentence: nothing runs on a guess', () => {
    const plan = planner.plan('turn on the tv and unlock the door');
    assert.deepEqual(plan.actions, []);
    assert.ok(plan.clarify);
  });

  test('nothing understood gives source none and a helpful reply', () => {
    for (const text of ['what is the meaning of life', '', 'blah blah', 'turn']) {
      const plan = planner.plan(text);
      assert.equal(plan.source, 'none');
      assert.deepEqual(plan.actions, []);
      assert.match(plan.reply, /turn off the kitchen lights/);
    }
  });

  test('asked what it can do, it says so, and does nothing', () => {
    for (const text of ['what can you do?', 'Help', 'hey hearth what can I say']) {
      const plan = planner.plan(text);
      assert.equal(plan.source, 'none');
      assert.deepEqual(plan.actions, []);
      assert.match(plan.reply, /^I can switch lights/);
    }
  });

  test('a device the home lacks is named in the reply, not guessed', () => {
    const plan = planner.plan('turn on the bathroom light');
    assert.equal(plan.source, 'none');
    assert.equal(plan.reply, "I couldn't find a bathroom light.");
  });

  test('the speaker area overrides default_area', () => {
    assert.deepEqual(planner.plan('turn off the lights', { area: 'office' }).actions, [
      { device: 'desk_lamp', command: 'turn_off' },
    ]);
  });

  test('a home unit shows in the reply', () => {
    const f = new RulesPlanner({ ...home, unit: 'fahrenheit' });
    assert.equal(f.plan('set the thermostat to 70').reply, 'Setting the thermostat to 70 °F.');
  });

  test('a home with no devices understands nothing and does not throw', () => {
    const empty = new RulesPlanner(parseHome('areas: []\n', 'empty.yaml'));
    assert.equal(empty.plan('turn on the lights').source, 'none');
  });

  test('planning is pure: the same text gives the same plan twice', () => {
    const a = planner.plan('dim the kitchen lights by 10 percent');
    const b = planner.plan('dim the kitchen lights by 10 percent');
    assert.deepEqual(a, b);
  });
});
