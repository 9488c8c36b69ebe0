import assert from 'node:assert/strict';
import { closeSync, mkdtempSync, openSync, rmSync, ftruncateSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { runCli } from '../support/runCli.ts';

// Recordings too long to use are refused from their header, before a sample is decoded: a
// 6-hour WAV, one that declares 1 kHz and 47 MB, a 4 GB sparse file.

const dir = mkdtempSync(join(tmpdir(), 'hearth-long-wav-'));
after(() => rmSync(dir, { recursive: true, force: true }));

/** A sparse WAV file: a 44-byte header declaring `dataBytes`, then a hole of that size. */
function sparseWav(name: string, rate: number, dataBytes: number): string {
  const header = Buffer.alloc(44);
  header.write('RIFF', 0, 'latin1');
  header.writeUInt32LE(Math.min(0xffffffff, 36 + dataBytes), 4);
  header.write('WAVEfmt ', 8, 'latin1');
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20); // PCM
  header.writeUInt16LE(1, 22); // mono
  header.writeUInt32LE(rate, 24);
  header.writeUInt32LE(rate * 2, 28);
  header.writeUInt16LE(2, 32);
  header.writeUInt16LE(16, 34);
  header.write('data', 36, 'latin1');
  header.writeUInt32LE(Math.min(0xffffffff, dataBytes), 40);
  const file = join(dir, name);
  const fd = openSync(file, 'w');
  writeSync(fd, header);
  ftruncateSync(fd, 44 + dataBytes);
  closeSync(fd);
  return file;
}

const cases = {
  'a 6-hour WAV': () => sparseWav('six-hours.wav', 16_000, 6 * 3600 * 16_000 * 2),
  'a WAV that declares 1 kHz and 47 MB': () => sparseWav('slow.wav', 1000, 47_000_000),
  'a 4 GB sparse file': () => sparseWav('huge.wav', 16_000, 0xffffffff - 44),
};

describe('long recordings', () => {
  for (const [name, make] of Object.entries(cases)) {
    for (const command of ['transcribe', 'listen']) {
      it(`${command} refuses ${name} from its header`, async () => {
        const file = make();
        const rss = process.memoryUsage().rss;
        const started = performance.now();
        const args =
          command === 'listen' ? ['listen', '--no-llm', '--wav', file] : ['transcribe', file];
        const run = await runCli(args);
        const ms = performance.now() - started;
        assert.equal(run.code, 2, run.err);
        assert.match(run.err, /long; at most .* can be used at once/);
        assert.ok(run.err.includes(file), run.err);
        assert.ok(!/this is a bug/i.test(run.err), run.err);
        assert.ok(process.memoryUsage().rss - rss < 100e6, 'memory stayed bounded');
        // A hang guard, not a speed target: the refusal is measured in milliseconds.
        assert.ok(ms < 10_000, `${ms} ms`);
      });
    }
  }
});
