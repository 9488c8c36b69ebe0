// Home-file and connection messages quote what they found, which must never include a
// password, token or key: values under secret keys and the user:password of a URL are
// replaced before any message leaves Hearth, whatever type the YAML gave the value.

/** Keys whose values are secrets (Hue's `username` is its application key). */
const SECRET_KEY =
  /(pass(word|phrase)?|passwd|token|secret|credential|auth|api_?key|(^|_)key$|^key|username)/i;

const HIDDEN = '•••';

export function isSecretKey(key: PropertyKey | undefined): boolean {
  return typeof key === 'string' && SECRET_KEY.test(key);
}

/** `mqtt://user:pass@host` -> `mqtt://•••@host`, anywhere in `text`. */
export function redactUrlCredentials(text: string): string {
  return text.replace(/([a-z][a-z0-9+.-]*:\/\/)[^\s/@`'"]+@/gi, `$1${HIDDEN}@`);
}

/** The scalar values (as text) found under secret keys anywhere in `data`. */
export function secretValues(data: unknown): string[] {
  const found = new Set<string>();
  const seen = new Set<object>();
  const walk = (value: unknown, key: PropertyKey | undefined, depth: number): void => {
    if (value === null || value === undefined || depth > 64) return;
    if (typeof value === 'object') {
      if (seen.has(value)) return;
      seen.add(value);
      for (const [k, v] of Object.entries(value))
        walk(v, Array.isArray(value) ? key : k, depth + 1);
      return;
    }
    const text = String(value);
    if (isSecretKey(key) && text.length > 0) found.add(text);
  };
  walk(data, undefined, 0);
  // Longest first, so a secret that contains another is hidden whole.
  return [...found].sort((a, b) => b.length - a.length);
}

/** `message` with every value of `secrets` and every URL's credentials hidden. */
export function redactSecrets(message: string, secrets: readonly string[]): string {
  let text = redactUrlCredentials(message);
  for (const secret of secrets) {
    // A very short secret (`1`, `on`) is hidden only where it stands alone.
    const escaped = secret.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const pattern = secret.length >= 4 ? escaped : `(?<![\\w])${escaped}(?![\\w])`;
    text = text.replace(new RegExp(pattern, 'g'), HIDDEN);
  }
  return text;
}
