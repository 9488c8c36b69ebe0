// A home file must be UTF-8 (with or without a byte-order mark). Anything else is named, so
// the user re-saves it, instead of being read as replacement characters or raw bytes.

export type DecodedHomeText = { ok: true; text: string } | { ok: false; message: string };

const RESAVE = 'save it again as UTF-8 (most editors offer this under "Save as" or "Encoding")';

export function decodeHomeText(bytes: Uint8Array): DecodedHomeText {
  const utf16 = utf16Kind(bytes);
  if (utf16) {
    return { ok: false, message: `the home file is written in ${utf16}, not UTF-8: ${RESAVE}` };
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { ok: true, text };
  } catch {
    return {
      ok: false,
      message: `the home file is not UTF-8 (it looks like Latin-1 or Windows-1252, with accented letters stored as single bytes): ${RESAVE}`,
    };
  }
}

/** "UTF-16 (little-endian)" etc. from a byte-order mark or the NUL bytes of ASCII text. */
function utf16Kind(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'UTF-16 (little-endian)';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'UTF-16 (big-endian)';
  const sample = bytes.subarray(0, 512);
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] === 0) {
      if (i % 2 === 0) evenNul++;
      else oddNul++;
    }
  }
  const half = sample.length / 2;
  if (oddNul > half * 0.3 && evenNul === 0) return 'UTF-16 (little-endian)';
  if (evenNul > half * 0.3 && oddNul === 0) return 'UTF-16 (big-endian)';
  return undefined;
}
