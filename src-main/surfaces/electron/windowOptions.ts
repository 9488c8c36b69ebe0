import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron';

// The conversation window's options, kept apart from the code that opens it so a test can
// check every security setting (Electron's security checklist) without Electron.

/** The session partition the window uses; its permission handlers are ours alone. */
export const APP_PARTITION = 'persist:hearth';

export interface WindowOptionsInput {
  /** Absolute path of the bundled preload script (CommonJS: sandboxed preloads must be). */
  preload: string;
  /** Absolute path of the window icon (PNG). Default: none (the platform's). */
  icon?: string;
  /** Show at once. Default false: shown on 'ready-to-show', or stays in the tray. */
  show?: boolean;
  /** Developer tools allowed. Default false (packaged builds never enable them). */
  devTools?: boolean;
}

/** The webPreferences every Hearth page gets; none of these may be weakened. */
export function secureWebPreferences(input: WindowOptionsInput): WebPreferences {
  return {
    preload: input.preload,
    partition: APP_PARTITION,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    // Middle-click would open links in new windows; those are denied anyway, this too.
    disableBlinkFeatures: 'Auxclick',
    plugins: false,
    enableWebSQL: false,
    safeDialogs: true,
    spellcheck: false,
    devTools: input.devTools ?? false,
    // The microphone keeps streaming while the window is hidden (push-to-talk from the
    // tray or the global shortcut), so the page must not be throttled in the background.
    backgroundThrottling: false,
  };
}

/** The BrowserWindow options of the conversation window. */
export function windowOptions(input: WindowOptionsInput): BrowserWindowConstructorOptions {
  return {
    width: 960,
    height: 720,
    minWidth: 420,
    minHeight: 480,
    title: 'Hearth',
    show: input.show ?? false,
    autoHideMenuBar: true,
    ...(input.icon ? { icon: input.icon } : {}),
    webPreferences: secureWebPreferences(input),
  };
}
