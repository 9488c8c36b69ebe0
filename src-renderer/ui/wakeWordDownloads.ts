import type { ModelDownloadRequest, ModelView } from '../../src-main/core/assistantApi.ts';
import { h, uid } from './dom.ts';

// Settings' wake words to download: each catalogue wake word not installed yet, with its
// licence shown in full before anything is fetched. openWakeWord's models are licensed for
// non-commercial use only, so the Download button stays disabled until the user ticks that
// they accept it, and the acceptance travels with the request (the assistant refuses a
// download without it). A failure is shown beside the button; nothing else changes.

export interface WakeWordDownloadsOptions {
  /** The catalogue as listModels() gives it; only kind 'wake' entries are offered. */
  models: ModelView[];
  download: (request: ModelDownloadRequest) => Promise<ModelView[]>;
  /** Told every model, as the assistant lists them after a download succeeded. */
  onInstalled: (models: ModelView[]) => void;
}

const spoken = (name: string) => name.replace(/_/g, ' ');
const MB = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The download offers, or null when every catalogue wake word is installed. */
export function wakeWordDownloads(options: WakeWordDownloadsOptions): HTMLElement | null {
  const missing = options.models.filter((m) => m.kind === 'wake' && !m.installed);
  if (missing.length === 0) return null;
  const sizes: ((models: ModelView[]) => void)[] = [];
  const installed = (models: ModelView[]) => {
    for (const size of sizes) size(models);
    options.onInstalled(models);
  };
  const items = missing.map((m) => offer(m, { ...options, onInstalled: installed }, sizes));
  for (const size of sizes) size(options.models);
  const headingId = uid('wake-downloads');
  return h(
    'div',
    { class: 'model-kind wake-downloads', role: 'group', 'aria-labelledby': headingId },
    h('h4', { id: headingId }, 'Wake words to download'),
    h('ul', { class: 'model-list' }, ...items),
  );
}

/** What a download of `model` fetches: the feature models come with the first wake word. */
function sizeText(model: ModelView, models: ModelView[]): string {
  const features = models.filter((m) => m.kind === 'wake-feature' && !m.installed);
  const extra = features.reduce((sum, m) => sum + m.sizeBytes, 0);
  return extra > 0
    ? `${model.description} Download: ${MB(model.sizeBytes)}, plus ${MB(extra)} the first time (models every wake word needs).`
    : `${model.description} Download: ${MB(model.sizeBytes)}.`;
}

function offer(
  model: ModelView,
  options: WakeWordDownloadsOptions,
  sizes: ((models: ModelView[]) => void)[],
): HTMLElement {
  const word = `“${spoken(model.name)}”`;
  const size = h('span', { class: 'model-size' });
  sizes.push((models) => {
    size.textContent = sizeText(model, models);
  });
  const status = h('p', { class: 'hint', role: 'status', 'aria-live': 'polite' });
  const button = h('button', { type: 'button', class: 'primary' }, `Download ${word}`);
  const needsLicence = model.licenceNotice !== undefined;
  let accept: HTMLInputElement | undefined;
  const licence: HTMLElement[] = [];
  if (needsLicence) {
    const noticeId = uid('licence');
    const checkId = uid('check');
    accept = h('input', { type: 'checkbox', id: checkId, 'aria-describedby': noticeId });
    const url = model.licenceUrl;
    licence.push(
      h(
        'p',
        { class: 'licence-notice', id: noticeId },
        model.licence ? `Licence: ${model.licence}. ` : '',
        model.licenceNotice,
        // Shown as written too: the desktop window opens no web pages, so it can be typed.
        url && /^https:\/\//.test(url)
          ? h(
              'span',
              {},
              ' ',
              h('a', { href: url, target: '_blank', rel: 'noopener noreferrer' }, url),
            )
          : null,
      ),
      h(
        'div',
        { class: 'field checkbox' },
        accept,
        h('label', { for: checkId }, 'I accept this licence (non-commercial use)'),
      ),
    );
  }
  const ready = () => !needsLicence || accept?.checked === true;
  button.disabled = !ready();
  accept?.addEventListener('change', () => {
    button.disabled = !ready();
  });

  const item = h(
    'li',
    { class: 'model wake-download' },
    h('span', { class: 'model-name' }, word),
    size,
    ...licence,
    button,
    status,
  );
  button.addEventListener('click', () => {
    if (!ready()) return;
    button.disabled = true;
    if (accept) accept.disabled = true;
    status.className = 'hint';
    status.textContent = `Downloading ${word}…`;
    options
      .download({ name: model.name, acceptLicence: accept?.checked === true })
      .then((models) => {
        button.remove();
        accept?.closest('.field')?.remove();
        status.className = 'ok';
        status.textContent = `Installed: ${word} can now be chosen as the wake word.`;
        options.onInstalled(models);
      })
      .catch((error: unknown) => {
        if (accept) accept.disabled = false;
        button.disabled = !ready();
        status.className = 'problem';
        status.textContent = `${word} was not downloaded: ${messageOf(error)}`;
      });
  });
  return item;
}
