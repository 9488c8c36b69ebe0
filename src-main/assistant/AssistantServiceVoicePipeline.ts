import type { SpeechRecognizer } from '../core/hear.ts';
import { PushFrameSource } from '../hear/audio/PushFrameSource.ts';
import { WhisperRecognizer } from '../hear/stt/WhisperRecognizer.ts';
import { ModelLocator } from '../models/ModelLocator.ts';
import type { Assistant } from './Assistant.ts';
import type { VoiceEvent, VoiceInput } from './AssistantServiceVoice.ts';
import type { EarlyTurn } from './EarlyTurn.ts';
import { VoicePipeline } from './VoicePipeline.ts';
import type { VoicePipelineEvent } from './VoicePipelineEvent.ts';
import type { WakeGate } from './WakeGate.ts';
import { createWakeGate, spokenWakeWord } from './createWakeGate.ts';
import type { WakeSettings } from './createWakeGate.ts';

// The service's speech input made of the voice pipeline: microphone chunks pushed by the UI
// become frames (PushFrameSource), voice detection finds each utterance and the recogniser
// writes it down. The pipeline stops at transcripts: the service carries them out itself, so
// spoken commands get the same events, history and confirmations as typed ones.

export interface AssistantServiceVoicePipelineOptions {
  /** Speech to text. Default: whisper with the best installed model, or none (speech events only). */
  recognizer?: SpeechRecognizer | null;
  /** Words that help recognition: the home's device and room names. */
  prompt?: string;
  /**
   * Listen for a wake word: only what follows it (or falls in a follow-up window, see
   * replied()) becomes a transcript. Default none. Its detector is disposed with this only
   * when `disposeWake` is true (default false).
   */
  wake?: WakeGate;
  disposeWake?: boolean;
  /** Where configureWake() finds wake models. Default: ModelLocator's folder. */
  wakeModelsDir?: string;
  /**
   * Act on a finished command that needs no confirmation when its end is first noticed,
   * with the assistant the service attaches. Default true; false: at the confirmed end.
   */
  actEarly?: boolean;
}

const NO_MODEL =
  'Speech was heard, but no speech model is installed to write it down: get one with "hearth models download tiny.en", or type your command.';

export class AssistantServiceVoicePipeline implements VoiceInput {
  private readonly pipeline: VoicePipeline;
  private readonly recognizer: SpeechRecognizer | undefined;
  private readonly listeners = new Set<(event: VoiceEvent) => void>();
  private source: PushFrameSource | undefined;
  private running: Promise<unknown> = Promise.resolve();
  private attached: { assistant: Assistant; area?: string } | undefined;
  /** The early turn of the utterance whose transcript comes next. */
  private early: EarlyTurn | undefined;

  /** Loads voice detection (and the speech model, when one is installed). */
  static async create(
    options: AssistantServiceVoicePipelineOptions = {},
  ): Promise<AssistantServiceVoicePipeline> {
    let recognizer = options.recognizer ?? undefined;
    if (options.recognizer === undefined) {
      const model = new ModelLocator().defaultModel('stt')?.path;
      if (model !== undefined) {
        const whisper = new WhisperRecognizer({
          model,
          ...(options.prompt ? { prompt: options.prompt } : {}),
        });
        recognizer = await whisper.warmUp().then(
          () => whisper,
          async () => {
            await whisper.dispose();
            return undefined;
          },
        );
      }
    }
    const holder: { self?: AssistantServiceVoicePipeline } = {};
    const pipeline = await VoicePipeline.create({
      ...(recognizer ? { recognizer } : {}),
      ...(options.prompt !== undefined ? { prompt: options.prompt } : {}),
      noRecognizerNotice: NO_MODEL,
      ...(options.wake ? { wake: options.wake } : {}),
      actEarly: options.actEarly ?? true,
      early: {
        with: () => holder.self?.attached,
        take: (turn) => {
          if (holder.self) holder.self.early = turn;
        },
      },
      onEvent: (event) => holder.self?.forward(event),
    });
    holder.self = new AssistantServiceVoicePipeline(pipeline, recognizer, options);
    return holder.self;
  }

  /** The gate the pipeline listens with now. */
  private wake: WakeGate | undefined;
  private ownsWake: boolean;
  /** The gate configured last: the pipeline takes it at the start of its next run. */
  private nextWake: WakeGate | undefined;
  private readonly wakeModelsDir: string | undefined;
  private pushToTalk = false;
  private wakeCalls = 0;

