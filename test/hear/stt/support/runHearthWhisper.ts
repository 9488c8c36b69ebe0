import { spawn } from 'node:child_process';
import { whisperLineSchema } from '../../../../src-main/hear/stt/whisperProtocol.ts';
import type { WhisperLine, WhisperRequest } from '../../../../src-main/hear/stt/whisperProtocol.ts';

export interface Run {
  lines: WhisperLine[];
  code: number | null;
  stderr: string;
}

/** Runs hearth-whisper with `args`, feeds it `input` then end of input, and parses every line. */
export function runHearthWhisper(binary: string, args: string[], input: Buffer): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(binary, args, { stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (c: string) => (stdout += c));
    child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
    child.stdin.on('error', () => {});
    child.on('error', reject);
    child.on('close', (code) => {
      const raw = stdout.split('\n').filter((l) => l.length > 0);
      // Every line on stdout must be a protocol line: nothing else may leak there.
      const lines = raw.map((l) => whisperLineSchema.parse(JSON.parse(l)));
      resolve({ lines, code, stderr });
    });
    child.stdin.end(input);
  });
}

/** A request with the protocol's usual values, and `extra` over them. */
export const whisperRequest = (
  id: number,
  extra: Partial<WhisperRequest> = {},
): WhisperRequest => ({
  id,
  language: 'en',
  prompt: '',
  threads: 2,
  audio_ctx: 0,
  max_prompt_tokens: 64,
  fallback: false,
  ...extra,
});
