import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { checkModelFile } from '../../../src-main/understand/llm/checkModelFile.ts';
import { LlmModelError } from '../../../src-main/understand/llm/LlmModelError.ts';
import { tinyGguf } from '../../fixtures/tinyGguf.ts';

// Hostile GGUF headers: every count is checked against the file's size before anything is
// read or allocated, so each is refused at once, in one line naming the file.

const dir = mkdtempSync(join(tmpdir(), 'hearth-gguf-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function header(tensors: bigint, keys: bigint, rest: Buffer = Buffer.alloc(0)): Buffer {
  const head = Buffer.alloc(24);
  head.write('GGUF', 0, 'latin1');
  head.writeUInt32LE(3, 4);
  head.writeBigUInt64LE(tensors, 8);
  head.writeBigUInt64LE(keys, 16);
  return Buffer.concat([head, rest]);
}

function key(name: string, value: Buffer): Buffer {
  const length = Buffer.alloc(8);
  length.writeBigUInt64LE(BigInt(name.length));
  return Buffer.concat([length, Buffer.from(name), value]);
}

function arrayValue(itemType: number, count: bigint): Buffer {
  const value = Buffer.alloc(16);
  value.writeUInt32LE(9, 0);
  value.writeUInt32LE(itemType, 4);
  value.writeBigUInt64LE(count, 8);
  return value;
}

const hostile: Record<string, Buffer> = {
  '2^63 tensors': header(2n ** 63n, 0n),
  '2^63 keys': header(0n, 2n ** 63n),
  'an array of 2^40 u8': header(0n, 1n, key('a', arrayValue(0, 2n ** 40n))),
  'an array of 2^40 strings': header(0n, 1n, key('a', arrayValue(8, 2n ** 40n))),
  'a 2^62-byte key': (() => {
    const length = Buffer.alloc(8);
    length.writeBigUInt64LE(2n ** 62n);
    return header(0n, 1n, length);
  })(),
  'an unknown value type': header(0n, 1n, key('a', Buffer.from([77, 0, 0, 0]))),
  'arrays of arrays of arrays': header(
    0n,
    1n,
    key(
      'a',
      Buffer.concat([
        arrayValue(9, 1n),
        ...Array.from({ length: 6 }, () => arrayValue(9, 1n).subarray(4)),
      ]),
    ),
  ),
};

describe('checkModelFile on hostile headers', () => {
  for (const [name, bytes] of Object.entries(hostile)) {
    it(`refuses ${name} at once, in one line naming the file`, async () => {
      const file = join(dir, `${name.replace(/\W+/g, '_')}.gguf`);
      writeFileSync(file, bytes);
      const heapBefore = process.memoryUsage().rss;
      const started = performance.now();
      const error = await checkModelFile(file).then(
        () => undefined,
        (e: unknown) => e,
      );
      const ms = performance.now() - started;
      assert.ok(error instanceof LlmModelError, String(error));
      assert.ok(error.message.includes(file), error.message);
      assert.ok(!error.message.includes('\n'), error.message);
      assert.match(error.message, /damaged/);
      // Generous bounds (no timing assertion proper): a hang or a gigabyte would fail.
      assert.ok(ms < 5000, `${ms} ms`);
      assert.ok(process.memoryUsage().rss - heapBefore < 200e6);
    });
  }

  it('still accepts a real (tiny) model', async () => {
    await checkModelFile(await tinyGguf());
  });
});
