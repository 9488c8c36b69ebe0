import type { AssistantEvent } from '../../core/assistantApi.ts';

// A sensitive action (unlocking a door from the tray or the push-to-talk shortcut) waits
// for Confirm in the window. When nobody can see the window, a desktop notification says
// so; clicking it brings the window and its dialog up. Nothing is confirmed from the
// notification itself: the decision stays in the dialog.

export interface WindowFacts {
  /** The window exists and is shown (not hidden to the tray). */
  visible: boolean;
  minimized: boolean;
  focused: boolean;
}

export interface NoticeContent {
  title: string;
  body: string;
  /** The confirmation it is about, to close the notice when it is answered. */
  confirmationId: string;
}

const MAX_BODY = 200;

/** The notification to show for an event, or undefined when none is needed. */
export function confirmationNotice(
  event: AssistantEvent,
  window: WindowFacts | undefined,
): NoticeContent | undefined {
  if (event.type !== 'confirmation') return undefined;
  const seen = window !== undefined && window.visible && !window.minimized && window.focused;
  if (seen) return undefined;
  const prompt = event.prompt.trim() || 'An action is waiting for your confirmation.';
  return {
    title: 'Hearth needs your confirmation',
    body: prompt.length > MAX_BODY ? `${prompt.slice(0, MAX_BODY - 1)}…` : prompt,
    confirmationId: event.id,
  };
}
