// From words to a real protocol: the whole path `hearth say` takes, against a simulated
// Hue bridge on loopback, with the adapters wired by default.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Assistant } from '../../src-main/assistant/Assistant.ts';
import { parseHome } from '../../src-main/home/loadHome.ts';
import { HueSimulator } from '../simulators/hue/HueSimulator.ts';

describe('words to a Hue bridge', () => {
  const bridge = new HueSimulator();
  let assistant: Assistant;

  before(async () => {
    await bridge.start();
    const home = parseHome(
      `
areas:
  - { id: porch, name: Porch }
  - { id: hall, name: Hall }
default_area: hall
devices:
  - id: porch_light
    name: Porch light
    area: porch
    type: light
    connection: { protocol: hue, host: 127.0.0.1, port: ${bridge.port}, username: ${bridge.username}, light: 1 }
  - { id: front_door, name: Front door, area: hall, type: lock }
`,
      'home.yaml',
    );
    assistant = new Assistant(home);
  });

  after(async () => {
    await assistant.dispose();
    await bridge.stop();
  });

  it('turns the light on and sets its brightness over the bridge API', async () => {
    const result = await assistant.handle('turn on the porch light and set it to 50 percent');
    assert.deepEqual(
      result.outcomes.map((o) => [o.device, o.command, o.outcome]),
      [
        ['porch_light', 'turn_on', 'ok'],
        ['porch_light', 'set_brightness', 'ok'],
      ],
    );
    const puts = bridge.requests.filter((r) => r.method === 'PUT');
    assert.ok(puts.every((r) => r.path === `/api/${bridge.username}/lights/1/state`));
    assert.equal(bridge.lights.get('1')?.on, true);
    assert.equal(bridge.lights.get('1')?.bri, 127);
  });

  it('a held unlock never reaches any device', async () => {
    const before = bridge.requests.length;
    const result = await assistant.handle('unlock the front door');
    assert.deepEqual(
      result.outcomes.map((o) => o.outcome),
      ['needs_confirmation'],
    );
    assert.equal(bridge.requests.length, before);
  });
});
