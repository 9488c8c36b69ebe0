// TP-Link's legacy local protocol: each message is a 4-byte big-endian length, then the JSON
// text "encrypted" with an XOR autokey starting at 171 (each key is the previous cipher byte).

const FIRST_KEY = 171;

export function kasaEncrypt(plain: Buffer): Buffer {
  const out = Buffer.allocUnsafe(plain.length);
  let key = FIRST_KEY;
  for (let i = 0; i < plain.length; i++) {
    key = key ^ plain[i]!;
    out[i] = key;
  }
  return out;
}

export function kasaDecrypt(cipher: Buffer): Buffer {
  const out = Buffer.allocUnsafe(cipher.length);
  let key = FIRST_KEY;
  for (let i = 0; i < cipher.length; i++) {
    out[i] = key ^ cipher[i]!;
    key = cipher[i]!;
  }
  return out;
}

/** One whole message, ready to write to the socket. */
export function encodeKasaFrame(json: string): Buffer {
  const body = kasaEncrypt(Buffer.from(json, 'utf8'));
  const header = Buffer.allocUnsafe(4);
  header.writeUInt32BE(body.length, 0);
  return Buffer.concat([header, body]);
}

/**
 * Collects bytes until one whole message has arrived; `push` returns its JSON text then,
 * undefined while more is needed.
 */
export class KasaFrameReader {
  private buffered = Buffer.alloc(0);
  constructor(private readonly maxBytes = 1024 * 1024) {}

  push(chunk: Buffer): string | undefined {
    this.buffered = Buffer.concat([this.buffered, chunk]);
    if (this.buffered.length < 4) return undefined;
    const length = this.buffered.readUInt32BE(0);
    if (length > this.maxBytes) throw new RangeError(`frame of ${length} bytes is too large`);
    if (this.buffered.length < 4 + length) return undefined;
    return kasaDecrypt(this.buffered.subarray(4, 4 + length)).toString('utf8');
  }

  /** Bytes received so far, for "closed mid-frame" messages. */
  get received(): number {
    return this.buffered.length;
  }
}
