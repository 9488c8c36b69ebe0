import { totalmem } from 'node:os';
import { createInterface } from 'node:readline';
import { UsageError } from '../../core/errors.ts';
import type { ModelKind } from '../../models/catalogueSchema.ts';
import { defaultModelsDir } from '../../models/defaultModelsDir.ts';
import { formatBytes } from '../../models/formatBytes.ts';
import { installModel, planInstall } from '../../models/installModel.ts';
import { loadCatalogue } from '../../models/loadCatalogue.ts';
import { LicenceNotAcceptedError } from '../../models/modelErrors.ts';
import type { LicenceTerms } from '../../models/modelErrors.ts';
import { ModelLocator } from '../../models/ModelLocator.ts';
import { ProgressLine } from '../../models/ProgressLine.ts';
import { verifyModels } from '../../models/verifyModels.ts';
import type { VerifyResult } from '../../models/verifyModels.ts';
import { write } from './CliIo.ts';
import type { CliIo } from './CliIo.ts';
import { HELP_TEXTS } from './helpTexts.ts';
import { parseCommandArgs } from './parseCommandArgs.ts';

type Values = ReturnType<typeof parse>['values'];

function parse(args: string[]) {
  return parseCommandArgs('hearth models', {
    args,
    allowPositionals: true,
    options: {
      json: { type: 'boolean' },
      'allow-unverified': { type: 'boolean' },
      'accept-licence': { type: 'boolean' },
      catalogue: { type: 'string' },
      dir: { type: 'string' },
      mirror: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}

/** `hearth models list | download NAME | verify [NAME...]`. */
export async function modelsCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args);
  if (values.help) {
    await write(io.stdout, HELP_TEXTS.models);
    return 0;
  }
  const [action, ...names] = positionals;
  const locator = new ModelLocator({
    catalogue: loadCatalogue({ file: values.catalogue, mirror: values.mirror }),
    dir: values.dir ?? defaultModelsDir(),
    totalMemory: totalmem(),
  });
  if (action === 'list') {
    if (names.length > 0) throw new UsageError('"hearth models list" takes no names');
    return list(locator, values, io);
  }
  if (action === 'download') {
    const [name, ...extra] = names;
    if (name === undefined || extra.length > 0) {
      const known = locator.catalogue.models.map((m) => m.name).join(', ');
      throw new UsageError(`name one model to download: hearth models download NAME (${known})`);
    }
    return download(locator, name, values, io);
  }
  if (action === 'verify') return verify(locator, names, values, io);
  const what = action === undefined ? 'say what to do' : `unknown action "${action}"`;
  throw new UsageError(
    `${what}: hearth models list, hearth models download NAME, or hearth models verify`,
  );
}

async function list(locator: ModelLocator, values: Values, io: CliIo): Promise<number> {
  const recommended = new Set(
    (['stt', 'llm'] as const).map((kind) => locator.recommended(kind)?.name),
  );
  const rows = locator.catalogue.models.map((entry) => {
    const installed = locator.installedModel(entry.name);
    return { entry, installed, recommended: recommended.has(entry.name) };
  });
  if (values.json) {
    const data = rows.map(({ entry, installed, recommended: rec }) => ({
      name: entry.name,
      kind: entry.kind,
      description: entry.description,
      sizeBytes: entry.sizeBytes,
      ramBytes: entry.ramBytes,
      installed: installed !== undefined,
      path: installed?.path ?? null,
      recommended: rec,
      verifiable: entry.sha256 !== null,
      licence: entry.licence,
      licenceNotice: entry.licenceNotice ?? null,
      requires: entry.requires ?? [],
      languages: entry.languages,
      url: entry.url,
    }));
    await write(io.stdout, `${JSON.stringify(data)}\n`);
    return 0;
  }
  const table = [
    ['NAME', 'KIND', 'SIZE', 'RAM', 'INSTALLED', 'LICENCE'],
    ...rows.map(({ entry, installed, recommended: rec }) => [
      `${entry.name}${rec ? ' *' : ''}`,
      KIND_WORDS[entry.kind],
      formatBytes(entry.sizeBytes),
      formatBytes(entry.ramBytes),
      installed ? 'yes' : 'no',
      entry.licence,
    ]),
  ];
  const widths = table[0]?.map((_, col) => Math.max(...table.map((row) => row[col]?.length ?? 0)));
  const lines = table.map((row) =>
    row
      .map((cell, col) => (col === row.length - 1 ? cell : cell.padEnd(widths?.[col] ?? 0)))
      .join('  '),
  );
  const memory = `${(locator.totalMemory / 2 ** 30).toFixed(1)} GiB`;
  lines.push(
    '',
    `* recommended for this computer (${memory} of memory); get one with: hearth models download NAME`,
    `Models folder: ${locator.dir}`,
  );
  await write(io.stdout, `${lines.join('\n')}\n`);
  return 0;
}

const KIND_WORDS: Readonly<Record<ModelKind, string>> = {
  stt: 'speech',
  llm: 'language',
  wake: 'wake word',
  'wake-feature': 'wake feature',
};

async function download(
  locator: ModelLocator,
  name: string,
  values: Values,
  io: CliIo,
): Promise<number> {
  const plan = planInstall(locator, name);
  let accepted = values['accept-licence'] ?? false;
  if (plan.terms.length > 0) {
    await write(io.stderr, licenceText(plan.terms));
    if (!accepted && io.stdin.isTTY === true) accepted = await askYes(io);
    if (!accepted) throw new LicenceNotAcceptedError(name, plan.terms);
  }
  const progress = new ProgressLine({ stream: io.stderr });
  const controller = new AbortController();
  // Ctrl-C keeps the partial file, so the next run resumes instead of starting over.
  const stop = () => controller.abort();
  process.once('SIGINT', stop);
  try {
    const installed = await installModel(
      locator,
      { name, acceptLicence: accepted, allowUnverified: values['allow-unverified'] ?? false },
      {
        signal: controller.signal,
        onStart: (entry) => {
          progress.end();
          const host = new URL(entry.url).host;
          io.stderr.write(
            `Downloading ${entry.name} (${formatBytes(entry.sizeBytes)}) from ${host} into ${locator.dir}\n`,
          );
        },
        onProgress: (p) => progress.update(p),
        onRetry: (error, attempt) => progress.note(`${error.message}; retrying (${attempt})...`),
      },
    );
    progress.end();
    const lines = installed.map(({ entry, result }) => {
      if (result.alreadyInstalled) {
        return `${entry.name} is already installed at ${result.path} (hearth models verify ${entry.name} checks it)`;
      }
      const check = result.verified
        ? 'sha256 checked'
        : 'NOT checked: the catalogue has no checksum for it';
      return `Installed ${entry.name} at ${result.path} (${check})`;
    });
    await write(io.stdout, `${lines.join('\n')}\n`);
    return 0;
  } finally {
    progress.end();
    process.removeListener('SIGINT', stop);
  }
}

/** The licence notices, as shown before a download that needs them accepted. */
function licenceText(terms: readonly LicenceTerms[]): string {
  return terms
    .map(
      (t) =>
        `Licence of ${t.models.join(', ')}: ${t.licence}${t.url ? ` (${t.url})` : ''}\n${t.notice}\n`,
    )
    .join('\n');
}

/** An explicit "yes" at a terminal; anything else (or the end of input) is no. */
async function askYes(io: CliIo): Promise<boolean> {
  const lines = createInterface({ input: io.stdin, output: io.stderr, terminal: false });
  try {
    io.stderr.write('Accept this licence and download? Type "yes" to accept: ');
    for await (const line of lines) return /^\s*y(es)?\s*$/i.test(line);
    return false;
  } finally {
    lines.close();
  }
}

const STATUS_WORDS: Readonly<Record<VerifyResult['status'], string>> = {
  ok: 'OK',
  unverified: 'OK?',
  corrupt: 'CORRUPT',
  missing: 'missing',
};

async function verify(
  locator: ModelLocator,
  names: string[],
  values: Values,
  io: CliIo,
): Promise<number> {
  const results = await verifyModels(locator, {
    names: names.length > 0 ? names : undefined,
    onCheck: (entry) => {
      if (!values.json) io.stderr.write(`Checking ${entry.name}...\n`);
    },
  });
  // A named model that is not there is a failure; unnamed ones are simply not downloaded.
  const failed = results.some(
    (r) => r.status === 'corrupt' || (names.length > 0 && r.status === 'missing'),
  );
  if (values.json) {
    await write(io.stdout, `${JSON.stringify(results)}\n`);
    return failed ? 1 : 0;
  }
  const width = Math.max(...results.map((r) => r.name.length));
  const lines = results.map((r) => {
    const head = `${STATUS_WORDS[r.status].padEnd(8)} ${r.name.padEnd(width)}`;
    if (r.status === 'corrupt') {
      return `${head}  ${r.problem}; moved aside to ${r.movedTo}; download it again: hearth models download ${r.name}`;
    }
    if (r.status === 'missing') return `${head}  not downloaded`;
    if (r.status === 'unverified') return `${head}  ${r.path} (size right; no checksum to compare)`;
    return `${head}  ${r.path}`;
  });
  if (names.length === 0 && results.every((r) => r.status === 'missing')) {
    await write(
      io.stdout,
      `No models are installed in ${locator.dir} yet (see hearth models list)\n`,
    );
    return 0;
  }
  await write(io.stdout, `${lines.join('\n')}\n`);
  const corrupt = results.filter((r) => r.status === 'corrupt').length;
  if (corrupt > 0) {
    await write(
      io.stderr,
      `hearth models: ${corrupt === 1 ? '1 model is' : `${corrupt} models are`} corrupt and no longer used; download again as shown above\n`,
    );
  } else if (failed) {
    await write(
      io.stderr,
      `hearth models: not downloaded yet: ${results
        .filter((r) => r.status === 'missing')
        .map((r) => r.name)
        .join(', ')}; get it with: hearth models download NAME\n`,
    );
  }
  return failed ? 1 : 0;
}
