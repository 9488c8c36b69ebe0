import assert from 'node:assert/strict';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import {
  DEFAULT_PUSH_TO_TALK,
  DesktopSettings,
} from '../../../src-main/surfaces/electron/DesktopSettings.ts';
import { findElectronBinary } from '../../../src-main/surfaces/electron/findElectronBinary.ts';
import {
  LinuxAutostart,
  autostartDesktopEntry,
  defaultAutostartFile,
  quoteExecArgument,
} from '../../../src-main/surfaces/electron/LinuxAutostart.ts';

let dir: string;
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'hearth-desktop-'));
});
after(() => rmSync(dir, { recursive: true, force: true }));

describe('desktop settings', () => {
  it('start from defaults and keep changes across restarts', () => {
    const file = join(dir, 'settings', 'desktop-settings.json');
    const settings = new DesktopSettings({ file });
    assert.deepEqual(settings.get(), {
      startAtLogin: false,
      pushToTalkShortcut: DEFAULT_PUSH_TO_TALK,
      muted: false,
    });
    settings.update({ startAtLogin: true, muted: true });
    assert.deepEqual(new DesktopSettings({ file }).get(), {
      startAtLogin: true,
      pushToTalkShortcut: DEFAULT_PUSH_TO_TALK,
      muted: true,
    });
    assert.deepEqual(
      readdirSync(join(dir, 'settings')),
      ['desktop-settings.json'],
      'no temp file left',
    );
  });

  it('set a corrupt file aside and say so', () => {
    const file = join(dir, 'corrupt.json');
    writeFileSync(file, '{"startAtLogin": "yes please"');
    const problems: string[] = [];
    const settings = new DesktopSettings({ file, onProblem: (p) => problems.push(p) });
    assert.equal(settings.get().startAtLogin, false);
    assert.equal(problems.length, 1);
    assert.match(
      problems[0] ?? '',
      /could not be read and were reset; the old file is .*corrupt\.json\.corrupt-/,
    );
    assert.equal(existsSync(file), false);
    assert.equal(readdirSync(dir).filter((n) => n.startsWith('corrupt.json.corrupt-')).length, 1);
  });

  it('refuse invalid values', () => {
    const settings = new DesktopSettings({ file: join(dir, 'strict.json') });
    assert.throws(() => settings.update({ pushToTalkShortcut: 'x'.repeat(101) }));
    assert.equal(settings.get().pushToTalkShortcut, DEFAULT_PUSH_TO_TALK);
  });
});

describe('Linux autostart', () => {
  it('quotes Exec arguments as the Desktop Entry specification says', () => {
    assert.equal(quoteExecArgument('/opt/Hearth/hearth'), '/opt/Hearth/hearth');
    assert.equal(quoteExecArgument('--hidden'), '--hidden');
    assert.equal(
      quoteExecArgument('/home/me/My Apps/Hearth.AppImage'),
      '"/home/me/My Apps/Hearth.AppImage"',
    );
    assert.equal(quoteExecArgument('a"b$c`d\\e'), '"a\\"b\\$c\\`d\\\\e"');
    assert.equal(quoteExecArgument('100%'), '100%%');
    assert.equal(quoteExecArgument(''), '""');
    assert.throws(() => autostartDesktopEntry([]));
    assert.throws(() => autostartDesktopEntry(['/bin/hearth', 'a\nExec=evil']));
  });

  it('writes and removes the autostart entry', () => {
    const file = join(dir, 'autostart', 'hearth.desktop');
    const autostart = new LinuxAutostart({ file });
    assert.equal(autostart.isEnabled(), false);
    autostart.set(true, ['/home/me/Apps/Hearth 1.AppImage', '--hidden']);
    assert.equal(autostart.isEnabled(), true);
    const text = readFileSync(file, 'utf8');
    assert.match(text, /^\[Desktop Entry\]\nType=Application\nName=Hearth\n/);
    assert.match(text, /^Exec="\/home\/me\/Apps\/Hearth 1\.AppImage" --hidden$/m);
    autostart.set(false, []);
    assert.equal(existsSync(file), false);
    assert.equal(autostart.isEnabled(), false);
    assert.equal(
      defaultAutostartFile({ XDG_CONFIG_HOME: '/cfg' }),
      '/cfg/autostart/hearth.desktop',
    );
  });
});

describe('finding an Electron binary', () => {
  it('uses ELECTRON_PATH first, then the package binary, never downloading', () => {
    const root = join(dir, 'project');
    const pkg = join(root, 'node_modules', 'electron');
    mkdirSync(join(pkg, 'dist'), { recursive: true });
    assert.deepEqual(findElectronBinary({ root, env: {} }), {
      found: false,
      reason: 'the electron package has no binary (no path.txt)',
    });
    writeFileSync(join(pkg, 'path.txt'), 'electron');
    const missing = findElectronBinary({ root, env: {} });
    assert.equal(missing.found, false);
    assert.match(missing.found ? '' : missing.reason, /binary .*dist\/electron is missing/);
    writeFileSync(join(pkg, 'dist', 'electron'), '#!/bin/sh\n');
    chmodSync(join(pkg, 'dist', 'electron'), 0o755);
    assert.deepEqual(findElectronBinary({ root, env: {} }), {
      found: true,
      path: join(pkg, 'dist', 'electron'),
      from: 'package',
    });
    const own = join(dir, 'my-electron');
    writeFileSync(own, '');
    assert.deepEqual(findElectronBinary({ root, env: { ELECTRON_PATH: own } }), {
      found: true,
      path: own,
      from: 'ELECTRON_PATH',
    });
    const wrong = findElectronBinary({ root, env: { ELECTRON_PATH: join(dir, 'nothing') } });
    assert.equal(wrong.found, false, 'a wrong ELECTRON_PATH is reported, not skipped');
    const override = findElectronBinary({ root, env: { ELECTRON_OVERRIDE_DIST_PATH: dir } });
    assert.equal(override.found, false);
    assert.match(override.found ? '' : override.reason, /ELECTRON_OVERRIDE_DIST_PATH/);
  });
});
