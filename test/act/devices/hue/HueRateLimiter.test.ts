import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { HueRateLimiter } from '../../../../src-main/act/devices/hue/HueRateLimiter.ts';

// A fake clock: sleeping moves time forward, so the limiter's decisions show as waits.
function fakeClock() {
  let now = 0;
  const waits: number[] = [];
  return {
    waits,
    now: () => now,
    sleep: async (ms: number) => {
      waits.push(ms);
      now += ms;
    },
  };
}

describe('HueRateLimiter', () => {
  it('lets a burst of 5 light commands through, then spaces them 100 ms apart, in order', async () => {
    const clock = fakeClock();
    const limiter = new HueRateLimiter({ now: clock.now, sleep: clock.sleep });
    const order: number[] = [];
    await Promise.all(
      Array.from({ length: 12 }, (_, i) => limiter.acquire('light').then(() => order.push(i))),
    );
    assert.deepEqual(order, [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    assert.deepEqual(clock.waits, [100, 100, 100, 100, 100, 100, 100]);
  });

  it('allows one group command a second, apart from the light budget', async () => {
    const clock = fakeClock();
    const limiter = new HueRateLimiter({ now: clock.now, sleep: clock.sleep });
    await Promise.all([
      limiter.acquire('group'),
      limiter.acquire('group'),
      limiter.acquire('light'),
    ]);
    assert.deepEqual(clock.waits, [1000]);
  });

  it('refills while idle', async () => {
    const clock = fakeClock();
    const limiter = new HueRateLimiter({ now: clock.now, sleep: clock.sleep, lightBurst: 2 });
    await Promise.all([limiter.acquire('light'), limiter.acquire('light')]);
    await clock.sleep(500);
    clock.waits.length = 0;
    await Promise.all([limiter.acquire('light'), limiter.acquire('light')]);
    assert.deepEqual(clock.waits, []);
  });

  it('is shared by every adapter on the same bridge', () => {
    assert.equal(
      HueRateLimiter.forBridge('127.0.0.1', 80),
      HueRateLimiter.forBridge('127.0.0.1', 80),
    );
    assert.notEqual(
      HueRateLimiter.forBridge('127.0.0.1', 80),
      HueRateLimiter.forBridge('127.0.0.1', 81),
    );
  });
});
