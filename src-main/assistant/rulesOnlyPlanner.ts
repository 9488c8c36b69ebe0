import type { Home } from '../core/home.ts';
import type { Plan, PlanContext } from '../core/plan.ts';
import { RulesPlanner } from '../understand/rules/RulesPlanner.ts';
import type { HearthPlanner } from './createPlanner.ts';

/**
 * The fast rules alone, as a HearthPlanner. Its own file so that `hearth plan --no-llm` can
 * use it without loading the language model's runtime.
 */
export function rulesOnlyPlanner(home: Home, rules = new RulesPlanner(home)): HearthPlanner {
  return {
    plan: (text: string, context?: PlanContext): Plan => rules.plan(text, context),
    warmUp: async () => {},
    dispose: async () => {},
  };
}
