// The fresh2 templates (templates.fresh2.ts) on generated homes: a fourth set, written apart
// from the dev, extra, held-out and fresh sets and without reading the rules engine, so it
// measures how far the rules reach beyond the phrasings they were tuned on. This test reports
// the per-family score and holds a floor: the figure measured when the set was written, less
// 0.02, rounded down (0.93 when written at 0.950; now 0.97, the target, at 0.995). Failures are printed by
// `node --import tsx scripts/scoreTemplates.ts --set fresh2 --show-failures 3`.
import { describeTemplateSet } from './describeTemplateSet.ts';

/** Overall pass rate the fresh2 set may not fall below. */
const FLOOR = 0.97;

describeTemplateSet('fresh2', FLOOR);
