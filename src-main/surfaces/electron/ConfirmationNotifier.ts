import { Notification } from 'electron';
import type { AssistantEvent } from '../../core/assistantApi.ts';
import { confirmationNotice } from './confirmationNotice.ts';
import type { WindowFacts } from './confirmationNotice.ts';

// Shows a desktop notification when a confirmation waits and nobody can see the window
// (see confirmationNotice.ts for when), and takes it away once the question is answered.

export interface ConfirmationNotifierOptions {
  windowFacts: () => WindowFacts | undefined;
  /** A click on the notification: bring the window (and its dialog) up. */
  onClick: () => void;
}

export class ConfirmationNotifier {
  private readonly shown = new Map<string, Notification>();
  private readonly options: ConfirmationNotifierOptions;

  constructor(options: ConfirmationNotifierOptions) {
    this.options = options;
  }

  handle(event: AssistantEvent): void {
    if (event.type === 'confirmation_closed') {
      this.shown.get(event.id)?.close();
      this.shown.delete(event.id);
      return;
    }
    const notice = confirmationNotice(event, this.options.windowFacts());
    if (!notice || !Notification.isSupported()) return;
    const notification = new Notification({ title: notice.title, body: notice.body });
    notification.on('click', () => this.options.onClick());
    notification.on('close', () => this.shown.delete(notice.confirmationId));
    this.shown.set(notice.confirmationId, notification);
    notification.show();
  }

  dispose(): void {
    for (const notification of this.shown.values()) notification.close();
    this.shown.clear();
  }
}
