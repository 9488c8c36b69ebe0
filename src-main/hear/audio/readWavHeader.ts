import type { FileHandle } from 'node:fs/promises';
import wavefile from 'wavefile';
import { AudioFileError } from './AudioFileError.ts';

// Finds the format and the audio data of a WAV file by reading only its chunk headers, so a
// long recording is never loaded whole. wavefile interprets the "fmt " chunk (plain and
// WAVE_FORMAT_EXTENSIBLE); the chunk walk is ours because wavefile wants the whole file.

export interface WavFormat {
  sampleRate: number;
  channels: number;
  /** Integer PCM (8-bit unsigned, 16/24/32-bit signed) or IEEE float (32/64-bit). */
  encoding: 'int' | 'float';
  /** Bytes per sample of one channel: 1, 2, 3, 4 (int) or 4, 8 (float). */
  bytesPerSample: number;
  /** Bytes of one frame (a sample of every channel). */
  blockAlign: number;
  bigEndian: boolean;
  /** Where the samples start in the file, and how many whole frames there are. */
  dataOffset: number;
  frames: number;
}

/** Codec names for the format tags people meet in practice, for a message that says what it is. */
const CODECS: Readonly<Record<number, string>> = {
  0x0002: 'Microsoft ADPCM',
  0x0006: 'A-law',
  0x0007: 'mu-law',
  0x0011: 'IMA ADPCM',
  0x0031: 'GSM 6.10',
  0x0050: 'MPEG audio',
  0x0055: 'mp3',
  0x00ff: 'AAC',
  0x0161: 'WMA',
  0x1610: 'AAC',
  0x674f: 'Ogg Vorbis',
  0xf1ac: 'FLAC',
};

const MAX_CHUNKS = 1000;
const MIN_RATE = 1000;
const MAX_RATE = 768_000;
const UNKNOWN_SIZE = 0xffffffff;

