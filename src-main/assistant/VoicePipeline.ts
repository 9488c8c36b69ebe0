import type { Pcm, SpeechRecognizer, Transcript } from '../core/hear.ts';
import type { Plan } from '../core/plan.ts';
import type { FrameSource } from '../hear/audio/FrameSource.ts';
import { isSilencePhrase, stripAnnotations } from '../hear/stt/isSilencePhrase.ts';
import { StreamingVad } from '../hear/vad/StreamingVad.ts';
import type { StreamingVadOptions } from '../hear/vad/StreamingVad.ts';
import type { VadEvent } from '../hear/vad/VadEvent.ts';
import type { Assistant, HandleOptions } from './Assistant.ts';
import { EarlyTurn } from './EarlyTurn.ts';
import type { VoiceConfirmation } from './VoiceConfirmation.ts';
import { toPlanObject } from './toPlanObject.ts';
import type { VoicePipelineEvent } from './VoicePipelineEvent.ts';
import { voicePrompt } from './VoicePrompt.ts';
import { stripWakeEcho } from './WakeGate.ts';
import type { GateDecision, WakeGate } from './WakeGate.ts';

// Audio in, actions out: frames -> voice activity detection -> (at the end of each
// utterance) speech to text -> the assistant -> events. Recognition starts as soon as the
// end of speech is noticed, while the VAD waits to confirm it (see StreamingVad), so a
// pause inside a sentence costs a discarded guess, not a cut sentence.

export interface VoicePipelineOptions {
  /** Receives every event, in order; awaited, so a slow writer slows the pipeline, never loses events. */
  onEvent: (event: VoicePipelineEvent) => void | Promise<void>;
  /** Carries out what was said. Default none: the pipeline stops at transcripts. */
  assistant?: Assistant;
  /** Speech to text. Default none: speech events only, and one notice that it cannot transcribe. */
  recognizer?: SpeechRecognizer;
  /** The recogniser's prompt. Default: the home's device and room names (voicePrompt). */
  prompt?: string;
  /** ISO 639-1 language for the recogniser. Default: the recogniser's own (English). */
  language?: string;
  /** The room the speaker is in. Default: the home's default_area. */
  area?: string;
  /** The user confirmed in advance: actions that need confirmation run too. Default false. */
  yes?: boolean;
  /** The detector; one made from `vadOptions` by default (and then disposed with the pipeline). */
  vad?: StreamingVad;
  vadOptions?: StreamingVadOptions;
  /** Start recognising when the end of speech is first noticed. Default true. */
  speculative?: boolean;
  /**
   * Listen for a wake word: only what follows it (or what starts inside a follow-up window)
   * is a command. Default none: every utterance is. Not disposed with the pipeline.
   */
  wake?: WakeGate;
  /**
   * Act when the end of speech is first noticed if the words read as a finished command that
   * needs no confirmation (EarlyTurn); speech that resumes continues the same turn. Default
   * false: act when the end is confirmed.
   */
  actEarly?: boolean;
  /**
   * Without `assistant` (transcripts only): who acts early, asked at each utterance's start,
   * and told the utterance's early turn right before its transcript, to finish it with.
   * Default none: no early actions without `assistant`.
   */
  early?: {
    with: () => { assistant: Assistant; area?: string } | undefined;
    take: (turn: EarlyTurn | undefined) => void;
  };
  /** Lets a spoken "yes"/"no" answer a pending confirmation. Default none (screen only). */
  confirmation?: VoiceConfirmation;
  /** What the notice says when there is no recogniser. */
  noRecognizerNotice?: string;
}

export interface VoiceRunSummary {
  /** Seconds of audio heard. */
  seconds: number;
  utterances: number;
  /** Transcripts with words in them. */
  transcripts: number;
  failedActions: number;
  /** Utterances that could not be handled (recogniser or assistant failures). */
  errors: number;
}

interface Guess {
  /** The VAD's audio for the utterance (what is recognised may be the part after the wake word). */
  source: Pcm;
  /** Started at a lull (before the end was noticed): the estimated end of speech it was for. */
  lullT?: number;
  audio: Pcm;
  transcript: Promise<Transcript>;
  abort: AbortController;
}

const DEFAULT_NOTICE = 'speech was heard but cannot be transcribed: no speech model is installed';

