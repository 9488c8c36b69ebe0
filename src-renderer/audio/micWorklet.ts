// The microphone's AudioWorklet: runs on the audio thread, gathers 128-sample render quanta
// into chunks of about 50 ms and posts them (transferred, not copied) with their RMS level.
// Bundled on its own as mic-worklet.js.

declare abstract class AudioWorkletProcessor {
  readonly port: MessagePort;
  abstract process(inputs: Float32Array[][], outputs: Float32Array[][]): boolean;
}
declare function registerProcessor(name: string, processor: new () => AudioWorkletProcessor): void;
declare const sampleRate: number;

class MicChunker extends AudioWorkletProcessor {
  private buffer = new Float32Array(Math.round(sampleRate / 20));
  private filled = 0;

  process(inputs: Float32Array[][]): boolean {
    const channels = inputs[0];
    const first = channels?.[0];
    if (!channels || !first) return true;
    for (let i = 0; i < first.length; i++) {
      // Mix down to mono.
      let sum = 0;
      for (const channel of channels) sum += channel[i] ?? 0;
      this.buffer[this.filled++] = sum / channels.length;
      if (this.filled === this.buffer.length) this.flush();
    }
    return true;
  }

  private flush(): void {
    const chunk = this.buffer;
    // Read the size first: transferring the buffer detaches it (its length becomes 0).
    const size = chunk.length;
    let energy = 0;
    for (const sample of chunk) energy += sample * sample;
    this.port.postMessage({ samples: chunk, rms: Math.sqrt(energy / chunk.length) }, [
      chunk.buffer,
    ]);
    this.buffer = new Float32Array(size);
    this.filled = 0;
  }
}

registerProcessor('hearth-mic', MicChunker);
