import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Home } from '../core/home.ts';
import type { SpeechRecognizer } from '../core/hear.ts';
import { ModelLocator } from '../models/ModelLocator.ts';
import type { VoiceInput } from './AssistantServiceVoice.ts';
import { AssistantServiceVoicePipeline } from './AssistantServiceVoicePipeline.ts';
import { createWakeGate } from './createWakeGate.ts';
import type { WakeSettings } from './createWakeGate.ts';
import { DEFAULT_SETTINGS, settingsSchema } from './SettingsStore.ts';
import { voicePrompt } from './VoicePrompt.ts';

// The speech input every surface that hears builds the same way (the desktop's assistant
// process and `hearth hub`): the voice pipeline, behind the wake gate that Settings ask for.
// Nothing here may stop Hearth from starting: a wake model that is missing or broken is a
// plain notice and push-to-talk; no voice detection at all is a notice and typing only.

export interface OpenVoiceInputOptions {
  home: Home;
  /** The data folder whose settings.json chooses the wake word. */
  dataDir: string;
  /** Where wake models live (`openwakeword/` in it). Default: ModelLocator's folder. */
  modelsDir?: string;
  /** Speech to text. Default: whisper with the best installed model, or none. */
  recognizer?: SpeechRecognizer | null;
}

export interface OpenedVoiceInput {
  /** Undefined when no speech input could be made: Hearth then works by text. */
  voice?: VoiceInput;
  /** Things to tell the user about it, in plain words. */
  notices: string[];
}

export async function openVoiceInput(options: OpenVoiceInputOptions): Promise<OpenedVoiceInput> {
  const notices: string[] = [];
  // Hands-free as Settings have it at start; AssistantService passes later changes on.
  const modelsDir = options.modelsDir ?? new ModelLocator().dir;
  const wake = await createWakeGate(await savedWakeSettings(options.dataDir), modelsDir);
  if (!wake.gate && wake.status) notices.push(wake.status);
  try {
    const voice = await AssistantServiceVoicePipeline.create({
      prompt: voicePrompt(options.home),
      ...(options.recognizer !== undefined ? { recognizer: options.recognizer } : {}),
      ...(wake.gate ? { wake: wake.gate, disposeWake: true } : {}),
      wakeModelsDir: modelsDir,
    });
    return { voice, notices };
  } catch (error) {
    await wake.gate?.detector.dispose();
    const why = error instanceof Error ? error.message : String(error);
    notices.push(`Speech input is not available: ${why}`);
    return { notices };
  }
}

/** The wake-word settings, read without side effects (defaults when the file is missing or bad). */
export async function savedWakeSettings(dataDir: string): Promise<WakeSettings> {
  let data: unknown;
  try {
    data = JSON.parse(await readFile(join(dataDir, 'settings.json'), 'utf8'));
  } catch {
    data = undefined;
  }
  const saved = settingsSchema.safeParse(
    (data as { settings?: unknown } | null | undefined)?.settings ?? {},
  );
  return saved.success ? saved.data : DEFAULT_SETTINGS;
}
