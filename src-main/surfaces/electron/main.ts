import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { app, protocol } from 'electron';
import { defaultDataDir } from '../../assistant/AssistantServiceJsonFile.ts';
import { APP_SCHEME } from './appProtocol.ts';
import { HearthDesktop } from './HearthDesktop.ts';
import type { DesktopArgs, DesktopPaths } from './HearthDesktop.ts';
import { HIDDEN_ARG } from './LoginItem.ts';
import { guardWebContents } from './guardWebContents.ts';

// Electron's main process entry (bundled to out/desktop/main.mjs by
// scripts/buildDesktop.mjs, next to the preload, the assistant host and the renderer).
// Arguments: --home FILE, --area AREA, --data-dir DIR, --hidden, --no-voice, --dev-tools.

const here = dirname(fileURLToPath(import.meta.url));
const paths: DesktopPaths = {
  preload: join(here, 'preload.cjs'),
  hostModule: join(here, 'assistantHost.mjs'),
  rendererRoot: join(here, 'renderer'),
  trayIcon: join(here, 'icons', process.platform === 'darwin' ? 'trayTemplate.png' : 'tray.png'),
  windowIcon: join(here, 'icons', 'icon.png'),
};

function desktopArgs(): DesktopArgs {
  // Packaged: [app, ...args]; in development: [electron, main.mjs, ...args]. Chromium's own
  // switches may be mixed in, so unknown options are left alone rather than refused.
  const { values } = parseArgs({
    args: process.argv.slice(app.isPackaged ? 1 : 2),
    options: {
      home: { type: 'string' },
      area: { type: 'string' },
      'data-dir': { type: 'string' },
      hidden: { type: 'boolean' },
      'no-voice': { type: 'boolean' },
      'dev-tools': { type: 'boolean' },
    },
    strict: false,
    allowPositionals: true,
  });
  const text = (value: unknown) => (typeof value === 'string' && value ? value : undefined);
  const home = text(values.home);
  const area = text(values.area);
  const dataDir = text(values['data-dir']);
  return {
    ...(home !== undefined ? { home: resolve(home) } : {}),
    ...(area !== undefined ? { area } : {}),
    dataDir: dataDir !== undefined ? resolve(dataDir) : defaultDataDir(),
    hidden: values.hidden === true || process.argv.includes(HIDDEN_ARG),
    noVoice: values['no-voice'] === true,
    devTools: !app.isPackaged && values['dev-tools'] === true,
    // electron-builder unpacks build/whisper/ next to app.asar (asarUnpack).
    ...(app.isPackaged
      ? { whisperDir: join(process.resourcesPath, 'app.asar.unpacked', 'build', 'whisper') }
      : {}),
  };
}

// Before 'ready': app:// is a standard, secure scheme (a real origin for the CSP, the
// permission handler and the IPC sender check). The page's module scripts and its
// AudioWorklet are fetched in CORS mode, hence corsEnabled (no response ever carries an
// Access-Control-Allow-Origin header, so no other origin can read from it). bypassCSP off.
protocol.registerSchemesAsPrivileged([
  {
    scheme: APP_SCHEME,
    privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true },
  },
]);

const args = desktopArgs();
// The Chromium profile: Hearth's own even in development (where Electron would call the app
// "Electron"), and a separate one for a separate data folder (tests, a second home), which
// also gives it its own single-instance lock. Set before asking for the lock.
app.setName('Hearth');
app.setPath(
  'userData',
  args.dataDir === defaultDataDir()
    ? join(app.getPath('appData'), 'Hearth')
    : join(args.dataDir, 'electron'),
);

if (!app.requestSingleInstanceLock()) {
  // Another Hearth is running: it shows its window (second-instance) and this one ends.
  app.quit();
} else {
  app.enableSandbox();
  const running: { desktop?: HearthDesktop } = {};
  app.on('second-instance', () => running.desktop?.showWindow());
  // Defence in depth: every web contents ever created gets the guards, not just ours.
  app.on('web-contents-created', (_event, contents) =>
    guardWebContents(contents, (what) => console.warn(`[hearth] blocked ${what}`)),
  );
  // Closing the window keeps Hearth in the tray; Quit (tray) ends it.
  app.on('window-all-closed', () => undefined);
  app.on('activate', () => running.desktop?.showWindow());
  let disposed = false;
  app.on('before-quit', (event) => {
    const desktop = running.desktop;
    if (disposed || !desktop) return;
    // Stop the assistant cleanly (history and settings flushed) before quitting for real.
    event.preventDefault();
    disposed = true;
    void desktop.dispose().finally(() => app.quit());
  });
  // Not a top-level await: Electron emits 'ready' only once the ESM entry has finished
  // evaluating, so awaiting it here would never return.
  void app.whenReady().then(() => {
    running.desktop = new HearthDesktop(paths, args);
  });
}
