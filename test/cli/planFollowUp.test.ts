import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { runCli } from '../support/runCli.ts';

// `hearth plan --follow-up` (cli.md): stdin is one conversation; without it every line stands alone.
const HOME_YAML = `
default_area: hall
areas:
  - { id: kitchen, name: Kitchen }
  - { id: hall, name: Hall }
  - { id: bedroom, name: Bedroom }
devices:
  - { id: kitchen_ceiling, name: Ceiling light, area: kitchen, type: light }
  - { id: bedroom_ceiling, name: Ceiling light, area: bedroom, type: light }
  - { id: hall_lamp, name: Hall lamp, area: hall, type: light }
`;

describe('hearth plan --follow-up', () => {
  const dir = mkdtempSync(join(tmpdir(), 'hearth-followup-'));
  const home = join(dir, 'home.yaml');
  writeFileSync(home, HOME_YAML);
  after(() => rmSync(dir, { recursive: true, force: true }));
  const input = 'turn on the ceiling light\nthe one in the bedroom\nmake it brighter\n';

  it('reads the lines as one conversation', async () => {
    const run = await runCli(['plan', '--home', home, '--no-llm', '--follow-up'], input);
    assert.equal(run.code, 0, run.err);
    const plans = run.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    assert.equal(plans.length, 3);
    assert.deepEqual(plans[0]!.clarify, ['kitchen_ceiling', 'bedroom_ceiling']);
    assert.deepEqual(plans[1]!.actions, [{ device: 'bedroom_ceiling', command: 'turn_on' }]);
    assert.deepEqual(plans[2]!.actions, [
      { device: 'bedroom_ceiling', command: 'change_brightness', value: 20 },
    ]);
    // The contract object only: what the planner remembers is not printed.
    assert.equal(plans[2]!.memory, undefined);
  });

  it('without it every line stands alone', async () => {
    const run = await runCli(['plan', '--home', home, '--no-llm'], input);
    const plans = run.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    assert.equal(plans[1]!.source, 'none');
    assert.deepEqual(plans[2]!.actions, [
      { device: 'hall_lamp', command: 'change_brightness', value: 20 },
    ]);
  });
});
