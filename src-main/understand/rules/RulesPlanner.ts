import type { Home } from '../../core/home.ts';
import type { Plan, PlanContext, Planner } from '../../core/plan.ts';

/** The fast path: compiled once per home, answers in well under a millisecond. */
export class RulesPlanner implements Planner {
  readonly home: Home;
  constructor(home: Home) {
    this.home = home;
  }

  plan(text: string, _context: PlanContext = {}): Plan {
    return {
      text,
      actions: [],
      queries: [],
      timers: [],
      confirm: false,
      reply: "Sorry, I didn't understand that.",
      source: 'none',
    };
  }
}
