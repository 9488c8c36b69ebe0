// The property test of one independently written template set on generated homes: every
// template applies to some home, ids are unique across all sets, and the overall score holds
// a floor (the per-family scores are printed as diagnostics).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { generateHomes } from './generateHome.ts';
import { rate, runTemplates } from './runTemplates.ts';
import { TEMPLATE_SETS } from './templateSets.ts';
import type { TemplateSetName } from './templateSets.ts';

const HOMES = 150;

export function describeTemplateSet(name: TemplateSetName, floor: number): void {
  const { templates, homeOptions } = TEMPLATE_SETS[name];
  describe(`${name} templates on generated homes`, () => {
    const homes = generateHomes(HOMES, 1, homeOptions);
    const result = runTemplates(templates, homes);

    test(`every ${name} template applies to some home, and ids are unique across sets`, () => {
      for (const t of templates)
        assert.ok(result.byTemplate.get(t.id)!.n > 0, `${t.id} applies to no generated home`);
      const all = Object.values(TEMPLATE_SETS).flatMap((s) => s.templates.map((t) => t.id));
      assert.equal(new Set(all).size, all.length, 'template ids repeat');
      assert.ok(templates.every((t) => t.id.startsWith(`${name}.`)));
    });

    test(`overall score stays at or above ${floor}`, (t) => {
      const width = Math.max(...[...result.byBehaviour.keys()].map((k) => k.length));
      for (const [behaviour, tally] of [...result.byBehaviour].sort(([a], [b]) =>
        a.localeCompare(b),
      ))
        t.diagnostic(`${behaviour.padEnd(width)}  ${rate(tally)}`);
      t.diagnostic(`overall: ${rate(result.overall)}`);
      const score = result.overall.ok / result.overall.n;
      assert.ok(score >= floor, `${name} templates score ${rate(result.overall)}, below ${floor}`);
    });
  });
}
