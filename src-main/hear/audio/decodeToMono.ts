import type { WavFormat } from './readWavHeader.ts';

/** Mono samples in -1..1 decoded from whole frames of a WAV data chunk. */
export interface DecodedBlock {
  samples: Float32Array;
  /** NaN or infinite samples found (and replaced by silence). */
  nonFinite: number;
}

/**
 * Decodes `bytes` (whole frames, interleaved channels) to mono by averaging the channels.
 * Float samples that are NaN or infinite become 0; everything is clamped to -1..1.
 */
export function decodeToMono(bytes: Uint8Array, format: WavFormat): DecodedBlock {
  const { channels, bytesPerSample, blockAlign, encoding } = format;
  const littleEndian = !format.bigEndian;
  const frames = Math.floor(bytes.length / blockAlign);
  const view = new DataView(bytes.buffer, bytes.byteOffset, frames * blockAlign);
  const samples = new Float32Array(frames);
  const read = sampleReader(encoding, bytesPerSample, littleEndian);
  const scale = 1 / channels;
  let nonFinite = 0;
  for (let i = 0, at = 0; i < frames; i++) {
    let sum = 0;
    for (let c = 0; c < channels; c++, at += bytesPerSample) {
      const value = read(view, at);
      if (Number.isFinite(value)) sum += value;
      else nonFinite++;
    }
    const mixed = sum * scale;
    samples[i] = mixed > 1 ? 1 : mixed < -1 ? -1 : mixed;
  }
  return { samples, nonFinite };
}

type Reader = (view: DataView, at: number) => number;

function sampleReader(encoding: 'int' | 'float', bytes: number, le: boolean): Reader {
  if (encoding === 'float') {
    return bytes === 8 ? (v, at) => v.getFloat64(at, le) : (v, at) => v.getFloat32(at, le);
  }
  switch (bytes) {
    case 1:
      // 8-bit WAV is unsigned, centred on 128.
      return (v, at) => (v.getUint8(at) - 128) / 128;
    case 2:
      return (v, at) => v.getInt16(at, le) / 32768;
    case 3:
      return le
        ? (v, at) =>
            (v.getUint8(at) | (v.getUint8(at + 1) << 8) | (v.getInt8(at + 2) << 16)) / 8388608
        : (v, at) =>
            (v.getUint8(at + 2) | (v.getUint8(at + 1) << 8) | (v.getInt8(at) << 16)) / 8388608;
    default:
      return (v, at) => v.getInt32(at, le) / 2147483648;
  }
}
