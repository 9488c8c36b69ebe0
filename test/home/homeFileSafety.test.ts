// Secrets never appear in a home file's messages; other encodings and deep nesting get a
// plain sentence.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { HomeFileError } from '../../src-main/core/errors.ts';
import { loadHomeFile, parseHome } from '../../src-main/home/loadHome.ts';

const dir = mkdtempSync(join(tmpdir(), 'hearth-home-safety-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function messages(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    assert.ok(error instanceof HomeFileError, String(error));
    return error.message + '\n' + error.problems.map((p) => p.message).join('\n');
  }
  return assert.fail('the file loaded but should not have');
}

describe('secrets in home-file messages', () => {
  const cases: Record<string, [string, string]> = {
    'a numeric mqtt password': [
      'mqtt:\n  url: mqtt://192.168.1.5:1883\n  password: 86753091\n  username: [x]\n',
      '86753091',
    ],
    'a boolean-looking password of a device': [
      'devices:\n  - id: l\n    name: L\n    type: light\n    connection: { protocol: zigbee2mqtt, friendly_name: l, broker: "mqtt://192.168.1.5", password: 12345678, username: 4 }\n',
      '12345678',
    ],
    'credentials in a malformed broker URL': [
      'mqtt:\n  url: "http://hearth:hunter2secret@192.168.1.5:1883"\n',
      'hunter2secret',
    ],
    'credentials in a public broker URL': [
      'mqtt:\n  url: "mqtt://hearth:s3cr3tpass@broker.hivemq.com"\n',
      's3cr3tpass',
    ],
    'a hue key of the wrong type': [
      'devices:\n  - id: l\n    name: L\n    type: light\n    connection: { protocol: hue, host: 192.168.1.2, username: 998877665544, light: "1" }\n',
      '998877665544',
    ],
    'a token in an unknown protocol value': [
      'devices:\n  - id: l\n    name: L\n    type: light\n    connection: { protocol: hue, host: 192.168.1.2, username: abc, light: "1", token: tok_abcdef123 }\n',
      'tok_abcdef123',
    ],
  };
  for (const [name, [text, secret]] of Object.entries(cases)) {
    test(name, () => {
      const all = messages(() => parseHome(text, 'h.yaml'));
      assert.ok(!all.includes(secret), all);
      assert.match(all, /h\.yaml|:/);
    });
  }
});

describe('encodings and nesting', () => {
  const home = 'areas:\n  - id: cafe\n    name: Café\n';
  test('a Latin-1 file is named as such', () => {
    const file = join(dir, 'latin1.yaml');
    writeFileSync(file, Buffer.from(home, 'latin1'));
    assert.match(
      messages(() => loadHomeFile(file)),
      /not UTF-8.*Latin-1.*save it again as UTF-8/s,
    );
  });
  test('UTF-16 files, with and without a byte-order mark, are named as such', () => {
    const le = join(dir, 'le.yaml');
    writeFileSync(le, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(home, 'utf16le')]));
    assert.match(
      messages(() => loadHomeFile(le)),
      /UTF-16 \(little-endian\)/,
    );
    const bare = join(dir, 'bare.yaml');
    writeFileSync(bare, Buffer.from(home, 'utf16le'));
    assert.match(
      messages(() => loadHomeFile(bare)),
      /UTF-16 \(little-endian\)/,
    );
    const be = join(dir, 'be.yaml');
    writeFileSync(be, Buffer.from(home, 'utf16le').swap16());
    assert.match(
      messages(() => loadHomeFile(be)),
      /UTF-16 \(big-endian\)/,
    );
  });
  test('UTF-8 with a byte-order mark loads', () => {
    const file = join(dir, 'bom.yaml');
    writeFileSync(file, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(home)]));
    assert.equal(loadHomeFile(file).areas[0]?.name, 'Café');
  });
  test('deep nesting is a plain sentence, not a stack overflow', () => {
    for (const text of [
      `devices: ${'['.repeat(20000)}`,
      `areas: ${'['.repeat(20000)}${']'.repeat(20000)}`,
      `x: ${'{a: '.repeat(5000)}1${'}'.repeat(5000)}`,
    ]) {
      const all = messages(() => parseHome(text, 'h.yaml'));
      assert.ok(!/Maximum call stack/.test(all), all.slice(0, 300));
    }
  });
});
