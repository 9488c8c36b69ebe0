import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, afterEach, before, beforeEach, describe, it } from 'node:test';
import { downloadModel } from '../../src-main/models/downloadModel.ts';
import type { DownloadModelOptions } from '../../src-main/models/downloadModel.ts';
import { ModelDownloadError } from '../../src-main/models/modelErrors.ts';
import { ModelFileServer, closedPort, fakeModel } from './modelFileServer.ts';

let server: ModelFileServer;
let dir = '';

const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');
const options = (extra: Partial<DownloadModelOptions> = {}): DownloadModelOptions => ({
  dir,
  retries: 0,
  retryDelayMs: 0,
  timeoutMs: 5000,
  ...extra,
});

async function rejection(promise: Promise<unknown>): Promise<ModelDownloadError> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof ModelDownloadError, `expected a ModelDownloadError, got ${error}`);
    return error;
  }
  assert.fail('the download should have failed');
}

describe('downloadModel against a local server', () => {
  before(async () => {
    server = await ModelFileServer.start();
  });
  after(() => server.close());
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'hearth-models-'));
    server.requests.length = 0;
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('downloads, checks the sha256 and installs the file under its final name only', async () => {
    const { body, entry } = fakeModel('full', `${server.origin}/full.bin`, 300_000);
    server.route('/full.bin', { body, behaviour: { kind: 'normal' } });
    const seen: number[] = [];
    const result = await downloadModel(
      entry,
      options({ onProgress: (p) => seen.push(p.received) }),
    );
    assert.equal(result.path, join(dir, 'full.bin'));
    assert.equal(result.alreadyInstalled, false);
    assert.equal(result.verified, true);
    assert.equal(result.bytesFetched, body.length);
    assert.equal(sha256(readFileSync(result.path)), entry.sha256);
    assert.deepEqual(readdirSync(dir), ['full.bin'], 'no .part, .part.json or .lock is left');
    assert.equal(seen.at(-1), body.length);
    assert.ok(
      seen.every((n, i) => i === 0 || n >= (seen[i - 1] ?? 0)),
      'progress never goes back',
    );

    const again = await downloadModel(entry, options());
    assert.equal(again.alreadyInstalled, true);
    assert.equal(server.requests.length, 1, 'an installed model is not fetched again');
  });

  it('keeps the part of an interrupted download and resumes it with Range', async () => {
    const { body, entry } = fakeModel('cut', `${server.origin}/cut.bin`, 400_000);
    server.route('/cut.bin', {
      body,
      behaviour: { kind: 'cut', bytes: 150_000 },
      then: { kind: 'normal' },
    });
    const error = await rejection(downloadModel(entry, options()));
    assert.equal(error.reason, 'interrupted');
    assert.match(error.message, /run the same command again to resume/);
    const part = join(dir, 'cut.bin.part');
    const kept = statSync(part).size;
    assert.ok(kept > 0 && kept <= 150_000, `kept ${kept} bytes`);
    assert.equal(existsSync(join(dir, 'cut.bin')), false, 'nothing under the final name');
    assert.deepEqual(
      body.subarray(0, kept),
      readFileSync(part),
      'the part is the start of the file',
    );

    const result = await downloadModel(entry, options());
    const resumed = server.requests[1];
    assert.equal(resumed?.range, `bytes=${kept}-`);
    assert.ok(resumed?.ifRange, 'If-Range guards against a file changed upstream');
    assert.equal(resumed?.status, 206);
    assert.equal(resumed?.bytesSent, body.length - kept, 'only the rest was fetched');
    assert.equal(result.resumedFrom, kept);
    assert.equal(result.bytesFetched, body.length - kept);
    assert.equal(sha256(readFileSync(result.path)), entry.sha256);
    assert.deepEqual(readdirSync(dir), ['cut.bin']);
  });

  it('retries an interruption by itself, resuming where it stopped', async () => {
    const { body, entry } = fakeModel('flaky', `${server.origin}/flaky.bin`, 300_000);
    server.route('/flaky.bin', {
      body,
      behaviour: { kind: 'cut', bytes: 100_000 },
      then: { kind: 'normal' },
    });
    const retries: string[] = [];
    const result = await downloadModel(
      entry,
      options({ retries: 2, onRetry: (e) => retries.push(e.reason) }),
    );
    assert.deepEqual(retries, ['interrupted']);
    assert.match(server.requests[1]?.range ?? '', /^bytes=\d+-$/);
    assert.equal(result.bytesFetched, body.length, 'each byte fetched once over both tries');
    assert.equal(sha256(readFileSync(result.path)), entry.sha256);
  });

  it('starts over cleanly when the server ignores Range and sends the whole file', async () => {
    const { body, entry } = fakeModel('norange', `${server.origin}/norange.bin`, 300_000);
    server.route('/norange.bin', {
      body,
      behaviour: { kind: 'cut', bytes: 120_000 },
      then: { kind: 'ignore-range' },
    });
    await rejection(downloadModel(entry, options()));
    const result = await downloadModel(entry, options());
    assert.match(server.requests[1]?.range ?? '', /^bytes=\d+-$/);
    assert.equal(server.requests[1]?.status, 200);
    assert.equal(result.bytesFetched, body.length);
    assert.deepEqual(
      readFileSync(result.path),
      body,
      'not the old part with the whole file appended',
    );
  });

  it('drops a part the server cannot resume (416) and starts over on the retry', async () => {
    const { body, entry } = fakeModel('unresumable', `${server.origin}/unresumable.bin`);
    server.route('/unresumable.bin', {
      body,
      behaviour: { kind: 'cut', bytes: 60_000 },
      then: [{ kind: 'status', status: 416 }, { kind: 'normal' }],
    });
    await rejection(downloadModel(entry, options()));
    const retries: string[] = [];
    const result = await downloadModel(
      entry,
      options({ retries: 1, onRetry: (e) => retries.push(e.reason) }),
    );
    assert.deepEqual(retries, ['range']);
    assert.equal(server.requests[2]?.range, undefined, 'the retry asks for the whole file');
    assert.deepEqual(readFileSync(result.path), body);
  });

  it('deletes a download whose sha256 is wrong and installs nothing', async () => {
    const { body, entry } = fakeModel('bad', `${server.origin}/bad.bin`);
    server.route('/bad.bin', { body, behaviour: { kind: 'normal' } });
    const wrong = { ...entry, sha256: sha256(Buffer.from('something else')) };
    const error = await rejection(downloadModel(wrong, options({ retries: 3 })));
    assert.equal(error.reason, 'checksum');
    assert.match(error.message, /does not match its published checksum/);
    assert.match(error.message, /not installed/);
    assert.deepEqual(readdirSync(dir), [], 'neither the file nor its part is left');
    assert.equal(server.requests.length, 1, 'a wrong checksum is not retried');
  });

  it('says plainly when the server has no such file (404)', async () => {
    const { entry } = fakeModel('gone', `${server.origin}/missing.bin`);
    const error = await rejection(downloadModel(entry, options({ retries: 3 })));
    assert.equal(error.reason, 'not-found');
    assert.equal(error.exitCode, 1);
    assert.match(error.message, /^127\.0\.0\.1:\d+ has no file for gone \(HTTP 404/);
    assert.equal(server.requests.length, 1);
    assert.deepEqual(readdirSync(dir), []);
  });

  it('says the server cannot be reached when nothing listens (server gone)', async () => {
    const port = await closedPort();
    const { entry } = fakeModel('nobody', `http://127.0.0.1:${port}/x.bin`);
    const error = await rejection(downloadModel(entry, options()));
    assert.equal(error.reason, 'unreachable');
    assert.equal(
      error.message,
      `cannot reach 127.0.0.1:${port}: the connection was refused; try again later`,
    );
  });

  it('gives up on a silent server and keeps what arrived', async () => {
    const { body, entry } = fakeModel('slow', `${server.origin}/slow.bin`);
    server.route('/slow.bin', { body, behaviour: { kind: 'stall', bytes: 50_000 } });
    const error = await rejection(downloadModel(entry, options({ timeoutMs: 300 })));
    assert.equal(error.reason, 'timeout');
    assert.match(error.message, /stopped answering/);
    assert.ok(statSync(join(dir, 'slow.bin.part')).size > 0);
  });

  it('stops on an abort signal and leaves the part for a later resume', async () => {
    const { body, entry } = fakeModel('stop', `${server.origin}/stop.bin`, 300_000);
    server.route('/stop.bin', {
      body,
      behaviour: { kind: 'stall', bytes: 100_000 },
      then: { kind: 'normal' },
    });
    const controller = new AbortController();
    const error = await rejection(
      downloadModel(
        entry,
        options({
          signal: controller.signal,
          onProgress: (p) => {
            if (p.received > 0) controller.abort();
          },
        }),
      ),
    );
    assert.equal(error.reason, 'aborted');
    assert.match(error.message, /run the same command again to resume/);
    const kept = statSync(join(dir, 'stop.bin.part')).size;
    assert.ok(kept > 0);
    assert.equal(existsSync(join(dir, 'stop.bin.lock')), false, 'the lock is released');
    const result = await downloadModel(entry, options());
    assert.equal(result.resumedFrom, kept);
    assert.deepEqual(readFileSync(result.path), body);
  });

  it('follows a redirect on the same machine but never one to plain http elsewhere', async () => {
    const { body, entry } = fakeModel('moved', `${server.origin}/old.bin`);
    server.route('/old.bin', { body, behaviour: { kind: 'redirect', location: '/new.bin' } });
    server.route('/new.bin', { body, behaviour: { kind: 'normal' } });
    const result = await downloadModel(entry, options());
    assert.deepEqual(readFileSync(result.path), body);

    const evil = fakeModel('evil', `${server.origin}/evil.bin`);
    server.route('/evil.bin', {
      body: evil.body,
      behaviour: { kind: 'redirect', location: 'http://example.com/evil.bin' },
    });
    const error = await rejection(downloadModel(evil.entry, options()));
    assert.equal(error.reason, 'insecure-redirect');
    assert.match(error.message, /http:\/\/example\.com, which is not https/);
  });

  it('refuses a file of another size than the catalogue says', async () => {
    const { body, entry } = fakeModel('big', `${server.origin}/big.bin`);
    server.route('/big.bin', { body, behaviour: { kind: 'normal' } });
    const error = await rejection(
      downloadModel({ ...entry, sizeBytes: body.length - 10 }, options()),
    );
    assert.equal(error.reason, 'size');
    assert.deepEqual(readdirSync(dir), []);
  });

  it('refuses an entry without a checksum unless allowed, then checks its size only', async () => {
    const { body, entry } = fakeModel('nosum', `${server.origin}/nosum.bin`);
    server.route('/nosum.bin', { body, behaviour: { kind: 'normal' } });
    const unverified = { ...entry, sha256: null };
    const error = await rejection(downloadModel(unverified, options()));
    assert.equal(error.reason, 'unverified');
    assert.match(error.message, /--allow-unverified/);
    assert.equal(server.requests.length, 0);
    const result = await downloadModel(unverified, options({ allowUnverified: true }));
    assert.equal(result.verified, false);
    assert.deepEqual(readFileSync(result.path), body);
  });

  it('does not resume a part of another file, and installs a complete part without fetching', async () => {
    const { body, entry } = fakeModel('stale', `${server.origin}/stale.bin`);
    server.route('/stale.bin', { body, behaviour: { kind: 'normal' } });
    writeFileSync(join(dir, 'stale.bin.part'), Buffer.from('leftover of something else'));
    await downloadModel(entry, options());
    assert.equal(server.requests[0]?.range, undefined, 'a part without its record is dropped');
    assert.deepEqual(readFileSync(join(dir, 'stale.bin')), body);

    const whole = fakeModel('whole', `${server.origin}/whole.bin`, 200_000);
    server.route('/whole.bin', { body: whole.body, behaviour: { kind: 'cut', bytes: 50_000 } });
    await rejection(downloadModel(whole.entry, options()));
    // As if the last bytes had arrived just before the connection dropped.
    writeFileSync(join(dir, 'whole.bin.part'), whole.body);
    const requestsBefore = server.requests.length;
    const result = await downloadModel(whole.entry, options());
    assert.equal(server.requests.length, requestsBefore, 'a complete part needs no request');
    assert.deepEqual(readFileSync(result.path), whole.body);
  });

  it('refuses to run beside another download of the same model', async () => {
    const { entry } = fakeModel('busy', `${server.origin}/busy.bin`);
    writeFileSync(join(dir, 'busy.bin.lock'), `${process.pid}\n`);
    const error = await rejection(downloadModel(entry, options()));
    assert.equal(error.reason, 'busy');

    const { body, entry: stale } = fakeModel('stalelock', `${server.origin}/stalelock.bin`);
    server.route('/stalelock.bin', { body, behaviour: { kind: 'normal' } });
    writeFileSync(join(dir, 'stalelock.bin.lock'), '4194305\n');
    await downloadModel(stale, options());
    assert.equal(existsSync(join(dir, 'stalelock.bin.lock')), false);
  });
});
