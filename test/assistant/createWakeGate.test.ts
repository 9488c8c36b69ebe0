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

  it("loads the user's own model from its path, with the feature models from the models folder", async () => {
    const models = join(dir, 'own-models');
    mkdirSync(join(models, 'openwakeword'), { recursive: true });
    for (const f of ['melspectrogram.onnx', 'embedding_model.onnx'])
      copyFileSync(join(WAKE_MODELS_DIR, f), join(models, 'openwakeword', f));
    const own = join(dir, 'mine');
    mkdirSync(own, { recursive: true });
    const file = join(own, 'hey_computer_v2.onnx');
    copyFileSync(join(WAKE_MODELS_DIR, 'hey_jarvis_v0.1.onnx'), file);
    const { gate, status } = await createWakeGate({ ...settings, wakeWord: file }, models);
    try {
      assert.ok(gate);
      assert.deepEqual(gate.detector.words, ['hey_computer']);
      assert.equal(status, 'Waiting for “hey computer”');
    } finally {
      await gate?.detector.dispose();
    }
  });

  it('names the file when the chosen model is not an openWakeWord wake model', async () => {
    const models = join(dir, 'own-models');
    const file = join(dir, 'mine', 'not_a_wake_word.onnx');
    copyFileSync(join(WAKE_MODELS_DIR, 'embedding_model.onnx'), file);
    const { gate, status } = await createWakeGate({ ...settings, wakeWord: file }, models);
    assert.equal(gate, undefined);
    assert.ok(status?.includes(file), status);
    assert.match(status ?? '', /not an openWakeWord wake model: its input is shaped/);
    const missing = await createWakeGate(
      { ...settings, wakeWord: join(dir, 'mine', 'nowhere.onnx') },
      models,
    );
    assert.match(missing.status ?? '', /nowhere\.onnx cannot be used: there is no such file/);
  });
});
