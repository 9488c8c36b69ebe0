import type {
  HomeFileCheck,
  HomeView,
  ModelView,
  Settings,
} from '../../src-main/core/assistantApi.ts';
import type { AssistantClient } from '../transport/AssistantClient.ts';
import { Microphone } from '../audio/Microphone.ts';
import { h, uid } from './dom.ts';
import { handsFreeSection } from './handsFreeSection.ts';
import { homeAssistantImportSection } from './homeAssistantImportSection.ts';
import { icon } from './icons.ts';

// Settings: appearance, microphone, hands-free (handsFreeSection), models (what is installed and fits this computer), the
// home file (checked, with every problem and its line) and privacy (history kept, clearing it).
// Every change is saved at once by the assistant; nothing here is kept in the browser.

const RETENTION: readonly [string, number | null][] = [
  ['Do not keep it', 0],
  ['1 day', 1],
  ['7 days', 7],
  ['30 days', 30],
  ['1 year', 365],
  ['Keep it until I clear it', null],
];

const MB = (bytes: number) => `${Math.round(bytes / 1e6).toLocaleString()} MB`;

export interface SettingsDialogOptions {
  client: AssistantClient;
  notify: (level: 'info' | 'warning' | 'error', text: string) => void;
}

export class SettingsDialog {
  readonly element: HTMLDialogElement;
  private readonly options: SettingsDialogOptions;
  private readonly body: HTMLElement;
  private settings: Settings | undefined;
  private home: HomeView | undefined;

  constructor(options: SettingsDialogOptions) {
    this.options = options;
    this.body = h('div', { class: 'settings-body' });
    const close = h(
      'button',
      { type: 'button', class: 'icon-button', 'aria-label': 'Close settings' },
      icon('close'),
    );
    close.addEventListener('click', () => this.element.close());
    this.element = h(
      'dialog',
      { class: 'settings-dialog', 'aria-labelledby': 'settings-title' },
      h('div', { class: 'settings-head' }, h('h2', { id: 'settings-title' }, 'Settings'), close),
      this.body,
    );
  }

  setHome(home: HomeView): void {
    this.home = home;
  }

  apply(settings: Settings): void {
    this.settings = settings;
  }

  async open(): Promise<void> {
    const { client } = this.options;
    this.settings = await client.getSettings();
    const [models, microphones] = await Promise.all([
      client
        .listModels()
        .catch((error: unknown) => (error instanceof Error ? error.message : String(error))),
      Microphone.list().catch(() => []),
    ]);
    this.body.replaceChildren(
      this.appearance(),
      this.microphone(microphones),
      handsFreeSection({
        settings: this.settings,
        models,
        save: (patch) => this.save(patch),
        download: (request) => client.downloadModel(request),
        current: () => this.settings,
      }),
      this.models(models),
      this.homeFile(),
      homeAssistantImportSection(this.options),
      this.privacy(),
    );
    this.element.showModal();
  }

  private async save(patch: Partial<Settings>): Promise<void> {
    try {
      this.settings = await this.options.client.updateSettings(patch);
    } catch (error) {
      this.options.notify('error', error instanceof Error ? error.message : String(error));
    }
  }

  private section(title: string, ...content: (Node | null)[]): HTMLElement {
    const id = uid('settings');
    return h(
      'section',
      { class: 'settings-section', 'aria-labelledby': id },
      h('h3', { id }, title),
      ...content,
    );
  }

  private select<T>(
    label: string,
    choices: readonly [string, T][],
    current: T,
    onChange: (value: T) => void,
  ): HTMLElement {
    const id = uid('select');
    const select = h('select', { id });
    choices.forEach(([text, value], index) => {
      select.append(h('option', { value: index, selected: value === current }, text));
    });
    select.addEventListener('change', () => {
      const choice = choices[Number(select.value)];
      if (choice) onChange(choice[1]);
    });
    return h('div', { class: 'field' }, h('label', { for: id }, label), select);
  }

  private appearance(): HTMLElement {
    return this.section(
      'Appearance',
      this.select(
        'Theme',
        [
          ['Same as the system', 'system'],
          ['Light', 'light'],
          ['Dark', 'dark'],
        ] as const,
        this.settings?.theme ?? 'system',
        (theme) => void this.save({ theme }),
      ),
    );
  }

  private microphone(microphones: { id: string; label: string }[]): HTMLElement {
    const choices: [string, string | null][] = [
      ['System default', null],
      ...microphones.map((m): [string, string] => [m.label, m.id]),
    ];
    const handsFreeId = uid('check');
    const handsFree = h('input', {
      type: 'checkbox',
      id: handsFreeId,
      checked: this.settings?.handsFree ?? false,
    });
    handsFree.addEventListener('change', () => void this.save({ handsFree: handsFree.checked }));
    return this.section(
      'Microphone',
      this.select(
        'Microphone',
        choices,
        this.settings?.microphoneId ?? null,
        (microphoneId) => void this.save({ microphoneId }),
      ),
      h(
        'div',
        { class: 'field checkbox' },
        handsFree,
        h(
          'label',
          { for: handsFreeId },
          'Hands-free: keep listening and find each command by voice',
        ),
      ),
    );
  }

