import { basename } from 'node:path';

/** The name a wake model file reports: `hey_jarvis_v0.1.onnx` -> `hey_jarvis`. */
export function wakeWordName(file: string): string {
  return basename(file)
    .replace(/\.onnx$/i, '')
    .replace(/_v\d+(\.\d+)*$/, '');
}
