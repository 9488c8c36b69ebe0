import { isAppOrigin, isAppUrl } from './appProtocol.ts';

// Which web permissions the window gets: the microphone (audio only) for the app's own top
// page, nothing else for anyone. Chromium asks twice (a synchronous check, then a request),
// so both handlers call these pure decisions.

/** What Electron tells a permission request handler, reduced to what the decision needs. */
export interface PermissionRequestFacts {
  permission: string;
  /** details.requestingUrl */
  requestingUrl?: string;
  /** details.securityOrigin (media requests) */
  securityOrigin?: string;
  isMainFrame?: boolean;
  /** details.mediaTypes (media requests): 'audio' is the microphone, 'video' the camera. */
  mediaTypes?: readonly string[];
}

/** What Electron tells a permission check handler. */
export interface PermissionCheckFacts {
  permission: string;
  /** The handler's requestingOrigin argument. */
  requestingOrigin?: string;
  /** details.securityOrigin */
  securityOrigin?: string;
  /** details.requestingUrl */
  requestingUrl?: string;
  isMainFrame?: boolean;
  /** details.embeddingOrigin: set only for cross-origin sub frames. */
  embeddingOrigin?: string;
  /** details.mediaType */
  mediaType?: string;
}

/** Grant a permission request? Only 'media', audio only, from the app's own main frame. */
export function decidePermissionRequest(facts: PermissionRequestFacts): boolean {
  if (facts.permission !== 'media') return false;
  if (facts.isMainFrame !== true) return false;
  if (!isAppUrl(facts.requestingUrl)) return false;
  // A media request without a security origin is not one we can attribute: deny it.
  if (!isAppOrigin(facts.securityOrigin)) return false;
  const types = facts.mediaTypes ?? [];
  // An empty list would mean "unspecified": grant nothing we cannot name.
  return types.length > 0 && types.every((type) => type === 'audio');
}

/** Answer a permission check? The same rule: microphone, our origin, our top frame. */
export function decidePermissionCheck(facts: PermissionCheckFacts): boolean {
  if (facts.permission !== 'media') return false;
  if (facts.isMainFrame !== true || facts.embeddingOrigin !== undefined) return false;
  if (!isAppOrigin(facts.requestingOrigin)) return false;
  if (facts.securityOrigin !== undefined && !isAppOrigin(facts.securityOrigin)) return false;
  if (facts.requestingUrl !== undefined && !isAppUrl(facts.requestingUrl)) return false;
  return facts.mediaType === 'audio';
}
