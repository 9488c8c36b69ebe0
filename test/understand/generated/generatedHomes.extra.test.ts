// The extra development templates (templates.extra.ts) on generated homes: written apart from
// the dev set, in other words, so they measure how far the rules reach beyond the phrasings
// they were tuned on. This test reports the per-family score and holds a floor: the figure
// measured when the set was written, less 0.02 (raise it as the engine improves). Failures are
// printed by `node --import tsx scripts/scoreTemplates.ts --set extra --show-failures 3`.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { generateHome, generateHomes } from './generateHome.ts';
import { rate, runTemplates } from './runTemplates.ts';
import { DEV_TEMPLATES } from './templates.dev.ts';
import { EXTRA_HOME_OPTIONS, EXTRA_TEMPLATES } from './templates.extra.ts';

const HOMES = 150;
/** Overall pass rate the extra set may not fall below. */
const FLOOR = 0.97;

describe('extra templates on generated homes', () => {
  const homes = generateHomes(HOMES, 1, EXTRA_HOME_OPTIONS);
  const result = runTemplates(EXTRA_TEMPLATES, homes);

  test('moreKindWords only adds devices, drawn after the rest of the home', () => {
    let grew = 0;
    for (const g of homes) {
      const plain = generateHome(g.seed).file;
      // Everything the plain home has is there unchanged, in the same order.
      assert.deepEqual(
        { ...g.file, devices: g.file.devices.slice(0, plain.devices.length) },
        plain,
      );
      if (g.file.devices.length > plain.devices.length) grew++;
    }
    assert.ok(grew >= 20, `only ${grew} of ${HOMES} homes gained a kind-word device`);
    const names = (g: (typeof homes)[number], type: string) =>
      g.home.devices.filter((d) => d.type === type).map((d) => d.name);
    assert.ok(
      homes.some((g) => names(g, 'climate').includes('Heater') && names(g, 'climate').length > 1),
    );
    assert.ok(
      homes.some(
        (g) =>
          names(g, 'media_player').includes('Speaker') &&
          g.home.devices.filter((d) => d.class === 'speaker').length > 1,
      ),
    );
  });

  test('every extra template applies to some home, and ids are unique across sets', () => {
    for (const t of EXTRA_TEMPLATES)
      assert.ok(result.byTemplate.get(t.id)!.n > 0, `${t.id} applies to no generated home`);
    const all = [...DEV_TEMPLATES, ...EXTRA_TEMPLATES].map((t) => t.id);
    assert.equal(new Set(all).size, all.length, 'template ids repeat');
  });

  test(`overall score stays at or above ${FLOOR}`, (t) => {
    const width = Math.max(...[...result.byBehaviour.keys()].map((k) => k.length));
    for (const [behaviour, tally] of [...result.byBehaviour].sort(([a], [b]) => a.localeCompare(b)))
      t.diagnostic(`${behaviour.padEnd(width)}  ${rate(tally)}`);
    t.diagnostic(`overall: ${rate(result.overall)}`);
    const score = result.overall.ok / result.overall.n;
    assert.ok(score >= FLOOR, `extra templates score ${rate(result.overall)}, below ${FLOOR}`);
  });
});
