import type { Plan, PlanContext, Planner } from '../../core/plan.ts';
import { NOT_UNDERSTOOD } from '../rules/RulesPlanner.ts';
import { LlmModelError } from './LlmModelError.ts';

export interface CombinedPlannerOptions {
  /** Told when the language model cannot be used (once) or a request fails. Default: nothing. */
  onNotice?: (message: string) => void;
}

// Only the rules' NOT_UNDERSTOOD reply goes on to the model. Their other `none` replies are
// decisions ("Okay, I won't do that." for "don't unlock the door", "I couldn't find a desk
// lamp.") that a language model must not overrule with a guess.

/**
 * The fast rules first; the language model only for what they could not read at all. A
 * question back from the rules (clarify) is never passed on. When the model cannot be used,
 * this says so once and carries on with the rules alone.
 */
export class CombinedPlanner implements Planner {
  readonly rules: Planner;
  readonly llm: Planner;
  private readonly onNotice: (message: string) => void;
  private unavailable?: LlmModelError;

  constructor(rules: Planner, llm: Planner, options: CombinedPlannerOptions = {}) {
    this.rules = rules;
    this.llm = llm;
    this.onNotice = options.onNotice ?? (() => {});
  }

  /** Why the language model is off, once that is known. */
  get llmProblem(): LlmModelError | undefined {
    return this.unavailable;
  }

  async plan(text: string, context: PlanContext = {}): Promise<Plan> {
    const fast = await this.rules.plan(text, context);
    if (fast.source !== 'none' || fast.clarify?.length || fast.reply !== NOT_UNDERSTOOD) {
      return fast;
    }
    if (this.unavailable) return fast;
    try {
      return await this.llm.plan(text, context);
    } catch (error) {
      if (error instanceof LlmModelError) {
        this.unavailable = error;
        this.onNotice(`${error.message}. Carrying on with the fast rules only.`);
      } else {
        const why = error instanceof Error ? error.message : String(error);
        this.onNotice(`the language model failed on "${text.slice(0, 80)}": ${why}`);
      }
      return fast;
    }
  }
}
