import { createRequire } from 'node:module';

// onnxruntime-node as @ricky0123/vad-node resolves it (its dependency, pinned by the
// project's overrides), so the wake word and the voice detector share one native runtime.

/** The slice of onnxruntime-node the wake word uses. */
export interface OrtTensor {
  readonly data: unknown;
  readonly dims: readonly number[];
}
/** A model input's or output's declared type and shape (a string for a symbolic dimension). */
export interface OrtValueMetadata {
  readonly name: string;
  readonly isTensor?: boolean;
  readonly shape?: readonly (number | string)[];
}
export interface OrtSession {
  readonly inputNames: readonly string[];
  readonly outputNames: readonly string[];
  /** Present in onnxruntime-node >= 1.21 (the pinned 1.30 has it). */
  readonly inputMetadata?: readonly OrtValueMetadata[];
  readonly outputMetadata?: readonly OrtValueMetadata[];
  run(feeds: Record<string, OrtTensor>): Promise<Record<string, OrtTensor | undefined>>;
  release(): Promise<void>;
}
export interface Ort {
  InferenceSession: { create(model: Uint8Array, options: object): Promise<OrtSession> };
  Tensor: new (type: 'float32', data: Float32Array, dims: readonly number[]) => OrtTensor;
}

let ort: Ort | undefined;

export function onnxRuntime(): Ort {
  if (!ort) {
    const vadNodeMain = createRequire(import.meta.url).resolve('@ricky0123/vad-node');
    ort = createRequire(vadNodeMain)('onnxruntime-node') as Ort;
  }
  return ort;
}

/**
 * One thread, sequential: on 2 cores two intra-op threads made the embedding model about
 * four times slower, and the recogniser needs the other core.
 */
export async function openSession(model: Uint8Array): Promise<OrtSession> {
  return onnxRuntime().InferenceSession.create(model, {
    intraOpNumThreads: 1,
    interOpNumThreads: 1,
    executionMode: 'sequential',
    graphOptimizationLevel: 'all',
  });
}