/** Reads and checks the header; throws an AudioFileError that says what is wrong. */
export async function readWavHeader(
  handle: FileHandle,
  file: string,
  fileSize: number,
): Promise<WavFormat> {
  const notWav = (why: string) =>
    new AudioFileError(
      file,
      `${file} is not a WAV file (${why}); Hearth reads WAV audio: convert it first (for example: ffmpeg -i ${file} -ar 16000 -ac 1 out.wav)`,
    );
  const corrupt = (why: string) =>
    new AudioFileError(
      file,
      `${file} is not a WAV file Hearth can read (its header is damaged: ${why}); record or export it again`,
    );
  if (fileSize === 0) throw notWav('it is empty');
  const head = await readAt(handle, 0, 12);
  const container = head.toString('latin1', 0, 4);
  if (head.length < 12 || !['RIFF', 'RIFX', 'RF64'].includes(container)) {
    throw notWav(head.length < 12 ? `it is only ${head.length} bytes long` : guessKind(head));
  }
  if (head.toString('latin1', 8, 12) !== 'WAVE')
    throw notWav(`it is a ${container} file but not WAVE audio`);
  if (container === 'RF64') {
    throw new AudioFileError(
      file,
      `${file} is an RF64 (very large) WAV file, which Hearth cannot read; convert it to a plain WAV file first`,
    );
  }
  const bigEndian = container === 'RIFX';
  let fmt: Buffer | undefined;
  let data: { offset: number; size: number } | undefined;
  let offset = 12;
  for (let n = 0; n < MAX_CHUNKS && offset + 8 <= fileSize && !(fmt && data); n++) {
    const header = await readAt(handle, offset, 8);
    const id = header.toString('latin1', 0, 4);
    const size = bigEndian ? header.readUInt32BE(4) : header.readUInt32LE(4);
    if (!/^[\x20-\x7e]{4}$/.test(id))
      throw corrupt(`a chunk at byte ${offset} has no readable name`);
    if (id === 'fmt ') {
      if (size < 16 || size > 1024) throw corrupt(`its format chunk is ${size} bytes long`);
      fmt = Buffer.concat([header, await readAt(handle, offset + 8, size)]);
      if (fmt.length < 8 + size) throw notWav('its header is cut short');
    } else if (id === 'data') {
      data = { offset: offset + 8, size };
    }
    if (id === 'data' && size === UNKNOWN_SIZE) break;
    offset += 8 + size + (size % 2);
  }
  if (!fmt)
    throw notWav(
      data ? 'its format chunk is missing' : 'its header is cut short or has no format chunk',
    );
  if (!data)
    throw new AudioFileError(
      file,
      `${file} has no audio (its WAV header has no data chunk); record or export it again`,
    );

  const wav = new wavefile.WaveFile();
  // Only the header: "fmt " and an empty "data" chunk. wavefile reads the fields, we check them.
  const dataHeader = Buffer.from('data\0\0\0\0', 'latin1');
  const riff = Buffer.alloc(12);
  riff.write(container, 0, 'latin1');
  riff.write('WAVE', 8, 'latin1');
  try {
    wav.fromBuffer(Buffer.concat([riff, fmt, dataHeader]), false);
  } catch (error) {
    throw corrupt(error instanceof Error ? error.message : String(error));
  }
  const f = wav.fmt as {
    audioFormat: number;
    numChannels: number;
    sampleRate: number;
    blockAlign: number;
    bitsPerSample: number;
    subformat?: number[];
  };
  const tag =
    f.audioFormat === 0xfffe && f.subformat?.length
      ? (f.subformat[0] ?? 0) & 0xffff
      : f.audioFormat;
  if (tag !== 1 && tag !== 3) {
    const known = CODECS[tag];
    const codec = known
      ? `the ${known} codec`
      : `an unknown codec (format tag 0x${tag.toString(16).padStart(4, '0')})`;
    throw new AudioFileError(
      file,
      `${file} uses ${codec} inside WAV, which Hearth cannot read; convert it to PCM (for example: ffmpeg -i ${file} -c:a pcm_s16le out.wav)`,
    );
  }
  if (f.numChannels < 1) throw corrupt('it says the audio has no channels');
  if (f.blockAlign < f.numChannels || f.blockAlign % f.numChannels !== 0)
    throw corrupt(`its block size ${f.blockAlign} does not fit ${f.numChannels} channel(s)`);
  if (f.sampleRate < MIN_RATE || f.sampleRate > MAX_RATE) {
    if (f.sampleRate === 0) throw corrupt('it says the sample rate is 0');
    throw new AudioFileError(
      file,
      `${file} has a sample rate of ${f.sampleRate} Hz, which Hearth cannot read; convert it to 16000 Hz (for example: sox ${file} -r 16000 out.wav)`,
    );
  }
  const bytesPerSample = f.blockAlign / f.numChannels;
  const encoding = tag === 3 ? 'float' : 'int';
  const supported = encoding === 'float' ? [4, 8] : [1, 2, 3, 4];
  if (!supported.includes(bytesPerSample)) {
    throw new AudioFileError(
      file,
      `${file} uses ${bytesPerSample * 8}-bit ${encoding === 'float' ? 'floating-point' : 'integer'} samples, which Hearth cannot read; convert it to 16-bit PCM (for example: sox ${file} -b 16 out.wav)`,
    );
  }

  const available = fileSize - data.offset;
  let dataBytes = data.size;
  // Writers that stream (pipes, some recorders) leave the size unknown: read to the end.
  if (data.size === UNKNOWN_SIZE) dataBytes = available;
  else if (data.size > available) {
    const seconds = (bytes: number) => (bytes / f.blockAlign / f.sampleRate).toFixed(1);
    throw new AudioFileError(
      file,
      `${file} is cut short: its header promises ${seconds(data.size)} s of audio but the file holds only ${seconds(Math.max(0, available))} s; record or export it again`,
    );
  }
  const frames = Math.floor(dataBytes / f.blockAlign);
  if (frames === 0)
    throw new AudioFileError(file, `${file} has no audio (0 samples); record it again`);
  return {
    sampleRate: f.sampleRate,
    channels: f.numChannels,
    encoding,
    bytesPerSample,
    blockAlign: f.blockAlign,
    bigEndian,
    dataOffset: data.offset,
    frames,
  };
}

async function readAt(handle: FileHandle, position: number, length: number): Promise<Buffer> {
  const buffer = Buffer.alloc(length);
  const { bytesRead } = await handle.read(buffer, 0, length, position);
  return buffer.subarray(0, bytesRead);
}

/** What a file that is not WAV probably is, from its first bytes. */
function guessKind(head: Buffer): string {
  const text = head.toString('latin1');
  if (text.startsWith('ID3') || (head[0] === 0xff && ((head[1] ?? 0) & 0xe0) === 0xe0))
    return 'it looks like an MP3 file';
  if (text.startsWith('OggS')) return 'it looks like an Ogg file';
  if (text.startsWith('fLaC')) return 'it looks like a FLAC file';
  if (text.slice(4, 8) === 'ftyp') return 'it looks like an MP4/M4A file';
  if (head.readUInt32BE(0) === 0x1a45dfa3) return 'it looks like a WebM/Matroska file';
  if (text.startsWith('FORM')) return 'it looks like an AIFF file';
  return 'it does not start with a RIFF/WAVE header';
}
