import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import {
  APP_INDEX_URL,
  APP_ORIGIN,
  contentTypeFor,
  isAppOrigin,
  isAppUrl,
  resolveAppPath,
} from '../../../src-main/surfaces/electron/appProtocol.ts';
import { CONTENT_SECURITY_POLICY } from '../../../src-main/surfaces/electron/contentSecurityPolicy.ts';
import { serveAppFile } from '../../../src-main/surfaces/electron/serveAppFile.ts';

describe('app:// URLs', () => {
  it('knows its own origin and nothing else', () => {
    assert.equal(isAppUrl(APP_INDEX_URL), true);
    assert.equal(isAppUrl('app://hearth/'), true);
    assert.equal(isAppUrl('app://hearth/deep/file.js?x=1#y'), true);
    assert.equal(isAppOrigin(APP_ORIGIN), true);
    for (const url of [
      'app://evil/index.html',
      'app://hearth.evil/index.html',
      'app://user:pw@hearth/index.html',
      'file:///etc/passwd',
      'https://hearth/index.html',
      'http://127.0.0.1:8765/',
      'javascript:alert(1)',
      'about:blank',
      'not a url',
      '',
      `app://hearth/${'a'.repeat(9000)}`,
    ]) {
      assert.equal(isAppUrl(url), false, url);
    }
    for (const value of [undefined, null, 42, {}, ['app://hearth/']]) {
      assert.equal(isAppUrl(value), false);
    }
    for (const origin of ['null', 'app://hearth/', 'app://evil', 'file://', undefined]) {
      assert.equal(isAppOrigin(origin), false, String(origin));
    }
  });

  it('maps paths into the bundle folder and refuses every way out', () => {
    const root = '/srv/bundle';
    assert.equal(resolveAppPath('app://hearth/', root), '/srv/bundle/index.html');
    assert.equal(resolveAppPath('app://hearth/app.js', root), '/srv/bundle/app.js');
    assert.equal(resolveAppPath('app://hearth/a/b.css?v=2', root), '/srv/bundle/a/b.css');
    // Dot segments are resolved by the URL itself, as Chromium does: they stay inside.
    assert.equal(resolveAppPath('app://hearth/../secret', root), '/srv/bundle/secret');
    assert.equal(resolveAppPath('app://hearth/a/%2e%2e/%2e%2e/x', root), '/srv/bundle/x');
    for (const url of [
      'app://hearth/..%2fsecret',
      'app://hearth/%2fetc%2fpasswd',
      'app://hearth/a%5c..%5csecret',
      'app://hearth/a%00.js',
      'app://hearth/%E0%A4%A',
      'app://other/app.js',
      'file:///srv/bundle/app.js',
    ]) {
      assert.equal(resolveAppPath(url, root), undefined, url);
    }
  });

  it('names content types, unknown kinds as opaque bytes', () => {
    assert.match(contentTypeFor('x/index.html'), /^text\/html/);
    assert.match(contentTypeFor('app.JS'), /^text\/javascript/);
    assert.equal(contentTypeFor('x.exe'), 'application/octet-stream');
  });
});

describe('serveAppFile', () => {
  let dir: string;
  let root: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'hearth-app-'));
    root = join(dir, 'bundle');
    mkdirSync(join(root, 'sub'), { recursive: true });
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>Hearth</title>');
    writeFileSync(join(root, 'sub', 'app.js'), 'console.log(1)');
    writeFileSync(join(dir, 'secret.txt'), 'secret');
    symlinkSync(join(dir, 'secret.txt'), join(root, 'link.txt'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('serves bundle files with the CSP and nosniff on every answer', async () => {
    const page = await serveAppFile({ url: 'app://hearth/', method: 'GET' }, root);
    assert.equal(page.status, 200);
    assert.match(page.headers.get('content-type') ?? '', /^text\/html/);
    assert.equal(page.headers.get('content-security-policy'), CONTENT_SECURITY_POLICY);
    assert.equal(page.headers.get('x-content-type-options'), 'nosniff');
    assert.match(await page.text(), /<title>Hearth<\/title>/);
    const script = await serveAppFile({ url: 'app://hearth/sub/app.js', method: 'GET' }, root);
    assert.match(script.headers.get('content-type') ?? '', /^text\/javascript/);
    const head = await serveAppFile({ url: 'app://hearth/index.html', method: 'HEAD' }, root);
    assert.equal(head.status, 200);
    assert.equal(await head.text(), '');
  });

  it('refuses what is missing, outside, behind a symlink or not a GET', async () => {
    const cases: [string, string, number][] = [
      ['app://hearth/missing.js', 'GET', 404],
      ['app://hearth/sub', 'GET', 404],
      ['app://hearth/../secret.txt', 'GET', 404],
      ['app://hearth/%2e%2e/secret.txt', 'GET', 404],
      ['app://hearth/link.txt', 'GET', 404],
      ['app://evil/index.html', 'GET', 404],
      ['app://hearth/index.html', 'POST', 405],
      ['app://hearth/index.html', 'PUT', 405],
    ];
    for (const [url, method, status] of cases) {
      const response = await serveAppFile({ url, method }, root);
      assert.equal(response.status, status, `${method} ${url}`);
      assert.equal(response.headers.get('content-security-policy'), CONTENT_SECURITY_POLICY);
      assert.doesNotMatch(await response.text(), /secret/);
    }
  });
});
