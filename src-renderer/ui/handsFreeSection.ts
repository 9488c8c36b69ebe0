import type {
  ModelDownloadRequest,
  ModelView,
  Settings,
} from '../../src-main/core/assistantApi.ts';
import { h, uid } from './dom.ts';
import { wakeWordDownloads } from './wakeWordDownloads.ts';

// Settings' "Hands-free" section: the wake word (or push-to-talk only), how easily it wakes,
// how long Hearth listens on after a reply, voice confirmation for locks, spoken replies.
// Each change goes to the assistant, which validates and saves it; nothing is kept here.
// The catalogue's wake words that are not installed are offered for download (wakeWordDownloads).

export interface HandsFreeSectionOptions {
  settings: Settings;
  /** The models (catalogue and installed); the wake words are those of kind 'wake'. A string: why none could be listed. */
  models: ModelView[] | string;
  /** Downloads a catalogue wake word; resolves with the models as listed after it. */
  download: (request: ModelDownloadRequest) => Promise<ModelView[]>;
  save: (patch: Partial<Settings>) => Promise<void>;
  /** The settings as saved now (after a refused change, the field shows these again). */
  current: () => Settings | undefined;
}

/** How a sensitivity (0-100, the threshold's complement) reads, in plain words. */
export function sensitivityText(sensitivity: number): string {
  if (sensitivity <= 30) return 'Strict: wakes only on a clearly spoken word';
  if (sensitivity < 70) return 'Normal';
  return 'Eager: wakes more easily, and more often by mistake';
}

const spoken = (name: string) => name.replace(/_/g, ' ');

export function handsFreeSection(options: HandsFreeSectionOptions): HTMLElement {
  const { settings, save } = options;
  const headingId = uid('settings');

  const wakeId = uid('wake');
  const wake = h('select', { id: wakeId });
  const hint = h('p', { class: 'hint' });
  // Filled again after a download, keeping the choice shown.
  const fill = (models: ModelView[] | string, chosen: string): void => {
    const installed =
      typeof models === 'string'
        ? []
        : models.filter((m) => m.kind === 'wake' && m.installed).map((m) => m.name);
    const words = [...new Set([...installed, ...(chosen === 'off' ? [] : [chosen])])];
    wake.replaceChildren(
      h('option', { value: 'off', selected: chosen === 'off' }, 'Push-to-talk only'),
      ...words.map((name) =>
        h(
          'option',
          { value: name, selected: name === chosen },
          installed.includes(name) ? `“${spoken(name)}”` : `“${spoken(name)}” (not installed)`,
        ),
      ),
    );
    wake.value = chosen;
    hint.textContent =
      installed.length === 0
        ? 'No wake word is installed: download one below, or put your own openWakeWord model (.onnx, with melspectrogram.onnx and embedding_model.onnx) in the models folder’s openwakeword/ folder.'
        : 'With a wake word and Hands-free on, Hearth acts only on what follows the word.';
  };
  fill(options.models, settings.wakeWord);
  wake.addEventListener('change', () => void save({ wakeWord: wake.value }));
  const downloads =
    typeof options.models === 'string'
      ? null
      : wakeWordDownloads({
          models: options.models,
          download: options.download,
          onInstalled: (models) => fill(models, options.current()?.wakeWord ?? wake.value),
        });

  const sliderId = uid('sensitivity');
  const sensitivity = Math.round((1 - settings.wakeThreshold) * 100);
  const slider = h('input', {
    type: 'range',
    id: sliderId,
    min: 5,
    max: 95,
    step: 5,
    value: sensitivity,
    'aria-valuetext': sensitivityText(sensitivity),
  });
  const sliderText = h('span', { class: 'range-value' }, sensitivityText(sensitivity));
  slider.addEventListener('input', () => {
    const text = sensitivityText(Number(slider.value));
    slider.setAttribute('aria-valuetext', text);
    sliderText.textContent = text;
  });
  slider.addEventListener(
    'change',
    () => void save({ wakeThreshold: Math.round(100 - Number(slider.value)) / 100 }),
  );

  const followId = uid('follow');
  const follow = h('input', {
    type: 'number',
    id: followId,
    class: 'number-input',
    min: 0,
    max: 60,
    step: 1,
    value: settings.followUpSeconds,
  });
  follow.addEventListener('change', () => {
    const seconds = Number(follow.value);
    const shown = () => {
      follow.value = String(options.current()?.followUpSeconds ?? settings.followUpSeconds);
    };
    if (follow.value.trim() === '' || !Number.isFinite(seconds)) shown();
    else void save({ followUpSeconds: seconds }).then(shown);
  });

  const checkbox = (label: string, checked: boolean, onChange: (on: boolean) => void) => {
    const id = uid('check');
    const input = h('input', { type: 'checkbox', id, checked });
    input.addEventListener('change', () => onChange(input.checked));
    return h('div', { class: 'field checkbox' }, input, h('label', { for: id }, label));
  };
  const warningId = uid('warning');
  const unlock = checkbox(
    'Confirm unlocking by voice',
    settings.voiceUnlock,
    (voiceUnlock) => void save({ voiceUnlock }),
  );
  unlock.querySelector('input')?.setAttribute('aria-describedby', warningId);

  return h(
    'section',
    { class: 'settings-section', 'aria-labelledby': headingId },
    h('h3', { id: headingId }, 'Hands-free'),
    h('div', { class: 'field' }, h('label', { for: wakeId }, 'Wake word'), wake, hint),
    downloads,
    h(
      'div',
      { class: 'field' },
      h('label', { for: sliderId }, 'Wake word sensitivity'),
      slider,
      h(
        'div',
        { class: 'range-labels', 'aria-hidden': 'true' },
        h('span', {}, 'Strict'),
        sliderText,
        h('span', {}, 'Eager'),
      ),
    ),
    h(
      'div',
      { class: 'field' },
      h('label', { for: followId }, 'Listen on after a reply without the wake word (seconds)'),
      follow,
    ),
    unlock,
    h(
      'p',
      { class: 'hint warning-text', id: warningId },
      'Anyone whose voice reaches the microphone, a television too, could then unlock your doors.',
    ),
    checkbox(
      'Speak replies aloud (hands-free with a wake word)',
      settings.spokenReplies,
      (spokenReplies) => void save({ spokenReplies }),
    ),
  );
}
