import type { AssistantEvent } from '../core/assistantApi.ts';
import type { Home } from '../core/home.ts';
import type { Action } from '../core/plan.ts';
import { voiceAnswerOf } from './VoiceConfirmation.ts';

// Which question a spoken "yes" or "no" answers: the confirmation the last voice turn left
// open, for a short while after it was asked (the wake gate listens without its word for as
// long). Typed turns and direct controls are answered on the screen only. A spoken yes never
// unlocks unless the user allowed it: a voice in the room is not proof of who is asking.

export interface AssistantServiceVoiceAnswersOptions {
  home: Home;
  /** How long a question stays open to a spoken answer, in ms. Default 8000. */
  windowMs?: number;
  /** Let a spoken "yes" unlock a lock. Read at each answer (a setting). */
  voiceUnlock: () => boolean;
  /** Clock in ms. Default performance.now(). */
  now?: () => number;
}

export type SpokenAnswer =
  | { kind: 'answer'; id: string; accept: boolean }
  /** A yes to a question that holds an unlock, with voice unlock off: answer it on the screen. */
  | { kind: 'screen_only'; id: string };

interface Question {
  id: string;
  turnId: string;
  actions: readonly Action[];
  at: number;
}

export class AssistantServiceVoiceAnswers {
  private readonly o: AssistantServiceVoiceAnswersOptions;
  private readonly voiceTurns = new Set<string>();
  /** Voice turns whose reply asked which one (a clarify). */
  private readonly clarified = new Set<string>();
  private question: Question | undefined;

  constructor(options: AssistantServiceVoiceAnswersOptions) {
    this.o = options;
  }

  /** A turn made of speech starts: its questions may be answered by voice. */
  spoke(turnId: string): void {
    this.voiceTurns.add(turnId);
  }

  /** Watches what the service says: opens and closes the questions of voice turns. */
  saw(event: AssistantEvent): void {
    if (event.type === 'confirmation' && this.voiceTurns.has(event.turnId)) {
      this.question = {
        id: event.id,
        turnId: event.turnId,
        actions: event.actions,
        at: this.now(),
      };
    } else if (event.type === 'confirmation_closed' && event.id === this.question?.id) {
      this.question = undefined;
    } else if (event.type === 'reply' && this.voiceTurns.has(event.turnId)) {
      if (event.plan?.clarify?.length) this.clarified.add(event.turnId);
    }
  }

  /** The voice turn is over: whether its reply left a question open (held actions or a clarify). */
  done(turnId: string): boolean {
    this.voiceTurns.delete(turnId);
    const clarified = this.clarified.delete(turnId);
    return clarified || this.question?.turnId === turnId;
  }

  /**
   * What the words answer, if they are a yes or no said while the question is open;
   * undefined: they are a new command (and the question stays for the screen).
   */
  take(text: string): SpokenAnswer | undefined {
    const question = this.question;
    const answer = voiceAnswerOf(text);
    if (!question || !answer || this.now() - question.at > (this.o.windowMs ?? 8000)) {
      return undefined;
    }
    if (answer === 'yes' && !this.o.voiceUnlock() && question.actions.some((a) => this.unlocks(a)))
      return { kind: 'screen_only', id: question.id };
    this.question = undefined;
    return { kind: 'answer', id: question.id, accept: answer === 'yes' };
  }

  private unlocks(action: Action): boolean {
    const device = this.o.home.devices.find((d) => d.id === action.device);
    return device?.type === 'lock' && action.command === 'unlock';
  }

  private now(): number {
    return (this.o.now ?? (() => performance.now()))();
  }
}
