import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createHueAdapter } from '../../../../src-main/act/devices/hue/createHueAdapter.ts';
import { HueRateLimiter } from '../../../../src-main/act/devices/hue/HueRateLimiter.ts';
import type { NetworkDeviceAdapter } from '../../../../src-main/act/devices/http/NetworkDeviceAdapter.ts';
import type { NetworkAdapterOptions } from '../../../../src-main/act/devices/http/NetworkDeviceAdapter.ts';
import { createShellyAdapter } from '../../../../src-main/act/devices/shelly/createShellyAdapter.ts';
import { createTasmotaAdapter } from '../../../../src-main/act/devices/tasmota/createTasmotaAdapter.ts';
import { createWledAdapter } from '../../../../src-main/act/devices/wled/createWledAdapter.ts';
import type { Connection } from '../../../../src-main/core/home.ts';
import { HueSimulator } from '../../../simulators/hue/HueSimulator.ts';
import { ShellySimulator } from '../../../simulators/shelly/ShellySimulator.ts';
import { TasmotaSimulator } from '../../../simulators/tasmota/TasmotaSimulator.ts';
import { WledSimulator } from '../../../simulators/wled/WledSimulator.ts';
import type { HttpSimulator } from './HttpSimulator.ts';
import { context, device, recordingRetry, serveDuringTests } from './deviceFixtures.ts';

// The behaviour every HTTP protocol shares, checked against each simulator: timeouts, retries
// for idempotent commands only, Retry-After, refused and reset connections, malformed replies.

const TIMEOUT_MS = 150;
const SECRET = 'hunter2-very-secret';

interface Case {
  label: string;
  sim: HttpSimulator;
  make(options: NetworkAdapterOptions): NetworkDeviceAdapter;
}

const hue = new HueSimulator();
hue.username = SECRET;
const limiter = new HueRateLimiter({ lightsPerSecond: 1e6, lightBurst: 1e6 });
const shelly2 = new ShellySimulator(2);
const shelly1 = new ShellySimulator(1);
const tasmota = new TasmotaSimulator();
tasmota.password = SECRET;
const wled = new WledSimulator();

function lamp(connection: Connection) {
  const d = device('desk_lamp', 'Desk lamp', 'light', connection);
  return { d, ctx: context([d], TIMEOUT_MS) };
}

const cases: Case[] = [
  {
    label: 'hue bridge',
    sim: hue,
    make: (o) => {
      const { d, ctx } = lamp({
        protocol: 'hue',
        host: '127.0.0.1',
        port: hue.port,
        username: SECRET,
        light: '1',
      });
      return createHueAdapter(d, ctx, { ...o, limiter });
    },
  },
  {
    label: 'shelly',
    sim: shelly2,
    make: (o) => {
      const { d, ctx } = lamp({ protocol: 'shelly', host: '127.0.0.1', port: shelly2.port });
      return createShellyAdapter(d, ctx, o);
    },
  },
  {
    label: 'shelly',
    sim: shelly1,
    make: (o) => {
      const { d, ctx } = lamp({
        protocol: 'shelly',
        host: '127.0.0.1',
        port: shelly1.port,
        generation: 1,
      });
      return createShellyAdapter(d, ctx, o);
    },
  },
  {
    label: 'tasmota',
    sim: tasmota,
    make: (o) => {
      const { d, ctx } = lamp({
        protocol: 'tasmota',
        host: '127.0.0.1',
        port: tasmota.port,
        password: SECRET,
      });
      return createTasmotaAdapter(d, ctx, o);
    },
  },
  {
    label: 'wled',
    sim: wled,
    make: (o) => {
      const { d, ctx } = lamp({ protocol: 'wled', host: '127.0.0.1', port: wled.port });
      return createWledAdapter(d, ctx, o);
    },
  },
];

serveDuringTests(...cases.map((c) => c.sim));

