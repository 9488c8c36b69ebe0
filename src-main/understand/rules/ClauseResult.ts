// What one clause of one reading comes to against the home.
import type { Action, Query, QuestionForm, Timer } from '../../core/plan.ts';

export interface ClauseResult {
  actions: Action[];
  queries: Query[];
  timers: Timer[];
  phrases: string[];
  /** Set when the clause cannot go ahead: a question back, or why nothing happens. */
  stop?: { reply: string; clarify?: string[] };
  /** How far this reading is from fitting the home: 0 when every action fits its target. */
  penalty: number;
  /** The devices acted on or asked about, for the next turn's "it" and "them". */
  targets: string[];
  /** Devices the same words also fit, for the next turn's "the other one". */
  alternatives: string[];
  question?: QuestionForm;
}