export class VoicePipeline {
  private readonly o: VoicePipelineOptions;
  private readonly vad: StreamingVad;
  private readonly ownsVad: boolean;
  private readonly prompt: string;
  private guess: Guess | undefined;
  /** Wall time (performance.now()) when the current utterance's end was noticed. */
  private noticedAt = 0;
  private noticeGiven = false;
  /** Audio time of the current utterance's first speech. */
  private speechStart = 0;
  /** The current utterance's early actions (actEarly). */
  private turn: EarlyTurn | undefined;
  private running = false;
  private summary: VoiceRunSummary = emptySummary();

  private constructor(options: VoicePipelineOptions, vad: StreamingVad, ownsVad: boolean) {
    // A copy: setWake() changes the gate without touching the caller's object.
    this.o = { ...options };
    this.vad = vad;
    this.ownsVad = ownsVad;
    this.prompt = options.prompt ?? (options.assistant ? voicePrompt(options.assistant.home) : '');
  }

  static async create(options: VoicePipelineOptions): Promise<VoicePipeline> {
    const vad = options.vad ?? (await StreamingVad.create(options.vadOptions));
    return new VoicePipeline(options, vad, !options.vad);
  }

  /**
   * Listens to `source` until it ends (or `signal` aborts), then waits for the last
   * utterance to be handled. A file read as fast as possible waits for each utterance before
   * reading on, so events come out in order; a live source is never held up.
   */
  async run(source: FrameSource, signal?: AbortSignal): Promise<VoiceRunSummary> {
    if (this.running) throw new Error('VoicePipeline: run() is already running');
    if (source.frameSamples !== this.vad.frameSamples) {
      throw new RangeError(
        `VoicePipeline: the source gives ${source.frameSamples}-sample frames; the VAD needs ${this.vad.frameSamples}`,
      );
    }
    this.running = true;
    this.summary = emptySummary();
    this.vad.reset();
    this.o.wake?.reset();
    let queue: Promise<void> = Promise.resolve();
    let failure: { error: unknown } | undefined;
    const handleLater = (work: () => Promise<void>) => {
      queue = queue.then(work).catch((error: unknown) => {
        failure ??= { error };
      });
      return queue;
    };
    try {
      const step = async (events: VadEvent[]) => {
        for (const event of events) {
          const work = await this.onVadEvent(event);
          if (!work) continue;
          if (source.live) void handleLater(work);
          else await handleLater(work);
          if (failure) throw failure.error;
        }
      };
      for await (const frame of source) {
        if (signal?.aborted) break;
        for (const found of (await this.o.wake?.hear(frame)) ?? [])
          await this.emit({
            event: 'wake',
            t: round(found.t, 3),
            word: found.word,
            score: round(found.score, 3),
          });
        await step(await this.vad.process(frame));
      }
      if (!signal?.aborted) await step(this.vad.flush());
      await queue;
      if (failure) throw failure.error;
      this.summary.seconds = this.vad.time;
      return { ...this.summary };
    } finally {
      this.dropGuess();
      await source.close();
      this.running = false;
    }
  }

  /**
   * Listens for another wake word (or none) from the next run() on; the caller disposes the
   * old gate's detector. Between runs only: a gate swapped mid-utterance would lose its word.
   */
  setWake(wake: WakeGate | undefined): void {
    if (this.running) throw new Error('VoicePipeline: setWake() while running');
    if (wake) this.o.wake = wake;
    else delete this.o.wake;
  }

  /** Seconds of audio heard in the current (or last) run. */
  get time(): number {
    return this.vad.time;
  }

  async dispose(): Promise<void> {
    this.dropGuess();
    if (this.ownsVad) await this.vad.dispose();
  }

