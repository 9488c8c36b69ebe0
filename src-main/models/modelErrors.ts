import { HearthError } from '../core/errors.ts';

// The errors of the model catalogue and downloader: each message is one plain sentence that
// says what happened and what to do.

/** The catalogue file cannot be read or is not a valid catalogue (bad input: exit 2). */
export class CatalogueError extends HearthError {
  readonly file: string;
  constructor(file: string, message: string) {
    super(`the model catalogue ${file} cannot be used: ${message}`, 2);
    this.file = file;
  }
}

/** A model name the catalogue does not have (bad usage: exit 2). */
export class UnknownModelError extends HearthError {
  readonly modelName: string;
  constructor(modelName: string, known: readonly string[]) {
    super(
      `there is no model "${modelName}"; the models are: ${known.join(', ')} (see hearth models list)`,
      2,
    );
    this.modelName = modelName;
  }
}

/**
 * Why a download failed. `interrupted`, `timeout`, `server` and `aborted` keep the partial file
 * for a later resume; `range` (the server cannot resume it) drops it for a fresh start.
 */
export type DownloadFailure =
  | 'offline'
  | 'unreachable'
  | 'timeout'
  | 'interrupted'
  | 'not-found'
  | 'refused'
  | 'server'
  | 'range'
  | 'insecure-redirect'
  | 'too-many-redirects'
  | 'size'
  | 'checksum'
  | 'unverified'
  | 'busy'
  | 'aborted';

/** A model download that did not complete; nothing was installed (exit 1). */
export class ModelDownloadError extends HearthError {
  readonly reason: DownloadFailure;
  constructor(reason: DownloadFailure, message: string) {
    super(message, 1);
    this.reason = reason;
  }

  /** Worth trying again at once: the next try resumes (or, after `range`, starts over). */
  get retryable(): boolean {
    return ['interrupted', 'timeout', 'server', 'range'].includes(this.reason);
  }
}

/** A model's licence, in the words to show before its download. */
export interface LicenceTerms {
  licence: string;
  notice: string;
  url?: string;
  /** The models of this download under these terms. */
  models: string[];
}

/** A download that needs its licence accepted first, and the user has not (exit 2). */
export class LicenceNotAcceptedError extends HearthError {
  readonly modelName: string;
  readonly terms: readonly LicenceTerms[];
  constructor(modelName: string, terms: readonly LicenceTerms[]) {
    const licences = [...new Set(terms.map((t) => t.licence))].join(' and ');
    super(
      `${modelName} is licensed ${licences}, so it is downloaded only once you accept the licence: read it, then run hearth models download ${modelName} --accept-licence (in the window: accept the licence Settings shows)`,
      2,
    );
    this.modelName = modelName;
    this.terms = terms;
  }
}

/** A download request that is not well-formed (from the window, or a program; exit 2). */
export class ModelRequestError extends HearthError {
  constructor(message: string) {
    super(`Hearth refused a model download request: ${message}`, 2);
  }
}
