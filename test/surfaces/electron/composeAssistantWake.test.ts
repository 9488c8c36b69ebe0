import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { composeAssistant } from '../../../src-main/surfaces/electron/composeAssistant.ts';
import { WAKE_MODELS_DIR } from '../../hear/wake/wakeModels.ts';

// The desktop app builds its wake gate from Settings: a chosen word whose model is missing is
// a plain notice and push-to-talk, never a failed start; an installed one is used quietly.

let dir = '';
let saved: string | undefined;
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'hearth-compose-wake-'));
  const models = join(dir, 'models');
  mkdirSync(join(models, 'openwakeword'), { recursive: true });
  for (const f of ['hey_jarvis_v0.1.onnx', 'melspectrogram.onnx', 'embedding_model.onnx'])
    copyFileSync(join(WAKE_MODELS_DIR, f), join(models, 'openwakeword', f));
  saved = process.env.HEARTH_MODELS_DIR;
  process.env.HEARTH_MODELS_DIR = models;
});
after(() => {
  if (saved === undefined) delete process.env.HEARTH_MODELS_DIR;
  else process.env.HEARTH_MODELS_DIR = saved;
  rmSync(dir, { recursive: true, force: true });
});

async function compose(wakeWord: string) {
  const dataDir = mkdtempSync(join(dir, 'data-'));
  writeFileSync(
    join(dataDir, 'settings.json'),
    JSON.stringify({ version: 1, settings: { wakeWord } }),
  );
  return composeAssistant({ dataDir });
}

describe('the desktop composition root with a wake word', { timeout: 60_000 }, () => {
  it('says plainly that a missing wake model leaves Hearth push-to-talk', async () => {
    const { service, notices } = await compose('alexa');
    try {
      assert.ok(
        notices.some((n) => /^Hands-free is off: the wake word “alexa” cannot be used/.test(n)),
        notices.join('\n'),
      );
      await service.startListening();
    } finally {
      await service.dispose();
    }
  });

  it('uses an installed wake word without a notice about it', async () => {
    const { service, notices } = await compose('hey_jarvis');
    try {
      assert.ok(!notices.some((n) => /wake word/.test(n)), notices.join('\n'));
      await service.startListening();
    } finally {
      await service.dispose();
    }
  });
});
