import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatDuration } from '../../src-main/core/formatDuration.ts';
import { TimerService } from '../../src-main/assistant/TimerService.ts';
import type { TimerInfo } from '../../src-main/assistant/TimerService.ts';

/** A timer service on a hand-moved clock, so no test waits for real time. */
function service() {
  let now = 1_000_000;
  const timers = new TimerService({ now: () => now, autoRing: false });
  const rung: TimerInfo[] = [];
  timers.on('ring', (t) => rung.push(t));
  return {
    timers,
    rung,
    advance(seconds: number) {
      now += seconds * 1000;
      timers.ringDue();
    },
  };
}

describe('formatDuration', () => {
  it('says durations the way people do', () => {
    assert.equal(formatDuration(5400), '1 hour 30 minutes');
    assert.equal(formatDuration(250), '4 minutes 10 seconds');
    assert.equal(formatDuration(60), '1 minute');
    assert.equal(formatDuration(1), '1 second');
    assert.equal(formatDuration(0), 'less than a second');
    assert.equal(formatDuration(300, true), '5 minute');
  });
});

describe('TimerService', () => {
  it('starts a timer, tells the time left, and rings when it is up', () => {
    const { timers, rung, advance } = service();
    assert.deepEqual(timers.apply({ op: 'start', seconds: 5400 }), {
      ok: true,
      reply: 'Timer set for 1 hour 30 minutes.',
    });
    advance(5400 - 250);
    assert.equal(timers.apply({ op: 'status' }).reply, 'You have 4 minutes 10 seconds left.');
    advance(250);
    assert.equal(rung.length, 1);
    assert.equal(rung[0]?.seconds, 5400);
    assert.equal(timers.apply({ op: 'status' }).reply, 'You have no timers.');
  });

  it('pauses, resumes, adds and removes time', () => {
    const { timers, rung, advance } = service();
    timers.apply({ op: 'start', seconds: 300, name: 'pasta' });
    advance(60);
    assert.equal(
      timers.apply({ op: 'pause' }).reply,
      'The pasta timer is paused with 4 minutes left.',
    );
    advance(3600);
    assert.equal(rung.length, 0, 'a paused timer does not run down');
    assert.equal(timers.apply({ op: 'pause' }).ok, false);
    assert.equal(
      timers.apply({ op: 'resume' }).reply,
      'The pasta timer is running again: 4 minutes left.',
    );
    assert.equal(
      timers.apply({ op: 'add', seconds: 60 }).reply,
      'Added 1 minute. The pasta timer has 5 minutes left.',
    );
    assert.equal(
      timers.apply({ op: 'remove', seconds: 120 }).reply,
      'Took off 2 minutes. The pasta timer has 3 minutes left.',
    );
    assert.equal(timers.apply({ op: 'add' }).ok, false);
    assert.equal(
      timers.apply({ op: 'remove', seconds: 600 }).reply,
      'Took off 10 minutes: the pasta timer is done.',
    );
    assert.equal(rung[0]?.name, 'pasta');
  });

  it('finds a timer by the plural of its name: "the eggs" is the egg timer', () => {
    const { timers } = service();
    timers.apply({ op: 'start', seconds: 240, name: 'egg' });
    timers.apply({ op: 'start', seconds: 600, name: 'potatoes' });
    assert.equal(
      timers.apply({ op: 'status', name: 'eggs' }).reply,
      'The egg timer has 4 minutes left.',
    );
    assert.equal(timers.apply({ op: 'cancel', name: 'potato' }).ok, true);
    assert.equal(timers.apply({ op: 'status', name: 'pasta' }).ok, false);
  });

  it('keeps several timers apart by name and asks which one when unclear', () => {
    const { timers } = service();
    timers.apply({ op: 'start', seconds: 600, name: 'pasta' });
    assert.equal(timers.apply({ op: 'start', seconds: 300 }).reply, 'Timer set for 5 minutes.');
    assert.equal(
      timers.apply({ op: 'status' }).reply,
      'You have 2 timers: the pasta timer with 10 minutes left and the 5 minute timer with 5 minutes left.',
    );
    assert.deepEqual(timers.apply({ op: 'cancel' }), {
      ok: false,
      reply: 'Which timer should I cancel: the pasta timer or the 5 minute timer?',
    });
    assert.equal(timers.apply({ op: 'cancel', name: 'eggs' }).reply, 'You have no eggs timer.');
    assert.equal(timers.apply({ op: 'cancel', name: 'Pasta' }).reply, 'Cancelled the pasta timer.');
    assert.equal(timers.list().length, 1);
    timers.apply({ op: 'start', seconds: 60 });
    assert.equal(timers.apply({ op: 'cancel_all' }).reply, 'Cancelled all 2 timers.');
    assert.equal(timers.apply({ op: 'cancel_all' }).reply, 'You have no timers.');
    assert.equal(timers.apply({ op: 'pause' }).reply, 'You have no timers.');
  });

  it('refuses a timer without a sensible duration', () => {
    const { timers } = service();
    assert.deepEqual(timers.apply({ op: 'start' }), {
      ok: false,
      reply: 'How long should the timer be?',
    });
    assert.equal(timers.apply({ op: 'start', seconds: 30 * 24 * 3600 }).ok, false);
    assert.equal(timers.list().length, 0);
  });

  it('rings by itself with the real clock, without keeping the process alive', async () => {
    const timers = new TimerService();
    const rang = new Promise<TimerInfo>((resolve) => timers.on('ring', resolve));
    timers.apply({ op: 'start', seconds: 0.02, name: 'quick' });
    // Timers are unref'd so a command-line run can end; this test keeps the loop alive itself.
    const keepAlive = setInterval(() => {}, 1000);
    try {
      assert.equal((await rang).name, 'quick');
    } finally {
      clearInterval(keepAlive);
      timers.dispose();
    }
  });
});
