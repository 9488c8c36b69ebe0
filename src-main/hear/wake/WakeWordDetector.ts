import { readFile } from 'node:fs/promises';
import { SAMPLE_RATE } from '../../core/hear.ts';
import { openSession, onnxRuntime } from './onnxRuntime.ts';
import type { OrtSession, OrtTensor } from './onnxRuntime.ts';
import { WakeModelError } from './WakeModelError.ts';

// openWakeWord's streaming pipeline (dscripka/openWakeWord, utils.py and model.py), on
// onnxruntime-node: 80 ms chunks of 16 kHz audio in the int16 range (the models were trained
// on it: -1..1 audio loses detections) -> the melspectrogram model on the last 1760 samples
// (8 new 10 ms frames; the 480 extra samples are the model's window) -> each value x/10 + 2
// -> the last 76 mel frames into the embedding model (one 96-value embedding per chunk) ->
// the last N embeddings into each wake model (N from its input shape: 16 for the pre-trained
// wake words; openWakeWord's training tools can make others) -> a score 0..1.

/** A wake word to listen for: an openWakeWord model file and the name to report. */
export interface WakeWordModel {
  name: string;
  file: string;
}

export interface WakeWordDetectorOptions {
  words: readonly WakeWordModel[];
  /** openWakeWord's feature models (`melspectrogram.onnx`, `embedding_model.onnx`). */
  melspectrogramFile: string;
  embeddingFile: string;
  /** Score at or above which the word is heard. Default 0.5 (openWakeWord's own). */
  threshold?: number;
  /**
   * After a detection, the same word is not reported again for this long, in ms of audio
   * (the score stays high for several chunks). Default 2000.
   */
  refractoryMs?: number;
}

export interface WakeDetection {
  word: string;
  score: number;
  /** Audio time (s from the first sample given) at the end of the chunk that crossed. */
  t: number;
}

export const WAKE_CHUNK_SAMPLES = 1280;
const MEL_WINDOW_SAMPLES = WAKE_CHUNK_SAMPLES + 480;
const MEL_BINS = 32;
const MEL_FRAMES_PER_CHUNK = 8;
const EMBEDDING_FRAMES = 76;
const EMBEDDING_SIZE = 96;
/** The pre-trained wake words' window; a model that declares no shape is taken to use it. */
const WAKE_EMBEDDINGS = 16;
/** The longest window accepted (openWakeWord's own models use 16 to 34). */
const MAX_WAKE_EMBEDDINGS = 64;
/** Chunks after a reset whose scores still come from the start-up buffers (openWakeWord skips 5). */
const WARM_UP_CHUNKS = 5;
/** Samples are -1..1; the models want the int16 range. */
const INT16_SCALE = 32767;

interface LoadedWord {
  name: string;
  session: OrtSession;
  input: string;
  output: string;
  /** How many of the last embeddings it scores. */
  embeddings: number;
  /** Audio time until which a new detection is not reported. */
  quietUntil: number;
}

export class WakeWordDetector {
  readonly threshold: number;
  readonly words: readonly string[];
  private readonly refractory: number;
  private readonly mel: OrtSession;
  private readonly embedding: OrtSession;
  private readonly loaded: LoadedWord[];
  private readonly melIO: { input: string; output: string };
  private readonly embeddingIO: { input: string; output: string };
  /** The last 1760 samples, int16-scaled. */
  private readonly window = new Float32Array(MEL_WINDOW_SAMPLES);
  private readonly melFrames = new Float32Array(EMBEDDING_FRAMES * MEL_BINS);
  /** The last embeddings, as many as the longest window of the words needs. */
  private readonly embeddings: Float32Array;
  private readonly startEmbedding: Float32Array;
  private pending = new Float32Array(WAKE_CHUNK_SAMPLES);
  private pendingLength = 0;
  private chunks = 0;
  private busy = false;
  private disposed = false;
  /** The last score of each word, for meters and the bench. */
  readonly lastScores = new Map<string, number>();

  private constructor(
    options: WakeWordDetectorOptions,
    sessions: { mel: OrtSession; embedding: OrtSession; words: LoadedWord[] },
    startEmbedding: Float32Array,
  ) {
    this.threshold = options.threshold ?? 0.5;
    this.refractory = (options.refractoryMs ?? 2000) / 1000;
    this.mel = sessions.mel;
    this.embedding = sessions.embedding;
    this.loaded = sessions.words;
    this.words = sessions.words.map((w) => w.name);
    this.melIO = ioOf(sessions.mel);
    this.embeddingIO = ioOf(sessions.embedding);
    this.startEmbedding = startEmbedding;
    this.embeddings = new Float32Array(longestWindow(sessions.words) * EMBEDDING_SIZE);
    this.reset();
  }

