import { AssistantService } from '../../assistant/AssistantService.ts';
import type { VoiceInput } from '../../assistant/AssistantServiceVoice.ts';
import { defaultDataDir } from '../../assistant/AssistantServiceJsonFile.ts';
import { openVoiceInput } from '../../assistant/openVoiceInput.ts';
import type { AssistantServiceOptions } from '../../assistant/AssistantService.ts';
import { PROTOCOL_ADAPTERS } from '../../act/devices/protocolAdapters.ts';
import type { SpeechRecognizer } from '../../core/hear.ts';
import { buildUi, loadUiFolder } from './buildUi.ts';
import type { UiAssets } from './buildUi.ts';
import { HubServer } from './HubServer.ts';
import type { HubServerOptions } from './HubServer.ts';

// The hub's composition root: an AssistantService over real device adapters, the interface's
// files, and the server. Used by `hearth hub`, tests and the benchmark alike.

export interface StartHubOptions
  extends
    Omit<AssistantServiceOptions, 'assistant' | 'voice'>,
    Pick<HubServerOptions, 'host' | 'port' | 'requireToken' | 'token' | 'session'> {
  /** A folder of prebuilt interface files. Default: bundle src-renderer/ now, in memory. */
  uiDir?: string;
  /** Interface files already built (tests share one build). Overrides uiDir. */
  assets?: UiAssets;
  /**
   * Speech input: 'auto' loads the voice pipeline (voice detection, and speech to text when a
   * model is installed), 'none' goes without. Default 'auto'.
   */
  voice?: VoiceInput | 'auto' | 'none';
  /** Speech to text for voice 'auto'. Default: whisper with the best installed model, or none. */
  recognizer?: SpeechRecognizer | null;
  /** Where wake models live for voice 'auto'. Default: the models folder (HEARTH_MODELS_DIR). */
  modelsDir?: string;
  /** Per-request device timeout in ms. Default 2000. */
  deviceTimeoutMs?: number;
}

export interface Hub {
  server: HubServer;
  service: AssistantService;
  /** Stops serving, then shuts the assistant down (devices, files). */
  close(): Promise<void>;
}

export async function startHub(options: StartHubOptions): Promise<Hub> {
  const assets =
    options.assets ?? (options.uiDir ? await loadUiFolder(options.uiDir) : await buildUi());
  const { voice, notices } = await createVoice(options);
  const { deviceTimeoutMs, host, port, requireToken, token, session } = options;
  const service = await AssistantService.open({
    home: options.home,
    ...(options.homeFile !== undefined ? { homeFile: options.homeFile } : {}),
    ...(options.dataDir !== undefined ? { dataDir: options.dataDir } : {}),
    ...(options.models !== undefined ? { models: options.models } : {}),
    ...(options.area !== undefined ? { area: options.area } : {}),
    ...(voice ? { voice } : {}),
    notices: [...(options.notices ?? []), ...notices],
    assistant: {
      deviceOptions: {
        factories: PROTOCOL_ADAPTERS,
        ...(deviceTimeoutMs !== undefined ? { timeoutMs: deviceTimeoutMs } : {}),
      },
    },
  });
  let server: HubServer;
  try {
    server = await HubServer.start({
      api: service,
      assets,
      ...(host !== undefined ? { host } : {}),
      ...(port !== undefined ? { port } : {}),
      ...(requireToken !== undefined ? { requireToken } : {}),
      ...(token !== undefined ? { token } : {}),
      ...(session !== undefined ? { session } : {}),
    });
  } catch (error) {
    await service.dispose();
    throw error;
  }
  return {
    server,
    service,
    async close() {
      await server.close();
      await service.dispose();
    },
  };
}

async function createVoice(
  options: StartHubOptions,
): Promise<{ voice?: VoiceInput; notices: string[] }> {
  const voice = options.voice ?? 'auto';
  if (voice === 'none') return { notices: [] };
  if (voice !== 'auto') return { voice, notices: [] };
  // As the desktop does: the wake gate Settings ask for; a missing model is a notice (in the
  // terminal, and to every browser that connects), and Hearth stays push-to-talk.
  const opened = await openVoiceInput({
    home: options.home,
    dataDir: options.dataDir ?? defaultDataDir(),
    ...(options.modelsDir !== undefined ? { modelsDir: options.modelsDir } : {}),
    ...(options.recognizer !== undefined ? { recognizer: options.recognizer } : {}),
  });
  for (const notice of opened.notices) process.emitWarning(`Hearth hub: ${notice}`);
  return opened;
}
