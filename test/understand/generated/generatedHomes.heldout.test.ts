// The honest figure (issue 10, part 5): held-out templates, kept out of the development loop,
// must give their expected plan in >= 97% of cases over the generated homes. Only per-behaviour
// percentages are printed, never a sentence, so the set stays unseen.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { generateHomes } from './generateHome.ts';
import { rate, runTemplates } from './runTemplates.ts';
import { HELDOUT_TEMPLATES } from './templates.heldout.ts';

const HOMES = 150;
// Issue 10's target, 0.97. Measured 0.906 at the start of 2026-12-03 and 0.995 at its end.
const MIN_ACCURACY = 0.97;

test('held-out templates score at least 97% on generated homes', (t) => {
  const result = runTemplates(HELDOUT_TEMPLATES, generateHomes(HOMES));
  const lines = [...result.byBehaviour.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([behaviour, tally]) => `${behaviour.padEnd(40)} ${rate(tally)}`);
  for (const line of lines) t.diagnostic(line);
  t.diagnostic(`overall ${rate(result.overall)}`);
  const accuracy = result.overall.ok / result.overall.n;
  assert.ok(
    accuracy >= MIN_ACCURACY,
    `held-out accuracy ${rate(result.overall)} is below ${MIN_ACCURACY}; per behaviour:\n${lines.join('\n')}`,
  );
});
