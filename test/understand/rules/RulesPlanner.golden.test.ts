import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Plan } from '../../../src-main/core/plan.ts';
import { parseHome } from '../../../src-main/home/loadHome.ts';
import { RulesPlanner } from '../../../src-main/understand/rules/RulesPlanner.ts';
import { GOLDEN } from '../fixtures/golden.ts';
import { TEST_HOME_YAML } from '../fixtures/testHome.ts';

/** The plan as the golden table writes it: a sorted, space-separated set. */
function summarize(plan: Plan): string {
  const parts = [
    ...plan.actions.map(
      (a) => `${a.device}:${a.command}${a.value !== undefined ? `:${a.value}` : ''}`,
    ),
    ...plan.queries.map((q) => `q:${q.device}:${q.attribute}`),
    ...plan.timers.map(
      (t) =>
        `t:${t.op}${t.seconds !== undefined ? `:${t.seconds}` : ''}${t.name ? `:${t.name}` : ''}`,
    ),
  ];
  if (plan.confirm) parts.push('CONFIRM');
  if (plan.clarify) parts.push(`CLARIFY:${plan.clarify.join(',')}`);
  return parts.sort().join(' ');
}

describe('rules engine golden table', () => {
  const planner = new RulesPlanner(parseHome(TEST_HOME_YAML, 'test-home.yaml'));
  for (const [text, area, expected, source] of GOLDEN) {
    test(`${text}${area ? ` (in ${area})` : ''}`, () => {
      const plan = planner.plan(text, area ? { area } : {});
      assert.equal(summarize(plan), expected);
      assert.equal(plan.source, source);
      assert.equal(plan.text, text);
      assert.ok(plan.reply.length > 0, 'every plan has a reply');
    });
  }
});
