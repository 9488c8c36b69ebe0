import { z } from 'zod';
import { ASSISTANT_API_METHODS } from '../../core/assistantApi.ts';
import type { AssistantApiMethod } from '../../core/assistantApi.ts';

// The messages between Electron's main process and the assistant's own process (an Electron
// utility process; a Node child process in tests). Each side checks what it receives:
// main because that process runs native inference and may be in any state, the host
// because a message is the only way in.

export type MainToHost =
  | { kind: 'call'; id: number; method: AssistantApiMethod; args: unknown[] }
  | { kind: 'audio'; samples: Float32Array; sampleRate: number }
  | { kind: 'ping'; seq: number }
  | { kind: 'stop' };

export type HostToMain =
  | { kind: 'ready' }
  | { kind: 'result'; id: number; ok: true; value?: unknown }
  | { kind: 'result'; id: number; ok: false; error: string }
  | { kind: 'event'; event: unknown }
  | { kind: 'pong'; seq: number }
  /** Cannot start (an invalid home file...): restarting would not help. */
  | { kind: 'failed'; message: string };

const callId = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);

export const mainToHostSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('call'),
    id: callId,
    method: z.enum(ASSISTANT_API_METHODS),
    args: z.array(z.unknown()).max(8),
  }),
  z.strictObject({
    kind: z.literal('audio'),
    samples: z.instanceof(Float32Array),
    sampleRate: z.number(),
  }),
  z.strictObject({ kind: z.literal('ping'), seq: callId }),
  z.strictObject({ kind: z.literal('stop') }),
]);

export const hostToMainSchema = z.union([
  z.strictObject({ kind: z.literal('ready') }),
  z.strictObject({
    kind: z.literal('result'),
    id: callId,
    ok: z.literal(true),
    value: z.unknown().optional(),
  }),
  z.strictObject({
    kind: z.literal('result'),
    id: callId,
    ok: z.literal(false),
    error: z.string().max(2000),
  }),
  z.strictObject({ kind: z.literal('event'), event: z.unknown() }),
  z.strictObject({ kind: z.literal('pong'), seq: callId }),
  z.strictObject({ kind: z.literal('failed'), message: z.string().max(4000) }),
]);

/** The two ends of a message channel, whatever carries it. */
export interface MessagePort<In, Out> {
  post(message: Out): void;
  /** Registers the receiver; returns the function that removes it. */
  onMessage(listener: (message: In | unknown) => void): () => void;
}
