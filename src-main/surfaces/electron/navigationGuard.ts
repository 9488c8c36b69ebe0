import { isAppUrl } from './appProtocol.ts';

// The window shows Hearth's own pages and nothing else: a link, a redirect or a script
// that tries to take it elsewhere is stopped, and no page may open a window. Links to the
// web are not opened in a browser either: the interface has none, and an injected one
// should get nowhere.

/** May the window navigate to this URL (will-navigate, will-redirect, will-frame-navigate)? */
export function isNavigationAllowed(url: unknown): boolean {
  return isAppUrl(url);
}

/** The answer to every window.open / target=_blank: always deny. */
export function denyWindowOpen(): { action: 'deny' } {
  return { action: 'deny' };
}

/** May a <webview> be attached? Never: the window has no use for one. */
export function isWebviewAllowed(): boolean {
  return false;
}
