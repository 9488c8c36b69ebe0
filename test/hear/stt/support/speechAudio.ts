import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';

// Audio for the speech-to-text tests: spoken commands made with espeak-ng and sox (Debian:
// apt-get install -y espeak-ng sox), plus tones and silence made here.

const run = promisify(execFile);
const RATE = 16_000;

let tools: Promise<boolean> | undefined;

/** Whether espeak-ng and sox can be run. */
export function hasSpeechTools(): Promise<boolean> {
  tools ??= Promise.all([run('espeak-ng', ['--version']), run('sox', ['--version'])]).then(
    () => true,
    () => false,
  );
  return tools;
}

export const SPEECH_TOOLS_MISSING =
  'espeak-ng and sox are needed: apt-get install -y espeak-ng sox';

/**
 * `text` spoken by espeak-ng, converted by sox to 16 kHz mono with `padSeconds` of silence
 * before and after; returns the samples and the WAV file's path.
 */
export async function speech(
  dir: string,
  name: string,
  text: string,
  padSeconds = 0.5,
): Promise<{ pcm: Float32Array; wav: string }> {
  const raw = join(dir, `${name}.espeak.wav`);
  const wav = join(dir, `${name}.wav`);
  const f32 = join(dir, `${name}.f32`);
  await run('espeak-ng', ['-v', 'en-us', '-s', '160', '-w', raw, text]);
  const pad = ['pad', String(padSeconds), String(padSeconds)];
  await run('sox', [raw, '-r', String(RATE), '-c', '1', '-b', '16', wav, ...pad]);
  await run('sox', [
    raw,
    '-r',
    String(RATE),
    '-c',
    '1',
    '-e',
    'floating-point',
    '-b',
    '32',
    '-t',
    'raw',
    f32,
    ...pad,
  ]);
  const bytes = await readFile(f32);
  // A copy: a Buffer's bytes need not be aligned for a Float32Array view.
  const pcm = new Float32Array(bytes.byteLength / 4);
  new Uint8Array(pcm.buffer).set(bytes);
  return { pcm, wav };
}

/** A quiet sine tone. */
export function tone(seconds: number, hz = 440): Float32Array {
  return Float32Array.from(
    { length: Math.round(seconds * RATE) },
    (_, i) => 0.1 * Math.sin((2 * Math.PI * hz * i) / RATE),
  );
}

/** Writes 16 kHz mono 16-bit PCM WAV. */
export async function writeWav(file: string, pcm: Float32Array): Promise<string> {
  const data = Buffer.alloc(pcm.length * 2);
  pcm.forEach((s, i) => data.writeInt16LE(Math.round(Math.max(-1, Math.min(1, s)) * 32767), i * 2));
  const header = Buffer.alloc(44);
  header.write('RIFF', 0, 'latin1');
  header.writeUInt32LE(36 + data.length, 4);
  header.write('WAVEfmt ', 8, 'latin1');
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20); // PCM
  header.writeUInt16LE(1, 22); // mono
  header.writeUInt32LE(RATE, 24);
  header.writeUInt32LE(RATE * 2, 28);
  header.writeUInt16LE(2, 32);
  header.writeUInt16LE(16, 34);
  header.write('data', 36, 'latin1');
  header.writeUInt32LE(data.length, 40);
  await writeFile(file, Buffer.concat([header, data]));
  return file;
}
