import { z } from 'zod';
import type { AssistantApiMethod, AssistantEvent } from '../../core/assistantApi.ts';
import { settingsPatchSchema } from '../../assistant/SettingsStore.ts';
import { modelDownloadRequestSchema } from '../../models/modelDownloadRequest.ts';

// The hub's WebSocket messages. Text frames carry JSON: calls from the page
// ({id, method, params}) answered by {id, ok, result | error}, and events pushed as {event}.
// Binary frames carry microphone audio (see decodeAudioFrame). Every incoming message is
// checked here before anything acts on it.

const id = z
  .number()
  .int()
  .min(0)
  .max(2 ** 31);
const deviceId = z.string().min(1).max(200);
const none = z.tuple([]);

const call = <M extends AssistantApiMethod, P extends z.ZodType>(method: M, params: P) =>
  z.strictObject({ id, method: z.literal(method), params });

export const clientMessageSchema = z.discriminatedUnion('method', [
  call('getHome', none),
  call('sendText', z.tuple([z.string().max(2000)])),
  call('confirm', z.tuple([z.string().min(1).max(200), z.boolean()])),
  call(
    'control',
    z.union([
      z.tuple([deviceId, deviceId]),
      z.tuple([deviceId, deviceId, z.union([z.number().finite(), z.string().max(100)])]),
    ]),
  ),
  call('startListening', none),
  call('stopListening', none),
  call('getSettings', none),
  call('updateSettings', z.tuple([settingsPatchSchema])),
  call('getHistory', none),
  call('clearHistory', none),
  call('listModels', none),
  call('downloadModel', z.tuple([modelDownloadRequestSchema])),
  call('checkHomeFile', z.tuple([z.string().min(1).max(4096)])),
  call(
    'importHomeAssistant',
    z.tuple([
      z.strictObject({
        url: z.string().min(1).max(2048),
        token: z.string().min(1).max(4096),
        apply: z.boolean(),
      }),
    ]),
  ),
]);

export type ClientMessage = z.infer<typeof clientMessageSchema>;

/** What the hub sends: a call's answer, an event, or a complaint about a message it refused. */
export type ServerMessage =
  | { id: number; ok: true; result: unknown }
  | { id: number; ok: false; error: string }
  | { event: AssistantEvent }
  | { error: string };

/** Largest message the hub accepts, in bytes (1 s of 192 kHz audio fits). */
export const MAX_MESSAGE_BYTES = 1 << 20;

export const MIN_SAMPLE_RATE = 8000;
export const MAX_SAMPLE_RATE = 192_000;

export type ParsedClientMessage =
  { ok: true; message: ClientMessage } | { ok: false; id?: number; error: string };

/** Reads one text frame; never throws. */
export function parseClientMessage(text: string): ParsedClientMessage {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, error: 'the message is not JSON' };
  }
  const result = clientMessageSchema.safeParse(data);
  if (result.success) return { ok: true, message: result.data };
  const rawId = (data as { id?: unknown } | null)?.id;
  const issue = result.error.issues[0];
  const where = issue?.path.length ? `${issue.path.join('.')}: ` : '';
  return {
    ok: false,
    ...(id.safeParse(rawId).success ? { id: rawId as number } : {}),
    error: `the message is not a valid call (${where}${issue?.message ?? 'unknown problem'})`,
  };
}

/**
 * A binary frame of microphone audio: the sample rate as a little-endian uint32, then mono
 * little-endian float32 samples. Undefined when malformed.
 */
export function decodeAudioFrame(
  data: Buffer,
): { samples: Float32Array; sampleRate: number } | undefined {
  if (data.byteLength < 8 || data.byteLength % 4 !== 0) return undefined;
  const sampleRate = data.readUInt32LE(0);
  if (sampleRate < MIN_SAMPLE_RATE || sampleRate > MAX_SAMPLE_RATE) return undefined;
  const samples = new Float32Array((data.byteLength - 4) / 4);
  for (let i = 0; i < samples.length; i++) {
    const value = data.readFloatLE(4 + i * 4);
    // Clipped, not trusted: NaN or huge values would poison voice detection.
    samples[i] = Number.isFinite(value) ? Math.max(-1, Math.min(1, value)) : 0;
  }
  return { samples, sampleRate };
}

/** The page's side of decodeAudioFrame. */
export function encodeAudioFrame(samples: Float32Array, sampleRate: number): ArrayBuffer {
  const buffer = new ArrayBuffer(4 + samples.length * 4);
  const view = new DataView(buffer);
  view.setUint32(0, sampleRate, true);
  samples.forEach((s, i) => view.setFloat32(4 + i * 4, s, true));
  return buffer;
}
