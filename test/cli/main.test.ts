import assert from 'node:assert/strict';
import { runCli } from '../support/runCli.ts';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { parseHome } from '../../src-main/home/loadHome.ts';

// The command line run in-process (fast); test/cli/bin.test.ts spawns the real launcher.

const HOME_YAML = `
default_area: kitchen
areas:
  - { id: kitchen, name: Kitchen }
  - { id: hall, name: Hall, aliases: [entrance] }
  - { id: porch, name: Porch }
devices:
  - { id: kitchen_light, name: Kitchen light, area: kitchen, type: light }
  - { id: hall_light, name: Hall light, area: hall, type: light }
  - { id: front_door, name: Front door, area: hall, type: lock }
  - { id: porch_light, name: Porch light, area: porch, type: light,
      connection: { protocol: hue, host: 127.0.0.1, port: 1, username: abcdef, light: "3" } }
`;

let dir = '';
let homeFile = '';
let badFile = '';

const run = runCli;

describe('hearth (in-process)', () => {
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'hearth-cli-'));
    homeFile = join(dir, 'home.yaml');
    badFile = join(dir, 'bad.yaml');
    writeFileSync(homeFile, HOME_YAML);
    writeFileSync(
      badFile,
      'areas:\n  - { id: kitchen, name: Kitchen }\ndevices:\n  - { id: lamp, name: Lamp, area: kitchn, type: light }\n',
    );
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('plan: one JSON object per non-empty line, in order, with the documented keys', async () => {
    const lines = [
      'turn on the kitchen light',
      '',
      '   ',
      'unlock the front door',
      'gibberish words',
    ];
    const { code, out, err } = await run(['plan', '--home', homeFile], lines.join('\n'));
    assert.equal(code, 0, err);
    const plans = out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    assert.deepEqual(
      plans.map((p) => p.text),
      ['turn on the kitchen light', 'unlock the front door', 'gibberish words'],
    );
    for (const plan of plans) {
      assert.deepEqual(Object.keys(plan).slice(0, 7), [
        'text',
        'actions',
        'queries',
        'timers',
        'confirm',
        'reply',
        'source',
      ]);
    }
    assert.deepEqual(plans[0]?.actions, [{ device: 'kitchen_light', command: 'turn_on' }]);
    assert.equal(plans[1]?.confirm, true);
    assert.equal(plans[2]?.source, 'none');
    assert.deepEqual(plans[2]?.actions, []);
  });

  it('plan --area says which room the speaker is in, by id or name', async () => {
    const here = await run(['plan', '--home', homeFile], 'turn on the light\n');
    const hall = await run(['plan', '--home', homeFile, '--area', 'hall'], 'turn on the light\n');
    const alias = await run(
      ['plan', '--home', homeFile, '--area', 'Entrance'],
      'turn on the light\n',
    );
    assert.deepEqual(JSON.parse(here.out).actions, [
      { device: 'kitchen_light', command: 'turn_on' },
    ]);
    assert.deepEqual(JSON.parse(hall.out).actions, [{ device: 'hall_light', command: 'turn_on' }]);
    assert.equal(alias.out, hall.out);
  });

  it('exits 2 with one clear line for usage errors', async () => {
    const cases = [
      [['plan', '--bogus'], /^hearth plan: unknown option --bogus; run "hearth plan --help"/],
      [['plan', '--home'], /^hearth plan: the option --home needs a value/],
      [
        ['plan', '--home', homeFile, '--area', 'attic'],
        /unknown area "attic"; known areas: kitchen, hall, porch$/,
      ],
      [['say'], /^hearth say: say what\?/],
      [['frobnicate'], /^hearth: unknown command "frobnicate"; run "hearth help"/],
      [['--home', homeFile, 'plan'], /^hearth: the command comes first/],
      [['home'], /^hearth home: say what to do/],
      [['devices', 'extra'], /^hearth devices: unexpected argument "extra"/],
    ] as const;
    for (const [argv, message] of cases) {
      const { code, out, errLines } = await run([...argv]);
      assert.equal(code, 2, argv.join(' '));
      assert.equal(out, '', argv.join(' '));
      assert.equal(errLines.length, 1, errLines.join('\n'));
      assert.match(errLines[0] ?? '', message);
    }
  });

  it('exits 2 on a bad home file: one line first, then each problem with its place', async () => {
    for (const argv of [
      ['plan', '--home', badFile],
      ['home', 'check', badFile],
    ]) {
      const { code, out, errLines } = await run(argv, 'turn on the lamp\n');
      assert.equal(code, 2);
      assert.equal(out, '');
      assert.match(
        errLines[0] ?? '',
        /the home file .*bad\.yaml cannot be used \(1 problem\); fix it/,
      );
      assert.match(errLines[1] ?? '', /bad\.yaml:4:\d+: .*kitchn/);
    }
    const missing = await run(['devices', '--home', join(dir, 'nope.yaml')]);
    assert.equal(missing.code, 2);
    assert.match(missing.errLines[1] ?? '', /does not exist/);
  });

  it('--llm with a missing model file exits 1 with one clear line', async () => {
    const { code, errLines } = await run(['plan', '--llm', 'model.gguf'], 'lights on\n');
    assert.equal(code, 1);
    assert.match(errLines[0] ?? '', /the language model file model\.gguf does not exist/);
    const noLlm = await run(
      ['plan', '--no-llm', '--home', homeFile],
      'turn on the kitchen light\n',
    );
    assert.equal(noLlm.code, 0);
  });

  it('prints help for every command', async () => {
    for (const command of ['plan', 'say', 'devices', 'home', 'help']) {
      const { code, out } = await run([command, '--help']);
      assert.equal(code, 0);
      assert.match(out, new RegExp(`^Usage: hearth ${command}`));
    }
    const top = await run([]);
    assert.match(top.out, /Commands:\n {2}plan .*\n/);
    assert.match(top.out, /\n {2}models /);
    assert.equal((await run(['help', 'say'])).out, (await run(['say', '-h'])).out);
    assert.match((await run(['plan', '--help'])).out, /on-device language model \(\.gguf\)/);
  });

  it('say --json prints the plan, one outcome per action and the reply; exit 1 on failure', async () => {
    const ok = await run(['say', '--home', homeFile, '--json', 'turn on the kitchen light']);
    assert.equal(ok.code, 0);
    const result = JSON.parse(ok.out) as Record<string, unknown>;
    assert.deepEqual(Object.keys(result), ['plan', 'outcomes', 'reply']);
    assert.deepEqual(result.outcomes, [
      { device: 'kitchen_light', command: 'turn_on', outcome: 'ok' },
    ]);
    const failed = await run(['say', '--home', homeFile, '--json', 'turn on the porch light']);
    assert.equal(failed.code, 1);
    const outcomes = (JSON.parse(failed.out) as { outcomes: unknown[] }).outcomes;
    assert.deepEqual(outcomes, [
      {
        device: 'porch_light',
        command: 'turn_on',
        outcome: 'failed',
        error: 'Porch light (hue bridge 127.0.0.1:1) refused the connection',
      },
    ]);
    assert.equal(failed.errLines.length, 1);
    assert.match(failed.errLines[0] ?? '', /^hearth say: 1 of 1 actions failed: Porch light/);
  });

  it('say does not carry out an action that needs confirmation without --yes', async () => {
    const held = await run(['say', '--home', homeFile, '--json', 'unlock the front door']);
    assert.equal(held.code, 0);
    const heldResult = JSON.parse(held.out) as { outcomes: { outcome: string }[]; reply: string };
    assert.deepEqual(
      heldResult.outcomes.map((o) => o.outcome),
      ['needs_confirmation'],
    );
    assert.equal(heldResult.reply, 'Do you want me to unlock the front door?');
    const text = await run(['say', '--home', homeFile, 'unlock the front door']);
    assert.match(text.out, /^Do you want me to unlock the front door\?\n.*--yes/);
    const yes = await run(['say', '--home', homeFile, '--yes', '--json', 'unlock the front door']);
    assert.deepEqual(
      (JSON.parse(yes.out) as { outcomes: { outcome: string }[] }).outcomes.map((o) => o.outcome),
      ['ok'],
    );
  });

  it('devices lists every device with its area, type, availability and state', async () => {
    const table = await run(['devices', '--home', homeFile]);
    assert.equal(table.code, 0);
    const rows = table.out.trim().split('\n');
    assert.match(rows[0] ?? '', /^ID\s+NAME\s+AREA\s+TYPE\s+AVAILABLE\s+STATE$/);
    assert.equal(rows.length, 5);
    assert.match(table.out, /front_door\s+Front door\s+hall\s+lock\s+yes\s+locked/);
    assert.match(table.out, /porch_light\s+Porch light\s+porch\s+light\s+no\s+unavailable/);
    const json = JSON.parse((await run(['devices', '--home', homeFile, '--json'])).out) as {
      id: string;
      available: boolean;
    }[];
    assert.deepEqual(
      json.map((d) => [d.id, d.available]),
      [
        ['kitchen_light', true],
        ['hall_light', true],
        ['front_door', true],
        ['porch_light', false],
      ],
    );
  });

  it('home check says OK, and home init prints a valid demo home', async () => {
    const check = await run(['home', 'check', homeFile]);
    assert.equal(check.code, 0);
    assert.match(check.out, /^OK: .*home\.yaml \(3 areas, 4 devices, 0 scenes\)\n$/);
    const init = await run(['home', 'init']);
    assert.equal(init.code, 0);
    const demo = parseHome(init.out, 'init output');
    assert.ok(demo.devices.length > 10);
    // With no --home, commands use that same demo home.
    const devices = await run(['devices', '--json']);
    assert.equal((JSON.parse(devices.out) as unknown[]).length, demo.devices.length);
  });
});
