import { z } from 'zod';
import type { AssistantApiMethod, Settings } from '../../core/assistantApi.ts';
import { settingsPatchSchema } from '../../assistant/SettingsStore.ts';
import { modelDownloadRequestSchema } from '../../models/modelDownloadRequest.ts';

// What main accepts from the window, member by member, as zod schemas over the argument
// list. The renderer is treated as untrusted input: a page bug or injected script can send
// anything through the bridge, so every argument has a type, a size and a shape, and a
// list with one argument too many is refused rather than trimmed.

/** Longest typed command accepted (characters): far beyond any spoken sentence. */
export const MAX_TEXT_LENGTH = 2000;
/** Longest id (device, confirmation) or command name. */
export const MAX_ID_LENGTH = 200;
/** Longest home file path accepted. */
export const MAX_PATH_LENGTH = 4096;
/** Most samples in one audio message: 2 s at 48 kHz (the renderer sends about 20 ms). */
export const MAX_AUDIO_SAMPLES = 96_000;

const id = z
  .string()
  .min(1)
  .max(MAX_ID_LENGTH)
  .regex(/^[A-Za-z0-9_.:-]+$/);
// Device ids as the home file allows them (home/homeSchema.ts DEVICE_ID).
const deviceId = z
  .string()
  .min(1)
  .max(MAX_ID_LENGTH)
  .regex(/^[a-z0-9_.]+$/);
const command = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[a-z_]+$/);
const commandValue = z.union([z.number().finite(), z.string().max(MAX_ID_LENGTH)]);
const filePath = z
  .string()
  .min(1)
  .max(MAX_PATH_LENGTH)
  .refine((value) => !value.includes('\0'), 'a file path cannot contain a NUL character');
const modelName = z
  .string()
  .max(MAX_ID_LENGTH)
  .regex(/^[a-z0-9][a-z0-9._-]*$/);
// Only the keys named, each optional and without defaults: a patch that names one setting
// must not carry the others (a default filled in here would overwrite the user's value).
const settingsPatch = z.strictObject({
  theme: z.enum(['system', 'light', 'dark']).optional(),
  historyDays: z.number().int().min(0).max(36_500).nullable().optional(),
  microphoneId: z.string().max(512).nullable().optional(),
  handsFree: z.boolean().optional(),
  sttModel: modelName.nullable().optional(),
  llmModel: modelName.nullable().optional(),
  homeFile: filePath.nullable().optional(),
  // The hands-free fields as the settings store checks them (one definition of their limits).
  ...settingsPatchSchema.pick({
    wakeWord: true,
    wakeThreshold: true,
    followUpSeconds: true,
    voiceUnlock: true,
    spokenReplies: true,
  }).shape,
}) satisfies z.ZodType<Partial<Settings>>;
const text = z
  .string()
  .max(MAX_TEXT_LENGTH)
  .refine((value) => value.trim().length > 0, 'the command is empty');

export const INVOKE_ARGS = {
  getHome: z.tuple([]),
  sendText: z.tuple([text]),
  confirm: z.tuple([id, z.boolean()]),
  control: z.tuple([deviceId, command, commandValue.optional()]),
  startListening: z.tuple([]),
  stopListening: z.tuple([]),
  getSettings: z.tuple([]),
  updateSettings: z.tuple([settingsPatch]),
  getHistory: z.tuple([]),
  clearHistory: z.tuple([]),
  listModels: z.tuple([]),
  downloadModel: z.tuple([modelDownloadRequestSchema]),
  checkHomeFile: z.tuple([filePath]),
  importHomeAssistant: z.tuple([
    z.strictObject({
      url: z.string().min(1).max(2048),
      token: z.string().min(1).max(4096),
      apply: z.boolean(),
    }),
  ]),
} as const satisfies Record<AssistantApiMethod, z.ZodType>;

export type InvokeArgs = { [K in AssistantApiMethod]: z.output<(typeof INVOKE_ARGS)[K]> };

const samples = z
  .instanceof(Float32Array)
  .refine((a) => a.length > 0 && a.length <= MAX_AUDIO_SAMPLES, 'wrong number of samples')
  // NaN or Infinity would poison every filter downstream (level meter, VAD, recogniser).
  .refine((a) => a.every(Number.isFinite), 'samples must be finite numbers');

export const AUDIO_ARGS = z.tuple([samples, z.number().int().min(8000).max(192_000)]);

/** A plain-words summary of why arguments were refused (no payload echoed back). */
export function describeRejection(member: string, error: z.ZodError): string {
  const first = error.issues[0];
  const where = first && first.path.length > 0 ? ` (argument ${String(first.path[0])})` : '';
  return `Hearth refused a ${member} request from the window: ${first?.message ?? 'bad arguments'}${where}`;
}
