// Microphone capture: getUserMedia, then an AudioWorklet that hands over ~50 ms chunks of
// mono samples at the device's own rate (the assistant resamples).

export interface MicrophoneOptions {
  /** Each chunk of samples, with its rate and RMS level. */
  onChunk: (samples: Float32Array, sampleRate: number, rms: number) => void;
  /** URL of the bundled worklet. Default: mic-worklet.js beside the page. */
  workletUrl?: string;
}

export class MicrophoneError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MicrophoneError';
  }
}

export class Microphone {
  private readonly options: MicrophoneOptions;
  private stream: MediaStream | undefined;
  private context: AudioContext | undefined;
  /** A start in progress: a second start (the Talk button, then the 'listening' event) joins it. */
  private starting: Promise<void> | undefined;

  constructor(options: MicrophoneOptions) {
    this.options = options;
  }

  get open(): boolean {
    return this.stream !== undefined;
  }

  /** Opens the microphone (deviceId: a chosen one, or null for the system's default). */
  async start(deviceId: string | null): Promise<void> {
    if (this.stream) return;
    // Two streams at once would send every sample twice.
    this.starting ??= this.openStream(deviceId).finally(() => {
      this.starting = undefined;
    });
    return this.starting;
  }

  private async openStream(deviceId: string | null): Promise<void> {
    if (!navigator.mediaDevices?.getUserMedia) {
      throw new MicrophoneError(
        'This browser cannot use a microphone here (it needs http://127.0.0.1 or https).',
      );
    }
    let stream: MediaStream;
    try {
      stream = await navigator.mediaDevices.getUserMedia({
        audio: {
          ...(deviceId ? { deviceId: { exact: deviceId } } : {}),
          channelCount: 1,
          echoCancellation: true,
          noiseSuppression: true,
        },
      });
    } catch (error) {
      const name = error instanceof DOMException ? error.name : '';
      throw new MicrophoneError(
        name === 'NotAllowedError'
          ? 'Hearth may not use the microphone: allow it in the browser’s site settings.'
          : name === 'NotFoundError' || name === 'OverconstrainedError'
            ? 'No microphone was found: plug one in or choose another in Settings.'
            : `The microphone could not be opened (${error instanceof Error ? error.message : String(error)}).`,
      );
    }
    const context = new AudioContext();
    try {
      await context.audioWorklet.addModule(
        this.options.workletUrl ?? new URL('./mic-worklet.js', location.href).href,
      );
      const source = context.createMediaStreamSource(stream);
      const node = new AudioWorkletNode(context, 'hearth-mic');
      node.port.onmessage = (message: MessageEvent<{ samples: Float32Array; rms: number }>) =>
        this.options.onChunk(message.data.samples, context.sampleRate, message.data.rms);
      source.connect(node);
      // A silent path to the output keeps the graph (and so the worklet) running everywhere.
      const mute = context.createGain();
      mute.gain.value = 0;
      node.connect(mute).connect(context.destination);
      await context.resume();
    } catch (error) {
      for (const track of stream.getTracks()) track.stop();
      await context.close();
      throw new MicrophoneError(
        `The microphone could not be started (${error instanceof Error ? error.message : String(error)}).`,
      );
    }
    this.stream = stream;
    this.context = context;
  }

  async stop(): Promise<void> {
    for (const track of this.stream?.getTracks() ?? []) track.stop();
    this.stream = undefined;
    const context = this.context;
    this.context = undefined;
    await context?.close();
  }

  /** The microphones this computer has (names appear once access was granted). */
  static async list(): Promise<{ id: string; label: string }[]> {
    const devices = (await navigator.mediaDevices?.enumerateDevices?.()) ?? [];
    return devices
      .filter((d) => d.kind === 'audioinput' && d.deviceId && d.deviceId !== 'default')
      .map((d, i) => ({ id: d.deviceId, label: d.label || `Microphone ${i + 1}` }));
  }
}
