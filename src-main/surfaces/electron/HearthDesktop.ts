import { join } from 'node:path';
import { Notification, app, globalShortcut, session } from 'electron';
import type { AssistantEvent } from '../../core/assistantApi.ts';
import { ConfirmationNotifier } from './ConfirmationNotifier.ts';
import { DesktopSettings } from './DesktopSettings.ts';
import { DesktopState } from './DesktopState.ts';
import { EVENT_CHANNEL } from './ipcChannels.ts';
import { createIpcHandlers } from './ipcHandlers.ts';
import { LoginItem } from './LoginItem.ts';
import { MainWindow } from './MainWindow.ts';
import { registerIpc } from './registerIpc.ts';
import { RemoteAssistant } from './RemoteAssistant.ts';
import { secureSession } from './secureSession.ts';
import { TrayController } from './TrayController.ts';
import { allLightsOffTargets } from './trayMenuModel.ts';
import type { TrayAction } from './trayMenuModel.ts';
import { spawnUtilityHost } from './utilityHostProcess.ts';
import { APP_PARTITION } from './windowOptions.ts';
import { messageOf } from './messageOf.ts';

// The desktop app, wired: the assistant in its own process, the window, the tray, the
// push-to-talk shortcut, notifications and start at login. Every decision it applies is
// a pure function elsewhere in this folder; this file only connects them to Electron.

export interface DesktopPaths {
  /** The sandboxed preload bundle (CommonJS). */
  preload: string;
  /** The assistant process's entry bundle (assistantHostMain). */
  hostModule: string;
  /** The renderer bundle folder served as app://hearth/. */
  rendererRoot: string;
  /** PNG icons. */
  trayIcon: string;
  windowIcon: string;
}

export interface DesktopArgs {
  home?: string;
  area?: string;
  /** Where settings and history live (the assistant's) and desktop-settings.json. */
  dataDir: string;
  /** Start in the tray without showing the window (start at login). */
  hidden: boolean;
  devTools: boolean;
  /** The unpacked build/whisper folder of a packaged app. Default: the checkout's. */
  whisperDir?: string;
  /** Start without speech input (--no-voice): typed commands only. */
  noVoice?: boolean;
}

const log = (message: string) => console.warn(`[hearth] ${message}`);

export class HearthDesktop {
  private readonly state = new DesktopState();
  private readonly settings: DesktopSettings;
  private readonly loginItem = new LoginItem();
  private readonly assistant: RemoteAssistant;
  private readonly window: MainWindow;
  private readonly tray: TrayController;
  private readonly notifier: ConfirmationNotifier;
  private readonly cleanups: (() => void)[] = [];
  private shortcut = '';

  constructor(paths: DesktopPaths, args: DesktopArgs) {
    this.settings = new DesktopSettings({
      file: join(args.dataDir, 'desktop-settings.json'),
      onProblem: (text) => this.say({ type: 'notice', level: 'warning', text }),
    });
    const hostArgs = [
      '--data-dir',
      args.dataDir,
      ...(args.home !== undefined ? ['--home', args.home] : []),
      ...(args.area !== undefined ? ['--area', args.area] : []),
      ...(args.whisperDir !== undefined ? ['--whisper-dir', args.whisperDir] : []),
      ...(args.noVoice ? ['--no-voice'] : []),
    ];
    this.assistant = new RemoteAssistant({
      spawn: () => spawnUtilityHost(paths.hostModule, hostArgs),
      onProblem: log,
      onReady: () => void this.refreshHome(),
    });
    secureSession(session.fromPartition(APP_PARTITION), paths.rendererRoot);
    this.window = new MainWindow({
      preload: paths.preload,
      icon: paths.windowIcon,
      show: !args.hidden,
      devTools: args.devTools,
      onLoaded: () => {
        for (const event of this.state.replayForWindow()) this.window.send(EVENT_CHANNEL, event);
      },
    });
    this.cleanups.push(
      registerIpc(
        createIpcHandlers(this.assistant, {
          trustedWebContentsId: () => this.window.webContentsId,
          onRejected: log,
          isMuted: () => this.settings.get().muted,
          refuse: (method) =>
            method === 'startListening' && this.settings.get().muted
              ? 'The microphone is muted in the tray menu; unmute it to talk to Hearth.'
              : undefined,
        }),
      ),
    );
    this.notifier = new ConfirmationNotifier({
      windowFacts: () => this.window.facts(),
      onClick: () => this.window.show(),
    });
    this.tray = new TrayController({
      icon: paths.trayIcon,
      onAction: (action) => void this.run(action),
      onClick: () => this.window.show(),
    });
    this.cleanups.push(this.assistant.subscribe((event) => this.receive(event)));
    this.applyShortcut(this.settings.get().pushToTalkShortcut);
    this.syncLoginItem();
    this.assistant.start();
    this.updateTray();
  }

