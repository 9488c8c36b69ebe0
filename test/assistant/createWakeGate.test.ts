import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { createWakeGate } from '../../src-main/assistant/createWakeGate.ts';
import { WAKE_MODELS_DIR } from '../hear/wake/wakeModels.ts';

// The wake gate built from Settings: none for push-to-talk, the real openWakeWord model with
// the chosen threshold, and a plain status (never a crash) when the model is missing or bad.

const dir = mkdtempSync(join(tmpdir(), 'hearth-wake-gate-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const settings = { wakeWord: 'hey_jarvis', wakeThreshold: 0.4, followUpSeconds: 5 };

describe('createWakeGate', () => {
  it("makes no gate and says nothing for 'off' (push-to-talk)", async () => {
    assert.deepEqual(await createWakeGate({ ...settings, wakeWord: 'off' }, dir), {});
  });

  it('loads the installed word with the chosen threshold and says what it waits for', async () => {
    const models = join(dir, 'models');
    mkdirSync(join(models, 'openwakeword'), { recursive: true });
    for (const f of ['hey_jarvis_v0.1.onnx', 'melspectrogram.onnx', 'embedding_model.onnx'])
      copyFileSync(join(WAKE_MODELS_DIR, f), join(models, 'openwakeword', f));
    const { gate, status } = await createWakeGate(settings, models);
    try {
      assert.ok(gate);
      assert.equal(gate.detector.threshold, 0.4);
      assert.equal(status, 'Waiting for “hey jarvis”');
      assert.equal(gate.waiting(0), true);
      gate.replied(10, false);
      assert.equal(gate.waiting(14.9), false);
      assert.equal(gate.waiting(15.1), true);
    } finally {
      await gate?.detector.dispose();
    }
  });

  it('says plainly why hands-free is off when the model is missing or broken', async () => {
    const missing = await createWakeGate({ ...settings, wakeWord: 'alexa' }, join(dir, 'none'));
    assert.equal(missing.gate, undefined);
    assert.match(missing.status ?? '', /^Hands-free is off: the wake word “alexa” cannot be used/);
    assert.match(missing.status ?? '', /not installed/);
    assert.match(missing.status ?? '', /microphone button/);
    const broken = join(dir, 'broken');
    mkdirSync(join(broken, 'openwakeword'), { recursive: true });
    for (const f of ['hey_jarvis_v0.1.onnx', 'melspectrogram.onnx', 'embedding_model.onnx'])
      writeFileSync(join(broken, 'openwakeword', f), 'not a model');
    const bad = await createWakeGate(settings, broken);
    assert.equal(bad.gate, undefined);
    assert.match(bad.status ?? '', /cannot be used/);
  });
});
