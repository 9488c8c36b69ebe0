import type { Home } from '../core/home.ts';
import type { Action } from '../core/plan.ts';

// Answering a pending confirmation by voice ("yes", "confirm", "do it" / "no", "cancel",
// "stop"), within a window after the question, without the wake word. Unlocking stays a
// screen-or-tray answer unless the user allows voice confirmation for locks: a voice in the
// room is not proof of who is asking.

export interface VoiceConfirmationOptions {
  home: Home;
  /** How long the question stays open to a spoken answer, in s of audio. Default 8. */
  windowSeconds?: number;
  /** Let a spoken "yes" unlock a lock. Default false. */
  voiceUnlock?: boolean;
}

export type VoiceAnswer = 'yes' | 'no';

const YES = /^(yes|yeah|yep|sure|ok|okay|confirm|confirmed|do it|go ahead|please do)( please)?$/;
const NO = /^(no|nope|cancel|stop|don't|do not|never mind|nevermind)( please)?$/;

/** "Yes." -> 'yes', "Cancel, please" -> 'no', anything else -> undefined. */
export function voiceAnswerOf(text: string): VoiceAnswer | undefined {
  const words = text
    .toLowerCase()
    .replace(/[^a-z' ]+/g, ' ')
    .trim()
    .replace(/\s+/g, ' ');
  if (YES.test(words)) return 'yes';
  if (NO.test(words)) return 'no';
  return undefined;
}

export class VoiceConfirmation {
  private readonly home: Home;
  private readonly window: number;
  private readonly voiceUnlock: boolean;
  private held: Action[] = [];
  private until = -Infinity;

  constructor(options: VoiceConfirmationOptions) {
    this.home = options.home;
    this.window = options.windowSeconds ?? 8;
    this.voiceUnlock = options.voiceUnlock ?? false;
  }

  /** A reply left these actions waiting at audio time `now`. */
  ask(actions: readonly Action[], now: number): void {
    this.held = [...actions];
    this.until = actions.length > 0 ? now + this.window : -Infinity;
  }

  /** Whether an utterance starting at `start` could answer the open question. */
  open(start: number): boolean {
    return this.held.length > 0 && start <= this.until;
  }

  /**
   * The answer an utterance gives: the actions to run (yes), none (no), or undefined when
   * it is not an answer (then it is a new command and the question is dropped).
   */
  take(
    text: string,
    start: number,
  ): { answer: VoiceAnswer; run: Action[]; kept: Action[] } | undefined {
    if (!this.open(start)) return undefined;
    const answer = voiceAnswerOf(text);
    const held = this.held;
    this.held = [];
    this.until = -Infinity;
    if (!answer) return undefined;
    if (answer === 'no') return { answer, run: [], kept: [] };
    const isLock = (a: Action) =>
      this.home.devices.find((d) => d.id === a.device)?.type === 'lock' && a.command === 'unlock';
    const kept = this.voiceUnlock ? [] : held.filter(isLock);
    return { answer, run: held.filter((a) => !kept.includes(a)), kept };
  }
}