  /** A second launch of Hearth: show the window of this one. */
  showWindow(): void {
    this.window.show();
  }

  async dispose(): Promise<void> {
    for (const cleanup of this.cleanups.splice(0)) cleanup();
    if (this.shortcut) globalShortcut.unregister(this.shortcut);
    this.notifier.dispose();
    this.tray.dispose();
    this.window.destroy();
    await this.assistant.dispose();
  }

  private receive(event: AssistantEvent): void {
    this.window.send(EVENT_CHANNEL, event);
    this.notifier.handle(event);
    if (this.state.apply(event)) this.updateTray();
  }

  /** Something main itself has to say (not from the assistant), shown like its events. */
  private say(event: AssistantEvent): void {
    this.state.apply(event);
    this.window.send(EVENT_CHANNEL, event);
  }

  private async refreshHome(): Promise<void> {
    try {
      this.state.setHome(await this.assistant.getHome());
    } catch (error) {
      log(`could not read the home for the tray: ${messageOf(error)}`);
    }
    this.updateTray();
  }

  private updateTray(): void {
    const settings = this.settings.get();
    this.tray.update(this.state.home, {
      status: this.state.status,
      statusMessage: this.state.statusMessage,
      listening: this.state.listening,
      muted: settings.muted,
      startAtLogin: settings.startAtLogin,
      assistantReady: this.assistant.supervisor.status === 'ready',
    });
  }

  private async run(action: TrayAction): Promise<void> {
    try {
      switch (action.kind) {
        case 'open':
          this.window.show();
          return;
        case 'quit':
          app.quit();
          return;
        case 'startListening':
          await this.assistant.startListening();
          return;
        case 'stopListening':
          await this.assistant.stopListening();
          return;
        case 'toggleMute': {
          const muted = !this.settings.get().muted;
          this.settings.update({ muted });
          if (muted && this.state.listening) await this.assistant.stopListening();
          this.updateTray();
          return;
        }
        case 'toggleStartAtLogin':
          this.settings.update({ startAtLogin: !this.settings.get().startAtLogin });
          this.syncLoginItem();
          this.updateTray();
          return;
        case 'allLightsOff': {
          const targets = this.state.home ? allLightsOffTargets(this.state.home) : [];
          const results = await Promise.allSettled(
            targets.map((id) => this.assistant.control(id, 'turn_off')),
          );
          const failed = results.filter(
            (r) => r.status === 'rejected' || r.value.outcome === 'failed',
          ).length;
          if (failed > 0) this.report(`${failed} of ${targets.length} lights did not turn off.`);
          return;
        }
        case 'control':
          await this.assistant.control(action.device, action.command);
          return;
      }
    } catch (error) {
      this.report(messageOf(error));
    }
  }

  /** Push-to-talk: one press opens the microphone, the next closes it. */
  private async toggleListening(): Promise<void> {
    if (this.settings.get().muted) {
      this.report('The microphone is muted in the tray menu; unmute it to talk to Hearth.');
      return;
    }
    await this.run({ kind: this.state.listening ? 'stopListening' : 'startListening' });
  }

  private applyShortcut(accelerator: string): void {
    if (this.shortcut) globalShortcut.unregister(this.shortcut);
    this.shortcut = '';
    if (!accelerator) return;
    let ok: boolean;
    try {
      ok = globalShortcut.register(accelerator, () => void this.toggleListening());
    } catch {
      ok = false; // an accelerator Electron cannot parse
    }
    if (ok) this.shortcut = accelerator;
    else this.report(`The push-to-talk shortcut ${accelerator} is taken by another program.`);
  }

  private syncLoginItem(): void {
    const wanted = this.settings.get().startAtLogin;
    try {
      if (this.loginItem.isEnabled() !== wanted) this.loginItem.set(wanted);
    } catch (error) {
      this.report(`Hearth could not change start at login: ${messageOf(error)}`);
    }
  }

  /** A problem from a tray action or the shortcut: in the window, and as a notification
   * when the window is out of sight (the user acted without it). */
  private report(text: string): void {
    this.say({ type: 'notice', level: 'warning', text });
    const facts = this.window.facts();
    if (facts?.visible && !facts.minimized) return;
    if (Notification.isSupported()) new Notification({ title: 'Hearth', body: text }).show();
  }
}
