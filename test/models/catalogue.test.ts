import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { BUNDLED_CATALOGUE, loadCatalogue } from '../../src-main/models/loadCatalogue.ts';
import { CatalogueError } from '../../src-main/models/modelErrors.ts';

// The catalogue that ships, and the checks that protect a catalogue given by path.

const EXPECTED_REPOS: Readonly<Record<string, string>> = {
  'tiny.en': 'ggerganov/whisper.cpp',
  'base.en': 'ggerganov/whisper.cpp',
  'small.en': 'ggerganov/whisper.cpp',
  base: 'ggerganov/whisper.cpp',
  'qwen2.5-0.5b-instruct-q4_k_m': 'Qwen/Qwen2.5-0.5B-Instruct-GGUF',
  'qwen2.5-1.5b-instruct-q4_k_m': 'Qwen/Qwen2.5-1.5B-Instruct-GGUF',
  'llama-3.2-1b-instruct-q4_k_m': 'bartowski/Llama-3.2-1B-Instruct-GGUF',
  'llama-3.2-3b-instruct-q4_k_m': 'bartowski/Llama-3.2-3B-Instruct-GGUF',
};

describe('the bundled model catalogue', () => {
  const bundled = loadCatalogue({ file: BUNDLED_CATALOGUE, env: {} });
  // The wake words come from elsewhere and are checked in wakeCatalogue.test.ts.
  const catalogue = {
    models: bundled.models.filter((m) => m.kind === 'stt' || m.kind === 'llm'),
  };

  it('validates and has the four speech and four language models', () => {
    const names = catalogue.models.map((m) => m.name);
    assert.deepEqual([...names].sort(), Object.keys(EXPECTED_REPOS).sort());
    assert.equal(catalogue.models.filter((m) => m.kind === 'stt').length, 4);
    assert.equal(catalogue.models.filter((m) => m.kind === 'llm').length, 4);
  });

  it('downloads every file over https from the expected Hugging Face repository', () => {
    for (const entry of catalogue.models) {
      const url = new URL(entry.url);
      assert.equal(url.protocol, 'https:', entry.name);
      assert.equal(url.host, 'huggingface.co', entry.name);
      assert.equal(url.search, '', entry.name);
      const expected = `/${EXPECTED_REPOS[entry.name]}/resolve/main/${entry.file}`;
      assert.equal(url.pathname, expected, entry.name);
    }
  });

  it('has a real size and sha256 for every file, and the right format for its kind', () => {
    for (const entry of catalogue.models) {
      assert.match(entry.sha256 ?? '', /^[0-9a-f]{64}$/, `${entry.name} has a sha256`);
      assert.ok(entry.sizeBytes > 50_000_000, `${entry.name} is a real model size`);
      assert.ok(entry.ramBytes > entry.sizeBytes, `${entry.name} needs more memory than its file`);
      assert.match(entry.file, entry.kind === 'stt' ? /^ggml-.*\.bin$/ : /\.gguf$/i);
    }
    const hashes = new Set(catalogue.models.map((m) => m.sha256));
    assert.equal(hashes.size, catalogue.models.length, 'no two files share a checksum');
  });

  it('marks the English-only speech models as English and the multilingual one as many', () => {
    for (const name of ['tiny.en', 'base.en', 'small.en']) {
      assert.deepEqual(catalogue.models.find((m) => m.name === name)?.languages, ['en']);
    }
    const base = catalogue.models.find((m) => m.name === 'base');
    assert.ok((base?.languages.length ?? 0) > 50);
    assert.ok(base?.languages.includes('de'));
  });
});

describe('loading a catalogue from a path', () => {
  let dir = '';
  const valid = {
    models: [
      {
        name: 'test.en',
        kind: 'stt',
        description: 'A test model.',
        file: 'ggml-test.bin',
        url: 'https://huggingface.co/ggerganov/whisper.cpp/resolve/main/ggml-test.bin',
        sizeBytes: 1000,
        sha256: 'a'.repeat(64),
        ramBytes: 2000,
        licence: 'MIT',
        languages: ['en'],
        rank: 1,
      },
    ],
  };
  const write = (name: string, data: unknown) => {
    const file = join(dir, name);
    writeFileSync(file, typeof data === 'string' ? data : JSON.stringify(data));
    return file;
  };
  const withModel = (changes: Record<string, unknown>) => ({
    models: [{ ...valid.models[0], ...changes }],
  });

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'hearth-catalogue-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('takes the file from HEARTH_MODEL_CATALOGUE', () => {
    const file = write('env.json', valid);
    const catalogue = loadCatalogue({ env: { HEARTH_MODEL_CATALOGUE: file } });
    assert.equal(catalogue.models[0]?.name, 'test.en');
  });

  it('rewrites huggingface.co URLs to a mirror', () => {
    const file = write('mirror.json', valid);
    const catalogue = loadCatalogue({ file, env: { HEARTH_MODEL_MIRROR: 'http://127.0.0.1:9/' } });
    assert.equal(
      catalogue.models[0]?.url,
      'http://127.0.0.1:9/ggerganov/whisper.cpp/resolve/main/ggml-test.bin',
    );
    assert.throws(
      () => loadCatalogue({ file, mirror: 'http://mirror.example/' }),
      /must be an https URL/,
    );
  });

  const refused: [string, unknown, RegExp][] = [
    ['plain http to another machine', withModel({ url: 'http://example.com/x.bin' }), /url/],
    ['a file name that is a path', withModel({ file: '../../.bashrc' }), /file/],
    ['a file two folders down', withModel({ file: 'a/b/x.bin' }), /file/],
    ['a file in a parent folder', withModel({ file: '../x.bin' }), /file/],
    ['an unknown requirement', withModel({ requires: ['nope'] }), /requires "nope"/],
    ['a requirement of itself', withModel({ requires: ['test.en'] }), /only one level/],
    ['a licence page over http', withModel({ licenceUrl: 'http://x.org/l' }), /licenceUrl/],
    ['a short sha256', withModel({ sha256: 'abc' }), /sha256/],
    ['a negative size', withModel({ sizeBytes: -1 }), /sizeBytes/],
    ['an unknown kind', withModel({ kind: 'tts' }), /kind/],
    ['an unknown field', withModel({ sha1: 'x' }), /sha1/],
    ['two models of one name', { models: [valid.models[0], valid.models[0]] }, /more than one/],
  ];
  for (const [what, data, pattern] of refused) {
    it(`refuses ${what}, saying where`, () => {
      const file = write('bad.json', data);
      assert.throws(
        () => loadCatalogue({ file }),
        (error: unknown) =>
          error instanceof CatalogueError && error.exitCode === 2 && pattern.test(error.message),
      );
    });
  }

  it('says when the file is missing or not JSON', () => {
    assert.throws(() => loadCatalogue({ file: join(dir, 'nope.json') }), /does not exist/);
    assert.throws(() => loadCatalogue({ file: write('text.json', '{ nope') }), /not readable JSON/);
  });

  it('accepts a file in one sub-folder of the models folder', () => {
    const file = write('sub.json', withModel({ file: 'openwakeword/x.onnx' }));
    assert.equal(loadCatalogue({ file }).models[0]?.file, 'openwakeword/x.onnx');
  });

  it('accepts a null sha256 (such a download then needs --allow-unverified)', () => {
    const file = write('null.json', withModel({ sha256: null }));
    assert.equal(loadCatalogue({ file }).models[0]?.sha256, null);
  });
});
