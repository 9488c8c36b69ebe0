// Spoken replies: the window reads each reply aloud with the system's speech synthesis (the
// Web Speech API; on Linux, Electron needs speech-dispatcher for it) and falls silent the
// moment the user speaks again (barge-in). The microphone's echo cancellation (Microphone.ts)
// keeps Hearth from hearing its own voice as a command.

export interface SpokenRepliesOptions {
  /** Default: the page's speechSynthesis; none: replies stay on screen only. */
  synthesis?: SpeechSynthesis;
  /** BCP 47 language of the replies. Default 'en-US' (the rules and prompts are English). */
  lang?: string;
}

export class SpokenReplies {
  /** Whether replies are spoken: Settings' spokenReplies, in hands-free with a wake word. */
  enabled = false;
  /**
   * Settings' followUpSeconds: after a reply, speech without the wake word is a new turn for
   * this long (the assistant's follow-up window), so it interrupts the reply too.
   */
  followUpSeconds = 5;
  private spokeAt = -Infinity;
  private readonly synthesis: SpeechSynthesis | undefined;
  private readonly lang: string;
  /** The reply being spoken (or queued), until it ends, fails or is cancelled. */
  private current: SpeechSynthesisUtterance | undefined;

  constructor(options: SpokenRepliesOptions = {}) {
    this.synthesis =
      options.synthesis ?? (typeof speechSynthesis === 'undefined' ? undefined : speechSynthesis);
    this.lang = options.lang ?? 'en-US';
  }

  /** Speaks a reply, replacing one still being spoken. */
  speak(text: string): void {
    const words = text.trim();
    if (!this.enabled || !this.synthesis || !words) return;
    this.stop();
    const utterance = new SpeechSynthesisUtterance(words);
    utterance.lang = this.lang;
    const done = () => {
      if (this.current === utterance) this.current = undefined;
    };
    utterance.addEventListener('end', done);
    utterance.addEventListener('error', done);
    this.current = utterance;
    this.spokeAt = performance.now();
    this.synthesis.speak(utterance);
  }

  /** The user speaks again (a wake word, new words, or Talk pressed): stop talking over them. */
  bargeIn(): void {
    this.stop();
  }

  /**
   * Voice detection heard speech. Inside the follow-up window that is the user's next turn:
   * stop. Outside it, only the wake word counts (a television talking should not interrupt).
   */
  heardSpeech(): void {
    if (performance.now() - this.spokeAt <= this.followUpSeconds * 1000) this.stop();
  }

  private stop(): void {
    const synthesis = this.synthesis;
    if (!synthesis) return;
    if (this.current || synthesis.speaking || synthesis.pending) synthesis.cancel();
    this.current = undefined;
  }
}
