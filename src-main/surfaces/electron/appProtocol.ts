import { extname, isAbsolute, relative, resolve, sep } from 'node:path';

// The window's pages come from app://hearth/..., never file://: a custom standard scheme
// gives the page a real origin of its own (file:// pages share one with every local
// file), so the CSP's 'self', the permission handler and the IPC sender check can all ask
// "is this our page?" by origin. These are the pure parts of serving it.

export const APP_SCHEME = 'app';
export const APP_HOST = 'hearth';
/** The origin Chromium gives pages of the registered standard scheme. */
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
/** The page the window opens. */
export const APP_INDEX_URL = `${APP_ORIGIN}/index.html`;

/** Whether a URL belongs to the app's own origin (any path). Malformed input is not. */
export function isAppUrl(url: unknown): boolean {
  if (typeof url !== 'string' || url.length > 8192) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  // Node's URL reports origin "null" for non-special schemes, so compare the parts.
  return (
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.host === APP_HOST &&
    parsed.username === '' &&
    parsed.password === ''
  );
}

/** Whether an origin string (as Chromium reports it for a frame) is the app's own. */
export function isAppOrigin(origin: unknown): boolean {
  return origin === APP_ORIGIN;
}

/**
 * The file under `root` that an app:// request asks for, or undefined when the request is
 * not ours or would leave `root` (`..`, encoded slashes, absolute paths, NUL bytes). `/`
 * serves index.html.
 */
export function resolveAppPath(url: string, root: string): string | undefined {
  if (!isAppUrl(url)) return undefined;
  const { pathname } = new URL(url);
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  // An encoded separator or NUL has no business in a bundle path; refuse rather than guess.
  if (decoded.includes('\0') || decoded.includes('\\') || /%2f|%5c/i.test(pathname)) {
    return undefined;
  }
  const wanted = decoded === '/' || decoded === '' ? '/index.html' : decoded;
  const base = resolve(root);
  const file = resolve(base, `.${wanted}`);
  const inside = relative(base, file);
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) return undefined;
  if (inside.split(sep).some((part) => part === '..')) return undefined;
  return file;
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

/** The Content-Type of a bundle file; unknown kinds are served as opaque bytes. */
export function contentTypeFor(file: string): string {
  return CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
}
