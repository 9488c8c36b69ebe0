import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { confirmationNotice } from '../../../src-main/surfaces/electron/confirmationNotice.ts';
import { DesktopState, withDevice } from '../../../src-main/surfaces/electron/DesktopState.ts';
import { TEST_HOME } from './fakeAssistant.ts';

describe('confirmation notice', () => {
  const ask = {
    type: 'confirmation' as const,
    id: 'c1',
    turnId: 't1',
    prompt: 'Do you want me to unlock the front door?',
    actions: [{ device: 'front_door', command: 'unlock' }],
  };
  const seen = { visible: true, minimized: false, focused: true };

  it('notifies only when nobody can see the window', () => {
    assert.equal(confirmationNotice(ask, seen), undefined);
    for (const window of [
      { ...seen, visible: false },
      { ...seen, minimized: true },
      { ...seen, focused: false },
      undefined,
    ]) {
      assert.deepEqual(confirmationNotice(ask, window), {
        title: 'Hearth needs your confirmation',
        body: 'Do you want me to unlock the front door?',
        confirmationId: 'c1',
      });
    }
  });

  it('ignores other events and keeps the text short', () => {
    assert.equal(confirmationNotice({ type: 'status', status: 'idle' }, undefined), undefined);
    const long = confirmationNotice({ ...ask, prompt: 'x'.repeat(500) }, undefined);
    assert.equal(long?.body.length, 200);
    assert.match(confirmationNotice({ ...ask, prompt: '  ' }, undefined)?.body ?? '', /waiting/);
  });
});

describe('desktop state', () => {
  it('remembers status and microphone and tells when the tray changes', () => {
    const state = new DesktopState();
    assert.equal(state.apply({ type: 'status', status: 'thinking' }), true);
    assert.equal(state.apply({ type: 'status', status: 'thinking' }), false);
    assert.equal(state.apply({ type: 'listening', on: true }), true);
    assert.equal(state.listening, true);
    assert.equal(state.apply({ type: 'reply_token', turnId: 't', token: 'a' }), false);
  });

  it('keeps the home current with device events', () => {
    const state = new DesktopState();
    const lamp = TEST_HOME.devices[0];
    assert.ok(lamp);
    const on = { ...lamp, state: { available: true, state: 'on' } };
    assert.equal(state.apply({ type: 'device', device: on }), false, 'no home yet');
    state.setHome(TEST_HOME);
    assert.equal(state.apply({ type: 'device', device: on }), true);
    assert.equal(state.home?.devices[0]?.state.state, 'on');
    assert.equal(withDevice(TEST_HOME, { ...on, id: 'ghost' }), TEST_HOME);
  });

  it('replays status, microphone and held notices to a page that loads late', () => {
    const state = new DesktopState();
    state.apply({ type: 'status', status: 'error', message: 'The assistant stopped.' });
    state.apply({ type: 'notice', level: 'warning', text: 'Your home file could not be loaded.' });
    for (let i = 0; i < 15; i++) state.apply({ type: 'notice', level: 'info', text: `n${i}` });
    const replay = state.replayForWindow();
    assert.deepEqual(replay[0], {
      type: 'status',
      status: 'error',
      message: 'The assistant stopped.',
    });
    assert.deepEqual(replay[1], { type: 'listening', on: false });
    assert.equal(replay.length, 2 + 10, 'the newest ten notices');
    assert.deepEqual(replay.at(-1), { type: 'notice', level: 'info', text: 'n14' });
    // Once shown, notices are not held again (a reload does not repeat them).
    state.apply({ type: 'notice', level: 'info', text: 'later' });
    assert.equal(state.replayForWindow().length, 2);
  });
});
