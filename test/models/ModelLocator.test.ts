import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import type { Catalogue, ModelEntry } from '../../src-main/models/catalogueSchema.ts';
import { defaultModelsDir } from '../../src-main/models/defaultModelsDir.ts';
import { BUNDLED_CATALOGUE, loadCatalogue } from '../../src-main/models/loadCatalogue.ts';
import { UnknownModelError } from '../../src-main/models/modelErrors.ts';
import { ModelLocator } from '../../src-main/models/ModelLocator.ts';
import { recommendModel } from '../../src-main/models/recommendModel.ts';
import { verifyModels } from '../../src-main/models/verifyModels.ts';
import { fakeModel } from './modelFileServer.ts';

const GiB = 2 ** 30;

describe('defaultModelsDir', () => {
  const home = '/home/ada';
  it('uses HEARTH_MODELS_DIR when set', () => {
    assert.equal(defaultModelsDir({ env: { HEARTH_MODELS_DIR: '/srv/m' }, home }), '/srv/m');
  });
  it('follows XDG on Linux, ignoring a relative XDG_DATA_HOME', () => {
    const linux = { platform: 'linux' as const, home };
    assert.equal(defaultModelsDir({ ...linux, env: {} }), '/home/ada/.local/share/hearth/models');
    assert.equal(
      defaultModelsDir({ ...linux, env: { XDG_DATA_HOME: '/data' } }),
      '/data/hearth/models',
    );
    assert.equal(
      defaultModelsDir({ ...linux, env: { XDG_DATA_HOME: 'rel' } }),
      '/home/ada/.local/share/hearth/models',
    );
  });
  it('uses Application Support on macOS and APPDATA on Windows', () => {
    assert.equal(
      defaultModelsDir({ platform: 'darwin', home, env: {} }),
      '/home/ada/Library/Application Support/Hearth/models',
    );
    const windows = defaultModelsDir({
      platform: 'win32',
      home,
      env: { APPDATA: 'C:/Users/ada/AppData/Roaming' },
    });
    assert.match(windows, /^C:\/Users\/ada\/AppData\/Roaming.Hearth.models$/);
  });
});

describe('recommendModel', () => {
  const { models } = loadCatalogue({ file: BUNDLED_CATALOGUE, env: {} });
  const pick = (memory: number, cores = 16) => [
    recommendModel(models, 'stt', memory, cores)?.name,
    recommendModel(models, 'llm', memory, cores)?.name,
  ];

  it('recommends larger models as memory grows, one of each kind', () => {
    assert.deepEqual(pick(24 * GiB), ['small.en', 'llama-3.2-3b-instruct-q4_k_m']);
    assert.deepEqual(pick(8 * GiB), ['small.en', 'qwen2.5-1.5b-instruct-q4_k_m']);
    assert.deepEqual(pick(4 * GiB), ['base.en', 'qwen2.5-0.5b-instruct-q4_k_m']);
  });
  it('recommends only models quick enough on the cores there are', () => {
    assert.deepEqual(pick(24 * GiB, 2), ['base.en', 'qwen2.5-0.5b-instruct-q4_k_m']);
    assert.deepEqual(pick(24 * GiB, 4), ['base.en', 'qwen2.5-1.5b-instruct-q4_k_m']);
    assert.deepEqual(pick(24 * GiB, 1), ['tiny.en', 'qwen2.5-0.5b-instruct-q4_k_m']);
  });
  it('falls back to the lightest model when none fits', () => {
    assert.deepEqual(pick(1 * GiB), ['tiny.en', 'qwen2.5-0.5b-instruct-q4_k_m']);
  });
});

describe('ModelLocator', () => {
  let dir = '';
  let catalogue: Catalogue;
  let small: { body: Buffer; entry: ModelEntry };
  let large: { body: Buffer; entry: ModelEntry };
  let chat: { body: Buffer; entry: ModelEntry };

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'hearth-locator-'));
    small = fakeModel('small', 'https://huggingface.co/x/small.bin', 1000, {
      ramBytes: 1 * GiB,
      rank: 1,
    });
    large = fakeModel('large', 'https://huggingface.co/x/large.bin', 2000, {
      ramBytes: 3 * GiB,
      rank: 2,
    });
    chat = fakeModel('chat', 'https://huggingface.co/x/chat.gguf', 1500, {
      kind: 'llm',
      file: 'chat.gguf',
    });
    catalogue = { models: [small.entry, large.entry, chat.entry] };
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const install = (model: { body: Buffer; entry: ModelEntry }) =>
    writeFileSync(join(dir, model.entry.file), model.body);

  it('finds installed models by name, ignoring a file of the wrong size', () => {
    const locator = new ModelLocator({ catalogue, dir, totalMemory: 32 * GiB });
    assert.equal(locator.installedModel('small'), undefined);
    writeFileSync(join(dir, 'small.bin'), small.body.subarray(0, 10));
    assert.equal(locator.installedModel('small'), undefined, 'a cut-short file is not used');
    install(small);
    assert.equal(locator.installedModel('small')?.path, join(dir, 'small.bin'));
    assert.throws(() => locator.entry('nope'), UnknownModelError);
    assert.throws(() => locator.installedModel('nope'), /the models are: small, large, chat/);
  });

  it('picks the best installed model that fits in memory as the default', () => {
    const roomy = new ModelLocator({ catalogue, dir, totalMemory: 32 * GiB });
    const tight = new ModelLocator({ catalogue, dir, totalMemory: 8 * GiB });
    assert.equal(roomy.defaultModel('stt'), undefined);
    install(small);
    install(large);
    assert.equal(roomy.defaultModel('stt')?.name, 'large');
    assert.equal(tight.defaultModel('stt')?.name, 'small', 'large needs more than 1 GiB of 8');
    assert.equal(roomy.defaultModel('llm'), undefined);
    install(chat);
    assert.equal(roomy.defaultModel('llm')?.path, join(dir, 'chat.gguf'));
  });

  it('verify: OK, missing, and a corrupt file moved aside so it is never used', async () => {
    install(small);
    const corrupt = Buffer.from(large.body);
    corrupt[0] = (corrupt[0] ?? 0) ^ 0xff;
    writeFileSync(join(dir, 'large.bin'), corrupt);
    const unverified = { ...chat.entry, sha256: null };
    install(chat);
    const locator = new ModelLocator({
      catalogue: { models: [small.entry, large.entry, unverified] },
      dir,
    });
    const checked: string[] = [];
    const results = await verifyModels(locator, { onCheck: (e) => checked.push(e.name) });
    assert.deepEqual(
      results.map((r) => [r.name, r.status]),
      [
        ['small', 'ok'],
        ['large', 'corrupt'],
        ['chat', 'unverified'],
      ],
    );
    assert.deepEqual(checked, ['small', 'large']);
    const bad = results[1];
    assert.match(bad?.problem ?? '', /its sha256 is [0-9a-f]{64}, expected/);
    assert.equal(bad?.movedTo, join(dir, 'large.bin.corrupt'));
    assert.deepEqual(readFileSync(join(dir, 'large.bin.corrupt')), corrupt);
    assert.equal(existsSync(join(dir, 'large.bin')), false);
    assert.equal(locator.installedModel('large'), undefined);

    const again = await verifyModels(locator, { names: ['large'] });
    assert.equal(again[0]?.status, 'missing');
  });
});
