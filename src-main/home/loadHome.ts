// Reads and validates a home file. Every problem found is reported at once, each with its
// line and column, in one HomeFileError; nothing half-loaded is ever returned.
import { readFileSync } from 'node:fs';
import { LineCounter, parseDocument, visit } from 'yaml';
import type { YAMLError } from 'yaml';
import { HomeFileError } from '../core/errors.ts';
import type { HomeFileProblem } from '../core/errors.ts';
import type { Home } from '../core/home.ts';
import { crossCheckHome } from './crossCheckHome.ts';
import { describeIssue } from './describeIssue.ts';
import { homeSchema } from './homeSchema.ts';
import { decodeHomeText } from './decodeHomeText.ts';
import { redactSecrets, redactUrlCredentials, secretValues } from './redactSecrets.ts';
import { YamlLocator } from './YamlLocator.ts';

const TOO_DEEP =
  'the home file is nested too deeply to read (lists or mappings inside each other thousands of times); a home file needs only a few levels';

/** Parses and validates the text of a home file; `file` names it in messages. */
export function parseHome(text: string, file: string): Home {
  try {
    return parseHomeText(text, file);
  } catch (error) {
    // Thousands of nested `[[[[` or `{{{{` overflow the parser's (or the checks') stack.
    if (!(error instanceof RangeError)) throw error;
    throw new HomeFileError(file, [
      {
        message: TOO_DEEP,
      },
    ]);
  }
}

function parseHomeText(text: string, file: string): Home {
  const lines = new LineCounter();
  // `merge` lets users share keys with `<<: *anchor`; uniqueKeys (the default) makes a
  // repeated key an error instead of silently keeping the last one.
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, merge: true });
  const locator = new YamlLocator(doc, lines);
  // Filled once the data is read, so that no message quotes a password, token or key.
  let secrets: string[] = [];
  const fail = (problems: HomeFileProblem[]): never => {
    const redact = (message: string) => redactSecrets(message, secrets);
    throw new HomeFileError(
      file,
      problems.map((p) => ({ ...p, message: redact(p.message) })),
    );
  };

  // The tree of a document with syntax errors is a guess; problems found in it would mislead.
  if (doc.errors.length > 0) {
    fail(
      doc.errors.map((e) => ({
        ...locator.placeOfOffset(e.pos[0]),
        message: yamlMessage(e, text),
      })),
    );
  }
  const unresolved: HomeFileProblem[] = [];
  visit(doc, {
    Alias(_key, node) {
      if (!node.resolve(doc)) {
        const place = locator.placeOfOffset(node.range?.[0] ?? 0);
        unresolved.push({
          ...place,
          message: `alias \`*${node.source}\` names no anchor \`&${node.source}\` above it`,
        });
      }
    },
  });
  if (unresolved.length > 0) fail(unresolved);

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
    secrets = secretValues(data);
  } catch (error) {
    if (error instanceof RangeError) throw error;
    fail([
      {
        ...locator.at([]),
        message: `the file cannot be read as YAML: ${(error as Error).message}`,
      },
    ]);
  }
  if (data === null || data === undefined) {
    fail([
      {
        line: 1,
        column: 1,
        message:
          'the home file is empty; describe your home in it, starting with `areas:` and `devices:` lists',
      },
    ]);
  }
  if (typeof data !== 'object' || Array.isArray(data)) {
    const what = Array.isArray(data) ? 'a list' : `a single value (\`${String(data)}\`)`;
    fail([
      {
        ...locator.at([]),
        message: `the home file must be a mapping of keys such as \`areas:\` and \`devices:\`, not ${what}`,
      },
    ]);
  }

  const result = homeSchema.safeParse(data);
  const problems = result.success
    ? []
    : result.error.issues.flatMap((i) => describeIssue(i, data, locator));
  const taken = new Set(problems.map((p) => `${p.line}:${p.column}`));
  // A per-protocol schema may already have reported the same broker URL: say it once.
  const cross = crossCheckHome(data as Record<string, unknown>, locator).filter(
    (p) => !taken.has(`${p.line}:${p.column}`),
  );
  const all = [...byPlace(problems), ...byPlace(cross)];
  if (all.length > 0 || !result.success) fail(all);
  return result.data as Home;
}

/** Reads, parses and validates the home file at `path`; an unreadable file is a HomeFileError too. */
export function loadHomeFile(path: string): Home {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new HomeFileError(path, [{ message: readFailure(error) }]);
  }
  const decoded = decodeHomeText(bytes);
  if (!decoded.ok) throw new HomeFileError(path, [{ message: decoded.message }]);
  return parseHome(decoded.text, path);
}

function byPlace(problems: HomeFileProblem[]): HomeFileProblem[] {
  return problems.sort(
    (a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0),
  );
}

function yamlMessage(error: YAMLError, text: string): string {
  switch (error.code) {
    case 'DUPLICATE_KEY': {
      // The error marks only where the key starts; the key runs to its colon.
      const key = /^("[^"\n]*"|'[^'\n]*'|[^:\n]*)/
        .exec(text.slice(error.pos[0]))?.[1]
        ?.trim()
        .replace(/^["']|["']$/g, '');
      return `the key \`${key ?? ''}\` is written twice in the same mapping; keep one`;
    }
    case 'TAB_AS_INDENT':
      return 'YAML syntax error: a tab is used for indentation; indent with spaces';
    case 'MULTIPLE_DOCS':
      return 'YAML syntax error: the file holds more than one document (`---`); a home file is one document';
    default:
      if (/maximum call stack/i.test(error.message)) return TOO_DEEP;
      return `YAML syntax error: ${error.message}`;
  }
}

function readFailure(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'the home file does not exist; check the path';
  if (code === 'EISDIR') return 'this is a folder, not a home file; give the path of the YAML file';
  if (code === 'EACCES' || code === 'EPERM')
    return 'the home file cannot be read: permission denied';
  return `the home file cannot be read: ${redactUrlCredentials((error as Error).message)}`;
}
