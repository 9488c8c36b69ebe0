import type { HomeAssistantImportResult } from '../../src-main/core/assistantApi.ts';
import type { AssistantClient } from '../transport/AssistantClient.ts';
import { h, uid } from './dom.ts';

export interface HomeAssistantImportOptions {
  client: AssistantClient;
  notify: (level: 'info' | 'error', text: string) => void;
}

/**
 * Settings' "Home Assistant" section: URL and token, a preview of the devices found, and
 * import (which writes the home file and the token file and switches to them). The token
 * field is a password field, cleared after an import, and never filled from anything.
 */
export function homeAssistantImportSection(options: HomeAssistantImportOptions): HTMLElement {
  const urlId = uid('ha-url');
  const tokenId = uid('ha-token');
  const headingId = uid('settings');
  const url = h('input', {
    id: urlId,
    type: 'url',
    class: 'path-input',
    placeholder: 'http://homeassistant.local:8123',
    autocomplete: 'off',
    spellcheck: 'false',
  });
  const token = h('input', {
    id: tokenId,
    type: 'password',
    class: 'path-input',
    autocomplete: 'off',
  });
  const preview = h('button', { type: 'button', class: 'secondary' }, 'Preview devices');
  const doImport = h('button', { type: 'button', class: 'primary' }, 'Import');
  const result = h('div', { class: 'ha-preview', role: 'status', 'aria-live': 'polite' });

  const show = (found: HomeAssistantImportResult): void => {
    const areas = found.areas.length === 1 ? '1 area' : `${found.areas.length} areas`;
    result.replaceChildren(
      h('p', { class: 'ok' }, `Found ${found.devices.length} devices in ${areas}.`),
      h(
        'ul',
        { class: 'ha-devices', 'aria-label': 'Devices found in Home Assistant' },
        ...found.devices.map((d) =>
          h(
            'li',
            {},
            `${d.name} (${d.type}${d.area ? `, ${d.area}` : ''})${d.exposed ? '' : ' - not exposed'}`,
          ),
        ),
      ),
    );
  };
  const run = async (apply: boolean): Promise<void> => {
    if (!url.value.trim() || !token.value.trim()) {
      result.replaceChildren(h('p', { class: 'problem' }, 'Give the address and a token first.'));
      return;
    }
    preview.disabled = true;
    doImport.disabled = true;
    result.replaceChildren(h('p', { class: 'hint' }, 'Asking Home Assistant...'));
    try {
      const found = await options.client.importHomeAssistant({
        url: url.value.trim(),
        token: token.value.trim(),
        apply,
      });
      show(found);
      if (found.homeFile) {
        token.value = '';
        options.notify(
          'info',
          `Imported into ${found.homeFile}; Hearth uses it from its next start.`,
        );
      }
    } catch (error) {
      result.replaceChildren(
        h('p', { class: 'problem' }, error instanceof Error ? error.message : String(error)),
      );
    } finally {
      preview.disabled = false;
      doImport.disabled = false;
    }
  };
  preview.addEventListener('click', () => void run(false));
  doImport.addEventListener('click', () => void run(true));

  return h(
    'section',
    { class: 'settings-section', 'aria-labelledby': headingId },
    h('h3', { id: headingId }, 'Home Assistant'),
    h(
      'p',
      { class: 'hint' },
      'Use the rooms and devices of your Home Assistant. Make a long-lived access token on your profile page in Home Assistant (Security tab).',
    ),
    h('div', { class: 'field' }, h('label', { for: urlId }, 'Home Assistant address'), url),
    h('div', { class: 'field' }, h('label', { for: tokenId }, 'Access token'), token),
    h('div', { class: 'path-row' }, preview, doImport),
    result,
  );
}
