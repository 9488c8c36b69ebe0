import { app } from 'electron';
import { LinuxAutostart } from './LinuxAutostart.ts';

// Start at login, the same setting on every platform: Electron's login item on macOS and
// Windows, an XDG autostart file on Linux (where Electron has no login item). Hearth then
// starts hidden, in the tray.

export const HIDDEN_ARG = '--hidden';

export class LoginItem {
  private readonly linux = process.platform === 'linux' ? new LinuxAutostart() : undefined;

  set(enabled: boolean): void {
    if (this.linux) {
      this.linux.set(enabled, [...launchCommand(), HIDDEN_ARG]);
      return;
    }
    app.setLoginItemSettings({ openAtLogin: enabled, args: [HIDDEN_ARG] });
  }

  isEnabled(): boolean {
    return this.linux ? this.linux.isEnabled() : app.getLoginItemSettings().openAtLogin;
  }
}

/** How to start this Hearth again: the AppImage itself, the installed binary, or dev. */
function launchCommand(): string[] {
  // An AppImage runs from a temporary mount; $APPIMAGE is the file the user has.
  if (process.env.APPIMAGE) return [process.env.APPIMAGE];
  if (app.isPackaged) return [process.execPath];
  // In development Electron was given the bundled main script (out/desktop/main.mjs).
  return [process.execPath, ...process.argv.slice(1, 2)];
}