  private models(models: ModelView[] | string): HTMLElement {
    if (typeof models === 'string')
      return this.section('Models', h('p', { class: 'problem' }, models));
    models = models.filter((m) => m.kind === 'stt' || m.kind === 'llm');
    const kinds: ['stt' | 'llm', string, 'sttModel' | 'llmModel'][] = [
      ['stt', 'Speech recognition', 'sttModel'],
      ['llm', 'Language model', 'llmModel'],
    ];
    const blocks = kinds.map(([kind, title, key]) => {
      const ofKind = models.filter((m) => m.kind === kind);
      const installed = ofKind.filter((m) => m.installed);
      const choices: [string, string | null][] = [
        ['Best installed model that fits', null],
        ...installed.map((m): [string, string] => [m.name, m.name]),
      ];
      const rows = ofKind.map((m) =>
        h(
          'li',
          { class: 'model' },
          h('span', { class: 'model-name' }, m.name),
          h('span', { class: 'model-size' }, `${MB(m.sizeBytes)} · needs ${MB(m.ramBytes)} memory`),
          h(
            'span',
            { class: `badge ${m.installed ? 'ok' : ''}` },
            m.installed ? 'installed' : 'not installed',
          ),
          h(
            'span',
            { class: `badge ${m.fits ? 'ok' : 'warn'}` },
            m.fits ? 'fits this computer' : 'too large here',
          ),
        ),
      );
      return h(
        'div',
        { class: 'model-kind' },
        h('h4', {}, title),
        this.select(
          `${title} to use`,
          choices,
          this.settings?.[key] ?? null,
          (name) => void this.save({ [key]: name }),
        ),
        h('ul', { class: 'model-list' }, ...rows),
      );
    });
    return this.section(
      'Models',
      ...blocks,
      h('p', { class: 'hint' }, 'Download a model with: hearth models download NAME'),
    );
  }

  private homeFile(): HTMLElement {
    const id = uid('home');
    const input = h('input', {
      type: 'text',
      id,
      class: 'path-input',
      placeholder: '/home/you/home.yaml',
      value: this.settings?.homeFile ?? this.home?.file ?? '',
    });
    const result = h('div', { class: 'check-result', 'aria-live': 'polite' });
    const check = h('button', { type: 'button', class: 'secondary' }, 'Check file');
    const use = h('button', { type: 'button', class: 'primary' }, 'Use this file');
    const show = (outcome: HomeFileCheck) =>
      result.replaceChildren(
        outcome.ok
          ? h('p', { class: 'ok' }, `${outcome.file} is valid: ${outcome.summary ?? ''}.`)
          : h(
              'ul',
              { class: 'problems' },
              ...outcome.problems.map((p) =>
                h(
                  'li',
                  {},
                  `${p.line ? `line ${p.line}, column ${p.column ?? 1}: ` : ''}${p.message}`,
                ),
              ),
            ),
      );
    check.addEventListener('click', () => {
      if (!input.value.trim()) return;
      void this.options.client
        .checkHomeFile(input.value.trim())
        .then(show, (error: unknown) => this.options.notify('error', String(error)));
    });
    use.addEventListener('click', async () => {
      if (!input.value.trim()) return;
      const outcome = await this.options.client.checkHomeFile(input.value.trim());
      show(outcome);
      if (!outcome.ok) return;
      await this.save({ homeFile: outcome.file });
      this.options.notify('info', 'Hearth will use this home file the next time it starts.');
    });
    return this.section(
      'Home file',
      h(
        'p',
        { class: 'hint' },
        this.home?.file ? `In use now: ${this.home.file}` : 'In use now: the built-in demo home.',
      ),
      h(
        'div',
        { class: 'field' },
        h('label', { for: id }, 'Home file path'),
        h('div', { class: 'path-row' }, input, check, use),
      ),
      result,
    );
  }

  private privacy(): HTMLElement {
    const clear = h('button', { type: 'button', class: 'secondary danger-text' }, 'Clear history');
    let armed = false;
    clear.addEventListener('click', async () => {
      if (!armed) {
        armed = true;
        clear.textContent = 'Clear all history now?';
        return;
      }
      armed = false;
      clear.textContent = 'Clear history';
      await this.options.client.clearHistory();
      this.options.notify('info', 'The conversation history was cleared.');
    });
    clear.addEventListener('blur', () => {
      armed = false;
      clear.textContent = 'Clear history';
    });
    return this.section(
      'Privacy',
      h(
        'p',
        { class: 'hint' },
        'Everything stays on this computer. The conversation history is kept only as long as you choose.',
      ),
      this.select(
        'Keep the conversation history for',
        RETENTION,
        this.settings?.historyDays ?? 30,
        (historyDays) => void this.save({ historyDays }),
      ),
      clear,
    );
  }
}
