// `npm run bench`: every benchmark, one after another, printing numbers (never asserting).
import { benchDevices } from './devicesBench.ts';
import { benchRules } from './rulesBench.ts';

const benches: [string, () => void | Promise<void>][] = [
  ['rules', benchRules],
  ['devices', benchDevices],
];
const only = process.argv.slice(2);
for (const [name, run] of benches) {
  if (only.length && !only.includes(name)) continue;
  await run();
  console.log('');
}