  /** Loads the models and checks that they are shaped like openWakeWord's. */
  static async load(options: WakeWordDetectorOptions): Promise<WakeWordDetector> {
    if (options.words.length === 0) throw new RangeError('WakeWordDetector: no wake word given');
    const threshold = options.threshold ?? 0.5;
    if (!(threshold > 0 && threshold < 1))
      throw new RangeError(`WakeWordDetector: threshold ${threshold} is not between 0 and 1`);
    const opened: OrtSession[] = [];
    const open = async (file: string) => {
      let bytes: Uint8Array;
      try {
        bytes = await readFile(file);
      } catch (error) {
        throw new WakeModelError(file, `it cannot be read (${messageOf(error)})`);
      }
      try {
        const session = await openSession(bytes);
        opened.push(session);
        return session;
      } catch (error) {
        throw new WakeModelError(file, `it is not a valid ONNX model (${messageOf(error)})`);
      }
    };
    try {
      const mel = await open(options.melspectrogramFile);
      const embedding = await open(options.embeddingFile);
      const words: LoadedWord[] = [];
      for (const word of options.words) {
        const session = await open(word.file);
        const embeddings = wakeWindowOf(session, word.file);
        words.push({ name: word.name, session, ...ioOf(session), embeddings, quietUntil: 0 });
      }
      const startEmbedding = await checkModels(options, { mel, embedding, words });
      return new WakeWordDetector(options, { mel, embedding, words }, startEmbedding);
    } catch (error) {
      await Promise.all(opened.map((s) => s.release().catch(() => {})));
      throw error;
    }
  }

  /** Seconds of audio heard since the last reset. */
  get time(): number {
    return (this.chunks * WAKE_CHUNK_SAMPLES + this.pendingLength) / SAMPLE_RATE;
  }

  /**
   * Listens to the next samples (16 kHz, -1..1, any length); returns the wake words heard in
   * them. Calls must not overlap.
   */
  async process(samples: Float32Array): Promise<WakeDetection[]> {
    if (this.disposed) throw new Error('WakeWordDetector: used after dispose()');
    if (this.busy) throw new Error('WakeWordDetector: process() calls overlapped');
    this.busy = true;
    try {
      const found: WakeDetection[] = [];
      let offset = 0;
      while (offset < samples.length) {
        const take = Math.min(WAKE_CHUNK_SAMPLES - this.pendingLength, samples.length - offset);
        this.pending.set(samples.subarray(offset, offset + take), this.pendingLength);
        this.pendingLength += take;
        offset += take;
        if (this.pendingLength === WAKE_CHUNK_SAMPLES) {
          this.pendingLength = 0;
          found.push(...(await this.chunk(this.pending)));
        }
      }
      return found;
    } finally {
      this.busy = false;
    }
  }

  /** Forgets the audio heard so far; times start again from 0. */
  reset(): void {
    this.window.fill(0);
    // openWakeWord starts its mel buffer with ones, and the embeddings from that buffer.
    this.melFrames.fill(1);
    for (let i = 0; i < this.embeddings.length; i += EMBEDDING_SIZE)
      this.embeddings.set(this.startEmbedding, i);
    this.pendingLength = 0;
    this.chunks = 0;
    for (const word of this.loaded) word.quietUntil = 0;
    this.lastScores.clear();
  }

  async dispose(): Promise<void> {
    if (this.disposed) return;
    this.disposed = true;
    await Promise.all(
      [this.mel, this.embedding, ...this.loaded.map((w) => w.session)].map((s) => s.release()),
    );
  }

  private async chunk(samples: Float32Array): Promise<WakeDetection[]> {
    const window = this.window;
    window.copyWithin(0, WAKE_CHUNK_SAMPLES);
    for (let i = 0; i < WAKE_CHUNK_SAMPLES; i++)
      window[MEL_WINDOW_SAMPLES - WAKE_CHUNK_SAMPLES + i] = clamp(samples[i] ?? 0) * INT16_SCALE;
    this.chunks++;
    const frames = await melOf(this.mel, this.melIO, window);
    const frameValues = MEL_FRAMES_PER_CHUNK * MEL_BINS;
    this.melFrames.copyWithin(0, frameValues);
    this.melFrames.set(frames.subarray(0, frameValues), this.melFrames.length - frameValues);
    const embedding = await embeddingOf(this.embedding, this.embeddingIO, this.melFrames);
    this.embeddings.copyWithin(0, EMBEDDING_SIZE);
    this.embeddings.set(embedding, this.embeddings.length - EMBEDDING_SIZE);
    const t = (this.chunks * WAKE_CHUNK_SAMPLES) / SAMPLE_RATE;
    const found: WakeDetection[] = [];
    for (const word of this.loaded) {
      const score = await scoreOf(word, this.embeddings);
      this.lastScores.set(word.name, score);
      if (this.chunks <= WARM_UP_CHUNKS || score < this.threshold || t < word.quietUntil) continue;
      word.quietUntil = t + this.refractory;
      found.push({ word: word.name, score, t });
    }
    return found;
  }
}

function ioOf(session: OrtSession): { input: string; output: string } {
  const input = session.inputNames[0];
  const output = session.outputNames[0];
  if (input === undefined || output === undefined || session.inputNames.length !== 1)
    throw new Error('the model does not have exactly one input and an output');
  return { input, output };
}

