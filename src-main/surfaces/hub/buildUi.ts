import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

// The user interface as files: bundled from src-renderer/ with esbuild (in memory, in about
// a second), or read from a folder built earlier (a packaged app has no TypeScript sources).
// The Electron window serves the same files from a folder written by writeUi().

/** One file of the interface, by URL path ("/index.html"). */
export interface UiFile {
  body: Buffer;
  type: string;
}
export type UiAssets = ReadonlyMap<string, UiFile>;

/** The renderer's sources in a checkout. */
export const RENDERER_DIR = fileURLToPath(new URL('../../../src-renderer/', import.meta.url));

export interface BuildUiOptions {
  /** Where the renderer's sources are. Default RENDERER_DIR. */
  sourceDir?: string;
  /** Minify the scripts and styles. Default true. */
  minify?: boolean;
}

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json; charset=utf-8',
};
const typeOf = (path: string) => TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';

/** Bundles the interface in memory: index.html, app.js, app.css, mic-worklet.js, icons. */
export async function buildUi(options: BuildUiOptions = {}): Promise<UiAssets> {
  const sourceDir = options.sourceDir ?? RENDERER_DIR;
  const outdir = join(sourceDir, '.virtual-out');
  const result = await build({
    entryPoints: {
      app: join(sourceDir, 'main.ts'),
      'mic-worklet': join(sourceDir, 'audio', 'micWorklet.ts'),
      styles: join(sourceDir, 'styles', 'app.css'),
    },
    outdir,
    bundle: true,
    write: false,
    format: 'esm',
    target: ['chrome120'],
    minify: options.minify ?? true,
    legalComments: 'none',
    logLevel: 'silent',
  });
  const assets = new Map<string, UiFile>();
  for (const file of result.outputFiles) {
    const name = file.path.slice(outdir.length).replace(/\\/g, '/');
    const path = name === '/styles.css' ? '/app.css' : name;
    assets.set(path, { body: Buffer.from(file.contents), type: typeOf(path) });
  }
  const staticDir = join(sourceDir, 'static');
  for (const name of await readdir(staticDir)) {
    assets.set(`/${name}`, { body: await readFile(join(staticDir, name)), type: typeOf(name) });
  }
  return assets;
}

/** Reads an interface written by writeUi() (or any folder of the same files). */
export async function loadUiFolder(dir: string): Promise<UiAssets> {
  const assets = new Map<string, UiFile>();
  for (const name of await readdir(dir, { recursive: true })) {
    const path = join(dir, name);
    const body = await readFile(path).catch(() => undefined);
    if (body) assets.set(`/${name.replace(/\\/g, '/')}`, { body, type: typeOf(name) });
  }
  if (!assets.has('/index.html')) throw new Error(`${dir} holds no index.html: build the UI first`);
  return assets;
}

/** Writes the built interface to a folder (for the Electron window or a packaged hub). */
export async function writeUi(dir: string, assets?: UiAssets): Promise<void> {
  for (const [path, file] of assets ?? (await buildUi())) {
    const target = join(dir, path);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, file.body);
  }
}
