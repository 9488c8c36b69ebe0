import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { ModelView } from '../core/assistantApi.ts';
import { wakeWordName } from '../hear/wake/wakeWordName.ts';

// The wake words this computer has, for Settings: every openWakeWord model in the models
// folder's openwakeword/ (the two feature models beside them are not words). They are never
// bundled: openWakeWord's pre-trained models are CC BY-NC-SA 4.0 (non-commercial).

const FEATURE_MODELS = new Set(['melspectrogram.onnx', 'embedding_model.onnx']);

/** `modelsDir`: the models folder (ModelLocator's dir). A missing folder lists nothing. */
export function listWakeModels(modelsDir: string): ModelView[] {
  const folder = join(modelsDir, 'openwakeword');
  let files: string[];
  try {
    files = readdirSync(folder);
  } catch {
    return [];
  }
  const views: ModelView[] = [];
  for (const file of files.sort()) {
    if (!/\.onnx$/i.test(file) || FEATURE_MODELS.has(file.toLowerCase())) continue;
    const name = wakeWordName(file);
    // Settings only take names they can store (a lower-case word with underscores).
    if (!/^[a-z0-9][a-z0-9_]{0,63}$/.test(name) || views.some((v) => v.name === name)) continue;
    let size: number;
    try {
      size = statSync(join(folder, file)).size;
    } catch {
      continue;
    }
    views.push({
      name,
      kind: 'wake',
      description: `Wake word “${name.replace(/_/g, ' ')}” (openWakeWord, ${file})`,
      sizeBytes: size,
      ramBytes: size,
      installed: true,
      fits: true,
    });
  }
  return views;
}
