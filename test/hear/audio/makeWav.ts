// WAV files of every layout the reader must handle, written byte by byte so each test knows
// exactly what is in the header (wavefile decides some header details on its own).

export interface WavSpec {
  sampleRate: number;
  channels: number;
  encoding: 'int' | 'float';
  /** 1, 2, 3, 4 for int; 4, 8 for float. */
  bytesPerSample: number;
  /** WAVE_FORMAT_EXTENSIBLE (a 40-byte fmt chunk with a sub-format GUID). */
  extensible?: boolean;
  /** RIFX: big-endian samples and sizes. */
  bigEndian?: boolean;
  /** Overrides the format tag (0x55 for mp3 in WAV...). */
  formatTag?: number;
  /** Overrides the data chunk's declared size (a truncated file, an unknown size...). */
  declaredDataBytes?: number;
  /** Chunks written before "fmt " (LIST, junk...). */
  extraChunks?: { id: string; body: Uint8Array }[];
}

/** Interleaved samples in -1..1 (NaN and Infinity pass through for float formats). */
export function makeWav(spec: WavSpec, samples: Float32Array | number[]): Buffer {
  const le = !spec.bigEndian;
  const data = Buffer.alloc(samples.length * spec.bytesPerSample);
  samples.forEach((value, i) => writeSample(data, i * spec.bytesPerSample, value, spec, le));
  const blockAlign = spec.channels * spec.bytesPerSample;
  const fmt = Buffer.alloc(spec.extensible ? 40 : 16);
  const u16 = (at: number, v: number) => (le ? fmt.writeUInt16LE(v, at) : fmt.writeUInt16BE(v, at));
  const u32 = (at: number, v: number) => (le ? fmt.writeUInt32LE(v, at) : fmt.writeUInt32BE(v, at));
  const tag = spec.formatTag ?? (spec.encoding === 'float' ? 3 : 1);
  u16(0, spec.extensible ? 0xfffe : tag);
  u16(2, spec.channels);
  u32(4, spec.sampleRate);
  u32(8, spec.sampleRate * blockAlign);
  u16(12, blockAlign);
  u16(14, spec.bytesPerSample * 8);
  if (spec.extensible) {
    u16(16, 22);
    u16(18, spec.bytesPerSample * 8);
    u32(20, 0);
    // The sub-format GUID: the format tag, then the fixed tail 00000000-0010-8000-00AA00389B71.
    u32(24, tag);
    Buffer.from([0x00, 0x00, 0x10, 0x00, 0x80, 0x00, 0x00, 0xaa, 0x00, 0x38, 0x9b, 0x71]).copy(
      fmt,
      28,
    );
  }
  const chunk = (id: string, body: Uint8Array, size = body.length) => {
    const header = Buffer.alloc(8);
    header.write(id, 0, 'latin1');
    if (le) header.writeUInt32LE(size, 4);
    else header.writeUInt32BE(size, 4);
    return Buffer.concat([header, body, Buffer.alloc(body.length % 2)]);
  };
  const body = Buffer.concat([
    Buffer.from('WAVE', 'latin1'),
    ...(spec.extraChunks ?? []).map((c) => chunk(c.id, c.body)),
    chunk('fmt ', fmt),
    chunk('data', data, spec.declaredDataBytes ?? data.length),
  ]);
  const riff = Buffer.alloc(8);
  riff.write(spec.bigEndian ? 'RIFX' : 'RIFF', 0, 'latin1');
  if (le) riff.writeUInt32LE(body.length, 4);
  else riff.writeUInt32BE(body.length, 4);
  return Buffer.concat([riff, body]);
}

function writeSample(out: Buffer, at: number, value: number, spec: WavSpec, le: boolean): void {
  if (spec.encoding === 'float') {
    if (spec.bytesPerSample === 8) {
      if (le) out.writeDoubleLE(value, at);
      else out.writeDoubleBE(value, at);
    } else if (le) out.writeFloatLE(value, at);
    else out.writeFloatBE(value, at);
    return;
  }
  const clamped = Math.max(-1, Math.min(1, value));
  switch (spec.bytesPerSample) {
    case 1:
      out.writeUInt8(Math.max(0, Math.min(255, Math.round(clamped * 128 + 128))), at);
      return;
    case 2: {
      const v = Math.max(-32768, Math.min(32767, Math.round(clamped * 32768)));
      if (le) out.writeInt16LE(v, at);
      else out.writeInt16BE(v, at);
      return;
    }
    case 3: {
      const v = Math.max(-8388608, Math.min(8388607, Math.round(clamped * 8388608)));
      if (le) out.writeIntLE(v, at, 3);
      else out.writeIntBE(v, at, 3);
      return;
    }
    default: {
      const v = Math.max(-2147483648, Math.min(2147483647, Math.round(clamped * 2147483648)));
      if (le) out.writeInt32LE(v, at);
      else out.writeInt32BE(v, at);
    }
  }
}

/** A sine tone, `channels` interleaved copies (channel c scaled by `gains[c]`, default 1). */
export function tone(
  rate: number,
  hz: number,
  seconds: number,
  amplitude = 0.5,
  channels = 1,
  gains: number[] = [],
): Float32Array {
  const frames = Math.round(rate * seconds);
  const out = new Float32Array(frames * channels);
  for (let i = 0; i < frames; i++) {
    const s = amplitude * Math.sin((2 * Math.PI * hz * i) / rate);
    for (let c = 0; c < channels; c++) out[i * channels + c] = s * (gains[c] ?? 1);
  }
  return out;
}
