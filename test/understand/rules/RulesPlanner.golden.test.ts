import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseHome } from '../../../src-main/home/loadHome.ts';
import { RulesPlanner } from '../../../src-main/understand/rules/RulesPlanner.ts';
import { GOLDEN } from '../fixtures/golden.ts';
import { TEST_HOME_YAML } from '../fixtures/testHome.ts';
import { summarizePlan as summarize } from '../fixtures/summarizePlan.ts';

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
