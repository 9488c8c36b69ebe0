import { statSync } from 'node:fs';
import { totalmem, availableParallelism } from 'node:os';
import { join } from 'node:path';
import type { Catalogue, ModelEntry, ModelKind } from './catalogueSchema.ts';
import { defaultModelsDir } from './defaultModelsDir.ts';
import { loadCatalogue } from './loadCatalogue.ts';
import { UnknownModelError } from './modelErrors.ts';
import { MEMORY_SHARE, bestFitting, quickEnough, recommendModel } from './recommendModel.ts';

export interface ModelLocatorOptions {
  /** Default: loadCatalogue() (HEARTH_MODEL_CATALOGUE, else the bundled catalogue). */
  catalogue?: Catalogue;
  /** Default: defaultModelsDir() (HEARTH_MODELS_DIR, else the per-user data folder). */
  dir?: string;
  /** Bytes of memory to choose models for. Default: os.totalmem(). */
  totalMemory?: number;
  /** CPU cores to choose models for. Default: os.availableParallelism(). */
  cores?: number;
}

/** A catalogue model whose file is in the models folder. */
export interface InstalledModel {
  name: string;
  kind: ModelKind;
  /** Absolute path of the model file. */
  path: string;
  entry: ModelEntry;
}

/**
 * Finds models: which the catalogue has, which are installed and where, and which to use.
 * A file counts as installed when it has the catalogue's name and size: the downloader only
 * ever gives a file that name after its checksum matched, and `hearth models verify` re-hashes.
 */
export class ModelLocator {
  readonly dir: string;
  readonly catalogue: Catalogue;
  readonly totalMemory: number;
  readonly cores: number;

  constructor(options: ModelLocatorOptions = {}) {
    this.catalogue = options.catalogue ?? loadCatalogue();
    this.dir = options.dir ?? defaultModelsDir();
    this.totalMemory = options.totalMemory ?? totalmem();
    this.cores = options.cores ?? availableParallelism();
  }

  /** The catalogue entry called `name`; throws UnknownModelError (listing the names) if none. */
  entry(name: string): ModelEntry {
    const entry = this.catalogue.models.find((m) => m.name === name);
    if (entry === undefined) {
      throw new UnknownModelError(
        name,
        this.catalogue.models.map((m) => m.name),
      );
    }
    return entry;
  }

  /** Where the model's file is (or will be, once downloaded). */
  pathFor(entry: ModelEntry): string {
    return join(this.dir, entry.file);
  }

  /** The installed model called `name`, or undefined when it is not downloaded (or cut short). */
  installedModel(name: string): InstalledModel | undefined {
    const entry = this.entry(name);
    const path = this.pathFor(entry);
    try {
      const stats = statSync(path);
      if (!stats.isFile() || stats.size !== entry.sizeBytes) return undefined;
    } catch {
      return undefined;
    }
    return { name: entry.name, kind: entry.kind, path, entry };
  }

  /** Every installed model, of one kind or all, in catalogue order. */
  installedModels(kind?: ModelKind): InstalledModel[] {
    return this.catalogue.models
      .filter((entry) => kind === undefined || entry.kind === kind)
      .map((entry) => this.installedModel(entry.name))
      .filter((model): model is InstalledModel => model !== undefined);
  }

  /**
   * The model of this kind to use when the user named none: the best installed one that fits
   * this computer's memory (else the lightest installed one). Undefined when none is installed.
   */
  defaultModel(kind: ModelKind): InstalledModel | undefined {
    const installed = this.installedModels(kind);
    const best = bestFitting(
      quickEnough(
        installed.map((model) => model.entry),
        this.cores,
      ),
      this.totalMemory * MEMORY_SHARE[kind],
    );
    return installed.find((model) => model.entry === best);
  }

  /** The catalogue's recommendation of this kind for this computer, installed or not. */
  recommended(kind: ModelKind): ModelEntry | undefined {
    return recommendModel(this.catalogue.models, kind, this.totalMemory, this.cores);
  }
}