function tensor(data: Float32Array, dims: readonly number[]): OrtTensor {
  const { Tensor } = onnxRuntime();
  return new Tensor('float32', data, dims);
}

async function melOf(
  session: OrtSession,
  io: { input: string; output: string },
  window: Float32Array,
): Promise<Float32Array> {
  const out = await session.run({ [io.input]: tensor(window, [1, window.length]) });
  const data = out[io.output]?.data;
  if (!(data instanceof Float32Array) || data.length < MEL_FRAMES_PER_CHUNK * MEL_BINS)
    throw new Error('the melspectrogram model gave too few frames');
  const mapped = new Float32Array(data.length);
  for (let i = 0; i < data.length; i++) mapped[i] = (data[i] ?? 0) / 10 + 2;
  return mapped;
}

async function embeddingOf(
  session: OrtSession,
  io: { input: string; output: string },
  melFrames: Float32Array,
): Promise<Float32Array> {
  const input = tensor(melFrames.slice(), [1, EMBEDDING_FRAMES, MEL_BINS, 1]);
  const data = (await session.run({ [io.input]: input }))[io.output]?.data;
  if (!(data instanceof Float32Array) || data.length !== EMBEDDING_SIZE)
    throw new Error(`the embedding model did not give ${EMBEDDING_SIZE} values`);
  return data;
}

async function scoreOf(word: LoadedWord, embeddings: Float32Array): Promise<number> {
  const last = embeddings.slice(embeddings.length - word.embeddings * EMBEDDING_SIZE);
  const input = tensor(last, [1, word.embeddings, EMBEDDING_SIZE]);
  const data = (await word.session.run({ [word.input]: input }))[word.output]?.data;
  if (!(data instanceof Float32Array) || data.length !== 1)
    throw new Error(`the wake model ${word.name} did not give one score`);
  return data[0] ?? 0;
}

/** Runs each model once on start-up input, so a wrong file is said at load, not mid-stream. */
async function checkModels(
  options: WakeWordDetectorOptions,
  sessions: { mel: OrtSession; embedding: OrtSession; words: LoadedWord[] },
): Promise<Float32Array> {
  const attempt = async <T>(file: string, what: string, run: () => Promise<T>): Promise<T> => {
    try {
      return await run();
    } catch (error) {
      throw new WakeModelError(file, `${what} (${messageOf(error)})`);
    }
  };
  await attempt(options.melspectrogramFile, 'it is not an openWakeWord melspectrogram model', () =>
    melOf(sessions.mel, ioOf(sessions.mel), new Float32Array(MEL_WINDOW_SAMPLES)),
  );
  const ones = new Float32Array(EMBEDDING_FRAMES * MEL_BINS).fill(1);
  const start = await attempt(
    options.embeddingFile,
    'it is not an openWakeWord embedding model',
    () => embeddingOf(sessions.embedding, ioOf(sessions.embedding), ones),
  );
  const embeddings = new Float32Array(longestWindow(sessions.words) * EMBEDDING_SIZE);
  for (const word of sessions.words) {
    const file = options.words.find((w) => w.name === word.name)?.file ?? word.name;
    const shape = `${word.embeddings} x ${EMBEDDING_SIZE} in, one score out`;
    await attempt(file, `it is not an openWakeWord wake model (${shape})`, () =>
      scoreOf(word, embeddings),
    );
  }
  return start.slice();
}

function longestWindow(words: readonly LoadedWord[]): number {
  return Math.max(WAKE_EMBEDDINGS, ...words.map((w) => w.embeddings));
}

/**
 * How many embeddings a wake model scores, read from its declared input shape [1, N, 96];
 * a model of another shape (an embedding or melspectrogram model, a model of another kind)
 * is refused here, naming the file, before any audio reaches it.
 */
function wakeWindowOf(session: OrtSession, file: string): number {
  const input = session.inputMetadata?.[0]?.shape;
  const output = session.outputMetadata?.[0]?.shape;
  if (input === undefined) return WAKE_EMBEDDINGS;
  const n = input[1];
  const batch = input[0];
  const fits =
    input.length === 3 &&
    (batch === 1 || typeof batch === 'string') &&
    typeof n === 'number' &&
    n >= 1 &&
    n <= MAX_WAKE_EMBEDDINGS &&
    input[2] === EMBEDDING_SIZE;
  if (!fits) {
    throw new WakeModelError(
      file,
      `it is not an openWakeWord wake model: its input is shaped [${input.join(', ')}], where a wake model takes [1, N, ${EMBEDDING_SIZE}] (the last N speech embeddings, 16 for openWakeWord's own)`,
    );
  }
  const scores = output?.reduce<number>((p, d) => p * (typeof d === 'number' ? d : 1), 1);
  if (scores !== undefined && scores !== 1) {
    throw new WakeModelError(
      file,
      `it gives ${scores} scores, not one: it is a model of several phrases (like openWakeWord's timer), where a wake word needs a model of one phrase`,
    );
  }
  return n;
}

function clamp(x: number): number {
  return x > 1 ? 1 : x < -1 ? -1 : x;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
