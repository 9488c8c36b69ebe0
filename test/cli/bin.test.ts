import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

// The real launchers, spawned: clean stdout, exit codes, streaming. Kept few (each ~300 ms);
// test/cli/main.test.ts covers the rest in-process.

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const HOME_YAML = `
default_area: kitchen
areas:
  - { id: kitchen, name: Kitchen }
  - { id: porch, name: Porch }
devices:
  - { id: kitchen_light, name: Kitchen light, area: kitchen, type: light }
  - { id: front_door, name: Front door, area: porch, type: lock }
  - { id: porch_light, name: Porch light, area: porch, type: light,
      connection: { protocol: hue, host: 127.0.0.1, port: 1, username: abcdef, light: "3" } }
`;

let dir = '';
let homeFile = '';

function start(script: string, args: string[]) {
  const child = spawn(process.execPath, [join(ROOT, 'bin', script), ...args], {
    cwd: dir,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout.setEncoding('utf8');
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk: string) => (err += chunk));
  const done = new Promise<{ code: number | null; out: string; err: string }>((resolve) => {
    child.stdout.on('data', (chunk: string) => (out += chunk));
    child.on('close', (code) => resolve({ code, out, err }));
  });
  return { child, done };
}

async function run(script: string, args: string[], input = '') {
  const { child, done } = start(script, args);
  child.stdin.end(input);
  return done;
}

describe('bin/hearth.mjs and bin/start.mjs', { timeout: 60_000 }, () => {
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'hearth-bin-'));
    homeFile = join(dir, 'home.yaml');
    writeFileSync(homeFile, HOME_YAML);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('hearth plan answers each line as soon as it is read, in order', async () => {
    const child = spawn(
      process.execPath,
      [join(ROOT, 'bin/hearth.mjs'), 'plan', '--home', homeFile],
      {
        cwd: dir,
      },
    );
    const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
    let err = '';
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
    // The next line is written only after the previous answer arrived: output that waited
    // for the end of input would never arrive here.
    const texts = [
      'turn on the kitchen light',
      'unlock the front door',
      'is the front door locked',
    ];
    const plans: { text: string; source: string }[] = [];
    for (const text of texts) {
      child.stdin.write(`${text}\n\n`);
      const next = await lines.next();
      assert.equal(next.done, false);
      plans.push(JSON.parse(next.value as string) as { text: string; source: string });
    }
    child.stdin.end();
    assert.equal((await lines.next()).done, true, 'blank lines get no output');
    assert.equal(await exited, 0);
    assert.equal(err, '');
    assert.deepEqual(
      plans.map((p) => p.text),
      texts,
    );
    assert.ok(plans.every((p) => p.source === 'rules'));
  });

  it('hearth say --json: stdout is only the JSON, a failure exits 1 with one stderr line', async () => {
    const { code, out, err } = await run('hearth.mjs', [
      'say',
      '--home',
      homeFile,
      '--json',
      'turn on the porch light',
    ]);
    assert.equal(code, 1);
    const result = JSON.parse(out) as { outcomes: { outcome: string; error?: string }[] };
    assert.equal(result.outcomes[0]?.outcome, 'failed');
    assert.match(
      result.outcomes[0]?.error ?? '',
      /^Porch light \(hue bridge 127\.0\.0\.1:1\) refused the connection$/,
    );
    assert.equal(err.trim().split('\n').length, 1);
  });

  it('hearth exits 2 with one stderr line for an unknown flag', async () => {
    const { code, out, err } = await run('hearth.mjs', ['devices', '--colour']);
    assert.equal(code, 2);
    assert.equal(out, '');
    assert.equal(
      err,
      'hearth devices: unknown option --colour; run "hearth devices --help" to see how to use it\n',
    );
  });

  it('the console carries out typed commands and asks before sensitive ones', async () => {
    const input = [
      'turn on the kitchen light',
      'unlock the front door',
      'n',
      'is the front door locked',
      'unlock the front door',
      'yes',
      'is the front door locked',
      'devices',
    ].join('\n');
    const { code, out, err } = await run(
      'start.mjs',
      ['--console', '--home', homeFile],
      `${input}\n`,
    );
    assert.equal(code, 0, err);
    const lines = out.split('\n');
    assert.match(lines[0] ?? '', /^Hearth text console: .*3 devices/);
    assert.deepEqual(lines.slice(1, 14), [
      'Turning on the kitchen light.',
      '  Kitchen light (kitchen_light): on, brightness 100%, 2700 K',
      'Do you want me to unlock the front door?',
      'Confirm? (y/N)',
      'OK, I left it as it was.',
      'The front door is locked.',
      'Do you want me to unlock the front door?',
      'Confirm? (y/N)',
      'Done.',
      '  Front door (front_door): unlocked',
      'The front door is unlocked.',
      '  Kitchen light (kitchen_light): on, brightness 100%, 2700 K',
      '  Front door (front_door): unlocked',
    ]);
    // The end of stdin ends the console cleanly.
    assert.equal(lines.at(-2), 'Bye.');
  });
});
