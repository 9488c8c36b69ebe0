import assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { WebSocket } from 'ws';
import { BUNDLED_CATALOGUE, loadCatalogue } from '../../../src-main/models/loadCatalogue.ts';
import { ModelLocator } from '../../../src-main/models/ModelLocator.ts';
import { WAKE_MODELS_DIR } from '../../hear/wake/wakeModels.ts';
import { closedPort, startTestHub } from './hubTestSupport.ts';
import type { TestHub } from './hubTestSupport.ts';

// What a browser may ask of the hub about wake words: a wake word Settings lists by name (or
// the one already saved), never a file path it makes up, since the wake gate's messages would
// tell it whether such a file exists; and downloads only of models with a checksum, only with
// the licence accepted.

interface Reply {
  id?: number;
  ok?: boolean;
  error?: string;
  result?: unknown;
}

describe('hub: wake words from the browser', { timeout: 60_000 }, () => {
  let root = '';
  let own = '';
  let hub: TestHub;
  let ws: WebSocket;
  let nextId = 1;
  const replies = new Map<number, Reply>();
  const notices: string[] = [];

  async function call(method: string, ...params: unknown[]): Promise<Reply> {
    const id = nextId++;
    ws.send(JSON.stringify({ id, method, params }));
    while (!replies.has(id)) await new Promise((resolve) => setTimeout(resolve, 10));
    return replies.get(id) ?? {};
  }

  before(async () => {
    root = mkdtempSync(join(tmpdir(), 'hearth-hub-wake-guard-'));
    // A real openWakeWord model of "the user's own", outside the models folder.
    own = join(root, 'own_word.onnx');
    copyFileSync(join(WAKE_MODELS_DIR, 'hey_jarvis_v0.1.onnx'), own);
    // The bundled catalogue with every URL on a closed port of 127.0.0.1: should a refusal
    // fail to refuse, the download goes nowhere.
    const port = await closedPort();
    const bundled = loadCatalogue({ file: BUNDLED_CATALOGUE, env: {} });
    const catalogue = {
      ...bundled,
      models: bundled.models.map((m) => ({ ...m, url: `http://127.0.0.1:${port}/${m.name}` })),
    };
    const dir = join(root, 'models');
    hub = await startTestHub({ voice: 'none', models: () => new ModelLocator({ catalogue, dir }) });
    ws = new WebSocket(`ws://127.0.0.1:${hub.server.port}/api`);
    ws.on('message', (data: Buffer) => {
      const message = JSON.parse(data.toString()) as Reply & {
        event?: { type: string; text?: string };
      };
      if (message.id !== undefined) replies.set(message.id, message);
      if (message.event?.type === 'notice') notices.push(message.event.text ?? '');
    });
    await new Promise<void>((resolve) => ws.once('open', () => resolve()));
  });
  after(async () => {
    ws?.terminate();
    await hub?.cleanup();
    rmSync(root, { recursive: true, force: true });
  });

  it('refuses a wake word that is a file path, existing or not, and changes nothing', async () => {
    for (const path of [
      own,
      join(root, 'missing.onnx'),
      '/etc/passwd.onnx',
      'C:\\Users\\me\\word.onnx',
    ]) {
      const reply = await call('updateSettings', { wakeWord: path });
      assert.equal(reply.ok, false, path);
      assert.match(
        reply.error ?? '',
        /From the browser, the wake word can only be one Settings lists/,
      );
    }
    // The same message whether the file exists or not: nothing to tell them apart.
    const [a, b] = [
      await call('updateSettings', { wakeWord: own }),
      await call('updateSettings', { wakeWord: join(root, 'missing.onnx') }),
    ];
    assert.equal(a.error?.replace(own, 'X'), b.error?.replace(join(root, 'missing.onnx'), 'X'));
    assert.equal((await hub.service.getSettings()).wakeWord, 'off');
    assert.deepEqual(
      notices.filter((n) => n.includes(root)),
      [],
      'no notice names the path',
    );
  });

  it('refuses a name Settings does not list, in the same patch as other changes too', async () => {
    const reply = await call('updateSettings', { wakeWord: 'hey_nobody', wakeThreshold: 0.3 });
    assert.equal(reply.ok, false);
    assert.match(reply.error ?? '', /not "hey_nobody"/);
    const settings = await hub.service.getSettings();
    assert.equal(settings.wakeWord, 'off');
    assert.equal(settings.wakeThreshold, 0.5, 'nothing of the patch was applied');
  });

  it('accepts a catalogue wake word, off, and the path already saved on this computer', async () => {
    const word = await call('updateSettings', { wakeWord: 'alexa', followUpSeconds: 3 });
    assert.equal(word.ok, true, word.error);
    assert.equal((await hub.service.getSettings()).wakeWord, 'alexa');
    assert.equal((await call('updateSettings', { wakeWord: 'off' })).ok, true);
    // Chosen on this computer (the settings file, or the desktop): the page may keep it...
    await hub.service.updateSettings({ wakeWord: own });
    const same = await call('updateSettings', { wakeWord: own, wakeThreshold: 0.4 });
    assert.equal(same.ok, true, same.error);
    // ...but not name another path.
    const other = await call('updateSettings', { wakeWord: join(root, 'other.onnx') });
    assert.equal(other.ok, false);
    assert.equal((await hub.service.getSettings()).wakeWord, own);
  });

  it('downloads nothing unverified, or without the licence accepted', async () => {
    const unverified = await call('downloadModel', {
      name: 'hey_jarvis',
      acceptLicence: true,
      allowUnverified: true,
    });
    assert.equal(unverified.ok, false);
    assert.match(unverified.error ?? '', /only models with a published checksum/);
    const unaccepted = await call('downloadModel', { name: 'hey_jarvis' });
    assert.equal(unaccepted.ok, false);
    assert.match(unaccepted.error ?? '', /accept the licence/);
    const path = await call('downloadModel', { name: '../../etc/passwd', acceptLicence: true });
    assert.equal(path.ok, false);
    assert.match(path.error ?? '', /not a valid call/);
    assert.equal(existsSync(join(root, 'models')), false, 'no models folder was made');
  });

  it('answers a failed download with a plain message and keeps serving', async () => {
    const reply = await call('downloadModel', { name: 'hey_jarvis', acceptLicence: true });
    assert.equal(reply.ok, false);
    assert.match(reply.error ?? '', /127\.0\.0\.1|connect|reach/i, reply.error);
    assert.equal((await call('getSettings')).ok, true);
  });
});
