import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';

// Start at login on Linux. Electron's app.setLoginItemSettings works on macOS and Windows
// only; Linux desktops start what ~/.config/autostart/*.desktop lists (XDG Autostart).

export interface LinuxAutostartOptions {
  /** The desktop file. Default: $XDG_CONFIG_HOME (or ~/.config)/autostart/hearth.desktop. */
  file?: string;
}

export function defaultAutostartFile(env: NodeJS.ProcessEnv = process.env): string {
  const config = env.XDG_CONFIG_HOME || join(homedir(), '.config');
  return join(config, 'autostart', 'hearth.desktop');
}

/** Quotes one argument of an Exec= line as the Desktop Entry specification requires. */
export function quoteExecArgument(arg: string): string {
  const escapedPercent = arg.replace(/%/g, '%%');
  if (arg !== '' && !/[\s"'`$\\><~|&;*?#()]/.test(arg)) return escapedPercent;
  return `"${escapedPercent.replace(/(["`$\\])/g, '\\$1')}"`;
}

/** The text of the autostart desktop file that runs `command` (program first). */
export function autostartDesktopEntry(command: readonly string[]): string {
  if (command.length === 0) throw new Error('the autostart command needs a program');
  if (command.some((part) => /[\n\r]/.test(part))) {
    throw new Error('the autostart command cannot contain a line break');
  }
  return [
    '[Desktop Entry]',
    'Type=Application',
    'Name=Hearth',
    'Comment=Your private smart-home voice assistant',
    `Exec=${command.map(quoteExecArgument).join(' ')}`,
    'Terminal=false',
    'X-GNOME-Autostart-enabled=true',
    '',
  ].join('\n');
}

export class LinuxAutostart {
  readonly file: string;
  constructor(options: LinuxAutostartOptions = {}) {
    this.file = options.file ?? defaultAutostartFile();
  }

  isEnabled(): boolean {
    try {
      return /^X-GNOME-Autostart-enabled=true$/m.test(readFileSync(this.file, 'utf8'));
    } catch {
      return false;
    }
  }

  /** Writes (atomically) or removes the desktop file. */
  set(enabled: boolean, command: readonly string[]): void {
    if (!enabled) {
      rmSync(this.file, { force: true });
      return;
    }
    mkdirSync(dirname(this.file), { recursive: true });
    const temporary = `${this.file}.${process.pid}.tmp`;
    writeFileSync(temporary, autostartDesktopEntry(command), { mode: 0o644 });
    renameSync(temporary, this.file);
  }
}
