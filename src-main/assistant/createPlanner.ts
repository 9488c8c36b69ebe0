import type { Home } from '../core/home.ts';
import type { Planner } from '../core/plan.ts';
import { RulesPlanner } from '../understand/rules/RulesPlanner.ts';

// The one place that decides which planner a home gets, so the on-device language model
// (a later issue) plugs in here and every surface picks it up.

export interface CreatePlannerOptions {
  /** Use only the fast rules. Default true: the language model is not available yet. */
  rulesOnly?: boolean;
}

export function createPlanner(home: Home, _options: CreatePlannerOptions = {}): Planner {
  return new RulesPlanner(home);
}
