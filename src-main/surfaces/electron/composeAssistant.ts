import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PROTOCOL_ADAPTERS } from '../../act/devices/protocolAdapters.ts';
import { AssistantService } from '../../assistant/AssistantService.ts';
import type { VoiceInput } from '../../assistant/AssistantServiceVoice.ts';
import { defaultDataDir } from '../../assistant/AssistantServiceJsonFile.ts';
import { openVoiceInput } from '../../assistant/openVoiceInput.ts';
import type { Home } from '../../core/home.ts';
import { demoHome } from '../../home/demoHome.ts';
import { loadHomeFile } from '../../home/loadHome.ts';
import { resolveArea } from '../cli/loadCliHome.ts';
import { messageOf } from './messageOf.ts';

// The desktop app's composition root: the one place that builds its assistant, from the
// same modules the command line and the hub use (the home loader, AssistantService with
// the planner of createPlanner, every protocol's device adapters, the voice pipeline, the
// local history and settings), put together as the hub's startHub does. It runs in the
// assistant's own process (assistantHostMain.ts), never in Electron's main process.

export interface ComposeAssistantOptions {
  /** The home file (--home). Default: Settings' homeFile, else the built-in demo home. */
  homeFile?: string;
  /** The room the computer is in: an area id, name or alias. Default: the home's default. */
  area?: string;
  /** Where history and settings live. Default: defaultDataDir() (the CLI and hub's too). */
  dataDir?: string;
  /**
   * Speech input: 'auto' loads the voice pipeline (voice detection, and speech to text when
   * a model is installed); 'none' goes without (startListening then says why). Default 'auto'.
   */
  voice?: 'auto' | 'none';
  /** Per-request device timeout in ms. Default: the adapters' own (2000). */
  deviceTimeoutMs?: number;
}

export interface ComposedAssistant {
  service: AssistantService;
  /** Things the user should know about how it started (a saved home file that failed). */
  notices: string[];
}

/**
 * Builds and opens the assistant the window talks to. A home file given with --home must
 * be valid (HomeFileError otherwise); one saved in Settings that no longer loads is
 * reported and the demo home is used, so the window still opens to fix it.
 */
export async function composeAssistant(
  options: ComposeAssistantOptions = {},
): Promise<ComposedAssistant> {
  const dataDir = options.dataDir ?? defaultDataDir();
  const notices: string[] = [];
  let home: Home;
  let homeFile = options.homeFile;
  if (homeFile !== undefined) {
    home = loadHomeFile(homeFile);
  } else {
    homeFile = await savedHomeFile(dataDir);
    try {
      home = homeFile === undefined ? demoHome() : loadHomeFile(homeFile);
    } catch (error) {
      notices.push(
        `Your home file ${homeFile} could not be loaded, so Hearth opened the demo home. ` +
          `Fix it or choose another in Settings: ${messageOf(error).split('\n')[0]}`,
      );
      homeFile = undefined;
      home = demoHome();
    }
  }
  const area = options.area === undefined ? undefined : resolveArea(home, options.area);
  let voice: VoiceInput | undefined;
  if (options.voice !== 'none') {
    const opened = await openVoiceInput({ home, dataDir });
    voice = opened.voice;
    notices.push(...opened.notices);
  }
  const service = await AssistantService.open({
    home,
    dataDir,
    ...(homeFile !== undefined ? { homeFile } : {}),
    ...(area !== undefined ? { area } : {}),
    ...(voice ? { voice } : {}),
    assistant: {
      deviceOptions: {
        factories: PROTOCOL_ADAPTERS,
        ...(options.deviceTimeoutMs !== undefined ? { timeoutMs: options.deviceTimeoutMs } : {}),
      },
    },
  });
  return { service, notices };
}

/**
 * The home file chosen in Settings, read without side effects: AssistantService loads the
 * same file right after and is the one that reports (and sets aside) a corrupt one.
 */
async function savedHomeFile(dataDir: string): Promise<string | undefined> {
  try {
    const data: unknown = JSON.parse(await readFile(join(dataDir, 'settings.json'), 'utf8'));
    const file = (data as { settings?: { homeFile?: unknown } } | null)?.settings?.homeFile;
    return typeof file === 'string' && file.length > 0 ? file : undefined;
  } catch {
    return undefined;
  }
}
