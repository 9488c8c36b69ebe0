import type {
  AssistantEvent,
  HomeView,
  Settings,
  ThemeSetting,
} from '../src-main/core/assistantApi.ts';
import { Microphone } from './audio/Microphone.ts';
import { SpokenReplies } from './audio/SpokenReplies.ts';
import { WakeCue } from './audio/WakeCue.ts';
import type { AssistantClient } from './transport/AssistantClient.ts';
import { Composer } from './ui/Composer.ts';
import { ConfirmDialog } from './ui/ConfirmDialog.ts';
import { ConversationView } from './ui/ConversationView.ts';
import { DevicesView } from './ui/DevicesView.ts';
import { h } from './ui/dom.ts';
import { icon } from './ui/icons.ts';
import { SettingsDialog } from './ui/SettingsDialog.ts';
import { StatusView } from './ui/StatusView.ts';

// The whole window: header (home, status, theme, settings), the conversation with its
// composer, and the devices panel. Everything it shows comes from the AssistantClient.

export class App {
  private readonly client: AssistantClient;
  private readonly status = new StatusView();
  private readonly conversation = new ConversationView();
  private readonly devices: DevicesView;
  private readonly composer: Composer;
  private readonly confirmDialog: ConfirmDialog;
  private readonly settingsDialog: SettingsDialog;
  private readonly microphone: Microphone;
  private readonly speaker = new SpokenReplies();
  private readonly wakeCue = new WakeCue();
  private readonly homeName = h('span', { class: 'home-name' });
  private readonly themeButton: HTMLButtonElement;
  private readonly banner = h('div', { class: 'banner', hidden: true });
  private settings: Settings | undefined;
  private listening = false;
  private handsFree = false;

