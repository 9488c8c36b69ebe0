import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'node:test';
import { createHueAdapter } from '../../../../src-main/act/devices/hue/createHueAdapter.ts';
import type { HueAdapterOptions } from '../../../../src-main/act/devices/hue/createHueAdapter.ts';
import { HueRateLimiter } from '../../../../src-main/act/devices/hue/HueRateLimiter.ts';
import type { DeviceState } from '../../../../src-main/core/state.ts';
import { HueSimulator } from '../../../simulators/hue/HueSimulator.ts';
import { bodyOf } from '../http/HttpSimulator.ts';
import { context, device, serveDuringTests } from '../http/deviceFixtures.ts';

const sim = new HueSimulator();
serveDuringTests(sim);
// A roomy limiter: these tests are about requests, the limiter has its own tests.
const limiter = new HueRateLimiter({
  lightsPerSecond: 1000,
  lightBurst: 1000,
  groupsPerSecond: 1000,
  groupBurst: 1000,
});

function adapter(
  connection: Record<string, unknown> = {},
  options: HueAdapterOptions = {},
  timeoutMs?: number,
) {
  const conn = {
    protocol: 'hue' as const,
    host: '127.0.0.1',
    port: sim.port,
    username: sim.username,
    light: 1,
    ...connection,
  };
  const lamp = device('porch_light', 'Porch light', 'light', conn);
  return createHueAdapter(lamp, context([lamp], timeoutMs), { limiter, ...options });
}

beforeEach(() => {
  sim.retryAfterSeconds = undefined;
  Object.assign(sim.lights.get('1')!, {
    on: false,
    bri: 254,
    reachable: true,
    colormode: 'ct',
    ct: 366,
  });
});

