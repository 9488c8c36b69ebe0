import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';

// The desktop app's own settings (the window's settings pages keep theirs through the
// assistant). Written atomically; a file that cannot be read back is moved aside and the
// app starts from the defaults, saying so.

export const DEFAULT_PUSH_TO_TALK = 'CommandOrControl+Shift+Space';

const settingsSchema = z.object({
  /** Start Hearth (hidden, in the tray) when the user logs in. */
  startAtLogin: z.boolean().default(false),
  /** The global push-to-talk shortcut (an Electron accelerator); '' turns it off. */
  pushToTalkShortcut: z.string().max(100).default(DEFAULT_PUSH_TO_TALK),
  /** The microphone is muted: listening cannot start, audio is dropped. */
  muted: z.boolean().default(false),
});

export type DesktopSettingsValues = z.output<typeof settingsSchema>;

export interface DesktopSettingsOptions {
  /** The JSON file (in Electron: app.getPath('userData')/desktop-settings.json). */
  file: string;
  /** Told when the file was unreadable and was set aside. Default: nothing. */
  onProblem?: (message: string) => void;
}

export class DesktopSettings {
  readonly file: string;
  private values: DesktopSettingsValues;

  constructor(options: DesktopSettingsOptions) {
    this.file = options.file;
    this.values = this.load(options.onProblem);
  }

  get(): Readonly<DesktopSettingsValues> {
    return this.values;
  }

  update(change: Partial<DesktopSettingsValues>): Readonly<DesktopSettingsValues> {
    this.values = settingsSchema.parse({ ...this.values, ...change });
    mkdirSync(dirname(this.file), { recursive: true });
    const temporary = `${this.file}.${process.pid}.tmp`;
    writeFileSync(temporary, `${JSON.stringify(this.values, null, 2)}\n`);
    renameSync(temporary, this.file);
    return this.values;
  }

  private load(onProblem: ((message: string) => void) | undefined): DesktopSettingsValues {
    let text: string;
    try {
      text = readFileSync(this.file, 'utf8');
    } catch {
      return settingsSchema.parse({}); // first run
    }
    try {
      return settingsSchema.parse(JSON.parse(text));
    } catch {
      const aside = `${this.file}.corrupt-${Date.now()}`;
      try {
        renameSync(this.file, aside);
      } catch {
        // Could not move it: the next save overwrites it, which is still a clean start.
      }
      onProblem?.(
        `The desktop settings could not be read and were reset; the old file is ${aside}`,
      );
      return settingsSchema.parse({});
    }
  }
}