for (const [index, c] of cases.entries()) {
  describe(`${c.label} #${index}: faults`, () => {
    const who = () => `Desk lamp (${c.label} 127.0.0.1:${c.sim.port})`;
    async function run(command: string, value?: number) {
      const retry = recordingRetry();
      const adapter = c.make({ retry });
      c.sim.requests.length = 0;
      const outcome = await adapter.execute(command, value);
      adapter.dispose();
      c.sim.heal();
      assert.ok(!JSON.stringify(outcome).includes(SECRET), 'no credential in the outcome');
      return { outcome, waits: retry.waits, requests: c.sim.requests.length };
    }

    it('a device that hangs: timed out after two retries', async () => {
      c.sim.fail('hang');
      const { outcome, waits, requests } = await run('turn_on');
      assert.equal(outcome.outcome, 'failed');
      assert.equal(outcome.error, `${who()} did not answer within 150 ms`);
      assert.deepEqual(waits, [100, 300]);
      assert.equal(requests, 3);
    });

    it('a 500 that persists: failed after two retries', async () => {
      c.sim.fail('error500');
      const { outcome, waits, requests } = await run('set_brightness', 30);
      assert.equal(outcome.error, `${who()} answered with an error (HTTP 500)`);
      assert.deepEqual(waits, [100, 300]);
      assert.equal(requests, 3);
    });

    it('a single 500: the retry succeeds', async () => {
      c.sim.fail('error500', 1);
      const { outcome, waits } = await run('turn_on');
      assert.equal(outcome.outcome, 'ok', outcome.error);
      assert.deepEqual(waits, [100]);
    });

    it('429 with Retry-After: waits as asked, then succeeds', async () => {
      c.sim.retryAfterSeconds = 1;
      c.sim.fail('busy429', 1);
      const { outcome, waits } = await run('turn_off');
      c.sim.retryAfterSeconds = undefined;
      assert.equal(outcome.outcome, 'ok', outcome.error);
      assert.deepEqual(waits, [1000]);
    });

    it('429 asking for too long a wait: fails at once', async () => {
      c.sim.retryAfterSeconds = 60;
      c.sim.fail('busy429');
      const { outcome, waits, requests } = await run('turn_off');
      c.sim.retryAfterSeconds = undefined;
      assert.equal(outcome.error, `${who()} is busy (too many requests): try again shortly`);
      assert.deepEqual(waits, []);
      assert.equal(requests, 1);
    });

    it('relative commands are never retried', async () => {
      c.sim.fail('error500');
      const { outcome, waits, requests } = await run('change_brightness', 10);
      assert.equal(outcome.outcome, 'failed');
      assert.deepEqual(waits, []);
      assert.equal(requests, 1);
    });

    it('malformed JSON: unexpected reply, not retried', async () => {
      c.sim.fail('malformed');
      const { outcome, requests } = await run('turn_on');
      assert.equal(outcome.error, `${who()} answered with something Hearth could not read`);
      assert.equal(requests, 1);
    });

    it('a connection reset: retried, then reported', async () => {
      c.sim.fail('reset');
      const { outcome, waits } = await run('turn_on');
      assert.equal(outcome.error, `${who()} closed the connection before answering`);
      assert.deepEqual(waits, [100, 300]);
    });

    it('a refused connection: unreachable, read() says unavailable', async () => {
      await c.sim.stop();
      try {
        const { outcome, waits } = await run('turn_on');
        assert.equal(outcome.error, `${who()} refused the connection`);
        assert.deepEqual(waits, [100, 300]);
        const adapter = c.make({ retry: recordingRetry() });
        assert.deepEqual(await adapter.read(), { available: false });
        assert.equal(adapter.lastError, `${who()} refused the connection`);
        adapter.dispose();
      } finally {
        await c.sim.start();
      }
    });

    it('after a timeout the next command fails fast (no retries)', async () => {
      const retry = recordingRetry();
      const adapter = c.make({ retry });
      c.sim.fail('hang');
      assert.deepEqual(await adapter.read(), { available: false });
      const outcome = await adapter.execute('turn_on');
      adapter.dispose();
      c.sim.heal();
      assert.equal(outcome.outcome, 'failed');
      assert.deepEqual(retry.waits, []);
    });

    it('dispose() ends a request in flight with a failed outcome', async () => {
      const adapter = c.make({ retry: recordingRetry() });
      c.sim.fail('hang');
      c.sim.requests.length = 0;
      const pending = adapter.execute('turn_on');
      while (c.sim.requests.length === 0) await new Promise((r) => setImmediate(r));
      adapter.dispose();
      const outcome = await pending;
      c.sim.heal();
      assert.equal(outcome.outcome, 'failed');
      assert.match(outcome.error!, /Hearth is shutting down/);
      assert.equal((await adapter.execute('turn_on')).outcome, 'failed');
    });
  });
}