  private constructor(
    pipeline: VoicePipeline,
    recognizer: SpeechRecognizer | undefined,
    options: AssistantServiceVoicePipelineOptions,
  ) {
    this.pipeline = pipeline;
    this.recognizer = recognizer;
    this.wake = options.wake;
    this.nextWake = options.wake;
    this.ownsWake = options.disposeWake ?? false;
    this.wakeModelsDir = options.wakeModelsDir;
  }

  get wakeWord(): string | undefined {
    const word = this.nextWake?.detector.words[0];
    return word === undefined ? undefined : spokenWakeWord(word);
  }

  listen(mode: 'push_to_talk' | 'hands_free'): void {
    this.pushToTalk = mode === 'push_to_talk';
    for (const gate of [this.wake, this.nextWake]) if (gate) gate.pushToTalk = this.pushToTalk;
  }

  async configureWake(settings: WakeSettings): Promise<string | undefined> {
    const call = ++this.wakeCalls;
    const setup = await createWakeGate(settings, this.wakeModelsDir ?? new ModelLocator().dir);
    if (call !== this.wakeCalls) {
      // A newer change came in while this gate loaded: that one wins.
      await setup.gate?.detector.dispose();
      return undefined;
    }
    if (setup.gate) setup.gate.pushToTalk = this.pushToTalk;
    const replaced = this.nextWake;
    this.nextWake = setup.gate;
    // A gate configured a moment ago and never used is dropped at once.
    if (replaced && replaced !== this.wake) await replaced.detector.dispose();
    // The session in progress ends (its utterance is finished); the next one, which starts
    // with the next audio pushed, listens with the new gate.
    this.end();
    // Never rejects: a failed swap must not stop the sessions chained after it.
    this.running = this.running.then(() => this.swapWake()).catch(() => undefined);
    await this.running;
    return setup.gate ? undefined : setup.status;
  }

  private async swapWake(): Promise<void> {
    const old = this.wake;
    if (old === this.nextWake) return;
    this.wake = this.nextWake;
    this.pipeline.setWake(this.wake);
    if (old && this.ownsWake) await old.detector.dispose();
    this.ownsWake = true;
  }

  /**
   * The service replied to a voice turn: with a wake word, listen without it for the
   * follow-up window (longer while a confirmation or question is open).
   */
  replied(questionOpen: boolean): void {
    this.wake?.replied(this.pipeline.time, questionOpen);
  }

  attach(assistant: Assistant, area: string | undefined): void {
    this.attached = { assistant, ...(area !== undefined ? { area } : {}) };
  }

  push(samples: Float32Array, sampleRate: number): void {
    if (!this.source) {
      // A new listening session: its own frame stream, run after the previous one finished.
      const source = new PushFrameSource();
      this.source = source;
      this.running = this.running
        .then(() => this.pipeline.run(source))
        .catch((error: unknown) =>
          this.tell({
            kind: 'problem',
            message: `Listening failed: ${error instanceof Error ? error.message : String(error)}`,
          }),
        );
    }
    this.source.push(samples, sampleRate);
  }

  end(): void {
    this.source?.end();
    this.source = undefined;
  }

  subscribe(listener: (event: VoiceEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async dispose(): Promise<void> {
    const source = this.source;
    this.source = undefined;
    await source?.close();
    await this.running;
    await this.pipeline.dispose();
    await this.recognizer?.dispose();
    if (this.ownsWake) await this.wake?.detector.dispose();
    if (this.nextWake !== this.wake) await this.nextWake?.detector.dispose();
    this.listeners.clear();
  }

  private forward(event: VoicePipelineEvent): void {
    switch (event.event) {
      case 'speech_start':
        return this.tell({ kind: 'speech_start', t: event.t });
      case 'speech_end':
        return this.tell({ kind: 'speech_end', t: event.t });
      case 'wake':
        return this.tell({ kind: 'wake', word: event.word, t: event.t });
      case 'transcript': {
        const turn = this.early;
        this.early = undefined;
        const handle = turn?.acted.length ? turn.finish.bind(turn) : undefined;
        return this.tell({
          kind: 'transcript',
          text: event.text,
          final: true,
          ...(handle ? { handle } : {}),
        });
      }
      case 'notice':
        return this.tell({ kind: 'problem', message: event.text });
      case 'error':
        return this.tell({
          kind: 'problem',
          message: `What you said could not be understood: ${event.message}`,
        });
      default:
        return undefined;
    }
  }

  private tell(event: VoiceEvent): void {
    for (const listener of [...this.listeners]) listener(event);
  }
}