  constructor(client: AssistantClient) {
    this.client = client;
    const notify = (level: 'info' | 'warning' | 'error', text: string) =>
      this.status.notice(level, text);
    this.devices = new DevicesView({
      control: (device, command, value) => {
        void client
          .control(device, command, value)
          .catch((error: unknown) => notify('error', message(error)));
      },
    });
    this.composer = new Composer({
      submit: (text) =>
        client.sendText(text).catch((error: unknown) => {
          notify('error', message(error));
          throw error;
        }),
      talk: (open) => {
        this.speaker.bargeIn();
        void this.setListening(open);
      },
      handsFree: (on) =>
        void client
          .updateSettings({ handsFree: on })
          .catch((error: unknown) => notify('error', message(error))),
    });
    this.confirmDialog = new ConfirmDialog((id, accept) => client.confirm(id, accept));
    this.settingsDialog = new SettingsDialog({ client, notify });
    this.microphone = new Microphone({
      onChunk: (samples, rate, rms) => {
        this.composer.setLevel(rms);
        client.pushAudio(samples, rate);
      },
    });
    this.themeButton = h('button', {
      type: 'button',
      class: 'icon-button',
      'aria-label': 'Dark theme',
      'aria-pressed': 'false',
      title: 'Dark theme',
    });
    this.themeButton.addEventListener('click', () => {
      const dark = this.themeButton.getAttribute('aria-pressed') !== 'true';
      this.applyTheme(dark ? 'dark' : 'light');
      void client
        .updateSettings({ theme: dark ? 'dark' : 'light' })
        .catch((error: unknown) => notify('error', message(error)));
    });
    matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () =>
      this.applyTheme(this.settings?.theme ?? 'system'),
    );
  }

  mount(root: HTMLElement): void {
    const settingsButton = h(
      'button',
      { type: 'button', class: 'icon-button', 'aria-label': 'Settings', title: 'Settings' },
      icon('gear'),
    );
    settingsButton.addEventListener(
      'click',
      () =>
        void this.settingsDialog
          .open()
          .catch((error: unknown) => this.status.notice('error', message(error))),
    );
    const header = h(
      'header',
      { class: 'app-header' },
      h(
        'div',
        { class: 'brand' },
        h('span', { class: 'logo', 'aria-hidden': 'true' }, icon('home')),
        h('h1', {}, 'Hearth'),
        this.homeName,
      ),
      this.status.element,
      h('div', { class: 'header-actions' }, this.themeButton, settingsButton),
    );
    const talkPanel = h(
      'section',
      { class: 'panel talk', 'aria-labelledby': 'conversation-heading' },
      h('h2', { id: 'conversation-heading', class: 'panel-title' }, 'Conversation'),
      this.conversation.element,
      this.composer.element,
    );
    root.replaceChildren(
      header,
      this.banner,
      h('main', { class: 'layout' }, talkPanel, this.devices.element),
      this.status.toasts,
      this.confirmDialog.element,
      this.settingsDialog.element,
    );
    this.applyTheme('system');
    this.client.subscribe((event) => this.onEvent(event));
    this.client.onConnection((state) => {
      this.banner.hidden = state === 'open';
      this.banner.textContent = state === 'open' ? '' : 'Reconnecting to Hearth…';
      if (state === 'open') void this.load();
    });
    this.composer.input.focus();
  }

  private async load(): Promise<void> {
    try {
      const [home, history, settings] = await Promise.all([
        this.client.getHome(),
        this.client.getHistory(),
        this.client.getSettings(),
      ]);
      this.showHome(home);
      this.conversation.showHistory(history);
      this.applySettings(settings);
    } catch (error) {
      this.status.notice('error', `Hearth could not load your home: ${message(error)}`);
    }
  }

  private showHome(home: HomeView): void {
    this.homeName.textContent = home.name ?? '';
    this.conversation.setHome(home);
    this.settingsDialog.setHome(home);
    this.devices.render(home);
  }

  private applySettings(settings: Settings): void {
    this.settings = settings;
    this.settingsDialog.apply(settings);
    this.applyTheme(settings.theme);
    this.handsFree = settings.handsFree;
    this.composer.setHandsFree(settings.handsFree);
    // On by default in wake-word mode: hands-free with a word, the answer comes by voice too.
    this.speaker.enabled =
      settings.spokenReplies && settings.handsFree && settings.wakeWord !== 'off';
    this.speaker.followUpSeconds = settings.followUpSeconds;
  }

  private applyTheme(theme: ThemeSetting): void {
    const root = document.documentElement;
    if (theme === 'system') delete root.dataset.theme;
    else root.dataset.theme = theme;
    const dark =
      theme === 'dark' ||
      (theme === 'system' && matchMedia('(prefers-color-scheme: dark)').matches);
    this.themeButton.setAttribute('aria-pressed', String(dark));
    this.themeButton.replaceChildren(icon(dark ? 'sun' : 'moon'));
  }

  private async setListening(open: boolean): Promise<void> {
    if (open === this.listening) return;
    try {
      if (open) {
        await this.client.startListening();
        await this.microphone
          .start(this.settings?.microphoneId ?? null)
          .catch(async (error: unknown) => {
            await this.client.stopListening();
            throw error;
          });
      } else {
        await this.microphone.stop();
        await this.client.stopListening();
      }
      this.showListening(open);
    } catch (error) {
      this.showListening(false);
      this.status.notice('error', message(error));
    }
  }

  private showListening(open: boolean): void {
    this.listening = open;
    this.composer.setListening(open);
  }

  private onEvent(event: AssistantEvent): void {
    switch (event.type) {
      case 'status':
        return this.status.set(event.status, event.message);
      case 'user':
        // New words while a reply is spoken: the user has moved on.
        this.speaker.bargeIn();
        return this.conversation.user(event.turnId, event.text, event.final);
      case 'reply_token':
        return this.conversation.token(event.turnId, event.token);
      case 'reply':
        this.speaker.speak(event.text);
        return this.conversation.reply(event.turnId, event.text, event.outcomes);
      case 'confirmation':
        return this.confirmDialog.ask(event);
      case 'confirmation_closed':
        return this.confirmDialog.closed(event.id);
      case 'device':
        return this.devices.update(event.device);
      case 'wake':
        this.speaker.bargeIn();
        this.status.woke();
        this.wakeCue.play();
        return;
      case 'speech':
        if (event.phase === 'start') this.speaker.heardSpeech();
        this.composer.setSpeech(event.phase);
        // Push-to-talk ends with the utterance; hands-free keeps listening.
        if (event.phase === 'end' && !this.handsFree && this.listening)
          void this.setListening(false);
        return;
      case 'level':
        if (!this.microphone.open) this.composer.setLevel(event.rms);
        return;
      case 'notice':
        return this.status.notice(event.level, event.text);
      case 'listening':
        // The tray or the global shortcut can open the microphone too, not only the Talk button.
        if (event.on && !this.listening) void this.setListening(true);
        if (!event.on && this.listening)
          void this.microphone.stop().then(() => this.showListening(false));
        return;
      case 'settings':
        return this.applySettings(event.settings);
      case 'history_cleared':
        return this.conversation.clear();
    }
  }
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
