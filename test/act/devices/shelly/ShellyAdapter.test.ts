import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'node:test';
import { createShellyAdapter } from '../../../../src-main/act/devices/shelly/createShellyAdapter.ts';
import type { DeviceType } from '../../../../src-main/core/home.ts';
import { ShellySimulator } from '../../../simulators/shelly/ShellySimulator.ts';
import { bodyOf } from '../http/HttpSimulator.ts';
import { context, device, recordingRetry, serveDuringTests } from '../http/deviceFixtures.ts';

const gen2 = new ShellySimulator(2);
const gen1 = new ShellySimulator(1);
serveDuringTests(gen2, gen1);

function adapter(sim: ShellySimulator, type: DeviceType, extra: Record<string, unknown> = {}) {
  const connection = {
    protocol: 'shelly' as const,
    host: '127.0.0.1',
    port: sim.port,
    generation: sim.generation,
    ...extra,
  };
  const d = device('thing', 'Garden pump', type, connection);
  return createShellyAdapter(d, context([d]), { retry: recordingRetry() });
}

const rpc = (sim: ShellySimulator, i: number) => {
  const r = sim.requests[i]!;
  assert.equal(r.method, 'POST');
  assert.equal(r.path, '/rpc');
  const { method, params } = bodyOf(r) as { method: string; params: unknown };
  return { method, params };
};

beforeEach(() => {
  for (const sim of [gen1, gen2]) {
    sim.requireAuth = false;
    sim.switches.set(0, false);
    sim.lights.set(0, { on: false, brightness: 50 });
    sim.covers.set(0, { state: 'closed', pos: 0 });
  }
});

describe('Shelly Gen2+ (JSON-RPC)', () => {
  it('switches with Switch.Set and confirms by Switch.GetStatus', async () => {
    const a = adapter(gen2, 'switch');
    assert.equal((await a.execute('turn_on')).outcome, 'ok');
    assert.deepEqual(rpc(gen2, 0), { method: 'Switch.Set', params: { id: 0, on: true } });
    assert.deepEqual(rpc(gen2, 1), { method: 'Switch.GetStatus', params: { id: 0 } });
    assert.equal(gen2.switches.get(0), true);
    assert.equal((await a.execute('turn_off')).outcome, 'ok');
    assert.deepEqual(rpc(gen2, 2), { method: 'Switch.Set', params: { id: 0, on: false } });
    assert.deepEqual(await a.read(), { available: true, state: 'off' });
    a.dispose();
  });

  it('uses the channel from the home file', async () => {
    const a = adapter(gen2, 'switch', { channel: 1 });
    const outcome = await a.execute('turn_on');
    assert.deepEqual(rpc(gen2, 0), { method: 'Switch.Set', params: { id: 1, on: true } });
    assert.equal(outcome.outcome, 'failed');
    assert.match(outcome.error!, /has no switch 1 \(Switch\.Set\): check channel in the home file/);
    a.dispose();
  });

  it('dims with Light.Set brightness in percent; 0% turns it off', async () => {
    const a = adapter(gen2, 'light');
    assert.equal((await a.execute('set_brightness', 70)).outcome, 'ok');
    assert.deepEqual(rpc(gen2, 0), {
      method: 'Light.Set',
      params: { id: 0, on: true, brightness: 70 },
    });
    assert.deepEqual(rpc(gen2, 1), { method: 'Light.GetStatus', params: { id: 0 } });
    assert.equal((await a.execute('set_brightness', 0)).outcome, 'ok');
    assert.deepEqual(rpc(gen2, 2), { method: 'Light.Set', params: { id: 0, on: false } });
    a.dispose();
  });

  it('changes brightness by reading it first, then setting the sum', async () => {
    gen2.lights.set(0, { on: true, brightness: 50 });
    const a = adapter(gen2, 'light');
    assert.equal((await a.execute('change_brightness', -20)).outcome, 'ok');
    assert.deepEqual(rpc(gen2, 0), { method: 'Light.GetStatus', params: { id: 0 } });
    assert.deepEqual(rpc(gen2, 1), {
      method: 'Light.Set',
      params: { id: 0, on: true, brightness: 30 },
    });
    assert.deepEqual(await a.read(), { available: true, state: 'on', brightness: 30 });
    a.dispose();
  });

  it('drives a cover: open, stop, close, go to a position', async () => {
    const a = adapter(gen2, 'cover');
    assert.equal((await a.execute('open')).outcome, 'ok');
    assert.deepEqual(rpc(gen2, 0), { method: 'Cover.Open', params: { id: 0 } });
    assert.equal((await a.read()).state, 'opening');
    assert.equal((await a.execute('stop')).outcome, 'ok');
    assert.deepEqual(rpc(gen2, 3), { method: 'Cover.Stop', params: { id: 0 } });
    assert.equal((await a.execute('set_position', 40)).outcome, 'ok');
    assert.deepEqual(rpc(gen2, 5), { method: 'Cover.GoToPosition', params: { id: 0, pos: 40 } });
    gen2.finishMoving();
    assert.deepEqual(await a.read(), { available: true, state: 'open', position: 40 });
    assert.equal((await a.execute('close')).outcome, 'ok');
    assert.deepEqual(rpc(gen2, 8), { method: 'Cover.Close', params: { id: 0 } });
    assert.equal((await a.read()).state, 'closing');
    a.dispose();
  });

  it('cannot set a colour through Shelly, and says so without a request', async () => {
    const a = adapter(gen2, 'light');
    const outcome = await a.execute('set_color', 'red');
    assert.equal(outcome.outcome, 'failed');
    assert.match(outcome.error!, /cannot set color over this protocol/);
    assert.equal(gen2.requests.length, 0);
    a.dispose();
  });

  it('a device with login protection: an auth failure in plain words', async () => {
    gen2.requireAuth = true;
    const a = adapter(gen2, 'switch');
    const outcome = await a.execute('turn_on');
    assert.equal(outcome.outcome, 'failed');
    assert.match(outcome.error!, /^Garden pump \(shelly 127\.0\.0\.1:\d+\) asks for a password/);
    a.dispose();
  });
});

