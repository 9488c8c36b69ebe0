// Scores the rules planner on generated homes x phrase templates (issue 10, part 5).
//   node --import tsx scripts/scoreTemplates.ts [--set dev|extra|fresh|fresh2|fresh3|fresh4|heldout] [--homes N] [--show-failures K]
//   node --import tsx scripts/scoreTemplates.ts --print-home SEED [--set extra|fresh|fresh2|fresh3|fresh4] > home.json   (for hearth plan --home)
// Every set runs on the same seeds, each with its own generator options (templateSets.ts).
// Prints accuracy per template family (behaviour) and overall. Failures are shown only for the
// dev, extra, fresh, fresh2, fresh3 and fresh4 sets: the held-out set's sentences stay unseen.
import { parseArgs } from 'node:util';
import { generateHome, generateHomes } from '../test/understand/generated/generateHome.ts';
import { rate, runTemplates } from '../test/understand/generated/runTemplates.ts';
import type { RunResult } from '../test/understand/generated/runTemplates.ts';
import {
  TEMPLATE_SETS,
  TEMPLATE_SET_NAMES,
  isTemplateSetName,
} from '../test/understand/generated/templateSets.ts';

const USAGE =
  'usage: node --import tsx scripts/scoreTemplates.ts [--set dev|extra|fresh|fresh2|fresh3|fresh4|heldout] [--homes N] [--show-failures K]\n' +
  '       node --import tsx scripts/scoreTemplates.ts --print-home SEED [--set extra|fresh|fresh2|fresh3|fresh4]   (the home file of a failure, as JSON)';

/** The generator options a set's homes are built with (the base home for no set). */
function homeOptionsOf(set: string | undefined) {
  return isTemplateSetName(set) ? TEMPLATE_SETS[set].homeOptions : {};
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
    `${JSON.stringify(generateHome(seed, homeOptionsOf(values.set)).file, null, 2)}\n`,
  );
  process.exit(0);
}
const set = values.set;
if (!isTemplateSetName(set))
  fail(
    `--set must be ${TEMPLATE_SET_NAMES.join(', ').replace(/, (?=[^,]*$)/, ' or ')}, not ${set}`,
  );
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
  TEMPLATE_SETS[set].templates,
  generateHomes(homes, 1, TEMPLATE_SETS[set].homeOptions),
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
