import { join } from 'node:path';
import { z } from 'zod';
import type { Settings } from '../core/assistantApi.ts';
import { JsonFile } from './AssistantServiceJsonFile.ts';

// The user's settings, in DATA_DIR/settings.json. Unknown keys in the file are dropped and a
// missing key takes its default, so files from older or newer versions still load.

const modelName = z.string().regex(/^[a-z0-9][a-z0-9._-]*$/, 'a model name from the catalogue');

const settingFields = {
  theme: z.enum(['system', 'light', 'dark']),
  historyDays: z.number().int().min(0).max(36_500).nullable(),
  microphoneId: z.string().max(512).nullable(),
  handsFree: z.boolean(),
  sttModel: modelName.nullable(),
  llmModel: modelName.nullable(),
  homeFile: z.string().min(1).max(4096).nullable(),
  wakeWord: z.union([
    z.literal('off'),
    z.string().regex(/^[a-z0-9][a-z0-9_]{0,63}$/, "an installed wake word's name, or 'off'"),
    // The user's own model (trained with openWakeWord's tools): an absolute path to it.
    z
      .string()
      .max(4096)
      .regex(/^(?:\/|[A-Za-z]:[\\/]).*\.onnx$/i, 'the full path of an openWakeWord .onnx file')
      .refine((value) => !value.includes('\0'), 'a file path cannot contain a NUL character'),
  ]),
  wakeThreshold: z.number().min(0.05).max(0.95),
  followUpSeconds: z.number().min(0).max(60),
  voiceUnlock: z.boolean(),
  spokenReplies: z.boolean(),
};

export const settingsSchema = z.object({
  theme: settingFields.theme.default('system'),
  historyDays: settingFields.historyDays.default(30),
  microphoneId: settingFields.microphoneId.default(null),
  handsFree: settingFields.handsFree.default(false),
  sttModel: settingFields.sttModel.default(null),
  llmModel: settingFields.llmModel.default(null),
  homeFile: settingFields.homeFile.default(null),
  wakeWord: settingFields.wakeWord.default('off'),
  wakeThreshold: settingFields.wakeThreshold.default(0.5),
  followUpSeconds: settingFields.followUpSeconds.default(5),
  voiceUnlock: settingFields.voiceUnlock.default(false),
  spokenReplies: settingFields.spokenReplies.default(true),
});

/** A change from the UI: only known keys, each valid, and no defaults (a patch changes only what it names). */
export const settingsPatchSchema = z.strictObject(settingFields).partial();

const fileSchema = z.object({ version: z.literal(1), settings: settingsSchema });

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze(settingsSchema.parse({}));

export class InvalidSettingsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidSettingsError';
  }
}

export class SettingsStore {
  private readonly file: JsonFile<z.infer<typeof fileSchema>>;
  private current: Settings = { ...DEFAULT_SETTINGS };

  /** `dir`: the data directory; the file is settings.json in it. */
  constructor(dir: string) {
    this.file = new JsonFile({
      path: join(dir, 'settings.json'),
      schema: fileSchema,
      empty: () => ({ version: 1 as const, settings: { ...DEFAULT_SETTINGS } }),
      what: 'settings',
    });
  }

  /** Reads the file; resolves with a notice when it was corrupt and set aside. */
  async load(): Promise<string | undefined> {
    const { value, notice } = await this.file.load();
    this.current = value.settings;
    return notice;
  }

  get(): Settings {
    return { ...this.current };
  }

  /** Validates and applies a change, then saves. Throws InvalidSettingsError, changing nothing. */
  async update(patch: unknown): Promise<Settings> {
    const result = settingsPatchSchema.safeParse(patch);
    if (!result.success) {
      const issue = result.error.issues[0];
      const where = issue?.path.join('.') || 'settings';
      throw new InvalidSettingsError(`${where}: ${issue?.message ?? 'invalid value'}`);
    }
    const next: Settings = { ...this.current };
    for (const [key, value] of Object.entries(result.data)) {
      if (value !== undefined) Object.assign(next, { [key]: value });
    }
    this.current = next;
    await this.file.save({ version: 1, settings: next });
    return this.get();
  }

  async flush(): Promise<void> {
    await this.file.flush();
  }
}