describe('Shelly Gen1 (REST)', () => {
  it('switches a relay with /relay/<ch>?turn= and confirms from the reply', async () => {
    const a = adapter(gen1, 'switch');
    assert.equal((await a.execute('turn_on')).outcome, 'ok');
    assert.deepEqual(
      gen1.requests.map((r) => `${r.method} ${r.path}`),
      ['GET /relay/0?turn=on'],
    );
    assert.equal((await a.execute('turn_off')).outcome, 'ok');
    assert.equal(gen1.requests[1]!.path, '/relay/0?turn=off');
    assert.deepEqual(await a.read(), { available: true, state: 'off' });
    assert.equal(gen1.requests[2]!.path, '/relay/0');
    a.dispose();
  });

  it('dims with /light/<ch>?turn=on&brightness=', async () => {
    const a = adapter(gen1, 'light');
    assert.equal((await a.execute('set_brightness', 35)).outcome, 'ok');
    assert.equal(gen1.requests[0]!.path, '/light/0?turn=on&brightness=35');
    assert.equal((await a.execute('change_brightness', 10)).outcome, 'ok');
    assert.deepEqual(
      gen1.requests.slice(1).map((r) => r.path),
      ['/light/0', '/light/0?turn=on&brightness=45'],
    );
    assert.equal((await a.execute('set_brightness', 0)).outcome, 'ok');
    assert.equal(gen1.requests[3]!.path, '/light/0?turn=off');
    a.dispose();
  });

  it('drives a roller with /roller/<ch>?go=', async () => {
    const a = adapter(gen1, 'cover');
    assert.equal((await a.execute('open')).outcome, 'ok');
    assert.equal((await a.execute('stop')).outcome, 'ok');
    assert.equal((await a.execute('set_position', 25)).outcome, 'ok');
    gen1.finishMoving();
    assert.deepEqual(await a.read(), { available: true, state: 'open', position: 25 });
    assert.equal((await a.execute('close')).outcome, 'ok');
    assert.deepEqual(
      gen1.requests.map((r) => r.path),
      [
        '/roller/0?go=open',
        '/roller/0?go=stop',
        '/roller/0?go=to_pos&roller_pos=25',
        '/roller/0',
        '/roller/0?go=close',
      ],
    );
    a.dispose();
  });

  it('a 401 is an auth failure, not retried', async () => {
    gen1.requireAuth = true;
    const a = adapter(gen1, 'switch');
    const outcome = await a.execute('turn_on');
    assert.match(outcome.error!, /asks for a password/);
    assert.equal(gen1.requests.length, 1);
    a.dispose();
  });
});
