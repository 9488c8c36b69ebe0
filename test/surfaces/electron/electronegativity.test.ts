import assert from 'node:assert/strict';
import dns from 'node:dns';
import { createRequire } from 'node:module';
import net from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';

// Electron's security scanner (@doyensec/electronegativity) over the desktop app's main
// process code, gated on its findings: none of high severity. It must not reach out: its
// translation fetch is replaced by its own bundled English (a stand-in for its i18n
// module), its release-list check is excluded, and every connection attempt during the
// scan is recorded and refused, so the test proves none was made.

const require = createRequire(import.meta.url);
const ELECTRON_SRC = fileURLToPath(new URL('../../../src-main/surfaces/electron', import.meta.url));

interface Finding {
  id: string;
  file: string;
  location: { line: number; column: number };
  severity: { name?: string; value: number; format?: () => string };
  confidence: { value: number };
  description: string;
  manualReview?: boolean;
}
interface ScanResult {
  globalChecks: number;
  atomicChecks: number;
  errors: { file: string; message: string; tolerable: boolean }[];
  issues: Finding[];
}
type Run = (options: Record<string, unknown>) => Promise<ScanResult>;

/** The scanner with its locale loaded from its own files instead of the network. */
function offlineScanner(): Run {
  const runnerPath = require.resolve('@doyensec/electronegativity/dist/runner.js');
  const localesDir = join(dirname(runnerPath), 'locales');
  const i18nPath = join(localesDir, 'i18n.js');
  const i18n = require(require.resolve('i18n', { paths: [dirname(runnerPath)] })) as {
    configure(options: object): void;
    setLocale(locale: string): void;
  };
  const offlineI18n = async () => {
    i18n.configure({
      locales: ['en-US'],
      defaultLocale: 'en-US',
      directory: localesDir,
      updateFiles: false,
      objectNotation: true,
      register: globalThis,
    });
    i18n.setLocale('en-US');
  };
  require.cache[i18nPath] = {
    id: i18nPath,
    filename: i18nPath,
    loaded: true,
    exports: offlineI18n,
  } as unknown as NodeJS.Module;
  return require(runnerPath) as Run;
}

/** Runs `work` with every outgoing connection and DNS lookup refused and recorded. */
async function withoutNetwork<T>(
  work: () => Promise<T>,
): Promise<{ value: T; attempts: string[] }> {
  const attempts: string[] = [];
  const connect = net.Socket.prototype.connect;
  const lookup = dns.lookup;
  net.Socket.prototype.connect = function (this: net.Socket, ...args: unknown[]) {
    attempts.push(`connect ${JSON.stringify(args[0])}`);
    this.destroy(new Error('no network in this test'));
    return this;
  } as typeof connect;
  dns.lookup = ((hostname: string, ...rest: unknown[]) => {
    attempts.push(`lookup ${hostname}`);
    const callback = rest.at(-1) as (error: Error) => void;
    process.nextTick(() => callback(new Error('no network in this test')));
  }) as typeof dns.lookup;
  try {
    return { value: await work(), attempts };
  } finally {
    net.Socket.prototype.connect = connect;
    dns.lookup = lookup;
  }
}

describe('electronegativity scan of src-main/surfaces/electron', { timeout: 120_000 }, () => {
  it('finds nothing of high severity, and opens no connection', async () => {
    const run = offlineScanner();
    const { value: result, attempts } = await withoutNetwork(() =>
      run({
        input: ELECTRON_SRC,
        electronVersionOverride: '45.3.4',
        excludeFromScan: ['AvailableSecurityFixesGlobalCheck'],
        isRelative: true,
      }),
    );
    assert.deepEqual(attempts, [], 'the scan tried to reach the network');
    assert.ok(result.atomicChecks > 20, 'the atomic checks ran');
    assert.ok(result.globalChecks > 3, 'the global checks ran');
    assert.deepEqual(
      result.errors.filter((e) => !e.tolerable),
      [],
      'every file parsed',
    );
    const describe = (issue: Finding) =>
      `${issue.id} ${issue.file}:${issue.location.line} ${issue.description}`;
    // electronegativity's severity values: HIGH 3, MEDIUM 2, LOW 1, INFORMATIONAL 0.
    const high = result.issues.filter((issue) => issue.severity.value >= 3).map(describe);
    assert.deepEqual(high, []);
    // Medium findings are allowed only where the scanner cannot see the fix:
    // CSP_GLOBAL_CHECK looks for the policy in session.webRequest code or HTML; Hearth sends
    // it as a header with every app:// response (serveAppFile.ts, tested in
    // appProtocol.test.ts), which it does not recognise.
    const EXPLAINED = new Set(['CSP_GLOBAL_CHECK']);
    const medium = result.issues
      .filter((issue) => issue.severity.value === 2 && !EXPLAINED.has(issue.id))
      .map(describe);
    assert.deepEqual(medium, []);
  });
});
