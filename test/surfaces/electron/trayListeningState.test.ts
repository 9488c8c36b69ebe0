import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { AssistantEvent } from '../../../src-main/core/assistantApi.ts';
import { DesktopState } from '../../../src-main/surfaces/electron/DesktopState.ts';
import { buildTrayMenu, trayTooltip } from '../../../src-main/surfaces/electron/trayMenuModel.ts';
import type { TrayState } from '../../../src-main/surfaces/electron/trayMenuModel.ts';

// The tray shows the listening state: waiting for the wake word, listening after it, busy
// with the command, and back to waiting; each of these changes rebuilds the menu.

const READY = { muted: false, startAtLogin: false, assistantReady: true };

function trayOf(state: DesktopState): TrayState {
  return {
    ...READY,
    status: state.status,
    statusMessage: state.statusMessage,
    listening: state.listening,
  };
}

const stateLine = (state: DesktopState) =>
  buildTrayMenu(undefined, trayOf(state)).find((i) => i.id === 'listen-state');

describe('tray listening state', () => {
  it('follows a wake-word turn: waiting, listening, thinking, waiting again', () => {
    const state = new DesktopState();
    assert.equal(stateLine(state), undefined, 'no listening line while the microphone is off');

    const steps: [AssistantEvent, string | undefined, string][] = [
      [{ type: 'listening', on: true }, 'Listening…', 'Hearth: listening'],
      [
        { type: 'status', status: 'listening', message: 'Waiting for “hey jarvis”' },
        'Waiting for “hey jarvis”',
        'Hearth: Waiting for “hey jarvis”',
      ],
      [{ type: 'status', status: 'listening' }, 'Listening…', 'Hearth: listening'],
      [{ type: 'status', status: 'thinking' }, 'Listening (thinking)', 'Hearth: thinking'],
      [
        { type: 'status', status: 'listening', message: 'Waiting for “hey jarvis”' },
        'Waiting for “hey jarvis”',
        'Hearth: Waiting for “hey jarvis”',
      ],
    ];
    for (const [event, line, tooltip] of steps) {
      assert.equal(state.apply(event), true, `${JSON.stringify(event)} rebuilds the menu`);
      const item = stateLine(state);
      assert.equal(item?.label, line);
      assert.equal(item?.enabled, false, 'a line to read, not an action');
      assert.equal(trayTooltip(trayOf(state)), tooltip);
    }
    const items = buildTrayMenu(undefined, trayOf(state)).map((i) => i.id);
    assert.deepEqual(items.slice(0, 4), ['open', 'sep-listen', 'listen-state', 'listen']);

    assert.equal(state.apply({ type: 'listening', on: false }), true);
    assert.equal(stateLine(state), undefined);
  });

  it('an unchanged status and message does not rebuild the menu', () => {
    const state = new DesktopState();
    const waiting: AssistantEvent = {
      type: 'status',
      status: 'listening',
      message: 'Waiting for “hey jarvis”',
    };
    assert.equal(state.apply(waiting), true);
    assert.equal(state.apply(waiting), false);
  });
});
