import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { connectAsync } from 'mqtt';
import { MqttBrokerPool } from '../../../../src-main/act/devices/mqtt/MqttBrokerPool.ts';
import { createZigbee2mqttAdapter } from '../../../../src-main/act/devices/zigbee2mqtt/createZigbee2mqttAdapter.ts';
import { Mosquitto } from '../../../support/mosquitto.ts';
import { makeDevice, makeHome, trackUnhandledRejections, waitUntil } from './testing.ts';

const PASSWORD = 'correct-horse-42';
const WRONG = 'wrong-battery-17';
const rejections = trackUnhandledRejections();
let open: Mosquitto;
let locked: Mosquitto;
let pool: MqttBrokerPool;

describe('MqttBrokerPool and BrokerConnection against a real Mosquitto', () => {
  before(async () => {
    [open, locked] = await Promise.all([
      Mosquitto.start(),
      Mosquitto.start({ users: { hearth: PASSWORD } }),
    ]);
    pool = new MqttBrokerPool({ reconnectMinMs: 50, reconnectMaxMs: 300, connectTimeoutMs: 1000 });
  });

  after(async () => {
    await pool.close();
    await Promise.all([open.dispose(), locked.dispose()]);
    assert.deepEqual(rejections.stop(), [], 'no unhandled rejections');
  });

  test('one shared client per broker and credentials, closed by the last release', async () => {
    const a = pool.acquire({ url: open.url });
    const b = pool.acquire({ url: open.url });
    const other = pool.acquire({ url: open.url, username: 'someone', password: 'x-y-z' });
    assert.equal(a, b);
    assert.notEqual(a, other);
    assert.equal(pool.size, 2);
    assert.equal(await a.waitUntilUp(2000), true);
    assert.equal(a.label, open.url);
    await a.release();
    assert.equal(a.status, 'up', 'still used by the second device');
    await b.release();
    assert.equal(a.status, 'closed');
    await other.release();
    assert.equal(pool.size, 0);
    // A new device after that gets a fresh, working connection.
    const fresh = pool.acquire({ url: open.url });
    assert.notEqual(fresh, a);
    assert.equal(await fresh.waitUntilUp(2000), true);
    await fresh.release();
    assert.equal(pool.size, 0);
  });

  test('a wrong password is reported as such, and never shown', async () => {
    const bad = pool.acquire({ url: locked.url, username: 'hearth', password: WRONG });
    assert.equal(await bad.waitUntilUp(2000), false);
    assert.equal(bad.problem.failure, 'auth');
    assert.doesNotMatch(bad.problem.message, new RegExp(WRONG));
    await bad.release();

    const good = pool.acquire({ url: locked.url, username: 'hearth', password: PASSWORD });
    assert.equal(await good.waitUntilUp(2000), true);
    await good.release();

    const home = makeHome(undefined, []);
    const lamp = makeDevice('lamp', 'Lamp', 'light', {
      protocol: 'zigbee2mqtt',
      friendly_name: 'Lamp',
      broker: `mqtt://hearth:${WRONG}@127.0.0.1:${locked.port}`,
    });
    const adapter = createZigbee2mqttAdapter(lamp, { home, timeoutMs: 2000 }, { pool });
    const outcome = await adapter.execute('turn_on');
    await adapter.dispose();
    assert.equal(outcome.outcome, 'failed');
    assert.equal(
      outcome.error,
      `Lamp (zigbee2mqtt via mqtt://127.0.0.1:${locked.port}): the MQTT broker refused the username or password (check \`username\` and \`password\` for the broker in the home file)`,
    );
    assert.equal(pool.size, 0);
  });

  test('no broker listening: down at once, publishes refused, nothing queued', async () => {
    const spare = await Mosquitto.start();
    const url = spare.url;
    await spare.dispose();
    const connection = pool.acquire({ url });
    assert.equal(await connection.waitUntilUp(2000), false);
    assert.equal(connection.status, 'down');
    assert.deepEqual(connection.problem, {
      failure: 'unreachable',
      message: 'the MQTT broker is not reachable',
    });
    await assert.rejects(connection.publish('x/y', 'z'), { failure: 'unreachable' });
    await connection.release();
  });

  test('subscriptions come back after the broker restarts; nothing sent while it was away', async () => {
    const connection = pool.acquire({ url: open.url });
    assert.equal(await connection.waitUntilUp(2000), true);
    const heard: string[] = [];
    connection.subscribe('hearth/test/one', (payload) => heard.push(payload.toString()));
    const statuses: string[] = [];
    connection.onStatus((s) => statuses.push(s));

    await open.stop();
    await waitUntil(() => connection.status === 'down', 'the connection to notice');
    await assert.rejects(connection.publish('hearth/test/one', 'while-down'));
    await open.restart();
    await waitUntil(() => connection.status === 'up', 'the reconnect');

    const other = await connectAsync(open.url);
    await other.publishAsync('hearth/test/one', 'after-restart');
    await connection.publish('hearth/test/one', 'from-hearth');
    await waitUntil(() => heard.length >= 2, 'both messages');
    await other.endAsync();
    assert.deepEqual(heard, ['after-restart', 'from-hearth']);
    assert.deepEqual(statuses, ['down', 'up']);
    await connection.release();
    assert.equal(pool.size, 0);
  });
});
