import { SettingsStore } from '../../assistant/SettingsStore.ts';
import { defaultDataDir } from '../../assistant/AssistantServiceJsonFile.ts';
import { HearthError, UsageError } from '../../core/errors.ts';
import { demoHome } from '../../home/demoHome.ts';
import { loadHomeFile } from '../../home/loadHome.ts';
import { startHub } from '../hub/startHub.ts';
import { write } from './CliIo.ts';
import type { CliIo } from './CliIo.ts';
import { HELP_TEXTS } from './helpTexts.ts';
import { resolveArea } from './loadCliHome.ts';
import { parseCommandArgs } from './parseCommandArgs.ts';

/** The port `hearth hub` listens on unless told otherwise. */
export const DEFAULT_HUB_PORT = 8765;

export interface HubCommandOptions {
  /** Resolves when the hub should stop. Default: the process receives SIGINT or SIGTERM. */
  stop?: Promise<unknown>;
}

/** `hearth hub`: serve the interface to a browser until Ctrl+C; exit 0 on a clean stop. */
export async function hubCommand(
  args: string[],
  io: CliIo,
  options: HubCommandOptions = {},
): Promise<number> {
  const { values } = parseCommandArgs('hearth hub', {
    args,
    options: {
      home: { type: 'string' },
      area: { type: 'string' },
      port: { type: 'string' },
      host: { type: 'string' },
      'data-dir': { type: 'string' },
      ui: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    await write(io.stdout, HELP_TEXTS.hub);
    return 0;
  }
  const port = values.port === undefined ? DEFAULT_HUB_PORT : Number(values.port);
  if (!/^\d+$/.test(values.port ?? '0') || !Number.isInteger(port) || port > 65535) {
    throw new UsageError(
      `--port must be a number from 0 to 65535 (0: any free port), not "${values.port}"`,
    );
  }
  const host = values.host ?? '127.0.0.1';
  const dataDir = values['data-dir'] ?? defaultDataDir();
  // Without --home, the home file chosen in Settings, else the demo home.
  const settings = new SettingsStore(dataDir);
  await settings.load();
  const homeFile = values.home ?? settings.get().homeFile ?? undefined;
  const home = homeFile === undefined ? demoHome() : loadHomeFile(homeFile);
  const area = values.area ? resolveArea(home, values.area) : undefined;

  let hub;
  try {
    hub = await startHub({
      home,
      dataDir,
      host,
      port,
      ...(homeFile !== undefined ? { homeFile } : {}),
      ...(area !== undefined ? { area } : {}),
      ...(values.ui !== undefined ? { uiDir: values.ui } : {}),
    });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') {
      throw new HearthError(
        `port ${port} is already in use; pick another with --port N (0: any free port)`,
      );
    }
    if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') {
      throw new HearthError(
        `this computer has no address ${host}; use --host 127.0.0.1 or one of its own addresses`,
      );
    }
    throw error;
  }
  const { server } = hub;
  await write(io.stdout, `Hearth hub for ${home.name ?? 'your home'}: open ${server.url}\n`);
  if (server.token) {
    await write(
      io.stdout,
      `Pairing token: ${server.token} (needed by every browser that connects from another computer)\n`,
    );
  }
  await write(io.stdout, 'Press Ctrl+C to stop.\n');
  await (options.stop ?? untilSignal());
  await hub.close();
  await write(io.stdout, 'Hearth hub stopped.\n');
  return 0;
}

function untilSignal(): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      process.off('SIGINT', done);
      process.off('SIGTERM', done);
      resolve();
    };
    process.once('SIGINT', done);
    process.once('SIGTERM', done);
  });
}
