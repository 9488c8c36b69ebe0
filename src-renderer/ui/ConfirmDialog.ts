import type { AssistantEvent } from '../../src-main/core/assistantApi.ts';
import { h } from './dom.ts';
import { icon } from './icons.ts';

// The confirmation dialog (ui.md): a dialog with Confirm and Cancel for actions held
// until the user agrees. Questions queue up and are asked one at a time; Escape cancels.
// Cancel has the focus at first: the safe answer is the one Enter gives.

type Question = Extract<AssistantEvent, { type: 'confirmation' }>;

export class ConfirmDialog {
  readonly element: HTMLDialogElement;
  private readonly prompt: HTMLElement;
  private readonly cancelButton: HTMLButtonElement;
  private readonly queue: Question[] = [];
  private readonly answer: (id: string, accept: boolean) => Promise<void>;
  private returnFocus: HTMLElement | null = null;

  constructor(answer: (id: string, accept: boolean) => Promise<void>) {
    this.answer = answer;
    this.prompt = h('p', { id: 'confirm-prompt', class: 'dialog-text' });
    const confirmButton = h('button', { type: 'button', class: 'primary danger' }, 'Confirm');
    this.cancelButton = h('button', { type: 'button', class: 'secondary' }, 'Cancel');
    confirmButton.addEventListener('click', () => this.settle(true));
    this.cancelButton.addEventListener('click', () => this.settle(false));
    this.element = h(
      'dialog',
      {
        class: 'confirm-dialog',
        'aria-labelledby': 'confirm-title',
        'aria-describedby': 'confirm-prompt',
      },
      h('div', { class: 'dialog-icon' }, icon('lock')),
      h('h2', { id: 'confirm-title' }, 'Please confirm'),
      this.prompt,
      h('div', { class: 'dialog-buttons' }, this.cancelButton, confirmButton),
    );
    this.element.addEventListener('cancel', (event) => {
      event.preventDefault();
      this.settle(false);
    });
  }

  ask(question: Question): void {
    this.queue.push(question);
    if (this.queue.length === 1) this.show();
  }

  /** The question was answered elsewhere (another window, a timeout): drop it. */
  closed(id: string): void {
    const index = this.queue.findIndex((q) => q.id === id);
    if (index < 0) return;
    this.queue.splice(index, 1);
    if (index === 0) this.next();
  }

  private show(): void {
    const question = this.queue[0];
    if (!question) return;
    this.prompt.textContent = question.prompt;
    if (!this.element.open) {
      this.returnFocus =
        document.activeElement instanceof HTMLElement ? document.activeElement : null;
      this.element.showModal();
    }
    this.cancelButton.focus();
  }

  private next(): void {
    if (this.queue.length > 0) return this.show();
    if (this.element.open) this.element.close();
    this.returnFocus?.focus();
  }

  private settle(accept: boolean): void {
    const question = this.queue.shift();
    this.next();
    if (question) void this.answer(question.id, accept).catch(() => undefined);
  }
}
