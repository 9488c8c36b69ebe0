import { HearthError } from '../../core/errors.ts';

// What can go wrong between Hearth and its speech recogniser, each in plain words with what
// to do about it. All are "the work failed" (exit code 1): none is the user's input.

/** The hearth-whisper program has not been built (or cannot be run). */
export class WhisperBinaryMissingError extends HearthError {
  /** The binary (or the folder) that was looked at. */
  readonly binary: string;
  constructor(binary: string, reason: string) {
    super(`the speech recogniser cannot be run: ${reason}; run: npm run build:whisper`);
    this.binary = binary;
  }
}

export type ModelFileProblem = 'missing' | 'unreadable' | 'invalid';

/** The model file is missing, unreadable, or not a whisper model (truncated, another format). */
export class ModelFileError extends HearthError {
  readonly file: string;
  readonly problem: ModelFileProblem;
  constructor(file: string, problem: ModelFileProblem, detail: string) {
    const fix =
      problem === 'missing'
        ? 'get one with: hearth models download tiny.en'
        : problem === 'unreadable'
          ? 'check its permissions'
          : 'download it again with: hearth models download tiny.en';
    super(`the speech model ${file} cannot be used: ${detail}; ${fix}`);
    this.file = file;
    this.problem = problem;
  }
}

/** The recogniser process died (or could not start); it is restarted on the next request. */
export class RecognizerCrashedError extends HearthError {
  constructor(detail: string) {
    super(
      `the speech recogniser stopped unexpectedly (${detail}); it restarts on the next command`,
    );
  }
}

/** The recogniser did not answer in time; it was stopped and restarts on the next request. */
export class RecognizerTimeoutError extends HearthError {
  constructor(seconds: number) {
    super(
      `the speech recogniser did not answer within ${seconds.toFixed(1)} s; it was stopped and restarts on the next command`,
    );
  }
}

/** The recogniser failed too many times in a row; Hearth waits before trying again. */
export class RecognizerUnavailableError extends HearthError {
  constructor(failures: number, retryInSeconds: number, lastError: string) {
    super(
      `the speech recogniser failed ${failures} times in a row (last: ${lastError}); ` +
        `Hearth tries again in ${Math.ceil(retryInSeconds)} s — if it keeps failing, rebuild it with: npm run build:whisper`,
    );
  }
}

/** whisper refused one request (an unknown language, a prompt it cannot read). */
export class RecognizerRequestError extends HearthError {
  readonly code: string;
  constructor(code: string, message: string) {
    super(`the speech recogniser refused the audio: ${message}`);
    this.code = code;
  }
}

/** transcribe() after dispose(). */
export class RecognizerDisposedError extends HearthError {
  constructor() {
    super('the speech recogniser has been shut down; create a new one');
  }
}
