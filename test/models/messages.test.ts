import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { describe, it } from 'node:test';
import { describeNetworkError } from '../../src-main/models/describeNetworkError.ts';
import { formatBytes } from '../../src-main/models/formatBytes.ts';
import { ProgressLine } from '../../src-main/models/ProgressLine.ts';

// What the user reads: network failures in one sentence, sizes, and the progress line.

const errno = (code: string) => Object.assign(new Error(code), { code });

describe('describeNetworkError', () => {
  it('says a failed name lookup means this computer seems offline', () => {
    for (const code of ['ENOTFOUND', 'EAI_AGAIN', 'ENETUNREACH']) {
      assert.deepEqual(describeNetworkError(errno(code), 'huggingface.co', false), {
        reason: 'offline',
        message:
          'cannot reach huggingface.co: this computer seems to be offline; try again when connected',
      });
    }
  });

  it('finds the code in a wrapped cause (as fetch reports it)', () => {
    const wrapped = new TypeError('fetch failed', { cause: errno('ENOTFOUND') });
    assert.equal(describeNetworkError(wrapped, 'huggingface.co', false).reason, 'offline');
  });

  it('tells a refused connection, a timeout and a cut download apart', () => {
    assert.equal(describeNetworkError(errno('ECONNREFUSED'), 'h', false).reason, 'unreachable');
    assert.equal(describeNetworkError(errno('ETIMEDOUT'), 'h', true).reason, 'timeout');
    const cut = describeNetworkError(errno('ECONNRESET'), 'cdn.example', true);
    assert.equal(cut.reason, 'interrupted');
    assert.match(cut.message, /run the same command again to resume/);
  });
});

describe('formatBytes', () => {
  it('uses decimal units with about three significant digits', () => {
    assert.equal(formatBytes(512), '512 B');
    assert.equal(formatBytes(77_704_715), '77.7 MB');
    assert.equal(formatBytes(2_019_377_696), '2.02 GB');
    assert.equal(formatBytes(147_964_211), '148 MB');
  });
});

describe('ProgressLine', () => {
  const capture = (isTTY: boolean) => {
    const stream = Object.assign(new PassThrough(), { isTTY, columns: 120 });
    let text = '';
    stream.on('data', (chunk: Buffer) => (text += chunk.toString()));
    return { stream, text: () => text };
  };
  const feed = (line: ProgressLine) => {
    for (let received = 0; received <= 1000; received += 50) {
      line.update({ name: 'tiny.en', received, total: 1000, resumedFrom: 0 });
    }
    line.end();
  };

  it('prints a plain line per tenth when the output is not a terminal', () => {
    const out = capture(false);
    feed(new ProgressLine({ stream: out.stream }));
    const lines = out.text().trim().split('\n');
    assert.equal(lines.length, 11);
    assert.equal(lines[0], 'tiny.en: 0% (0 B of 1.00 kB)');
    assert.equal(lines.at(-1), 'tiny.en: 100% (1.00 kB of 1.00 kB)');
    assert.ok(!out.text().includes('\r'));
  });

  it('redraws one line with a bar on a terminal and ends it with a newline', () => {
    const out = capture(true);
    feed(new ProgressLine({ stream: out.stream, intervalMs: 0 }));
    const text = out.text();
    assert.ok(text.startsWith('\r\x1b[2Ktiny.en ['));
    assert.match(text, /\[={24}\] 100%/);
    assert.ok(text.endsWith('\n'));
    assert.equal(text.split('\n').length, 2, 'one line, redrawn in place');
  });
});
