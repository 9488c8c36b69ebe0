import type { WebContents } from 'electron';
import { denyWindowOpen, isNavigationAllowed } from './navigationGuard.ts';

// The thin code that applies navigationGuard's decisions to a web contents: main.ts puts
// it on every one that is created (web-contents-created), the window's included.

/** Stops every navigation away from app:// and every new window or webview. */
export function guardWebContents(contents: WebContents, onBlocked?: (what: string) => void) {
  const block = (what: string) => onBlocked?.(what);
  contents.setWindowOpenHandler((details) => {
    block(`a new window for ${details.url}`);
    return denyWindowOpen();
  });
  contents.on('will-navigate', (event) => {
    if (isNavigationAllowed(event.url)) return;
    event.preventDefault();
    block(`navigation to ${event.url}`);
  });
  contents.on('will-frame-navigate', (event) => {
    if (isNavigationAllowed(event.url)) return;
    event.preventDefault();
    block(`frame navigation to ${event.url}`);
  });
  contents.on('will-redirect', (event) => {
    if (isNavigationAllowed(event.url)) return;
    event.preventDefault();
    block(`a redirect to ${event.url}`);
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    block('a webview');
  });
}
