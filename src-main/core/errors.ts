// Small error classes: a plain-words message that says what is wrong and how to fix it.

export class HearthError extends Error {
  /** The process exit code a command line should use: 1 the work failed, 2 bad usage or input. */
  readonly exitCode: 1 | 2;
  constructor(message: string, exitCode: 1 | 2 = 1) {
    super(message);
    this.name = new.target.name;
    this.exitCode = exitCode;
  }
}

/** Bad command-line usage: an unknown flag, a missing argument. */
export class UsageError extends HearthError {
  constructor(message: string) {
    super(message, 2);
  }
}

export interface HomeFileProblem {
  /** 1-based; absent when the problem has no place in the file. */
  line?: number;
  column?: number;
  message: string;
}

/** The home file cannot be used: every problem found, each with its place. */
export class HomeFileError extends HearthError {
  readonly file: string;
  readonly problems: readonly HomeFileProblem[];
  constructor(file: string, problems: readonly HomeFileProblem[]) {
    super(
      problems
        .map((p) => `${file}${p.line ? `:${p.line}:${p.column ?? 1}` : ''}: ${p.message}`)
        .join('\n'),
      2,
    );
    this.file = file;
    this.problems = problems;
  }
}