describe('Hue adapter: commands', () => {
  it('turns a light on with PUT lights/<id>/state and confirms from the success list', async () => {
    const a = adapter();
    const outcome = await a.execute('turn_on');
    a.dispose();
    assert.deepEqual(outcome, { device: 'porch_light', command: 'turn_on', outcome: 'ok' });
    assert.equal(sim.requests.length, 1);
    assert.equal(sim.requests[0]!.method, 'PUT');
    assert.equal(sim.requests[0]!.path, `/api/${sim.username}/lights/1/state`);
    assert.deepEqual(bodyOf(sim.requests[0]), { on: true });
    assert.equal(sim.lights.get('1')!.on, true);
  });

  it('turns a light off', async () => {
    sim.lights.get('1')!.on = true;
    const a = adapter();
    assert.equal((await a.execute('turn_off')).outcome, 'ok');
    a.dispose();
    assert.deepEqual(bodyOf(sim.requests[0]), { on: false });
    assert.equal(sim.lights.get('1')!.on, false);
  });

  it('maps percent onto bri 1-254 (50% is 127, 1% is 3, 100% is 254) and 0% to off', async () => {
    const a = adapter();
    for (const [percent, body] of [
      [50, { on: true, bri: 127 }],
      [1, { on: true, bri: 3 }],
      [100, { on: true, bri: 254 }],
      [0, { on: false }],
    ] as const) {
      sim.requests.length = 0;
      const outcome = await a.execute('set_brightness', percent);
      assert.equal(outcome.outcome, 'ok', JSON.stringify(outcome));
      assert.deepEqual(bodyOf(sim.requests[0]), body);
    }
    await a.execute('set_brightness', 50);
    assert.deepEqual(await a.read(), {
      available: true,
      state: 'on',
      brightness: 50,
      color_temp: 2732,
    });
    a.dispose();
  });

  it('changes brightness relatively with bri_inc, switching on only to brighten', async () => {
    Object.assign(sim.lights.get('1')!, { on: true, bri: 127 });
    const a = adapter();
    assert.equal((await a.execute('change_brightness', 20)).outcome, 'ok');
    assert.deepEqual(bodyOf(sim.requests[0]), { on: true, bri_inc: 51 });
    assert.equal(sim.lights.get('1')!.bri, 178);
    assert.equal((await a.execute('change_brightness', -30)).outcome, 'ok');
    assert.deepEqual(bodyOf(sim.requests[1]), { bri_inc: -76 });
    assert.equal(sim.lights.get('1')!.bri, 102);
    a.dispose();
  });

  it('sends colours as CIE xy and reads them back as #rrggbb', async () => {
    const a = adapter();
    assert.equal((await a.execute('set_color', 'red')).outcome, 'ok');
    assert.deepEqual(bodyOf(sim.requests[0]), { on: true, xy: [0.6401, 0.33] });
    assert.equal((await a.read()).color, '#ff0000');
    assert.equal((await a.execute('set_color', '#0000ff')).outcome, 'ok');
    assert.deepEqual(bodyOf(sim.requests[2]), { on: true, xy: [0.15, 0.06] });
    a.dispose();
  });

  it('sends colour temperature in mireds, clamped to 153-500', async () => {
    const a = adapter();
    for (const [kelvin, ct] of [
      [2700, 370],
      [6500, 154],
      [1000, 500],
      [10000, 153],
    ] as const) {
      sim.requests.length = 0;
      const o = await a.execute('set_color_temp', kelvin);
      assert.equal(o.outcome, 'ok', JSON.stringify(o));
      assert.deepEqual(bodyOf(sim.requests[0]), { on: true, ct });
    }
    assert.equal((await a.read()).color_temp, 6536);
    a.dispose();
  });

  it('drives a group with PUT groups/<id>/action and reads groups/<id>', async () => {
    const a = adapter({ light: undefined, group: '1' });
    assert.equal((await a.execute('set_brightness', 40)).outcome, 'ok');
    assert.equal(sim.requests[0]!.path, `/api/${sim.username}/groups/1/action`);
    assert.deepEqual(bodyOf(sim.requests[0]), { on: true, bri: 102 });
    const state = await a.read();
    assert.equal(sim.requests[1]!.path, `/api/${sim.username}/groups/1`);
    assert.equal(state.state, 'on');
    assert.equal(state.brightness, 40);
    a.dispose();
  });

  it('reports an unreachable bulb as unavailable, and its commands as unconfirmed', async () => {
    Object.assign(sim.lights.get('1')!, { reachable: false });
    const a = adapter();
    assert.equal((await a.read()).available, false);
    assert.equal((await a.execute('turn_on')).outcome, 'unconfirmed');
    assert.deepEqual(
      sim.requests.map((r) => r.method),
      ['GET', 'PUT', 'GET'],
      'the success was checked by a read',
    );
    sim.lights.get('1')!.reachable = true;
    assert.equal((await a.execute('turn_off')).outcome, 'ok');
    assert.equal((await a.execute('turn_on')).outcome, 'ok');
    assert.equal(sim.requests.length, 6, 'reachable again: the success list suffices');
    a.dispose();
  });

  it('refuses commands the device type does not have, and bad values, without a request', async () => {
    const a = adapter();
    const cover = await a.execute('set_position', 50);
    assert.equal(cover.outcome, 'failed');
    assert.match(
      cover.error!,
      /^Porch light \(hue bridge 127\.0\.0\.1:\d+\) is a light and cannot set position$/,
    );
    const tooBright = await a.execute('set_brightness', 150);
    assert.equal(tooBright.outcome, 'failed');
    assert.match(tooBright.error!, /must be a number from 0 to 100 \(percent\), not 150/);
    const colour = await a.execute('set_color', 'blurple');
    assert.equal(colour.outcome, 'failed');
    assert.equal(sim.requests.length, 0);
    a.dispose();
  });

  it('says the bridge rejected the username, without showing it', async () => {
    const a = adapter({ username: 'wrong-username-abcdef' });
    const outcome = await a.execute('turn_on');
    assert.equal(outcome.outcome, 'failed');
    assert.match(
      outcome.error!,
      /^Porch light \(hue bridge 127\.0\.0\.1:\d+\) rejected Hearth's username: pair Hearth with the bridge again \(hearth hue pair\)$/,
    );
    assert.ok(!outcome.error!.includes('wrong-username'));
    assert.equal(sim.requests.length, 1, 'an auth failure is not retried');
    assert.deepEqual(await a.read(), { available: false });
    assert.ok(a.lastError && !a.lastError.includes('wrong-username'));
    a.dispose();
  });

  it('names a light id the bridge does not have', async () => {
    const a = adapter({ light: '99' });
    const outcome = await a.execute('turn_on');
    assert.match(outcome.error!, /has no light "99": check the id in the home file/);
    a.dispose();
  });

  it('reports the bridge refusing to change an off light', async () => {
    const a = adapter();
    const outcome = await a.execute('change_brightness', -10);
    assert.equal(outcome.outcome, 'failed');
    assert.match(outcome.error!, /is off/);
    a.dispose();
  });
});

describe('Hue adapter: live state', () => {
  it('polls while watched, tells listeners about changes, and stops when nobody watches', async () => {
    const a = adapter({}, { pollIntervalMs: 10 });
    const seen: DeviceState[] = [];
    const changed = new Promise<void>((resolve) => {
      const stop = a.watch((state) => {
        seen.push(state);
        if (seen.length === 1) sim.lights.get('1')!.on = true;
        if (state.state === 'on') {
          stop();
          resolve();
        }
      });
    });
    await changed;
    assert.equal(seen[0]!.state, 'off');
    assert.equal(seen.at(-1)!.state, 'on');
    const count = sim.requests.length;
    await new Promise((r) => setTimeout(r, 60));
    assert.ok(sim.requests.length <= count + 1, 'no more polling after unsubscribe');
    a.dispose();
  });
});
