import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'node:test';
import { createKasaAdapter } from '../../../../src-main/act/devices/kasa/createKasaAdapter.ts';
import { KasaSimulator } from '../../../simulators/kasa/KasaSimulator.ts';
import { context, device, recordingRetry, serveDuringTests } from '../http/deviceFixtures.ts';

const plug = new KasaSimulator('plug');
const bulb = new KasaSimulator('bulb');
const BULB = 'smartlife.iot.smartbulb.lightingservice';
serveDuringTests(plug, bulb);

function adapter(sim: KasaSimulator, timeoutMs?: number) {
  const d = device('kettle', 'Kettle', sim.kind === 'bulb' ? 'light' : 'switch', {
    protocol: 'kasa',
    host: '127.0.0.1',
    port: sim.port,
  });
  const retry = recordingRetry();
  return { a: createKasaAdapter(d, context([d], timeoutMs), { retry }), waits: retry.waits };
}
const light = (i: number): Record<string, unknown> =>
  (bulb.requests[i] as Record<string, Record<string, Record<string, unknown>>>)[BULB]!
    .transition_light_state!;

beforeEach(() => {
  plug.relay = 0;
  bulb.light = { on_off: 0, brightness: 40, hue: 0, saturation: 0, color_temp: 2700 };
});

describe('Kasa plug', () => {
  it('sets the relay with system.set_relay_state, confirmed by get_sysinfo in the same request', async () => {
    const { a } = adapter(plug);
    assert.deepEqual(await a.execute('turn_on'), {
      device: 'kettle',
      command: 'turn_on',
      outcome: 'ok',
    });
    assert.deepEqual(plug.requests, [
      { system: { set_relay_state: { state: 1 }, get_sysinfo: {} } },
    ]);
    assert.equal(plug.relay, 1);
    assert.equal((await a.execute('turn_off')).outcome, 'ok');
    assert.deepEqual(plug.requests[1], {
      system: { set_relay_state: { state: 0 }, get_sysinfo: {} },
    });
    assert.deepEqual(await a.read(), { available: true, state: 'off' });
    assert.deepEqual(plug.requests[2], { system: { get_sysinfo: {} } });
    a.dispose();
  });

  it('reads back on its own when the device answers only the change', async () => {
    plug.ignoreExtraMethods = true;
    const { a } = adapter(plug);
    assert.equal((await a.execute('turn_on')).outcome, 'ok');
    plug.ignoreExtraMethods = false;
    assert.deepEqual(plug.requests[1], { system: { get_sysinfo: {} } });
    a.dispose();
  });
});

describe('Kasa bulb', () => {
  it('switches with transition_light_state on_off, confirmed by the reply', async () => {
    const { a } = adapter(bulb);
    assert.equal((await a.execute('turn_on')).outcome, 'ok');
    assert.deepEqual(light(0), { on_off: 1, transition_period: 0 });
    assert.equal(bulb.requests.length, 1);
    assert.equal((await a.execute('turn_off')).outcome, 'ok');
    assert.deepEqual(light(1), { on_off: 0, transition_period: 0 });
    a.dispose();
  });

  it('sets brightness in percent; 0% is off', async () => {
    const { a } = adapter(bulb);
    assert.equal((await a.execute('set_brightness', 65)).outcome, 'ok');
    assert.deepEqual(light(0), {
      on_off: 1,
      ignore_default: 1,
      brightness: 65,
      transition_period: 0,
    });
    assert.equal((await a.execute('set_brightness', 0)).outcome, 'ok');
    assert.deepEqual(light(1), { on_off: 0, transition_period: 0 });
    assert.deepEqual(await a.read(), {
      available: true,
      state: 'off',
      brightness: 0,
      color_temp: 2700,
    });
    a.dispose();
  });

  it('changes brightness from the state it reads first', async () => {
    bulb.light.on_off = 1;
    const { a } = adapter(bulb);
    assert.equal((await a.execute('change_brightness', 15)).outcome, 'ok');
    assert.deepEqual(bulb.requests[0], { system: { get_sysinfo: {} } });
    assert.deepEqual(light(1), {
      on_off: 1,
      ignore_default: 1,
      brightness: 55,
      transition_period: 0,
    });
    a.dispose();
  });

  it('sets colour as hue/saturation with color_temp 0, and reads it back', async () => {
    const { a } = adapter(bulb);
    assert.equal((await a.execute('set_color', 'purple')).outcome, 'ok');
    assert.deepEqual(light(0), {
      on_off: 1,
      ignore_default: 1,
      hue: 300,
      saturation: 100,
      color_temp: 0,
      transition_period: 0,
    });
    assert.equal((await a.read()).color, '#ff00ff');
    a.dispose();
  });

  it('sets colour temperature in kelvin, clamped to 2500-9000', async () => {
    const { a } = adapter(bulb);
    assert.equal((await a.execute('set_color_temp', 4000)).outcome, 'ok');
    assert.equal((await a.execute('set_color_temp', 1800)).outcome, 'ok');
    assert.equal(light(0).color_temp, 4000);
    assert.equal(light(1).color_temp, 2500);
    assert.equal((await a.read()).color_temp, 2500);
    a.dispose();
  });
});

