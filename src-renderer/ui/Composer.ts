import { h } from './dom.ts';
import { icon } from './icons.ts';

// Where commands come from: the Command text box (Enter or Send submits), the Talk button
// (push-to-talk, aria-pressed while the microphone is open), the Hands-free switch and the
// input level meter.

export interface ComposerOptions {
  submit: (text: string) => Promise<void>;
  talk: (open: boolean) => void;
  handsFree: (on: boolean) => void;
}

export class Composer {
  readonly element: HTMLElement;
  readonly input: HTMLInputElement;
  private readonly talkButton: HTMLButtonElement;
  private readonly handsFreeButton: HTMLButtonElement;
  private readonly meter: HTMLElement;
  private readonly speechText: HTMLElement;

  constructor(options: ComposerOptions) {
    this.input = h('input', {
      type: 'text',
      id: 'command',
      class: 'command-input',
      'aria-label': 'Command',
      placeholder: 'Type a command…',
      autocomplete: 'off',
      spellcheck: 'false',
      enterkeyhint: 'send',
      maxlength: 2000,
    });
    const send = h(
      'button',
      { type: 'submit', class: 'send-button' },
      icon('send'),
      h('span', {}, 'Send'),
    );
    const form = h('form', { class: 'command-form' }, this.input, send);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const text = this.input.value.trim();
      if (!text) return;
      this.input.value = '';
      void options.submit(text).catch(() => {
        // Give the words back so nothing typed is lost.
        if (!this.input.value) this.input.value = text;
      });
    });

    this.talkButton = h(
      'button',
      { type: 'button', class: 'talk-button', 'aria-pressed': 'false' },
      icon('mic'),
      h('span', {}, 'Talk'),
    );
    this.talkButton.addEventListener('click', () =>
      options.talk(this.talkButton.getAttribute('aria-pressed') !== 'true'),
    );
    this.handsFreeButton = h(
      'button',
      { type: 'button', role: 'switch', 'aria-checked': 'false', class: 'hands-free' },
      h(
        'span',
        { class: 'switch small', 'aria-hidden': 'true' },
        h('span', { class: 'switch-thumb' }),
      ),
      'Hands-free',
    );
    this.handsFreeButton.addEventListener('click', () =>
      options.handsFree(this.handsFreeButton.getAttribute('aria-checked') !== 'true'),
    );
    this.meter = h(
      'div',
      {
        class: 'level',
        role: 'meter',
        'aria-label': 'Microphone level',
        'aria-valuemin': 0,
        'aria-valuemax': 100,
        'aria-valuenow': 0,
      },
      h('span', { class: 'level-bar' }),
    );
    this.speechText = h('span', { class: 'speech-indicator', 'aria-live': 'polite' });
    this.element = h(
      'div',
      { class: 'composer' },
      form,
      h(
        'div',
        { class: 'voice-row' },
        this.talkButton,
        this.meter,
        this.speechText,
        this.handsFreeButton,
      ),
    );
  }

  setListening(open: boolean): void {
    this.talkButton.setAttribute('aria-pressed', String(open));
    this.element.classList.toggle('listening', open);
    if (!open) this.setLevel(0);
  }

  /** What voice detection heard: shown beside the meter. */
  setSpeech(phase: 'start' | 'end' | 'none'): void {
    this.speechText.textContent =
      phase === 'start' ? 'Speech detected…' : phase === 'end' ? 'Speech ended' : '';
    this.speechText.dataset.phase = phase;
  }

  setHandsFree(on: boolean): void {
    this.handsFreeButton.setAttribute('aria-checked', String(on));
  }

  /** rms: 0..1; shown on a perceptual (square-root) scale. */
  setLevel(rms: number): void {
    const percent = Math.round(Math.min(1, Math.sqrt(Math.max(0, rms)) * 1.6) * 100);
    this.meter.setAttribute('aria-valuenow', String(percent));
    this.meter.style.setProperty('--level', `${percent}%`);
  }
}
