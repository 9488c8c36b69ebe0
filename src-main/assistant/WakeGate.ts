import type { Pcm } from '../core/hear.ts';
import { SAMPLE_RATE } from '../core/hear.ts';
import type { WakeDetection, WakeWordDetector } from '../hear/wake/WakeWordDetector.ts';

// Hands-free listening with a wake word: an utterance is a command only when the wake word
// was heard in it, or when it starts inside an open window (after a wake word said alone, a
// reply, or a question back). Everything else is neither transcribed nor acted on.

export interface WakeGateOptions {
  detector: WakeWordDetector;
  /** After a wake word said alone, how long the command may take to start. Default 5 s. */
  commandWindowSeconds?: number;
  /** After each reply, how long Hearth listens without the wake word. Default 5 s; 0: never. */
  followUpSeconds?: number;
  /** While a confirmation is open, how long it can be answered by voice. Default 8 s. */
  confirmSeconds?: number;
}

/**
 * The command starts this long before the detection: the score crosses 0.1-0.3 s after the
 * end of the word, and in one breath ("hey jarvis turn on...") the command starts right at
 * that end. A little of the word may come along; `stripWakeEcho` takes it off the words.
 */
const LEAD_SECONDS = 0.2;
/** An utterance that ends this soon after the detection held only the wake word. */
const WAKE_ONLY_SECONDS = 0.35;

export type GateDecision =
  | { kind: 'ignore' }
  /** The wake word alone: the next utterance is the command. */
  | { kind: 'wake_only' }
  | { kind: 'command'; audio: Pcm; afterWake: boolean };

export class WakeGate {
  readonly detector: WakeWordDetector;
  private readonly commandWindow: number;
  private readonly followUp: number;
  private readonly confirm: number;
  private lastWake: WakeDetection | undefined;
  private openUntil = -Infinity;
  /** Push-to-talk: every utterance is a command (the button was the wake word). */
  pushToTalk = false;

  constructor(options: WakeGateOptions) {
    this.detector = options.detector;
    this.commandWindow = options.commandWindowSeconds ?? 5;
    this.followUp = options.followUpSeconds ?? 5;
    this.confirm = options.confirmSeconds ?? 8;
  }

  /** Listens to one frame; returns the wake words heard. */
  async hear(frame: Pcm): Promise<WakeDetection[]> {
    const found = await this.detector.process(frame);
    const last = found.at(-1);
    if (last) this.lastWake = last;
    return found;
  }

  /** The word of the last detection, if any. */
  get lastWord(): string | undefined {
    return this.lastWake?.word;
  }

  /** Whether Hearth is waiting for its word (no window open) at audio time `now`. */
  waiting(now: number): boolean {
    return now > this.openUntil;
  }

  /**
   * What to do with an utterance whose audio starts at `audioStart`, speech at `speechStart`
   * and ends at `end` (audio times).
   */
  decide(audio: Pcm, audioStart: number, speechStart: number, end: number): GateDecision {
    const wake = this.lastWake;
    if (wake && wake.t >= speechStart && wake.t <= end + 0.5) {
      if (end - wake.t < WAKE_ONLY_SECONDS) return { kind: 'wake_only' };
      const from = Math.max(0, Math.round((wake.t - LEAD_SECONDS - audioStart) * SAMPLE_RATE));
      return { kind: 'command', audio: audio.subarray(from), afterWake: true };
    }
    if (this.pushToTalk || speechStart <= this.openUntil)
      return { kind: 'command', audio, afterWake: false };
    return { kind: 'ignore' };
  }

  /** The utterance was taken (or was the word alone): close or open windows from `now`. */
  taken(decision: GateDecision, now: number): void {
    if (decision.kind === 'wake_only') this.openUntil = now + this.commandWindow;
    else if (decision.kind === 'command') {
      this.openUntil = -Infinity;
      this.lastWake = undefined;
    }
  }

  /** After a reply: listen without the wake word for a while (longer when a question is open). */
  replied(now: number, confirmationOpen: boolean): void {
    const seconds = confirmationOpen ? Math.max(this.confirm, this.followUp) : this.followUp;
    if (seconds > 0) this.openUntil = now + seconds;
  }

  reset(): void {
    this.detector.reset();
    this.lastWake = undefined;
    this.openUntil = -Infinity;
  }
}

/** Takes the wake word (or its tail) off the front of a transcript: "jarvis, turn on" -> "turn on". */
export function stripWakeEcho(text: string, word: string): string {
  const parts = word
    .toLowerCase()
    .split(/[_\s]+/)
    .filter(Boolean);
  let rest = text.trim();
  for (;;) {
    const m = /^([a-z']+)[\s,.!?]*/i.exec(rest);
    const head = m?.[1]?.toLowerCase();
    if (!m || !head || !parts.some((p) => p === head || (head.length >= 3 && p.endsWith(head))))
      return rest;
    rest = rest.slice(m[0].length);
  }
}