describe('Kasa faults', () => {
  it('a device that closes the connection mid-frame: reported, retried for idempotent commands', async () => {
    plug.fail('truncate');
    const { a, waits } = adapter(plug);
    const outcome = await a.execute('turn_on');
    assert.equal(outcome.outcome, 'failed');
    assert.match(
      outcome.error!,
      /^Kettle \(kasa 127\.0\.0\.1:\d+\) closed the connection before answering$/,
    );
    assert.deepEqual(waits, [100, 300]);
    assert.equal(plug.requests.length, 3);
    a.dispose();
  });

  it('a single mid-frame close is healed by the retry', async () => {
    plug.fail('truncate', 1);
    const { a, waits } = adapter(plug);
    assert.equal((await a.execute('turn_on')).outcome, 'ok');
    assert.deepEqual(waits, [100]);
    a.dispose();
  });

  it('a relative command is not retried after a reset', async () => {
    bulb.light.on_off = 1;
    bulb.fail('reset', 1);
    const { a, waits } = adapter(bulb);
    const outcome = await a.execute('change_brightness', 10);
    assert.equal(outcome.outcome, 'failed');
    assert.deepEqual(waits, []);
    assert.equal(bulb.requests.length, 1);
    a.dispose();
  });

  it('a device that hangs: timed out', async () => {
    plug.fail('hang');
    const { a } = adapter(plug, 100);
    const outcome = await a.execute('turn_off');
    assert.match(outcome.error!, /did not answer within 100 ms$/);
    assert.deepEqual(await a.read(), { available: false });
    a.dispose();
  });

  it('garbage in a whole frame: answered with something Hearth could not read', async () => {
    plug.fail('malformed');
    const { a } = adapter(plug);
    const outcome = await a.execute('turn_on');
    assert.match(outcome.error!, /answered with something Hearth could not read$/);
    assert.equal(plug.requests.length, 1);
    a.dispose();
  });

  it('a refused connection: unreachable, and unavailable on read', async () => {
    await plug.stop();
    try {
      const { a } = adapter(plug);
      const outcome = await a.execute('turn_on');
      assert.match(outcome.error!, /refused the connection$/);
      assert.deepEqual(await a.read(), { available: false });
      a.dispose();
    } finally {
      await plug.start();
    }
  });

  it('a plug asked to do what only bulbs do: unsupported, nothing sent', async () => {
    const { a } = adapter(plug);
    const outcome = await a.execute('set_brightness', 20);
    assert.match(outcome.error!, /is a switch and cannot set brightness/);
    assert.equal(plug.requests.length, 0);
    a.dispose();
  });
});
