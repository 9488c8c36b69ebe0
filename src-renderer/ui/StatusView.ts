import type { AssistantStatus } from '../../src-main/core/assistantApi.ts';
import { h } from './dom.ts';
import { icon } from './icons.ts';

// The one `status` element (ui.md) says what the assistant is doing in one word; an error's
// details go beside it and to a notice. Notices are toasts: errors are alerts, the rest polite.

export class StatusView {
  readonly element: HTMLElement;
  readonly toasts: HTMLElement;
  private readonly word: HTMLElement;
  private readonly detail: HTMLElement;
  private wokeTimer: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    this.word = h('p', { role: 'status', class: 'status-word', id: 'status' }, 'idle');
    this.detail = h('p', { class: 'status-detail' });
    this.element = h(
      'div',
      { class: 'status', 'data-status': 'idle' },
      h('span', { class: 'status-dot', 'aria-hidden': 'true' }),
      this.word,
      this.detail,
    );
    this.toasts = h('div', { class: 'toasts', 'aria-live': 'polite' });
  }

  set(status: AssistantStatus, message?: string): void {
    this.element.dataset.status = status;
    // Listening hands-free with a wake word, the words say what it waits for.
    this.word.textContent = status === 'listening' && message ? message : status;
    this.detail.textContent = status === 'error' && message ? message : '';
    this.detail.title = this.detail.textContent;
  }

  /** The wake word was heard: a short highlight (the sound is WakeCue's). */
  woke(): void {
    this.element.classList.remove('woke');
    // Restart the animation when two wakes come close together.
    void this.element.offsetWidth;
    this.element.classList.add('woke');
    clearTimeout(this.wokeTimer);
    this.wokeTimer = setTimeout(() => this.element.classList.remove('woke'), 1500);
  }

  notice(level: 'info' | 'warning' | 'error', text: string): void {
    const close = h(
      'button',
      { type: 'button', class: 'icon-button', 'aria-label': 'Dismiss' },
      icon('close'),
    );
    const toast = h(
      'div',
      { class: `toast ${level}`, ...(level === 'error' ? { role: 'alert' } : {}) },
      icon(level === 'info' ? 'check' : 'alert', 'toast-icon'),
      h('p', {}, text),
      close,
    );
    close.addEventListener('click', () => toast.remove());
    this.toasts.append(toast);
    while (this.toasts.childElementCount > 4) this.toasts.firstElementChild?.remove();
    // Errors stay until dismissed; the rest fade after a while.
    if (level !== 'error') setTimeout(() => toast.remove(), 8000);
  }
}
