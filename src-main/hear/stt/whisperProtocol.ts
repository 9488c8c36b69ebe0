import { endianness } from 'node:os';
import { z } from 'zod';

// The lines hearth-whisper writes on its stdout, and the requests it reads on its stdin
// (native/hearth-whisper/protocol.h is the other side). Every line is validated: a reply that
// does not match is treated like a crash, never guessed at.

const modelSchema = z.object({
  type: z.string(),
  multilingual: z.boolean(),
  n_vocab: z.number().int(),
  n_audio_ctx: z.number().int().positive(),
  n_audio_state: z.number().int(),
  n_audio_layer: z.number().int(),
  n_text_layer: z.number().int(),
  n_mels: z.number().int(),
  ftype: z.number().int(),
  /** 0 for the empty test models. */
  tensors: z.number().int().nonnegative(),
  bytes: z.number().int().nonnegative(),
});

const readySchema = z.object({
  type: z.literal('ready'),
  pid: z.number().int().positive(),
  load_ms: z.number().nonnegative(),
  threads: z.number().int().positive(),
  model: modelSchema,
  system: z.string(),
});

const fatalSchema = z.object({
  type: z.literal('fatal'),
  code: z.string(),
  message: z.string(),
});

const resultSchema = z.object({
  type: z.literal('result'),
  id: z.number().int(),
  text: z.string(),
  segments: z.array(
    z.object({
      t0_ms: z.number().int().nonnegative(),
      t1_ms: z.number().int().nonnegative(),
      text: z.string(),
    }),
  ),
  language: z.string(),
  audio_ctx: z.number().int().positive(),
  /** Tokens of the prompt given to whisper, after the cut to max_prompt_tokens. */
  prompt_tokens: z.number().int().nonnegative(),
  /** The start of the prompt those tokens spell. */
  prompt_used: z.string(),
  timings: z.object({ mel_ms: z.number().nonnegative(), total_ms: z.number().nonnegative() }),
});

const errorSchema = z.object({
  type: z.literal('error'),
  id: z.number().int(),
  code: z.string(),
  message: z.string(),
});

export const whisperLineSchema = z.discriminatedUnion('type', [
  readySchema,
  fatalSchema,
  resultSchema,
  errorSchema,
]);

export type WhisperLine = z.infer<typeof whisperLineSchema>;
export type WhisperReady = z.infer<typeof readySchema>;
export type WhisperModelInfo = z.infer<typeof modelSchema>;
export type WhisperResult = z.infer<typeof resultSchema>;
export type WhisperReply = WhisperResult | z.infer<typeof errorSchema>;

export interface WhisperRequest {
  id: number;
  language: string;
  prompt: string;
  threads: number;
  /** 0: the model's full 30 s window. */
  audio_ctx: number;
  /** The prompt is cut to its longest start of whole names within this many tokens. */
  max_prompt_tokens: number;
  /** whisper's temperature fallback (extra decoding passes when unsure). */
  fallback: boolean;
}

/** One request's bytes: the JSON header line, then the samples as little-endian float32. */
export function encodeWhisperRequest(request: WhisperRequest, pcm: Float32Array): Buffer {
  const header = Buffer.from(`${JSON.stringify({ ...request, samples: pcm.length })}\n`);
  if (endianness() === 'LE') {
    return Buffer.concat([header, Buffer.from(pcm.buffer, pcm.byteOffset, pcm.byteLength)]);
  }
  const body = Buffer.alloc(pcm.length * 4);
  for (let i = 0; i < pcm.length; i++) body.writeFloatLE(pcm[i] ?? 0, i * 4);
  return Buffer.concat([header, body]);
}
