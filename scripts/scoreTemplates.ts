// Scores the rules planner on generated homes x phrase templates (issue 10, part 5).
//   node --import tsx scripts/scoreTemplates.ts [--set dev|extra|fresh|fresh2|fresh3|fresh4|heldout] [--homes N] [--show-failures K]
//   node --import tsx scripts/scoreTemplates.ts --print-home SEED [--set extra|fresh|fresh2|fresh3|fresh4] > home.json   (for hearth plan --home)
// The extra set runs on the same seeds with GenerateHomeOptions.moreKindWords (EXTRA_HOME_OPTIONS),
// the fresh set with FRESH_HOME_OPTIONS, the fresh2 set with FRESH2_HOME_OPTIONS, the fresh3 set
// with FRESH3_HOME_OPTIONS, the fresh4 set with FRESH4_HOME_OPTIONS.
// Prints accuracy per template family (behaviour) and overall. Failures are shown only for the
// dev, extra, fresh, fresh2, fresh3 and fresh4 sets: the held-out set's sentences stay unseen.
import { parseArgs } from 'node:util';
import { generateHome, generateHomes } from '../test/understand/generated/generateHome.ts';
import type { GenerateHomeOptions } from '../test/understand/generated/generateHome.ts';
import { rate, runTemplates } from '../test/understand/generated/runTemplates.ts';
import type { RunResult } from '../test/understand/generated/runTemplates.ts';
import { DEV_TEMPLATES } from '../test/understand/generated/templates.dev.ts';
import {
  EXTRA_HOME_OPTIONS,
  EXTRA_TEMPLATES,
} from '../test/understand/generated/templates.extra.ts';
import { HELDOUT_TEMPLATES } from '../test/understand/generated/templates.heldout.ts';
import {
  FRESH_HOME_OPTIONS,
  FRESH_TEMPLATES,
} from '../test/understand/generated/templates.fresh.ts';
import {
  FRESH2_HOME_OPTIONS,
  FRESH2_TEMPLATES,
} from '../test/understand/generated/templates.fresh2.ts';
import {
  FRESH3_HOME_OPTIONS,
  FRESH3_TEMPLATES,
} from '../test/understand/generated/templates.fresh3.ts';
import {
  FRESH4_HOME_OPTIONS,
  FRESH4_TEMPLATES,
} from '../test/understand/generated/templates.fresh4.ts';

const USAGE =
  'usage: node --import tsx scripts/scoreTemplates.ts [--set dev|extra|fresh|fresh2|fresh3|fresh4|heldout] [--homes N] [--show-failures K]\n' +
  '       node --import tsx scripts/scoreTemplates.ts --print-home SEED [--set extra|fresh|fresh2|fresh3|fresh4]   (the home file of a failure, as JSON)';

/** The generator options a set's homes are built with. */
function homeOptions(set: string | undefined): GenerateHomeOptions {
  if (set === 'extra') return EXTRA_HOME_OPTIONS;
  if (set === 'fresh') return FRESH_HOME_OPTIONS;
  if (set === 'fresh2') return FRESH2_HOME_OPTIONS;
  if (set === 'fresh3') return FRESH3_HOME_OPTIONS;
  if (set === 'fresh4') return FRESH4_HOME_OPTIONS;
  return {};
}

function fail(message: string): never {
  process.stderr.write(`scoreTemplates: ${message}\n${USAGE}\n`);
  process.exit(2);
}

let values;
try {
  ({ values } = parseArgs({
    options: {
      set: { type: 'string', default: 'dev' },
      homes: { type: 'string', default: '150' },
      'show-failures': { type: 'string', default: '0' },
      'print-home': { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  }));
} catch (error) {
  fail((error as Error).message);
}
if (values.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
if (values['print-home'] !== undefined) {
  const seed = Number(values['print-home']);
  if (!Number.isInteger(seed)) fail(`--print-home needs a home seed, not ${values['print-home']}`);
  process.stdout.write(
    `${JSON.stringify(generateHome(seed, homeOptions(values.set)).file, null, 2)}\n`,
  );
  process.exit(0);
}
const set = values.set;
if (
  set !== 'dev' &&
  set !== 'extra' &&
  set !== 'fresh' &&
  set !== 'fresh2' &&
  set !== 'fresh3' &&
  set !== 'fresh4' &&
  set !== 'heldout'
)
  fail(`--set must be dev, extra, fresh, fresh2, fresh3, fresh4 or heldout, not ${set}`);
const homes = Number(values.homes);
const show = Number(values['show-failures']);
if (!Number.isInteger(homes) || homes < 1)
  fail(`--homes needs a whole number >= 1, not ${values.homes}`);
if (!Number.isInteger(show) || show < 0) fail(`--show-failures needs a whole number >= 0`);
if (show > 0 && set === 'heldout')
  fail(
    '--show-failures is only for the dev, extra, fresh, fresh2, fresh3 and fresh4 sets: held-out sentences stay unseen',
  );

const result: RunResult = runTemplates(
  set === 'dev'
    ? DEV_TEMPLATES
    : set === 'extra'
      ? EXTRA_TEMPLATES
      : set === 'fresh'
        ? FRESH_TEMPLATES
        : set === 'fresh2'
          ? FRESH2_TEMPLATES
          : set === 'fresh3'
            ? FRESH3_TEMPLATES
            : set === 'fresh4'
              ? FRESH4_TEMPLATES
              : HELDOUT_TEMPLATES,
  generateHomes(homes, 1, homeOptions(set)),
);
const lines: string[] = [`${set} templates on ${homes} generated homes`, ''];
const width = Math.max(...[...result.byBehaviour.keys()].map((k) => k.length), 8);
lines.push(`${'family'.padEnd(width)}  accuracy`);
for (const [behaviour, tally] of [...result.byBehaviour.entries()].sort(([a], [b]) =>
  a.localeCompare(b),
))
  lines.push(`${behaviour.padEnd(width)}  ${rate(tally)}`);
if (set !== 'heldout') {
  lines.push('', 'per template:');
  for (const [id, tally] of result.byTemplate)
    lines.push(`  ${id.padEnd(width + 4)}  ${rate(tally)}`);
}
if (show > 0) {
  // The first K failures of each template, so one broken family does not hide the others.
  const byTemplate = new Map<string, number>();
  const shown = result.failures.filter((f) => {
    const n = byTemplate.get(f.template) ?? 0;
    byTemplate.set(f.template, n + 1);
    return n < show;
  });
  lines.push(
    '',
    `${shown.length} of ${result.failures.length} failures (at most ${show} per template):`,
  );
  for (const f of shown) {
    const said = f.turns
      .map((t) => `${JSON.stringify(t.text)}${t.area ? ` [area ${t.area}]` : ''}`)
      .join(' -> ');
    lines.push(`- ${f.template}, home seed ${f.seed}: ${said}`);
    lines.push(`    expected: ${JSON.stringify(f.expected)}`);
    lines.push(`    got:      ${JSON.stringify(f.got)}`);
  }
}
lines.push('', `overall: ${rate(result.overall)}`);
process.stdout.write(`${lines.join('\n')}\n`);
