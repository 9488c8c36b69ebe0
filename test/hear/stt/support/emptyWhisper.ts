import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeEmptyWhisperModel } from '../../../fixtures/whisperModel.ts';
import { ensureWhisperBinary } from './ensureWhisperBinary.ts';

export interface EmptyWhisper {
  /** A fresh temp folder holding the model; the caller removes it. */
  dir: string;
  /** hearth-whisper, built on first use. */
  binary: string;
  /** An empty tiny.en model (real shapes, no weights). */
  model: string;
}

/** hearth-whisper and an empty tiny.en model in a new temp folder named from `prefix`. */
export async function emptyWhisper(prefix: string): Promise<EmptyWhisper> {
  const binary = await ensureWhisperBinary();
  const dir = await mkdtemp(join(tmpdir(), prefix));
  return { dir, binary, model: await writeEmptyWhisperModel(join(dir, 'tiny.en.bin')) };
}
