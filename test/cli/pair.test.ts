import assert from 'node:assert/strict';
import { runCli } from '../support/runCli.ts';
import { after, before, describe, it } from 'node:test';
import { HueSimulator } from '../simulators/hue/HueSimulator.ts';

const run = runCli;

describe('hearth pair hue', () => {
  const bridge = new HueSimulator();
  before(() => bridge.start());
  after(() => bridge.stop());

  it('asks for the link button while it is not pressed, exit 1', async () => {
    bridge.linkButtonPressed = false;
    const { code, err } = await run([
      'pair',
      'hue',
      '--host',
      '127.0.0.1',
      '--port',
      String(bridge.port),
    ]);
    assert.equal(code, 1);
    assert.match(err, /link button/);
    assert.equal(err.trim().split('\n').length, 1);
  });

  it('prints the application key and the connection line once pressed', async () => {
    bridge.linkButtonPressed = true;
    const { code, out } = await run([
      'pair',
      'hue',
      '--host',
      '127.0.0.1',
      '--port',
      String(bridge.port),
    ]);
    assert.equal(code, 0);
    const pairing = bridge.requests.filter((r) => r.method === 'POST' && r.path === '/api');
    assert.ok(pairing.length >= 2);
    assert.match(
      out,
      new RegExp(`protocol: hue, host: 127\\.0\\.0\\.1, port: ${bridge.port}, username: \\S+`),
    );
  });

  it('bad usage exits 2', async () => {
    assert.equal((await run(['pair', 'hue'])).code, 2);
    assert.equal((await run(['pair', 'zigbee', '--host', 'x'])).code, 2);
    assert.equal((await run(['pair', 'hue', '--host', 'x', '--port', 'abc'])).code, 2);
  });
});
