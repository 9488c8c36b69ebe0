// Headers on every hub response. The page runs only the bundle's own files (no inline
// script or style), talks only to its own origin, and cannot be framed; no CORS header is
// ever sent, so other sites cannot read anything from the hub.

const CSP = [
  "default-src 'none'",
  // AudioWorklet modules count as scripts: the worklet is a file of the bundle too.
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  // 'self' covers the page's own ws:// origin.
  "connect-src 'self'",
  "media-src 'self'",
  "worker-src 'self'",
  "manifest-src 'none'",
  "object-src 'none'",
  "frame-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export const HUB_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CSP,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Permissions-Policy': 'microphone=(self), camera=(), geolocation=(), usb=(), serial=()',
  'Cache-Control': 'no-store',
};
