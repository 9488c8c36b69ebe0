import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'node:test';
import { createWledAdapter } from '../../../../src-main/act/devices/wled/createWledAdapter.ts';
import { WledSimulator } from '../../../simulators/wled/WledSimulator.ts';
import { bodyOf } from '../http/HttpSimulator.ts';
import { context, device, recordingRetry, serveDuringTests } from '../http/deviceFixtures.ts';

const sim = new WledSimulator();
serveDuringTests(sim);

function adapter(segment?: number) {
  const d = device('tv_strip', 'TV backlight', 'light', {
    protocol: 'wled',
    host: '127.0.0.1',
    port: sim.port,
    ...(segment === undefined ? {} : { segment }),
  });
  return createWledAdapter(d, context([d]), { retry: recordingRetry() });
}

beforeEach(() => {
  sim.on = false;
  sim.bri = 128;
  sim.segments[0]!.col[0] = [255, 160, 0];
  sim.segments[1]!.col[0] = [0, 0, 255];
});

describe('WLED JSON API', () => {
  it('turns on and off with POST /json/state, asking for the new state back', async () => {
    const a = adapter();
    assert.equal((await a.execute('turn_on')).outcome, 'ok');
    assert.equal(sim.requests[0]!.method, 'POST');
    assert.equal(sim.requests[0]!.path, '/json/state');
    assert.deepEqual(bodyOf(sim.requests[0]), { on: true, v: true });
    assert.equal((await a.execute('turn_off')).outcome, 'ok');
    assert.deepEqual(bodyOf(sim.requests[1]), { on: false, v: true });
    assert.equal(sim.requests.length, 2, 'the reply confirms: no read-back');
    a.dispose();
  });

  it('maps percent onto bri 0-255 (50% is 128); 0% is off', async () => {
    const a = adapter();
    assert.equal((await a.execute('set_brightness', 50)).outcome, 'ok');
    assert.deepEqual(bodyOf(sim.requests[0]), { on: true, bri: 128, v: true });
    assert.equal((await a.execute('set_brightness', 100)).outcome, 'ok');
    assert.deepEqual(bodyOf(sim.requests[1]), { on: true, bri: 255, v: true });
    assert.equal((await a.execute('set_brightness', 0)).outcome, 'ok');
    assert.deepEqual(bodyOf(sim.requests[2]), { on: false, v: true });
    a.dispose();
  });

  it('changes brightness with a relative "~N" step', async () => {
    sim.on = true;
    const a = adapter();
    assert.equal((await a.execute('change_brightness', -20)).outcome, 'ok');
    assert.deepEqual(bodyOf(sim.requests[0]), { bri: '~-51', v: true });
    assert.equal(sim.bri, 77);
    assert.equal((await a.execute('change_brightness', 10)).outcome, 'ok');
    assert.deepEqual(bodyOf(sim.requests[1]), { on: true, bri: '~26', v: true });
    assert.equal((await a.read()).brightness, 40);
    a.dispose();
  });

  it('sets the colour of its own segment and reads it back', async () => {
    const a = adapter(1);
    assert.equal((await a.execute('set_color', 'lime')).outcome, 'ok');
    assert.deepEqual(bodyOf(sim.requests[0]), {
      on: true,
      seg: [{ id: 1, col: [[0, 255, 0]] }],
      v: true,
    });
    assert.deepEqual(await a.read(), {
      available: true,
      state: 'on',
      brightness: 50,
      color: '#00ff00',
    });
    assert.deepEqual(sim.segments[0]!.col[0], [255, 160, 0], 'segment 0 untouched');
    a.dispose();
  });

  it('sets a white colour temperature as its RGB look', async () => {
    const a = adapter();
    assert.equal((await a.execute('set_color_temp', 2700)).outcome, 'ok');
    assert.deepEqual(bodyOf(sim.requests[0]), {
      on: true,
      seg: [{ id: 0, col: [[255, 167, 87]] }],
      v: true,
    });
    a.dispose();
  });

  it('reads the state with GET /json/state', async () => {
    const a = adapter();
    assert.deepEqual(await a.read(), {
      available: true,
      state: 'off',
      brightness: 0,
      color: '#ffa000',
    });
    assert.equal(sim.requests[0]!.method, 'GET');
    assert.equal(sim.requests[0]!.path, '/json/state');
    a.dispose();
  });
});
