import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { isIP } from 'node:net';
import type { IncomingMessage } from 'node:http';

// Who may use the hub. On loopback only this computer can connect, but any web page it
// opens could try, so requests must name our own host (against DNS rebinding) and
// WebSockets must come from our own page (against cross-site WebSocket hijacking). Off
// loopback, every request must also carry the pairing token printed at start-up.

export const PAIRING_COOKIE = 'hearth_pairing';

/** True for addresses only this computer can reach: 127.0.0.0/8, ::1, localhost. */
export function isLoopbackHost(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, '').toLowerCase();
  if (bare === 'localhost' || bare === '::1') return true;
  if (isIP(bare) === 4) return bare.startsWith('127.');
  return bare.startsWith('::ffff:127.');
}

/** A fresh pairing token: 128 random bits, URL-safe. */
export function createPairingToken(): string {
  return randomBytes(16).toString('base64url');
}

/** Compares in constant time, so response times tell nothing about the token. */
export function tokenMatches(expected: string, given: string | undefined | null): boolean {
  if (typeof given !== 'string' || given.length === 0 || given.length > 200) return false;
  const hash = (text: string) => createHash('sha256').update(text).digest();
  return timingSafeEqual(hash(expected), hash(given));
}

/**
 * A request's target as a URL, or undefined when it is not one (`//[`): the caller answers
 * 400 instead of letting `new URL` throw out of the request handler.
 */
export function requestUrl(request: IncomingMessage): URL | undefined {
  const target = request.url ?? '/';
  if (!target.startsWith('/')) return undefined;
  try {
    // Parse the path alone: a target like `//host/x` must not be read as another host.
    return new URL(`http://hub.invalid${target}`);
  } catch {
    return undefined;
  }
}

/** `decodeURIComponent` that answers undefined for a malformed escape (`%`). */
function decodeOrUndefined(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}

/** The pairing token a request carries: `?token=` in its URL, or the pairing cookie. */
export function requestToken(request: IncomingMessage): {
  fromQuery?: string;
  fromCookie?: string;
} {
  const fromQuery = requestUrl(request)?.searchParams.get('token') ?? undefined;
  const cookies = (request.headers.cookie ?? '').split(';').map((c) => c.trim());
  const cookie = cookies.find((c) => c.startsWith(`${PAIRING_COOKIE}=`));
  const fromCookie = cookie
    ? decodeOrUndefined(cookie.slice(PAIRING_COOKIE.length + 1))
    : undefined;
  return { ...(fromQuery ? { fromQuery } : {}), ...(fromCookie ? { fromCookie } : {}) };
}

/**
 * The Host header values a loopback hub answers to (anything else may be DNS rebinding):
 * 127.0.0.1, localhost, [::1] and the address it was bound to (127.0.0.2, say), with the
 * port, and without it when the port is 80 (browsers leave the default port out).
 */
export function loopbackHostHeaders(port: number, boundHost = '127.0.0.1'): Set<string> {
  const bare = boundHost.replace(/^\[|\]$/g, '').toLowerCase();
  const names = ['127.0.0.1', 'localhost', '[::1]', bare.includes(':') ? `[${bare}]` : bare];
  const hosts = new Set<string>();
  for (const name of names) {
    hosts.add(`${name}:${port}`);
    if (port === 80) hosts.add(name);
  }
  return hosts;
}

/** True when a WebSocket's Origin is the hub's own page (or absent: not a browser). */
export function originAllowed(request: IncomingMessage): boolean {
  const origin = request.headers.origin;
  if (origin === undefined) return true;
  return origin === `http://${request.headers.host ?? ''}`;
}
