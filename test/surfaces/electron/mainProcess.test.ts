import assert from 'node:assert/strict';
import { execFile, fork } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { after, before, describe, it } from 'node:test';
import type { AssistantEvent } from '../../../src-main/core/assistantApi.ts';
import { desktopHomeYaml } from '../../support/desktopHome.ts';

// The real bundles (scripts/buildDesktop.mjs output: main.mjs, preload, the assistant's
// process, the interface) with the main process running under Node against a stand-in of
// Electron's API (fakeElectron/electron.ts; no Electron binary exists here). It checks the
// wiring the pure tests cannot: the window Electron is asked for, the app:// protocol and
// permissions on the window's session, every IPC channel with its sender check, events
// reaching the page, the tray built from the home's favourites, a notification for a
// confirmation while the window is hidden, a crashed assistant process coming back, Quit.

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const REGISTER = fileURLToPath(new URL('./fakeElectron/register.ts', import.meta.url));
const TRUSTED = { url: 'app://hearth/index.html', origin: 'app://hearth', isMainFrame: true };
const HOME_YAML = desktopHomeYaml('Wiring flat');

type Report = { type: string } & Record<string, unknown>;

describe('the main process bundle, under a stand-in Electron', { timeout: 120_000 }, () => {
  let dir: string;
  let outDir: string;
  let main: ChildProcess;
  const reports: Report[] = [];
  const waiters: { match: (r: Report) => boolean; resolve: (r: Report) => void }[] = [];
  let nextId = 1;

  /** The first report (already received or still to come) that matches. */
  const until = (match: (r: Report) => boolean): Promise<Report> => {
    const seen = reports.find(match);
    return seen
      ? Promise.resolve(seen)
      : new Promise((resolve) => waiters.push({ match, resolve }));
  };
  const ask = async (command: Record<string, unknown>, answer: string): Promise<Report> => {
    const id = nextId++;
    main.send({ ...command, id });
    return until((r) => r.type === answer && r.id === id);
  };
  const invoke = (channel: string, args: unknown, sender: Record<string, unknown> = TRUSTED) =>
    ask({ cmd: 'invoke', channel, args, sender }, 'invoked');
  const pageEvents = () =>
    reports
      .filter((r) => r.type === 'send' && r.channel === 'hearth:event')
      .map((r) => r.payload as AssistantEvent);

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'hearth-main-'));
    // Inside the project, so the bundles find node_modules as they do in the app.
    outDir = join(ROOT, 'out', `test-main-${process.pid}`);
    mkdirSync(join(dir, 'models'));
    mkdirSync(join(dir, 'config'));
    writeFileSync(join(dir, 'home.yaml'), HOME_YAML);
    await promisify(execFile)(process.execPath, [
      join(ROOT, 'scripts', 'buildDesktop.mjs'),
      '--out',
      outDir,
      '--quiet',
    ]);
    main = fork(
      join(outDir, 'main.mjs'),
      ['--home', join(dir, 'home.yaml'), '--data-dir', join(dir, 'data'), '--no-voice'],
      {
        execArgv: ['--import', 'tsx', '--import', REGISTER],
        serialization: 'advanced',
        stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
        env: {
          ...process.env,
          HEARTH_MODELS_DIR: join(dir, 'models'),
          XDG_CONFIG_HOME: join(dir, 'config'),
        },
      },
    );
    main.on('message', (raw) => {
      const report = raw as Report;
      reports.push(report);
      for (const waiter of [...waiters]) {
        if (waiter.match(report)) {
          waiters.splice(waiters.indexOf(waiter), 1);
          waiter.resolve(report);
        }
      }
    });
    await until((r) => r.type === 'trayMenu' && JSON.stringify(r.items).includes('Evening'));
  });
  after(() => {
    main?.kill('SIGKILL');
    if (outDir) rmSync(outDir, { recursive: true, force: true });
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('asks Electron for a sandboxed, isolated window on app://hearth', async () => {
    assert.ok(
      reports.some((r) => r.type === 'sandbox'),
      'app.enableSandbox()',
    );
    const schemes = reports.find((r) => r.type === 'schemes')?.schemes as {
      scheme: string;
      privileges: Record<string, boolean>;
    }[];
    assert.equal(schemes[0]?.scheme, 'app');
    assert.equal(schemes[0]?.privileges.standard, true);
    assert.notEqual(schemes[0]?.privileges.bypassCSP, true);
    const window = reports.find((r) => r.type === 'window')?.options as {
      webPreferences: Record<string, unknown>;
    };
    const prefs = window.webPreferences;
    assert.equal(prefs.contextIsolation, true);
    assert.equal(prefs.sandbox, true);
    assert.equal(prefs.nodeIntegration, false);
    assert.equal(prefs.webSecurity, true);
    assert.equal(prefs.partition, 'persist:hearth');
    assert.equal(prefs.preload, join(outDir, 'preload.cjs'));
    assert.equal((await until((r) => r.type === 'loadURL')).url, 'app://hearth/index.html');
    assert.equal((await until((r) => r.type === 'utilityProcess')).serviceName, 'Hearth assistant');
    assert.equal(
      (await until((r) => r.type === 'shortcut')).accelerator,
      'CommandOrControl+Shift+Space',
    );
  });

  it('serves the interface from the bundle, with the CSP, on the window’s session', async () => {
    const page = await ask({ cmd: 'fetch', url: 'app://hearth/' }, 'fetched');
    assert.equal(page.status, 200);
    assert.match(page.body as string, /<script type="module" src="\.\/app\.js"><\/script>/);
    const headers = page.headers as Record<string, string>;
    assert.match(headers['content-security-policy'] ?? '', /^default-src 'none'/);
    assert.equal((await ask({ cmd: 'fetch', url: 'app://hearth/app.js' }, 'fetched')).status, 200);
    assert.equal(
      (await ask({ cmd: 'fetch', url: 'app://hearth/../main.mjs' }, 'fetched')).status,
      404,
    );
  });

  it('grants the microphone to the page, and nothing else', async () => {
    const mic = {
      requestingUrl: 'app://hearth/index.html',
      securityOrigin: 'app://hearth',
      isMainFrame: true,
    };
    const audio = await ask(
      { cmd: 'permission', permission: 'media', details: { ...mic, mediaTypes: ['audio'] } },
      'permitted',
    );
    assert.equal(audio.granted, true);
    const camera = await ask(
      { cmd: 'permission', permission: 'media', details: { ...mic, mediaTypes: ['video'] } },
      'permitted',
    );
    assert.equal(camera.granted, false);
    const where = await ask(
      { cmd: 'permission', permission: 'geolocation', details: mic },
      'permitted',
    );
    assert.equal(where.granted, false);
  });

  it('blocks navigation away and every new window', async () => {
    assert.equal(
      (await ask({ cmd: 'navigate', url: 'https://example.com/' }, 'navigated')).blocked,
      true,
    );
    assert.equal(
      (await ask({ cmd: 'navigate', url: 'app://hearth/index.html' }, 'navigated')).blocked,
      false,
    );
    assert.deepEqual((await ask({ cmd: 'open', url: 'https://example.com/' }, 'opened')).answer, {
      action: 'deny',
    });
  });

  it('answers the page over IPC from the assistant’s process, and refuses strangers', async () => {
    const home = await invoke('hearth:getHome', []);
    assert.equal(home.ok, true);
    assert.equal((home.value as { name: string }).name, 'Wiring flat');
    const stranger = await invoke('hearth:getHome', [], {
      ...TRUSTED,
      url: 'https://evil.example/',
      origin: 'https://evil.example',
    });
    assert.deepEqual(
      [stranger.ok, stranger.error],
      [false, 'Hearth refused a getHome request from a page that is not its own window'],
    );
    const malformed = await invoke('hearth:sendText', [{ text: 'hi' }]);
    assert.equal(malformed.ok, false);
    const sent = await invoke('hearth:sendText', ['turn on the kitchen light']);
    assert.equal(sent.ok, true, String(sent.error));
    await until((r) => r.type === 'send' && (r.payload as AssistantEvent).type === 'reply');
    const reply = pageEvents().find((e) => e.type === 'reply');
    assert.equal(reply?.type === 'reply' && reply.text, 'Turning on the kitchen light.');
    // The page learned the status when it loaded, before any event of its own.
    assert.deepEqual(pageEvents()[0], { type: 'status', status: 'idle' });
  });

  it('hides to the tray on close, and notifies a confirmation asked while hidden', async () => {
    const closed = await ask({ cmd: 'closeWindow' }, 'closed');
    assert.deepEqual([closed.prevented, closed.visible], [true, false], 'closing only hides it');
    const menu = reports.filter((r) => r.type === 'trayMenu').at(-1)?.items as {
      id: string;
      label?: string;
    }[];
    assert.deepEqual(
      menu
        .filter((i) => i.id.startsWith('scene:') || i.id.startsWith('device:'))
        .map((i) => i.label),
      ['Evening', 'Unlock Front door'],
    );
    main.send({ cmd: 'tray', id: 'device:front_door' });
    const notification = await until((r) => r.type === 'notification');
    assert.equal(notification.title, 'Hearth needs your confirmation');
    assert.match(notification.body as string, /unlock the front door/i);
  });

  it('says when listening cannot start from the shortcut', async () => {
    main.send({ cmd: 'shortcut' });
    const notice = await until(
      (r) =>
        r.type === 'send' &&
        (r.payload as AssistantEvent).type === 'notice' &&
        /Speech input/.test(JSON.stringify(r.payload)),
    );
    assert.ok(notice);
  });

  it('brings the assistant back after its process is killed, and says so', async () => {
    main.send({ cmd: 'killHost' });
    await until(
      (r) =>
        r.type === 'send' &&
        JSON.stringify(r.payload).includes('The assistant stopped unexpectedly'),
    );
    await until(
      (r) =>
        r.type === 'send' && JSON.stringify(r.payload).includes('The assistant is running again.'),
    );
    const home = await invoke('hearth:getHome', []);
    assert.equal(home.ok, true);
    assert.equal(reports.filter((r) => r.type === 'utilityProcess').length, 2);
  });

  it('quits from the tray, stopping the assistant first', async () => {
    const exited = new Promise<number | null>((resolve) => main.once('exit', resolve));
    main.send({ cmd: 'tray', id: 'quit' });
    assert.equal(await exited, 0);
  });
});
