import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { canBeIn, isInState } from '../../src-main/core/deviceStates.ts';

describe("states in a device class's own words", () => {
  const charger = { type: 'binary_sensor', class: 'plug' } as const;
  const window = { type: 'binary_sensor', class: 'window' } as const;

  test('a plug sensor "connected" is plugged in', () => {
    assert.equal(canBeIn(charger, 'connected'), true);
    assert.equal(isInState(charger, 'on', 'connected'), true);
    assert.equal(isInState(charger, 'off', 'connected'), false);
    assert.equal(isInState(charger, 'off', 'disconnected'), true);
  });

  test("the synonyms are the class's alone", () => {
    assert.equal(canBeIn(window, 'connected'), false);
    assert.equal(isInState(window, 'on', 'shut'), false);
    assert.equal(isInState(window, 'off', 'shut'), true);
  });
});
