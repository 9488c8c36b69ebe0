import { open, stat } from 'node:fs/promises';
import { ModelFileError } from './sttErrors.ts';

// A quick look at a model file before a recogniser process is started for it, so that the
// common mistakes (no file, a language model instead of a speech model, a cut-off download)
// get a plain message at once. hearth-whisper checks the whole file's structure again.

export interface WhisperModelHeader {
  /** Bytes on disk. */
  size: number;
  multilingual: boolean;
  /** 384 for tiny, 512 for base, 768 for small... */
  audioState: number;
  audioLayers: number;
}

const MAGIC = 0x67676d6c; // "ggml", little-endian
const HEADER_BYTES = 4 + 11 * 4 + 8;
const MIN_VOCAB = 51864; // whisper's English vocabulary; multilingual models have 51865+
const MAX_VOCAB = 52000;

/** Throws ModelFileError when `file` (absolute) is missing, unreadable or no whisper model. */
export async function checkWhisperModel(file: string): Promise<WhisperModelHeader> {
  let size: number;
  try {
    const info = await stat(file);
    if (!info.isFile()) throw new ModelFileError(file, 'invalid', 'it is not a file');
    size = info.size;
  } catch (error) {
    if (error instanceof ModelFileError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      throw new ModelFileError(file, 'missing', 'the file does not exist');
    }
    throw new ModelFileError(file, 'unreadable', (error as Error).message);
  }

  const header = Buffer.alloc(HEADER_BYTES);
  const read = await readStart(file, header);

  if (read >= 4 && header.toString('latin1', 0, 4) === 'GGUF') {
    throw new ModelFileError(
      file,
      'invalid',
      'it is a GGUF file (a language model?), not a whisper.cpp speech model',
    );
  }
  if (read < 4 || header.readUInt32LE(0) !== MAGIC) {
    throw new ModelFileError(file, 'invalid', 'it is not a whisper.cpp (ggml) speech model');
  }
  if (read < HEADER_BYTES) {
    throw new ModelFileError(file, 'invalid', `it is cut short (only ${size} bytes)`);
  }
  const int = (index: number) => header.readInt32LE(4 + index * 4);
  const [nVocab, audioCtx, audioState, audioHeads, audioLayers] = [0, 1, 2, 3, 4].map(int);
  const [textState, nMels] = [int(6), int(9)];
  const nMelFilters = header.readInt32LE(48);
  const sane =
    nVocab !== undefined &&
    audioState !== undefined &&
    audioLayers !== undefined &&
    nVocab >= MIN_VOCAB &&
    nVocab <= MAX_VOCAB &&
    audioCtx !== undefined &&
    audioCtx > 0 &&
    audioCtx <= 1500 &&
    audioState > 0 &&
    audioHeads !== undefined &&
    audioHeads > 0 &&
    audioState % audioHeads === 0 &&
    audioLayers > 0 &&
    audioLayers <= 64 &&
    textState === audioState &&
    nMels === nMelFilters;
  if (!sane) {
    throw new ModelFileError(file, 'invalid', 'its header is damaged (impossible model sizes)');
  }
  // The mel filters (n_mel x n_fft floats) and the vocabulary's count follow: they must fit
  // in the file before the recogniser is asked to read them (it may store fewer tokens than
  // n_vocab, so the tokens themselves are hearth-whisper's to check).
  const nFft = header.readInt32LE(52);
  const needed = HEADER_BYTES + nMelFilters * Math.max(nFft, 0) * 4 + 4;
  if (nMelFilters <= 0 || nMelFilters > 256 || nFft <= 0 || nFft > 4096 || needed > size) {
    throw new ModelFileError(
      file,
      'invalid',
      `its header is damaged (its mel filters need ${needed} bytes, the file has ${size})`,
    );
  }
  return { size, multilingual: nVocab > MIN_VOCAB, audioState, audioLayers };
}

async function readStart(file: string, into: Buffer): Promise<number> {
  try {
    const handle = await open(file, 'r');
    try {
      return (await handle.read(into, 0, into.length, 0)).bytesRead;
    } finally {
      await handle.close();
    }
  } catch (error) {
    throw new ModelFileError(file, 'unreadable', (error as Error).message);
  }
}
