#!/usr/bin/env node
// Bundles the desktop app into out/desktop/ (what `npm start` runs in Electron and what
// electron-builder packs): the main process (main.mjs), the sandboxed preload (preload.cjs,
// CommonJS as sandboxed preloads must be), the assistant's own process (assistantHost.mjs),
// the interface (renderer/, built by the hub's buildUi so the window and the browser get the
// same files) and the icons. npm packages stay external: they are installed next to it.
//
// Usage: node scripts/buildDesktop.mjs [--out DIR] [--quiet]
import { copyFile, mkdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import { register } from 'tsx/esm/api';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ELECTRON_SRC = path.join(ROOT, 'src-main', 'surfaces', 'electron');
const ICONS = ['icon.png', 'tray.png', 'trayTemplate.png', 'trayTemplate@2x.png'];

/**
 * Shared modules find files of the checkout from their own place (models/catalogue.json,
 * build/whisper/). Bundled, every module shares the bundle's import.meta.url, so each one
 * gets its original place back, relative to the bundle: the same layout in a checkout and
 * inside the packaged app. The desktop entries keep the bundle's own URL (they look for
 * their sibling files).
 */
function keepSourceLocations(outDir) {
  return {
    name: 'keep-source-locations',
    setup(context) {
      context.onLoad({ filter: /[\\/]src-main[\\/].*\.ts$/ }, async (args) => {
        const contents = await readFile(args.path, 'utf8');
        if (
          args.path.startsWith(ELECTRON_SRC + path.sep) ||
          !contents.includes('import.meta.url')
        ) {
          return { contents, loader: 'ts' };
        }
        const relative = path.relative(outDir, args.path).split(path.sep).join('/');
        const original = `new URL(${JSON.stringify(relative)}, import.meta.url).href`;
        return { contents: contents.replace(/\bimport\.meta\.url\b/g, original), loader: 'ts' };
      });
    },
  };
}

/** Builds everything into `outDir`; resolves with the files written. */
export async function buildDesktop({ outDir = path.join(ROOT, 'out', 'desktop') } = {}) {
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  const common = {
    bundle: true,
    platform: 'node',
    target: 'node20',
    logLevel: 'warning',
    legalComments: 'none',
    plugins: [keepSourceLocations(outDir)],
  };
  // ESM with top-level await (node-llama-cpp is ESM-only); packages stay in node_modules.
  const esm = {
    ...common,
    format: 'esm',
    packages: 'external',
  };
  await Promise.all([
    build({
      ...esm,
      entryPoints: [path.join(ELECTRON_SRC, 'main.ts')],
      outfile: path.join(outDir, 'main.mjs'),
    }),
    build({
      ...esm,
      entryPoints: [path.join(ELECTRON_SRC, 'assistantHostMain.ts')],
      outfile: path.join(outDir, 'assistantHost.mjs'),
    }),
    // A sandboxed preload may require only 'electron' (and a few built-ins): one file.
    build({
      ...common,
      format: 'cjs',
      external: ['electron'],
      entryPoints: [path.join(ELECTRON_SRC, 'preload.ts')],
      outfile: path.join(outDir, 'preload.cjs'),
    }),
  ]);
  await mkdir(path.join(outDir, 'icons'), { recursive: true });
  for (const icon of ICONS) {
    await copyFile(path.join(ROOT, 'build', 'icons', icon), path.join(outDir, 'icons', icon));
  }
  register({ tsconfig: path.join(ROOT, 'tsconfig.json') });
  const { writeUi } = await import(
    pathToFileURL(path.join(ROOT, 'src-main', 'surfaces', 'hub', 'buildUi.ts')).href
  );
  await writeUi(path.join(outDir, 'renderer'));
  return outDir;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: { out: { type: 'string' }, quiet: { type: 'boolean' } },
  });
  const outDir = await buildDesktop(values.out ? { outDir: path.resolve(values.out) } : {});
  if (!values.quiet)
    console.log(`Built the desktop app into ${path.relative(process.cwd(), outDir) || '.'}`);
}
