import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { AssistantEvent } from '../../../src-main/core/assistantApi.ts';
import { speechFixture, readFixture } from '../../fixtures/speech.ts';
import { WAKE_MODELS_DIR } from '../../hear/wake/wakeModels.ts';
import { ScriptedRecognizer } from '../../support/ScriptedRecognizer.ts';
import { startTestHub } from './hubTestSupport.ts';

// `hearth hub` builds its wake gate from Settings as the desktop does (openVoiceInput): a
// chosen word whose model is missing is a plain notice to every browser and push-to-talk,
// never a failed start; an installed one makes the status say what Hearth waits for.

let dir = '';
let models = '';
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'hearth-hub-wake-'));
  models = join(dir, 'models');
  mkdirSync(join(models, 'openwakeword'), { recursive: true });
  for (const f of ['hey_jarvis_v0.1.onnx', 'melspectrogram.onnx', 'embedding_model.onnx'])
    copyFileSync(join(WAKE_MODELS_DIR, f), join(models, 'openwakeword', f));
});
after(() => rmSync(dir, { recursive: true, force: true }));

async function hubWith(
  settings: Record<string, unknown>,
  recognizer: ScriptedRecognizer | null = null,
) {
  const dataDir = mkdtempSync(join(dir, 'data-'));
  writeFileSync(join(dataDir, 'settings.json'), JSON.stringify({ version: 1, settings }));
  const hub = await startTestHub({ dataDir, modelsDir: models, recognizer });
  const events: AssistantEvent[] = [];
  hub.service.subscribe((event) => events.push(event));
  return { hub, events };
}

const noticeTexts = (events: AssistantEvent[]) =>
  events.flatMap((e) => (e.type === 'notice' ? [e.text] : []));

describe('the hub with a wake word from Settings', { timeout: 60_000 }, () => {
  it('says plainly that a missing wake model leaves it push-to-talk, and still listens', async () => {
    const { hub, events } = await hubWith({ wakeWord: 'alexa', handsFree: true });
    try {
      const notices = noticeTexts(events);
      assert.ok(
        notices.some((n) => /^Hands-free is off: the wake word “alexa” cannot be used/.test(n)),
        notices.join('\n'),
      );
      await hub.service.startListening();
      assert.deepEqual(events.at(-1), { type: 'status', status: 'listening' });
    } finally {
      await hub.cleanup();
    }
  });

  it('uses an installed wake word: listening hands-free waits for it', async () => {
    const { hub, events } = await hubWith({ wakeWord: 'hey_jarvis', handsFree: true });
    try {
      assert.deepEqual(noticeTexts(events), []);
      await hub.service.startListening();
      assert.deepEqual(events.at(-1), {
        type: 'status',
        status: 'listening',
        message: 'Waiting for “hey jarvis”',
      });
    } finally {
      await hub.cleanup();
    }
  });

  it('push-to-talk with a wake word installed just listens (Talk is the wake word)', async () => {
    const { hub, events } = await hubWith({ wakeWord: 'hey_jarvis', handsFree: false });
    try {
      await hub.service.startListening();
      assert.deepEqual(events.at(-1), { type: 'status', status: 'listening' });
    } finally {
      await hub.cleanup();
    }
  });

  it('a wake word chosen in Settings is used at once, without a restart', async () => {
    const recognizer = new ScriptedRecognizer(['turn on the kitchen light']);
    const { hub, events } = await hubWith({ wakeWord: 'off', handsFree: true }, recognizer);
    try {
      await hub.service.startListening();
      assert.deepEqual(events.at(-1), { type: 'status', status: 'listening' });
      await hub.service.updateSettings({ wakeWord: 'hey_jarvis' });
      assert.deepEqual(
        events.findLast((e) => e.type === 'status'),
        {
          type: 'status',
          status: 'listening',
          message: 'Waiting for “hey jarvis”',
        },
      );
      const fixture = speechFixture({
        parts: [
          { silence: 1 },
          { say: 'turn on the hall light' },
          { silence: 2 },
          { say: 'hey jarvis, turn on the kitchen light' },
          { silence: 2 },
        ],
      });
      const audio = readFixture(fixture.path);
      for (let i = 0; i < audio.length; i += 800)
        hub.service.pushAudio(audio.subarray(i, i + 800), 16_000);
      await until(() =>
        events.some(
          (e) =>
            e.type === 'device' && e.device.id === 'kitchen_light' && e.device.state.state === 'on',
        ),
      );
      assert.ok(events.some((e) => e.type === 'wake' && e.word === 'hey jarvis'));
      assert.equal(recognizer.heard.length, 1, 'the speech before the word was not transcribed');

      // A word that is not installed: said plainly, and Hearth is push-to-talk again.
      await hub.service.updateSettings({ wakeWord: 'alexa' });
      assert.ok(
        noticeTexts(events).some((n) => /^Hands-free is off: the wake word “alexa”/.test(n)),
      );
      assert.deepEqual(
        events.findLast((e) => e.type === 'status'),
        {
          type: 'status',
          status: 'listening',
        },
      );
    } finally {
      await hub.cleanup();
    }
  });
});

async function until(check: () => boolean, ms = 20_000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
