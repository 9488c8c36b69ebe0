// `npm run bench`: every benchmark, one after another, printing numbers (never asserting).
// `npm run bench -- rules devices` runs only the named ones.
import { benchActEarly } from './actEarlyBench.ts';
import { benchDevices } from './devicesBench.ts';
import { benchLlm } from './llmBench.ts';
import { benchLoad } from './loadBench.ts';
import { benchRules } from './rulesBench.ts';
import { benchStt } from './sttBench.ts';
import { benchUi } from './uiBench.ts';
import { benchVad } from './vadBench.ts';
import { benchWake } from './wakeBench.ts';

const benches: [string, () => void | Promise<void>][] = [
  ['rules', benchRules],
  ['devices', benchDevices],
  ['vad', benchVad],
  ['wake', benchWake],
  ['act', benchActEarly],
  ['stt', benchStt],
  ['llm', benchLlm],
  ['ui', benchUi],
  ['load', benchLoad],
];
const only = process.argv.slice(2);
for (const [name, run] of benches) {
  if (only.length && !only.includes(name)) continue;
  await run();
  console.log('');
}
