import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { WakeModelError } from './WakeModelError.ts';
import { wakeWordName } from './wakeWordName.ts';
import type { WakeWordDetectorOptions } from './WakeWordDetector.ts';

const FEATURES = { mel: 'melspectrogram.onnx', embedding: 'embedding_model.onnx' };

/**
 * `hey_jarvis` (a model in the models folder) or `path/to/word.onnx` (a user's own) -> the
 * files the detector needs. The feature models are looked for beside the wake model, then in
 * the models folder.
 */
export function resolveWakeModel(
  nameOrFile: string,
  modelsDir: string,
): Pick<WakeWordDetectorOptions, 'words' | 'melspectrogramFile' | 'embeddingFile'> {
  let file: string;
  if (/\.onnx$/i.test(nameOrFile)) {
    file = resolve(nameOrFile);
    if (!existsSync(file)) throw new WakeModelError(file, 'there is no such file');
  } else {
    const folder = join(modelsDir, 'openwakeword');
    const found = existsSync(folder)
      ? readdirSync(folder).find((f) => f.endsWith('.onnx') && wakeWordName(f) === nameOrFile)
      : undefined;
    if (!found) throw new WakeModelError(nameOrFile, `it is not installed in ${folder}`);
    file = join(folder, found);
  }
  const feature = (name: string) => {
    for (const dir of [dirname(file), join(modelsDir, 'openwakeword'), modelsDir]) {
      const path = join(dir, name);
      if (existsSync(path)) return path;
    }
    throw new WakeModelError(
      file,
      `openWakeWord's feature model ${name} is neither beside it nor in ${modelsDir}`,
    );
  };
  return {
    words: [{ name: wakeWordName(file), file }],
    melspectrogramFile: feature(FEATURES.mel),
    embeddingFile: feature(FEATURES.embedding),
  };
}