  /** Reacts to one VAD event; returns the handling of a finished utterance, if any. */
  private async onVadEvent(event: VadEvent): Promise<(() => Promise<void>) | undefined> {
    switch (event.kind) {
      case 'speech_start':
        this.dropGuess();
        this.speechStart = event.t;
        this.turn = this.o.actEarly ? this.earlyTurn() : undefined;
        await this.emit({ event: 'speech_start', t: round(event.t, 3) });
        return undefined;
      case 'speech_lull': {
        // A frame before the end can be noticed: start recognising already, decide nothing.
        this.dropGuess();
        if (!this.o.recognizer || !(this.o.speculative ?? true)) return undefined;
        const decision = this.decide(event);
        if (decision.kind === 'command')
          this.guess = { ...this.recognise(event.audio, decision.audio), lullT: event.t };
        return undefined;
      }
      case 'speech_pause': {
        this.noticedAt = performance.now();
        // The lull's recognition holds the same speech (only less of the silence after it).
        const kept =
          event.sameSpeechAsLull && this.guess?.lullT === event.t ? this.guess : undefined;
        if (!kept) this.dropGuess();
        if (!this.o.recognizer || !(this.o.speculative ?? true)) return undefined;
        const decision = this.decide(event);
        if (decision.kind !== 'command') {
          this.dropGuess();
          return undefined;
        }
        const guess = kept
          ? { ...kept, source: event.audio }
          : this.recognise(event.audio, decision.audio);
        this.guess = guess;
        const word = decision.afterWake ? this.o.wake?.lastWord : undefined;
        this.turn?.attempt(
          guess.transcript.then((t) => cleanWords(t.text, word)),
          () => this.guess === guess,
        );
        return undefined;
      }
      case 'speech_resume':
      case 'misfire':
        this.dropGuess();
        return undefined;
      case 'speech_end': {
        const noticedAt = event.detectedT === event.confirmedT ? performance.now() : this.noticedAt;
        this.summary.utterances++;
        await this.emit({
          event: 'speech_end',
          t: round(event.t, 3),
          detected_t: round(event.detectedT, 3),
          confirmed_t: round(event.confirmedT, 3),
          elapsed_ms: since(noticedAt),
        });
        if (!this.o.recognizer) {
          if (!this.noticeGiven)
            await this.emit({ event: 'notice', text: this.o.noRecognizerNotice ?? DEFAULT_NOTICE });
          this.noticeGiven = true;
          return undefined;
        }
        const decision = this.decide(event);
        const word =
          decision.kind === 'command' && decision.afterWake ? this.o.wake?.lastWord : undefined;
        this.o.wake?.taken(decision, event.confirmedT);
        if (decision.kind !== 'command') {
          this.dropGuess();
          return undefined;
        }
        const kept = this.guess?.source === event.audio ? this.guess : undefined;
        if (!kept) this.dropGuess();
        const guess = kept ?? this.recognise(event.audio, decision.audio);
        this.guess = undefined;
        const turn = this.turn;
        this.turn = undefined;
        const start = this.speechStart;
        return () => this.handleUtterance(guess.transcript, noticedAt, word, turn, start);
      }
    }
  }

  private earlyTurn(): EarlyTurn | undefined {
    if (this.o.assistant) return new EarlyTurn(this.o.assistant, this.o.area);
    const by = this.o.early?.with();
    return by ? new EarlyTurn(by.assistant, by.area) : undefined;
  }

  /** Whether an utterance is a command (always, without a wake word). */
  private decide(event: { audio: Pcm; audioStart: number; t: number }): GateDecision {
    if (!this.o.wake) return { kind: 'command', audio: event.audio, afterWake: false };
    return this.o.wake.decide(event.audio, event.audioStart, this.speechStart, event.t);
  }

  private recognise(source: Pcm, audio: Pcm): Guess {
    const abort = new AbortController();
    const recognizer = this.o.recognizer;
    if (!recognizer) throw new Error('VoicePipeline: no recogniser');
    const transcript = recognizer.transcribe(audio, {
      prompt: this.prompt,
      ...(this.o.language ? { language: this.o.language } : {}),
      signal: abort.signal,
    });
    // A discarded guess rejects with the abort: nobody awaits it, so it must not go unhandled.
    transcript.catch(() => {});
    return { source, audio, transcript, abort };
  }

  private dropGuess(): void {
    this.guess?.abort.abort();
    this.guess = undefined;
  }

