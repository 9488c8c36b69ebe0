// Runs phrase templates over generated homes through the rules planner and tallies, per
// template and per behaviour, how many cases gave the expected plan.
import type { Home } from '../../../src-main/core/home.ts';
import type { Plan, PlanContext } from '../../../src-main/core/plan.ts';
import { RulesPlanner } from '../../../src-main/understand/rules/RulesPlanner.ts';
import { Conversation } from '../../../src-main/assistant/Conversation.ts';
import type { GeneratedHome } from './generateHome.ts';
import { Rng } from './Rng.ts';
import { briefPlan, planMatches } from './templateKit.ts';
import type { Expected, Template, Turn } from './templateKit.ts';

/**
 * Plans a conversation turn by turn through one Conversation, as `hearth plan --follow-up`,
 * the console, the hub and the window do.
 */
export function planConversation(planner: RulesPlanner, turns: readonly Turn[]): Plan[] {
  const plans: Plan[] = [];
  const conversation = new Conversation({ windowMs: Infinity });
  for (const turn of turns) {
    const previous = conversation.previous();
    const context: PlanContext = {
      ...(turn.area === undefined ? {} : { area: turn.area }),
      ...(previous ? { previous } : {}),
    };
    const plan = planner.plan(turn.text, context);
    conversation.remember(plan);
    plans.push(plan);
  }
  return plans;
}

export interface Failure {
  seed: number;
  template: string;
  /** The turn that went wrong (earlier ones matched). */
  turns: { text: string; area?: string }[];
  expected: Expected;
  got: object;
}

export interface Tally {
  n: number;
  ok: number;
}

export interface RunResult {
  byTemplate: Map<string, Tally & { behaviour: string }>;
  byBehaviour: Map<string, Tally>;
  overall: Tally;
  failures: Failure[];
}

/** Runs every template in every home; a template not applicable to a home is not counted. */
export function runTemplates(
  templates: readonly Template[],
  homes: readonly GeneratedHome[],
  planners: Map<number, RulesPlanner> = new Map(),
): RunResult {
  const result: RunResult = {
    byTemplate: new Map(),
    byBehaviour: new Map(),
    overall: { n: 0, ok: 0 },
    failures: [],
  };
  for (const t of templates) result.byTemplate.set(t.id, { n: 0, ok: 0, behaviour: t.behaviour });
  for (const g of homes) {
    let planner = planners.get(g.seed);
    if (!planner) planners.set(g.seed, (planner = plannerFor(g.home)));
    for (const t of templates) {
      const turns = t.make(g, Rng.derive(g.seed, t.id));
      if (!turns) continue;
      let failure: Failure | undefined;
      try {
        const plans = planConversation(planner, turns);
        const bad = turns.findIndex((turn, i) => !planMatches(turn.expect, plans[i]!));
        if (bad >= 0)
          failure = {
            seed: g.seed,
            template: t.id,
            turns: turns
              .slice(0, bad + 1)
              .map(({ text, area }) => ({ text, ...(area ? { area } : {}) })),
            expected: turns[bad]!.expect,
            got: briefPlan(plans[bad]!),
          };
      } catch (error) {
        failure = {
          seed: g.seed,
          template: t.id,
          turns: turns.map(({ text, area }) => ({ text, ...(area ? { area } : {}) })),
          expected: turns[turns.length - 1]!.expect,
          got: { threw: String(error) },
        };
      }
      const ok = failure === undefined;
      const tally = result.byTemplate.get(t.id)!;
      const beh = result.byBehaviour.get(t.behaviour) ?? { n: 0, ok: 0 };
      result.byBehaviour.set(t.behaviour, beh);
      for (const s of [tally, beh, result.overall]) {
        s.n++;
        if (ok) s.ok++;
      }
      if (failure) result.failures.push(failure);
    }
  }
  return result;
}

function plannerFor(home: Home): RulesPlanner {
  return new RulesPlanner(home);
}

/** "0.973 (146/150)". */
export function rate(t: Tally): string {
  return `${(t.n ? t.ok / t.n : 1).toFixed(3)} (${t.ok}/${t.n})`;
}
