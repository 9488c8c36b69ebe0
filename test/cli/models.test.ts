import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { after, before, beforeEach, describe, it } from 'node:test';
import type { ModelEntry } from '../../src-main/models/catalogueSchema.ts';
import { main } from '../../src-main/surfaces/cli/main.ts';
import { ModelFileServer, closedPort, fakeModel } from '../models/modelFileServer.ts';

// `hearth models` in-process, against a catalogue file and a file server on 127.0.0.1.

let server: ModelFileServer;
let root = '';
let dir = '';
let catalogueFile = '';
let speech: { body: Buffer; entry: ModelEntry };
let chat: { body: Buffer; entry: ModelEntry };
let missing: { body: Buffer; entry: ModelEntry };

async function run(argv: string[]) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const code = await main(argv, { stdin: Readable.from(['']), stdout, stderr });
  return { code, out, err, errLines: err.split('\n').filter(Boolean) };
}

const models = (...args: string[]) =>
  run(['models', ...args, '--catalogue', catalogueFile, '--dir', dir]);

describe('hearth models', () => {
  before(async () => {
    server = await ModelFileServer.start();
    root = mkdtempSync(join(tmpdir(), 'hearth-cli-models-'));
    speech = fakeModel('speech.en', `${server.origin}/speech.bin`, 200_000, { file: 'speech.bin' });
    chat = fakeModel('chat-q4', `${server.origin}/chat.gguf`, 300_000, {
      kind: 'llm',
      file: 'chat.gguf',
      licence: 'Apache-2.0',
    });
    missing = fakeModel('gone', `${server.origin}/gone.bin`);
    server.route('/speech.bin', { body: speech.body, behaviour: { kind: 'normal' } });
    server.route('/chat.gguf', { body: chat.body, behaviour: { kind: 'normal' } });
    catalogueFile = join(root, 'catalogue.json');
    writeFileSync(
      catalogueFile,
      JSON.stringify({ models: [speech.entry, chat.entry, missing.entry] }),
    );
  });
  after(async () => {
    await server.close();
    rmSync(root, { recursive: true, force: true });
  });
  beforeEach(() => {
    dir = mkdtempSync(join(root, 'models-'));
  });

  it('prints its help', async () => {
    const help = await run(['models', '--help']);
    assert.equal(help.code, 0);
    assert.match(help.out, /hearth models download NAME/);
    assert.equal((await run(['help', 'models'])).out, help.out);
  });

  it('downloads a model with plain progress lines when stderr is not a terminal', async () => {
    const result = await models('download', 'speech.en');
    assert.equal(result.code, 0, result.err);
    assert.match(result.out, /^Installed speech\.en at .*speech\.bin \(sha256 checked\)\n$/);
    assert.match(result.err, /speech\.en: 100% \(200 kB of 200 kB\)/);
    assert.ok(!result.err.includes('\r'));
    assert.deepEqual(readFileSync(join(dir, 'speech.bin')), speech.body);

    const again = await models('download', 'speech.en');
    assert.equal(again.code, 0);
    assert.match(again.out, /already installed/);
  });

  it('lists the catalogue with installed models and one recommendation per kind', async () => {
    writeFileSync(join(dir, 'chat.gguf'), chat.body);
    const table = await models('list');
    assert.equal(table.code, 0);
    const lines = table.out.split('\n');
    assert.match(lines[0] ?? '', /^NAME\s+KIND\s+SIZE\s+RAM\s+INSTALLED\s+LICENCE$/);
    assert.match(table.out, /speech\.en \*\s+speech\s+200 kB\s+100 MB\s+no\s+MIT/);
    assert.match(table.out, /chat-q4 \*\s+language\s+300 kB\s+100 MB\s+yes\s+Apache-2\.0/);
    assert.match(table.out, /^gone\s+speech/m);
    assert.match(table.out, new RegExp(`Models folder: ${dir}`));

    const json = await models('list', '--json');
    const rows = JSON.parse(json.out) as {
      name: string;
      installed: boolean;
      path: string | null;
      recommended: boolean;
    }[];
    assert.deepEqual(
      rows.map((r) => [r.name, r.installed, r.recommended]),
      [
        ['speech.en', false, true],
        ['chat-q4', true, true],
        ['gone', false, false],
      ],
    );
    assert.equal(rows[1]?.path, join(dir, 'chat.gguf'));
  });

  it('exits 2 listing the names for an unknown model', async () => {
    const result = await models('download', 'whisper-huge');
    assert.equal(result.code, 2);
    assert.deepEqual(result.errLines, [
      'hearth models: there is no model "whisper-huge"; the models are: speech.en, chat-q4, gone (see hearth models list)',
    ]);
  });

  it('exits 1 with one line when the file is not on the server', async () => {
    const result = await models('download', 'gone');
    assert.equal(result.code, 1);
    const last = result.errLines.at(-1) ?? '';
    assert.match(last, /^hearth models: 127\.0\.0\.1:\d+ has no file for gone \(HTTP 404/);
    assert.equal(existsSync(join(dir, 'gone.bin')), false);
  });

  it('exits 1 saying the server cannot be reached when it is gone', async () => {
    const port = await closedPort();
    const file = join(root, 'gone-server.json');
    const entry = { ...speech.entry, url: `http://127.0.0.1:${port}/speech.bin` };
    writeFileSync(file, JSON.stringify({ models: [entry] }));
    const result = await run([
      'models',
      'download',
      'speech.en',
      '--catalogue',
      file,
      '--dir',
      dir,
    ]);
    assert.equal(result.code, 1);
    assert.equal(
      result.errLines.at(-1),
      `hearth models: cannot reach 127.0.0.1:${port}: the connection was refused; try again later`,
    );
  });

  it('verifies installed files: OK, then a corrupt one is reported, moved aside, exit 1', async () => {
    assert.equal(
      (await models('verify')).out,
      `No models are installed in ${dir} yet (see hearth models list)\n`,
    );
    writeFileSync(join(dir, 'speech.bin'), speech.body);
    writeFileSync(join(dir, 'chat.gguf'), chat.body);
    const good = await models('verify');
    assert.equal(good.code, 0, good.err);
    assert.match(good.out, /^OK\s+speech\.en\s/m);
    assert.match(good.out, /^OK\s+chat-q4\s/m);
    assert.match(good.out, /^missing\s+gone\s+not downloaded$/m);

    const corrupt = Buffer.from(chat.body);
    corrupt[1000] = (corrupt[1000] ?? 0) ^ 1;
    writeFileSync(join(dir, 'chat.gguf'), corrupt);
    const bad = await models('verify', '--json');
    assert.equal(bad.code, 1);
    const results = JSON.parse(bad.out) as { name: string; status: string }[];
    assert.deepEqual(
      results.map((r) => r.status),
      ['ok', 'corrupt', 'missing'],
    );
    assert.ok(existsSync(join(dir, 'chat.gguf.corrupt')));
    const list = JSON.parse((await models('list', '--json')).out) as { installed: boolean }[];
    assert.equal(list[1]?.installed, false, 'a corrupt model is no longer installed');

    const named = await models('verify', 'gone');
    assert.equal(named.code, 1, 'a model asked for by name that is not there fails');
    assert.match(named.errLines.at(-1) ?? '', /not downloaded yet: gone/);
  });

  it('downloads from a mirror in place of huggingface.co', async () => {
    const result = await run([
      'models',
      'download',
      'tiny.en',
      '--mirror',
      server.origin,
      '--dir',
      dir,
    ]);
    assert.equal(result.code, 1);
    const last = server.requests.at(-1);
    assert.equal(last?.path, '/ggerganov/whisper.cpp/resolve/main/ggml-tiny.en.bin');
    assert.match(result.errLines.at(-1) ?? '', /HTTP 404/);
  });
});
