import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { InvalidSettingsError, SettingsStore } from '../../src-main/assistant/SettingsStore.ts';

// The hands-free settings: safe defaults (push-to-talk, no voice unlock), every value
// checked, and a file from before they existed still loads.

const dir = mkdtempSync(join(tmpdir(), 'hearth-settings-hf-'));
after(() => rmSync(dir, { recursive: true, force: true }));

describe('hands-free settings', () => {
  it('default to push-to-talk, a 5 s follow-up, no voice unlock and spoken replies', async () => {
    const store = new SettingsStore(join(dir, 'a'));
    await store.load();
    const s = store.get();
    assert.equal(s.wakeWord, 'off');
    assert.equal(s.wakeThreshold, 0.5);
    assert.equal(s.followUpSeconds, 5);
    assert.equal(s.voiceUnlock, false);
    assert.equal(s.spokenReplies, true);
  });

  it('accept valid changes and refuse bad ones, naming the field and changing nothing', async () => {
    const store = new SettingsStore(join(dir, 'b'));
    await store.load();
    const next = await store.update({
      wakeWord: 'hey_jarvis',
      wakeThreshold: 0.3,
      followUpSeconds: 0,
    });
    assert.equal(next.wakeWord, 'hey_jarvis');
    assert.equal(next.followUpSeconds, 0);
    for (const bad of [
      { wakeWord: 'Hey Jarvis!' },
      { wakeWord: '../x' },
      { wakeThreshold: 1 },
      { wakeThreshold: 0 },
      { followUpSeconds: -1 },
      { followUpSeconds: 600 },
      { voiceUnlock: 'yes' },
      { spokenReplies: 1 },
    ]) {
      const [field] = Object.keys(bad);
      await assert.rejects(
        store.update(bad),
        (error: unknown) =>
          error instanceof InvalidSettingsError && error.message.startsWith(`${field}:`),
      );
    }
    assert.deepEqual(store.get(), next);
    const reread = new SettingsStore(join(dir, 'b'));
    await reread.load();
    assert.equal(reread.get().wakeThreshold, 0.3);
  });

  it('loads a file written before these settings existed, with their defaults', async () => {
    const folder = join(dir, 'c');
    const store = new SettingsStore(folder);
    await store.load();
    await store.update({ theme: 'dark' });
    await store.flush();
    writeFileSync(
      join(folder, 'settings.json'),
      JSON.stringify({ version: 1, settings: { theme: 'dark', handsFree: true } }),
    );
    const old = new SettingsStore(folder);
    assert.equal(await old.load(), undefined);
    assert.equal(old.get().theme, 'dark');
    assert.equal(old.get().wakeWord, 'off');
    assert.equal(old.get().voiceUnlock, false);
  });
});
