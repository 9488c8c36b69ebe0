import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { settingsPatchSchema } from '../../src-main/assistant/SettingsStore.ts';

// Settings' wake word: 'off', an installed name, or the full path of the user's own model.

describe('the wakeWord setting', () => {
  it("takes 'off', an installed name and the full path of an .onnx file", () => {
    for (const wakeWord of [
      'off',
      'hey_jarvis',
      '/home/me/models/hey_computer.onnx',
      'C:\\m\\x.ONNX',
    ])
      assert.equal(settingsPatchSchema.parse({ wakeWord }).wakeWord, wakeWord);
  });

  it('refuses a relative path, another file type and a NUL character', () => {
    for (const wakeWord of ['models/x.onnx', '/home/me/x.tflite', '/x\0.onnx', 'Hey Jarvis', ''])
      assert.equal(settingsPatchSchema.safeParse({ wakeWord }).success, false, wakeWord);
  });
});
