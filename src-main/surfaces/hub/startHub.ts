import { AssistantService } from '../../assistant/AssistantService.ts';
import type { VoiceInput } from '../../assistant/AssistantServiceVoice.ts';
import { AssistantServiceVoicePipeline } from '../../assistant/AssistantServiceVoicePipeline.ts';
import { voicePrompt } from '../../assistant/VoicePrompt.ts';
import type { AssistantServiceOptions } from '../../assistant/AssistantService.ts';
import { PROTOCOL_ADAPTERS } from '../../act/devices/protocolAdapters.ts';
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
  const voice = await createVoice(options);
  const { deviceTimeoutMs, host, port, requireToken, token, session } = options;
  const service = await AssistantService.open({
    home: options.home,
    ...(options.homeFile !== undefined ? { homeFile: options.homeFile } : {}),
    ...(options.dataDir !== undefined ? { dataDir: options.dataDir } : {}),
    ...(options.models !== undefined ? { models: options.models } : {}),
    ...(options.area !== undefined ? { area: options.area } : {}),
    ...(voice ? { voice } : {}),
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

async function createVoice(options: StartHubOptions): Promise<VoiceInput | undefined> {
  const voice = options.voice ?? 'auto';
  if (voice === 'none') return undefined;
  if (voice !== 'auto') return voice;
  try {
    return await AssistantServiceVoicePipeline.create({ prompt: voicePrompt(options.home) });
  } catch (error) {
    // Without voice detection Hearth still works by text; startListening says why it cannot listen.
    const why = error instanceof Error ? error.message : String(error);
    process.emitWarning(`Hearth hub: speech input is not available: ${why}`);
    return undefined;
  }
}
