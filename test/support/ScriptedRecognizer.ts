import type { Pcm, SpeechRecognizer, Transcript } from '../../src-main/core/hear.ts';

// Speech to text from a script, for tests of what reaches the recogniser: no real whisper
// model can be had on these machines. It answers in order and records how much audio each
// transcribed utterance had, so a test sees exactly which utterances a wake gate let through.

export class ScriptedRecognizer implements SpeechRecognizer {
  /** Seconds of audio of each utterance that was transcribed. */
  readonly heard: number[] = [];
  constructor(private readonly answers: string[]) {}
  async transcribe(audio: Pcm, options: { signal?: AbortSignal } = {}): Promise<Transcript> {
    // A guess dropped because speech went on takes no answer from the script.
    await new Promise((resolve) => setTimeout(resolve, 5));
    if (options.signal?.aborted) throw options.signal.reason;
    this.heard.push(audio.length / 16_000);
    const text = this.answers.shift() ?? '';
    return { text, segments: [], audioSeconds: audio.length / 16_000, elapsedMs: 1 };
  }
  async dispose(): Promise<void> {}
}
