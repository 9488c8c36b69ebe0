import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { DeviceError } from '../../../../src-main/act/devices/DeviceError.ts';
import { homeAssistantWebSocketUrl } from '../../../../src-main/act/devices/homeAssistant/homeAssistantUrls.ts';
import { readHomeAssistantToken } from '../../../../src-main/act/devices/homeAssistant/readHomeAssistantToken.ts';
import { DeviceSet } from '../../../../src-main/act/DeviceSet.ts';
import { HomeFileError } from '../../../../src-main/core/errors.ts';
import { parseHome } from '../../../../src-main/home/loadHome.ts';
import { HomeAssistantSimulator } from '../../../simulators/homeAssistant/HomeAssistantSimulator.ts';
import { fillSampleHome } from '../../../simulators/homeAssistant/sampleHome.ts';
import { haDevice, haHome } from './haFixtures.ts';

describe('Home Assistant: addresses and tokens', () => {
  it('http becomes ws and https becomes wss, at /api/websocket', () => {
    assert.equal(
      homeAssistantWebSocketUrl('http://homeassistant.local:8123'),
      'ws://homeassistant.local:8123/api/websocket',
    );
    assert.equal(
      homeAssistantWebSocketUrl('https://ha.example.lan/'),
      'wss://ha.example.lan/api/websocket',
    );
  });

  it('reads the token from token_file (first line, ~ expanded), else token', () => {
    const dir = mkdtempSync(join(homedir(), '.hearth-test-'));
    try {
      writeFileSync(join(dir, 't'), '  abc.def.ghi  \nignored\n');
      assert.equal(
        readHomeAssistantToken({ token_file: `~/${relative(homedir(), join(dir, 't'))}` }),
        'abc.def.ghi',
      );
    } finally {
      // Leave nothing in the user's home folder.
      rmSync(dir, { recursive: true, force: true });
    }
    assert.equal(readHomeAssistantToken({ token: 'inline' }), 'inline');
  });

  it('a missing or empty token file says how to make a token, without any token', () => {
    const empty = join(mkdtempSync(join(tmpdir(), 'hearth-ha-')), 'empty');
    writeFileSync(empty, '\n');
    for (const server of [{ token_file: '/nonexistent/ha-token' }, { token_file: empty }]) {
      assert.throws(
        () => readHomeAssistantToken(server),
        (error) => error instanceof DeviceError && /long-lived access token/.test(error.message),
      );
    }
  });
});

describe('Home Assistant: the home file', () => {
  it('accepts the home_assistant block and the protocol', () => {
    const home = parseHome(
      `home_assistant: { url: "http://192.168.1.9:8123", token_file: ~/.config/hearth/ha-token, allow_internet: false }
devices:
  - { id: light.kitchen, name: Kitchen, type: light, connection: { protocol: home_assistant, entity_id: light.kitchen } }
`,
      'home.yaml',
    );
    assert.deepEqual(home.home_assistant, {
      url: 'http://192.168.1.9:8123',
      token_file: '~/.config/hearth/ha-token',
      allow_internet: false,
    });
    assert.deepEqual(home.devices[0]?.connection, {
      protocol: 'home_assistant',
      entity_id: 'light.kitchen',
    });
  });

  const refused = (yaml: string): string => {
    try {
      parseHome(yaml, 'home.yaml');
    } catch (error) {
      assert.ok(error instanceof HomeFileError);
      return error.message;
    }
    return assert.fail('expected the home file to be refused');
  };

  it('refuses a block without a token, a non-http url, a bad entity_id, and devices without the block', () => {
    assert.match(refused('home_assistant: { url: "http://ha.local:8123" }\n'), /token_file/);
    assert.match(
      refused('home_assistant: { url: "ftp://ha.local", token: abc }\n'),
      /http:\/\/ or https:\/\//,
    );
    assert.match(
      refused(`home_assistant: { url: "http://ha.local:8123", token: abc }
devices: [{ id: a, name: A, type: light, connection: { protocol: home_assistant, entity_id: kitchen } }]
`),
      /entity_id must look like light\.kitchen_ceiling/,
    );
    assert.match(
      refused(
        'devices: [{ id: a, name: A, type: light, connection: { protocol: home_assistant, entity_id: light.a } }]\n',
      ),
      /needs the home's `home_assistant:` block/,
    );
  });
});

describe('Home Assistant: confirmation stays Hearth’s, and the REST API', () => {
  const sim = new HomeAssistantSimulator();
  before(async () => {
    await sim.start();
    fillSampleHome(sim);
  });
  after(() => sim.stop());

  it('an unlock through HA waits for confirmation like a local one', async () => {
    const lock = haDevice('front_door', 'lock', 'lock.front_door');
    const devices = new DeviceSet(haHome(sim, [lock]), { timeoutMs: 1000 });
    try {
      const [held] = await devices.execute([{ device: 'front_door', command: 'unlock' }]);
      assert.equal(held?.outcome, 'needs_confirmation');
      assert.equal(sim.entities.get('lock.front_door')?.state, 'locked');
      assert.equal(sim.calls.length, 0);
      const [done] = await devices.execute([{ device: 'front_door', command: 'unlock' }], {
        confirmed: true,
      });
      assert.equal(done?.outcome, 'ok');
      assert.equal(sim.entities.get('lock.front_door')?.state, 'unlocked');
    } finally {
      await devices.dispose();
    }
  });

  it('the simulator’s REST API wants the bearer token and serves states, config and services', async () => {
    assert.equal((await fetch(`${sim.url}/api/`)).status, 401);
    const auth = { authorization: `Bearer ${sim.token}` };
    assert.deepEqual(await (await fetch(`${sim.url}/api/`, { headers: auth })).json(), {
      message: 'API running.',
    });
    const config = (await (await fetch(`${sim.url}/api/config`, { headers: auth })).json()) as {
      unit_system: { temperature: string };
    };
    assert.equal(config.unit_system.temperature, '°C');
    const changed = await fetch(`${sim.url}/api/services/switch/turn_on`, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json' },
      body: JSON.stringify({ entity_id: 'switch.coffee_maker' }),
    });
    assert.equal(changed.status, 200);
    const state = (await (
      await fetch(`${sim.url}/api/states/switch.coffee_maker`, { headers: auth })
    ).json()) as { state: string };
    assert.equal(state.state, 'on');
  });
});
