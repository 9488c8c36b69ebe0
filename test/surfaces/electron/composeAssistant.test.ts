import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { AssistantEvent } from '../../../src-main/core/assistantApi.ts';
import { composeAssistant } from '../../../src-main/surfaces/electron/composeAssistant.ts';
import { RemoteAssistant } from '../../../src-main/surfaces/electron/RemoteAssistant.ts';
import { desktopHomeYaml } from '../../support/desktopHome.ts';
import { forkHosts } from './forkHost.ts';

// The desktop app's composition root, in its own process as the app runs it: the entry
// the utility process starts (assistantHostMain.ts), a home file, a data folder, and
// main's RemoteAssistant on the other side of the process boundary.

const ENTRY = fileURLToPath(
  new URL('../../../src-main/surfaces/electron/assistantHostMain.ts', import.meta.url),
);
const HOME_YAML = desktopHomeYaml('Test flat');

let dir: string;
const env = () => ({
  HEARTH_MODELS_DIR: join(dir, 'models'),
  HEARTH_DATA_DIR: join(dir, 'unused'),
});
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'hearth-compose-'));
  mkdirSync(join(dir, 'models'));
  writeFileSync(join(dir, 'home.yaml'), HOME_YAML);
  writeFileSync(
    join(dir, 'bad.yaml'),
    'devices:\n  - { id: lamp, name: Lamp, area: kitchn, type: light }\n',
  );
});
after(() => rmSync(dir, { recursive: true, force: true }));

describe('the desktop composition root', { timeout: 60_000 }, () => {
  it('runs the home in its own process: typed commands, devices, confirmations', async () => {
    const hosts = forkHosts(
      ENTRY,
      ['--home', join(dir, 'home.yaml'), '--data-dir', join(dir, 'data'), '--no-voice'],
      env(),
    );
    const remote = new RemoteAssistant({ spawn: hosts.spawn, pingIntervalMs: 0 });
    const events: AssistantEvent[] = [];
    remote.subscribe((event) => events.push(event));
    remote.start();
    try {
      const home = await remote.getHome();
      assert.equal(home.name, 'Test flat', hosts.stderr);
      assert.deepEqual(
        home.devices.map((d) => [d.id, d.favorite]),
        [
          ['kitchen_light', false],
          ['front_door', true],
        ],
      );
      assert.deepEqual(home.scenes, [{ id: 'evening', name: 'Evening', favorite: true }]);

      await remote.sendText('turn on the kitchen light');
      const reply = events.find((e) => e.type === 'reply');
      assert.equal(reply?.type === 'reply' && reply.text, 'Turning on the kitchen light.');
      assert.ok(
        events.some(
          (e) =>
            e.type === 'device' && e.device.id === 'kitchen_light' && e.device.state.state === 'on',
        ),
      );

      // Unlocking asks first, from the tray's quick action as from words.
      const outcome = await remote.control('front_door', 'unlock');
      assert.equal(outcome.outcome, 'needs_confirmation');
      const question = events.find((e) => e.type === 'confirmation');
      assert.ok(question?.type === 'confirmation');
      await remote.confirm(question.id, true);
      assert.ok(events.some((e) => e.type === 'confirmation_closed' && e.accepted));

      await assert.rejects(
        remote.control('kitchen_light', 'unlock'),
        /Kitchen light cannot unlock/,
      );
      await assert.rejects(remote.startListening(), /Speech input is not set up/);
      const settings = await remote.updateSettings({ theme: 'dark' });
      assert.equal(settings.theme, 'dark');
      const check = await remote.checkHomeFile(join(dir, 'bad.yaml'));
      assert.equal(check.ok, false);
      assert.match(check.problems[0]?.message ?? '', /kitchn/);
      assert.equal((await remote.getHistory()).length >= 1, true);
    } finally {
      await remote.dispose();
      hosts.killAll();
    }
  });

  it('refuses an invalid --home and reports it, and falls back from a broken saved one', async () => {
    await assert.rejects(
      composeAssistant({
        homeFile: join(dir, 'bad.yaml'),
        dataDir: join(dir, 'd1'),
        voice: 'none',
      }),
      /kitchn/,
    );
    const dataDir = join(dir, 'd2');
    mkdirSync(dataDir);
    writeFileSync(
      join(dataDir, 'settings.json'),
      JSON.stringify({ version: 1, settings: { homeFile: join(dir, 'bad.yaml') } }),
    );
    const { service, notices } = await composeAssistant({ dataDir, voice: 'none' });
    try {
      assert.equal(service.home.name, 'Demo flat');
      assert.equal(notices.length, 1);
      assert.match(
        notices[0] ?? '',
        /^Your home file .*bad\.yaml could not be loaded, so Hearth opened the demo home\./,
      );
    } finally {
      await service.dispose();
    }
  });
});
