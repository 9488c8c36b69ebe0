import type { Settings } from '../core/assistantApi.ts';
import { resolveWakeModel } from '../hear/wake/resolveWakeModel.ts';
import { wakeWordName } from '../hear/wake/wakeWordName.ts';
import { WakeWordDetector } from '../hear/wake/WakeWordDetector.ts';
import { WakeGate } from './WakeGate.ts';

// The wake gate the user's settings ask for: none for push-to-talk ('off'), else the chosen
// word's openWakeWord model (an installed name, or the path of the user's own .onnx file) with its threshold and follow-up window. A model that is missing
// or broken is said in plain words and Hearth stays push-to-talk: it never stops the app.

export type WakeSettings = Pick<Settings, 'wakeWord' | 'wakeThreshold' | 'followUpSeconds'>;

export interface WakeSetup {
  /** The gate, when a wake word is chosen and its model loaded. Dispose its detector when done. */
  gate?: WakeGate;
  /** What to show: "Waiting for “hey jarvis”", or why hands-free is off. Undefined for push-to-talk. */
  status?: string;
}

/** `hey_jarvis` (or a file `/x/hey_bob_v2.onnx`) -> `hey jarvis`, as the user would say it. */
export function spokenWakeWord(nameOrFile: string): string {
  return wakeWordName(nameOrFile).replace(/_/g, ' ');
}

export async function createWakeGate(
  settings: WakeSettings,
  modelsDir: string,
): Promise<WakeSetup> {
  if (settings.wakeWord === 'off') return {};
  const said = spokenWakeWord(settings.wakeWord);
  try {
    const detector = await WakeWordDetector.load({
      ...resolveWakeModel(settings.wakeWord, modelsDir),
      threshold: settings.wakeThreshold,
    });
    return {
      gate: new WakeGate({ detector, followUpSeconds: settings.followUpSeconds }),
      status: `Waiting for “${said}”`,
    };
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return {
      status: `Hands-free is off: the wake word “${said}” cannot be used (${why}). Press the microphone button to talk.`,
    };
  }
}
