import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { catalogueSchema, isAllowedModelUrl } from './catalogueSchema.ts';
import type { Catalogue } from './catalogueSchema.ts';
import { CatalogueError } from './modelErrors.ts';

/** The catalogue that ships with Hearth. */
export const BUNDLED_CATALOGUE = fileURLToPath(
  new URL('../../models/catalogue.json', import.meta.url),
);

/** Every catalogue URL on this origin is rewritten to a mirror's origin when one is given. */
const UPSTREAM_ORIGIN = 'https://huggingface.co';

export interface LoadCatalogueOptions {
  /** The catalogue file. Default: $HEARTH_MODEL_CATALOGUE, else the bundled models/catalogue.json. */
  file?: string;
  /**
   * A base URL that stands in for https://huggingface.co (a mirror, or a test server).
   * Default: $HEARTH_MODEL_MIRROR, else none.
   */
  mirror?: string;
  /** Default: process.env. */
  env?: NodeJS.ProcessEnv;
}

/** Reads and validates the model catalogue; throws CatalogueError with every problem found. */
export function loadCatalogue(options: LoadCatalogueOptions = {}): Catalogue {
  const env = options.env ?? process.env;
  const file = options.file ?? nonEmpty(env.HEARTH_MODEL_CATALOGUE) ?? BUNDLED_CATALOGUE;
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new CatalogueError(file, 'the file does not exist');
    const detail = error instanceof Error ? error.message : String(error);
    throw new CatalogueError(file, `it is not readable JSON (${detail})`);
  }
  const parsed = catalogueSchema.safeParse(data);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const where = issue.path.map(String).join('.');
      return where ? `${where}: ${issue.message}` : issue.message;
    });
    throw new CatalogueError(file, problems.join('; '));
  }
  const mirror = options.mirror ?? nonEmpty(env.HEARTH_MODEL_MIRROR);
  return mirror === undefined ? parsed.data : withMirror(parsed.data, mirror);
}

function withMirror(catalogue: Catalogue, mirror: string): Catalogue {
  const base = mirror.replace(/\/+$/, '');
  if (!isAllowedModelUrl(base)) {
    throw new CatalogueError(
      'HEARTH_MODEL_MIRROR',
      `the mirror "${mirror}" must be an https URL (http only to 127.0.0.1)`,
    );
  }
  return {
    ...catalogue,
    models: catalogue.models.map((entry) =>
      entry.url.startsWith(`${UPSTREAM_ORIGIN}/`)
        ? { ...entry, url: base + entry.url.slice(UPSTREAM_ORIGIN.length) }
        : entry,
    ),
  };
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value;
}
