import { homedir } from 'node:os';
import { join } from 'node:path';

export interface ModelsDirOptions {
  /** Default: process.env. */
  env?: NodeJS.ProcessEnv;
  /** Default: process.platform. */
  platform?: NodeJS.Platform;
  /** Default: os.homedir(). */
  home?: string;
}

/**
 * Where downloaded models live: $HEARTH_MODELS_DIR when set, else the per-user data folder of
 * the platform. Weights are hundreds of megabytes, so they belong to the user's data, not to a
 * checkout or an installed app (which an update would replace).
 */
export function defaultModelsDir(options: ModelsDirOptions = {}): string {
  const env = options.env ?? process.env;
  const platform = options.platform ?? process.platform;
  const home = options.home ?? homedir();
  const override = env.HEARTH_MODELS_DIR?.trim();
  if (override) return override;
  if (platform === 'win32') {
    const appData = env.APPDATA?.trim() || join(home, 'AppData', 'Roaming');
    return join(appData, 'Hearth', 'models');
  }
  if (platform === 'darwin') {
    return join(home, 'Library', 'Application Support', 'Hearth', 'models');
  }
  // XDG says a relative XDG_DATA_HOME is invalid and must be ignored.
  const xdg = env.XDG_DATA_HOME?.trim();
  const dataHome = xdg && xdg.startsWith('/') ? xdg : join(home, '.local', 'share');
  return join(dataHome, 'hearth', 'models');
}
