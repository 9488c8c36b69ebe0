import { readFile, realpath } from 'node:fs/promises';
import { sep } from 'node:path';
import { contentTypeFor, resolveAppPath } from './appProtocol.ts';
import { CONTENT_SECURITY_POLICY } from './contentSecurityPolicy.ts';

// Answers one app:// request from the renderer bundle's folder, as a web Response (what
// Electron's protocol.handle wants, and what Node has too, so this is tested without
// Electron). Every answer carries the CSP and refuses sniffing; anything outside the
// bundle, or not a GET, is refused.

/** The headers every app:// response has. */
export function appResponseHeaders(contentType: string): Record<string, string> {
  return {
    'Content-Type': contentType,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-cache',
  };
}

function refuse(status: number, text: string): Response {
  return new Response(text, { status, headers: appResponseHeaders('text/plain; charset=utf-8') });
}

/** Serves `request` from `root` (the renderer bundle). */
export async function serveAppFile(
  request: { url: string; method: string },
  root: string,
): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return refuse(405, 'Not allowed');
  const file = resolveAppPath(request.url, root);
  if (!file) return refuse(404, 'Not found');
  try {
    // A symlink inside the bundle must not lead out of it.
    const [realRoot, realFile] = await Promise.all([realpath(root), realpath(file)]);
    if (!realFile.startsWith(realRoot + sep)) return refuse(404, 'Not found');
    const body = await readFile(realFile);
    return new Response(request.method === 'HEAD' ? null : body, {
      status: 200,
      headers: appResponseHeaders(contentTypeFor(realFile)),
    });
  } catch {
    return refuse(404, 'Not found');
  }
}