  private async handleUtterance(
    pending: Promise<Transcript>,
    noticedAt: number,
    wakeWord?: string,
    turn?: EarlyTurn,
    start = 0,
  ): Promise<void> {
    let transcript: Transcript;
    try {
      transcript = await pending;
    } catch (error) {
      this.summary.errors++;
      await this.emit({
        event: 'error',
        stage: 'transcribe',
        message: messageOf(error),
        elapsed_ms: since(noticedAt),
      });
      return;
    }
    const raw = transcript.text.trim();
    const silent = isSilencePhrase(raw);
    const text = silent ? '' : cleanWords(raw, wakeWord);
    if (!this.o.assistant) this.o.early?.take(turn);
    await this.emit({
      event: 'transcript',
      text,
      elapsed_ms: since(noticedAt),
      ...(silent && raw ? { dropped: raw } : {}),
    });
    // Silence, noise and whisper's silence phrases never reach the assistant.
    if (!text) return;
    this.summary.transcripts++;
    const assistant = this.o.assistant;
    if (!assistant) return;
    try {
      let planned = false;
      const emitPlan = async (plan: Plan) => {
        planned = true;
        await this.emit({ event: 'plan', ...toPlanObject(plan), elapsed_ms: since(noticedAt) });
      };
      const options: HandleOptions = {
        ...(this.o.area ? { area: this.o.area } : {}),
        yes: this.o.yes ?? false,
        onPlan: emitPlan,
      };
      if (await this.answerByVoice(text, start, noticedAt)) return;
      const result = turn
        ? await turn.finish(text, options)
        : await assistant.handle(text, options);
      if (!planned) await emitPlan(result.plan);
      const early = new Set(turn?.acted ?? []);
      for (const o of result.outcomes) {
        if (o.outcome === 'failed') this.summary.failedActions++;
        await this.emit({
          event: 'action',
          device: o.device,
          command: o.command,
          ...(o.value !== undefined ? { value: o.value } : {}),
          outcome: o.outcome,
          ...(o.error !== undefined ? { error: o.error } : {}),
          // An action run early says when it went out (before the end was confirmed).
          elapsed_ms:
            early.has(o) && turn?.firstAt !== undefined
              ? round(turn.firstAt - noticedAt, 1)
              : since(noticedAt),
          ...(early.has(o) ? { early: true } : {}),
        });
      }
      await this.emit({ event: 'reply', text: result.reply, elapsed_ms: since(noticedAt) });
      this.o.confirmation?.ask(result.held, this.vad.time);
      this.o.wake?.replied(this.vad.time, result.held.length > 0 || !!result.plan.clarify?.length);
    } catch (error) {
      this.summary.errors++;
      await this.emit({
        event: 'error',
        stage: 'assistant',
        message: messageOf(error),
        elapsed_ms: since(noticedAt),
      });
    }
  }

  /** A spoken answer to a pending confirmation: handled here; false when it is not one. */
  private async answerByVoice(text: string, start: number, noticedAt: number): Promise<boolean> {
    const assistant = this.o.assistant;
    const answered = this.o.confirmation?.take(text, start);
    if (!assistant || !answered) return false;
    const replies: string[] = [];
    if (answered.run.length > 0) {
      const { outcomes, reply } = await assistant.confirm(answered.run);
      for (const o of outcomes) {
        if (o.outcome === 'failed') this.summary.failedActions++;
        await this.emit({
          event: 'action',
          device: o.device,
          command: o.command,
          ...(o.value !== undefined ? { value: o.value } : {}),
          outcome: o.outcome,
          ...(o.error !== undefined ? { error: o.error } : {}),
          elapsed_ms: since(noticedAt),
        });
      }
      replies.push(reply);
    }
    if (answered.kept.length > 0)
      replies.push('Unlocking needs your answer on the screen or in the tray.');
    if (answered.answer === 'no') replies.push('Cancelled.');
    await this.emit({ event: 'reply', text: replies.join(' '), elapsed_ms: since(noticedAt) });
    this.o.wake?.replied(this.vad.time, false);
    return true;
  }

  private async emit(event: VoicePipelineEvent): Promise<void> {
    await this.o.onEvent(event);
  }
}

/** A transcript's words as the assistant gets them: annotations and the wake word's echo off. */
function cleanWords(raw: string, wakeWord: string | undefined): string {
  const trimmed = raw.trim();
  if (isSilencePhrase(trimmed)) return '';
  const words = stripAnnotations(trimmed);
  return wakeWord ? stripWakeEcho(words, wakeWord) : words;
}

function emptySummary(): VoiceRunSummary {
  return { seconds: 0, utterances: 0, transcripts: 0, failedActions: 0, errors: 0 };
}

function since(start: number): number {
  return round(performance.now() - start, 1);
}

function round(value: number, digits: number): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
