import type { HistoryEntry, HomeView } from '../../src-main/core/assistantApi.ts';
import type { ActionOutcome } from '../../src-main/core/state.ts';
import { h } from './dom.ts';
import { icon } from './icons.ts';

// The Conversation log (ui.md): each turn shows the user's words, the reply (streamed when
// the assistant streams it) and one card per action with its outcome.

const OUTCOME_WORDS: Readonly<Record<ActionOutcome['outcome'], string>> = {
  ok: 'Done',
  unconfirmed: 'Sent; the device did not confirm',
  failed: 'Failed',
  needs_confirmation: 'Waiting for your confirmation',
};

interface Turn {
  element: HTMLElement;
  user?: HTMLElement;
  streaming?: HTMLElement;
}

export class ConversationView {
  readonly element: HTMLElement;
  private readonly log: HTMLElement;
  private readonly empty: HTMLElement;
  private readonly turns = new Map<string, Turn>();
  private home: HomeView | undefined;

  constructor() {
    this.log = h('div', {
      role: 'log',
      'aria-label': 'Conversation',
      'aria-live': 'polite',
      class: 'log',
    });
    this.empty = h(
      'div',
      { class: 'empty-conversation' },
      icon('mic', 'empty-icon'),
      h('p', { class: 'empty-title' }, 'How can I help?'),
      h(
        'p',
        {},
        'Type or say a command, for example “turn on the kitchen light” or “is the front door locked?”.',
      ),
    );
    this.element = h('div', { class: 'conversation' }, this.empty, this.log);
  }

  setHome(home: HomeView): void {
    this.home = home;
  }

  showHistory(entries: readonly HistoryEntry[]): void {
    this.clear();
    for (const entry of entries) {
      if (entry.text) this.user(entry.turnId, entry.text, true);
      this.reply(entry.turnId, entry.reply, entry.outcomes, entry.at);
    }
  }

  clear(): void {
    this.turns.clear();
    this.log.replaceChildren();
    this.syncEmpty();
  }

  /** The user's words: a partial transcript is replaced as it grows, until final. */
  user(turnId: string, text: string, final: boolean): void {
    const turn = this.turn(turnId);
    if (!turn.user) {
      turn.user = h('p', { class: 'bubble user' });
      turn.element.prepend(turn.user);
    }
    turn.user.textContent = text || '…';
    turn.user.classList.toggle('partial', !final);
    this.scroll();
  }

  token(turnId: string, token: string): void {
    const turn = this.turn(turnId);
    if (!turn.streaming) {
      turn.streaming = h('p', { class: 'bubble assistant streaming' });
      turn.element.append(turn.streaming);
    }
    turn.streaming.textContent = (turn.streaming.textContent ?? '') + token;
    this.scroll();
  }

  reply(turnId: string, text: string, outcomes: readonly ActionOutcome[], at?: string): void {
    const turn = this.turn(turnId);
    turn.streaming?.remove();
    delete turn.streaming;
    const time = new Date(at ?? Date.now());
    const bubble = h(
      'div',
      { class: 'bubble assistant' },
      h('p', {}, text),
      h(
        'time',
        { datetime: time.toISOString(), class: 'when' },
        time.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' }),
      ),
    );
    turn.element.append(bubble);
    if (outcomes.length > 0) {
      turn.element.append(h('ul', { class: 'action-cards' }, ...outcomes.map((o) => this.card(o))));
    }
    this.scroll();
  }

  private card(outcome: ActionOutcome): HTMLElement {
    const name = this.nameOf(outcome.device);
    const what = describeCommand(outcome);
    const failed = outcome.outcome === 'failed';
    return h(
      'li',
      { class: `action-card ${outcome.outcome}` },
      icon(
        failed ? 'alert' : outcome.outcome === 'needs_confirmation' ? 'clock' : 'check',
        'card-icon',
      ),
      h(
        'div',
        { class: 'card-text' },
        h('span', { class: 'card-title' }, `${name}: ${what}`),
        h(
          'span',
          { class: 'card-outcome' },
          failed ? `Failed: ${outcome.error ?? 'no reason given'}` : OUTCOME_WORDS[outcome.outcome],
        ),
      ),
    );
  }

  private nameOf(id: string): string {
    return (
      this.home?.devices.find((d) => d.id === id)?.name ??
      this.home?.scenes.find((s) => s.id === id)?.name ??
      id
    );
  }

  private turn(turnId: string): Turn {
    let turn = this.turns.get(turnId);
    if (!turn) {
      turn = { element: h('div', { class: 'turn', 'data-turn': turnId }) };
      this.turns.set(turnId, turn);
      this.log.append(turn.element);
      this.syncEmpty();
    }
    return turn;
  }

  private syncEmpty(): void {
    this.empty.hidden = this.turns.size > 0;
  }

  private scroll(): void {
    this.log.scrollTop = this.log.scrollHeight;
  }
}

/** "turn on", "set brightness to 40%". */
function describeCommand(outcome: ActionOutcome): string {
  const words = outcome.command.replace(/_/g, ' ');
  if (outcome.value === undefined) return words;
  const unit = /brightness|speed|position|volume/.test(outcome.command) ? '%' : '';
  return `${words} ${outcome.command.startsWith('change') ? 'by' : 'to'} ${outcome.value}${unit}`;
}
