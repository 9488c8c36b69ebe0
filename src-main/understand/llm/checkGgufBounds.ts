import type { FileHandle } from 'node:fs/promises';

// A walk over a GGUF header that checks every count against the bytes left in the file
// before anything is read or allocated, so that a hostile 24-byte file claiming 2^63
// tensors or an array of 2^40 elements is refused at once instead of hanging or ending Node.
// Strings and arrays are skipped, not read: memory stays at one chunk whatever the header.

/** Smallest encoded size of each GGUF value type (8 = string: its u64 length). */
const MIN_BYTES: Record<number, number> = {
  0: 1,
  1: 1,
  2: 2,
  3: 2,
  4: 4,
  5: 4,
  6: 4,
  7: 1,
  8: 8,
  9: 12,
  10: 8,
  11: 8,
  12: 8,
};
const MAX_DIMS = 4; // GGML_MAX_DIMS
const MAX_ARRAY_DEPTH = 4;
const CHUNK = 1 << 16;

/** Why the header cannot be right (plain words), or undefined when its counts fit the file. */
export async function checkGgufBounds(
  handle: FileHandle,
  size: number,
): Promise<string | undefined> {
  const reader = new BoundedReader(handle, size);
  try {
    await reader.skip(4); // magic, checked by the caller
    const version = await reader.u32();
    if (version < 2 || version > 3) return `it is GGUF version ${version}; Hearth reads 2 and 3`;
    const tensors = await reader.u64();
    const keys = await reader.u64();
    // A key is at least 8 + 4 + 1 bytes, a tensor's entry at least 8 + 4 + 8 + 4 + 8.
    if (keys * 13n > BigInt(reader.left)) return `its header claims ${keys} keys`;
    if (tensors * 32n > BigInt(reader.left)) return `its header claims ${tensors} tensors`;
    for (let i = 0n; i < keys; i++) {
      await reader.skipString('a key');
      await reader.skipValue(await reader.u32(), 0);
    }
    for (let i = 0n; i < tensors; i++) {
      await reader.skipString('a tensor name');
      const dims = await reader.u32();
      if (dims < 1 || dims > MAX_DIMS) return `a tensor claims ${dims} dimensions`;
      await reader.skip(dims * 8 + 4 + 8);
    }
    return undefined;
  } catch (error) {
    if (error instanceof HeaderBoundsError) return error.message;
    throw error;
  }
}

class HeaderBoundsError extends Error {}

class BoundedReader {
  private readonly handle: FileHandle;
  private readonly size: number;
  private readonly buffer = Buffer.alloc(CHUNK);
  private start = 0; // file offset of buffer[0]
  private filled = 0;
  private pos = 0; // file offset

  constructor(handle: FileHandle, size: number) {
    this.handle = handle;
    this.size = size;
  }

  get left(): number {
    return this.size - this.pos;
  }

  async skip(bytes: number | bigint, what = 'the header'): Promise<void> {
    if (BigInt(bytes) > BigInt(this.left)) {
      throw new HeaderBoundsError(`${what} runs past the end of the file`);
    }
    this.pos += Number(bytes);
  }

  async skipString(what: string): Promise<void> {
    await this.skip(await this.u64(), what);
  }

  async skipValue(type: number, depth: number): Promise<void> {
    const min = MIN_BYTES[type];
    if (min === undefined) throw new HeaderBoundsError(`a value has the unknown type ${type}`);
    if (type === 8) return this.skipString('a string value');
    if (type !== 9) return this.skip(min);
    if (depth >= MAX_ARRAY_DEPTH) throw new HeaderBoundsError('arrays are nested too deeply');
    const itemType = await this.u32();
    const count = await this.u64();
    const itemMin = MIN_BYTES[itemType];
    if (itemMin === undefined)
      throw new HeaderBoundsError(`an array has the unknown type ${itemType}`);
    if (count * BigInt(itemMin) > BigInt(this.left)) {
      throw new HeaderBoundsError(`an array claims ${count} elements`);
    }
    if (itemType !== 8 && itemType !== 9) return this.skip(count * BigInt(itemMin));
    for (let i = 0n; i < count; i++) await this.skipValue(itemType, depth + 1);
  }

  async u32(): Promise<number> {
    const at = await this.at(4);
    return this.buffer.readUInt32LE(at);
  }

  async u64(): Promise<bigint> {
    const at = await this.at(8);
    return this.buffer.readBigUInt64LE(at);
  }

  /** The buffer index of `bytes` bytes at pos (read in when needed); advances pos. */
  private async at(bytes: number): Promise<number> {
    if (bytes > this.left) throw new HeaderBoundsError('the header runs past the end of the file');
    if (this.pos < this.start || this.pos + bytes > this.start + this.filled) {
      this.start = this.pos;
      const { bytesRead } = await this.handle.read(this.buffer, 0, CHUNK, this.pos);
      this.filled = bytesRead;
      if (bytesRead < bytes) throw new HeaderBoundsError('the file could not be read to its end');
    }
    const index = this.pos - this.start;
    this.pos += bytes;
    return index;
  }
}
