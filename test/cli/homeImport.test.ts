import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, beforeEach, describe, it } from 'node:test';
import { parse } from 'yaml';
import { HomeAssistantSimulator } from '../simulators/homeAssistant/HomeAssistantSimulator.ts';
import { fillSampleHome } from '../simulators/homeAssistant/sampleHome.ts';
import { tokenFile } from '../act/devices/homeAssistant/haFixtures.ts';
import { runCli } from '../support/runCli.ts';

const sim = new HomeAssistantSimulator();
const dir = mkdtempSync(join(tmpdir(), 'hearth-import-'));
let token = '';

before(async () => {
  await sim.start();
  token = tokenFile(sim.token);
});
beforeEach(() => {
  sim.entities.clear();
  sim.unitSystem = 'metric';
  fillSampleHome(sim);
});
after(() => sim.stop());

const importArgs = () => [
  'home',
  'import',
  '--from-home-assistant',
  sim.url,
  '--token-file',
  token,
];

interface ImportedDevice {
  id: string;
  name: string;
  aliases?: string[];
  area?: string;
  type: string;
  class?: string;
  expose?: boolean;
  connection: { protocol: string; entity_id: string };
}

describe('hearth home import --from-home-assistant', () => {
  it('prints a home file that passes hearth home check, the same every time', async () => {
    const first = await runCli(importArgs());
    assert.equal(first.code, 0, first.err);
    const second = await runCli(importArgs());
    assert.equal(second.out, first.out);
    const file = join(dir, 'home.yaml');
    writeFileSync(file, first.out);
    const check = await runCli(['home', 'check', file]);
    assert.equal(check.code, 0, check.err);
    assert.match(check.out, /OK: .* \(3 areas, 13 devices, 1 scene\)/);
  });

  it('takes names, aliases, areas (from the entity or its device), floors and exposure from HA', async () => {
    const { out } = await runCli(importArgs());
    const home = parse(out) as {
      unit: string;
      home_assistant: Record<string, unknown>;
      floors: { id: string; aliases?: string[] }[];
      areas: { id: string; floor?: string; aliases?: string[] }[];
      devices: ImportedDevice[];
      scenes: { id: string; aliases?: string[]; actions: unknown[] }[];
    };
    const byEntity = new Map(home.devices.map((d) => [d.connection.entity_id, d]));
    assert.equal(home.unit, 'celsius');
    assert.deepEqual(home.home_assistant, { url: sim.url, token_file: token });
    assert.deepEqual(home.floors.find((f) => f.id === 'ground_floor')?.aliases, ['downstairs']);
    assert.equal(home.areas.find((a) => a.id === 'bedroom')?.floor, 'first_floor');
    const ceiling = byEntity.get('light.kitchen_ceiling');
    assert.equal(ceiling?.name, 'Kitchen ceiling');
    assert.equal(ceiling?.area, 'kitchen', 'area from its device');
    assert.deepEqual(ceiling?.aliases, ['big light']);
    assert.equal(byEntity.get('light.living_room_lamp')?.area, 'living_room');
    assert.equal(byEntity.get('switch.coffee_maker')?.expose, false);
    assert.equal(byEntity.get('light.living_room_lamp')?.expose, undefined);
    assert.equal(byEntity.get('cover.bedroom_blind')?.class, 'blind');
    assert.equal(byEntity.get('media_player.living_room_tv')?.class, 'tv');
    assert.equal(byEntity.get('binary_sensor.back_door')?.class, 'door');
    assert.equal(byEntity.get('sensor.kitchen_temperature')?.class, 'temperature');
    assert.equal(byEntity.get('light.hidden_strip'), undefined, 'hidden in HA');
    assert.equal(byEntity.get('switch.old_plug'), undefined, 'disabled in HA');
    assert.deepEqual(home.scenes[0], {
      id: 'movie_night',
      name: 'Movie night',
      aliases: ['cinema mode'],
      actions: [{ device: 'scene.movie_night', command: 'turn_on' }],
    });
    assert.match(
      out,
      /# light\.kitchen_ceiling · device "Kitchen ceiling" \(Signify LCA001\) · area from its device/,
    );
    assert.doesNotMatch(out, new RegExp(sim.token));
  });

  it('uses fahrenheit when HA does', async () => {
    sim.unitSystem = 'us_customary';
    const { out } = await runCli(importArgs());
    assert.match(out, /^unit: fahrenheit$/m);
  });

  it('a refused token says how to make a new one, exit 1, and prints no home', async () => {
    const { code, out, err } = await runCli([
      'home',
      'import',
      '--from-home-assistant',
      sim.url,
      '--token-file',
      tokenFile('not-a-valid-token-xyz'),
    ]);
    assert.equal(code, 1);
    assert.equal(out, '');
    assert.match(err, /refused the access token.*profile page/);
    assert.doesNotMatch(err, /not-a-valid-token-xyz/);
  });

  it('then hearth say works on the imported home through HA', async () => {
    const file = join(dir, 'say.yaml');
    writeFileSync(file, (await runCli(importArgs())).out);
    const { code, out, err } = await runCli([
      'say',
      '--home',
      file,
      '--no-llm',
      'turn on the big light',
    ]);
    assert.equal(code, 0, err);
    assert.ok(out.length > 0);
    assert.equal(sim.entities.get('light.kitchen_ceiling')?.state, 'on');
    assert.equal(sim.calls.at(-1)?.service, 'light.turn_on');
  });
});
