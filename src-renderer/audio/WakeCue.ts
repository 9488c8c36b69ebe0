// The short sound that says "I heard my name": two soft rising tones made with WebAudio, so
// no audio file is shipped or fetched. Browsers start an AudioContext only after a user
// gesture; pressing Talk (which opens the microphone) is one, so the cue plays from then on.

export interface WakeCueOptions {
  /** Loudness 0..1. Default 0.15: a cue, not an alarm. */
  volume?: number;
}

export class WakeCue {
  private readonly volume: number;
  private context: AudioContext | undefined;

  constructor(options: WakeCueOptions = {}) {
    this.volume = options.volume ?? 0.15;
  }

  /** Plays the cue (about 0.25 s); does nothing where WebAudio is missing or not allowed. */
  play(): void {
    try {
      this.context ??= new AudioContext();
      const context = this.context;
      if (context.state === 'suspended') void context.resume();
      const start = context.currentTime + 0.01;
      for (const [offset, frequency] of [
        [0, 880],
        [0.11, 1320],
      ] as const) {
        const tone = context.createOscillator();
        const gain = context.createGain();
        tone.type = 'sine';
        tone.frequency.value = frequency;
        // A quick rise and fall: no click at either end.
        gain.gain.setValueAtTime(0, start + offset);
        gain.gain.linearRampToValueAtTime(this.volume, start + offset + 0.015);
        gain.gain.exponentialRampToValueAtTime(0.0001, start + offset + 0.12);
        tone.connect(gain).connect(context.destination);
        tone.start(start + offset);
        tone.stop(start + offset + 0.13);
      }
    } catch {
      // No sound is no reason to fail: the visual cue still shows.
    }
  }

  async dispose(): Promise<void> {
    const context = this.context;
    this.context = undefined;
    await context?.close();
  }
}
