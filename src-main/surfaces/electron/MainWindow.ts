import { BrowserWindow } from 'electron';
import { APP_INDEX_URL } from './appProtocol.ts';
import type { WindowFacts } from './confirmationNotice.ts';
import { windowOptions } from './windowOptions.ts';
import type { WindowOptionsInput } from './windowOptions.ts';

// The conversation window. Closing it hides it to the tray (Hearth keeps listening for
// the shortcut and the tray's quick actions); only Quit ends the app.

export interface MainWindowOptions extends WindowOptionsInput {
  /** Called when the page has loaded (again): main re-sends the current status. */
  onLoaded?: () => void;
}

export class MainWindow {
  readonly window: BrowserWindow;
  private quitting = false;

  constructor(options: MainWindowOptions) {
    const base = windowOptions(options);
    // The settings that matter most are pinned here, after the spread, so no change to
    // windowOptions() can weaken them (and a scanner reading this call sees them).
    this.window = new BrowserWindow({
      ...base,
      webPreferences: {
        ...base.webPreferences,
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        webSecurity: true,
        disableBlinkFeatures: 'Auxclick',
      },
    });
    // Its navigation guards come from main.ts's web-contents-created hook, like every page's.
    this.window.webContents.on('did-finish-load', () => options.onLoaded?.());
    this.window.once('ready-to-show', () => {
      if (options.show) this.window.show();
    });
    this.window.on('close', (event) => {
      if (this.quitting) return;
      event.preventDefault();
      this.window.hide();
    });
    void this.window.loadURL(APP_INDEX_URL);
  }

  /** The webContents id main trusts for IPC, while the window exists. */
  get webContentsId(): number | undefined {
    return this.window.isDestroyed() ? undefined : this.window.webContents.id;
  }

  facts(): WindowFacts | undefined {
    if (this.window.isDestroyed()) return undefined;
    return {
      visible: this.window.isVisible(),
      minimized: this.window.isMinimized(),
      focused: this.window.isFocused(),
    };
  }

  show(): void {
    if (this.window.isDestroyed()) return;
    if (this.window.isMinimized()) this.window.restore();
    this.window.show();
    this.window.focus();
  }

  send(channel: string, payload: unknown): void {
    if (!this.window.isDestroyed()) this.window.webContents.send(channel, payload);
  }

  /** Lets the next close really close (Quit). */
  destroy(): void {
    this.quitting = true;
    if (!this.window.isDestroyed()) this.window.destroy();
  }
}
