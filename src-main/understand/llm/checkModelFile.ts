import { open, stat } from 'node:fs/promises';
import { GgmlType, readGgufFileInfo } from 'node-llama-cpp';
import { checkGgufBounds } from './checkGgufBounds.ts';
import { LlmModelError } from './LlmModelError.ts';

// llama.cpp's own refusal of a bad file is "Failed to load model", and a GGUF header reader
// happily reads past the end of a cut-off file: so the file is checked here first, with a
// message that says what is wrong and what to do.

const HOW_TO_FIX =
  'download it again (hearth models download) or pass another file with --llm FILE';

/** [elements per block, bytes per block] of the weight types common in GGUF models. */
const BLOCKS: Partial<Record<GgmlType, readonly [number, number]>> = {
  [GgmlType.F32]: [1, 4],
  [GgmlType.F16]: [1, 2],
  [GgmlType.BF16]: [1, 2],
  [GgmlType.Q4_0]: [32, 18],
  [GgmlType.Q4_1]: [32, 20],
  [GgmlType.Q5_0]: [32, 22],
  [GgmlType.Q5_1]: [32, 24],
  [GgmlType.Q8_0]: [32, 34],
  [GgmlType.Q2_K]: [256, 84],
  [GgmlType.Q3_K]: [256, 110],
  [GgmlType.Q4_K]: [256, 144],
  [GgmlType.Q5_K]: [256, 176],
  [GgmlType.Q6_K]: [256, 210],
  [GgmlType.Q8_K]: [256, 292],
};

/**
 * Resolves when `file` looks like a complete GGUF model; rejects with an LlmModelError that
 * names the problem (missing, not GGUF, damaged header, cut short) otherwise.
 */
export async function checkModelFile(file: string): Promise<void> {
  const size = await fileSize(file);
  const magic = Buffer.alloc(4);
  const handle = await open(file, 'r');
  let bounds: string | undefined;
  try {
    await handle.read(magic, 0, 4, 0);
    if (magic.toString('latin1') !== 'GGUF') {
      throw new LlmModelError(
        file,
        `${file} is not a GGUF model file; Hearth's language models are .gguf files: ${HOW_TO_FIX}`,
      );
    }
    // Counts first: node-llama-cpp's reader trusts them (and allocates for them).
    bounds = await checkGgufBounds(handle, size);
  } finally {
    await handle.close();
  }
  if (bounds) throw new LlmModelError(file, `${file} is damaged (${bounds}): ${HOW_TO_FIX}`);
  let end = 0;
  try {
    const info = await readGgufFileInfo(file, { logWarnings: false, spliceSplitFiles: false });
    for (const tensor of info.tensorInfo ?? []) {
      const block = BLOCKS[tensor.ggmlType];
      const elements = tensor.dimensions.reduce<number>((n, d) => n * Number(d), 1);
      const bytes = block ? Math.ceil(elements / block[0]) * block[1] : 1;
      end = Math.max(end, Number(tensor.fileOffset) + bytes);
    }
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    throw new LlmModelError(file, `${file} is damaged (${why}): ${HOW_TO_FIX}`);
  }
  if (end > size) {
    const mb = (n: number) => (n / 1e6).toFixed(1);
    throw new LlmModelError(
      file,
      `${file} is incomplete (${mb(size)} MB of at least ${mb(end)} MB): ${HOW_TO_FIX}`,
    );
  }
}

async function fileSize(file: string): Promise<number> {
  try {
    const info = await stat(file);
    if (info.isFile()) return info.size;
  } catch {
    // Reported below in the same words as a folder given by mistake.
  }
  throw new LlmModelError(
    file,
    `the language model file ${file} does not exist: check the path, or download a model (hearth models list, then hearth models download NAME)`,
  );
}
