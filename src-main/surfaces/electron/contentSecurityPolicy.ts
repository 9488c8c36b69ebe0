// The window's Content-Security-Policy, sent as a header with every app:// response (a
// header cannot be removed by the page, unlike a <meta> tag). Everything is denied unless
// listed: the page runs only the bundle's own scripts and styles, talks to main only
// through the preload bridge (so no network at all beyond its own origin), and may not be
// framed, post forms or change its base URL.

export interface ContentSecurityPolicyOptions {
  /**
   * Extra origins the page may fetch from (connect-src). Default: none; the window needs
   * none, since all traffic goes through IPC. Only for development tools.
   */
  connect?: readonly string[];
}

const DIRECTIVES: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['default-src', ["'none'"]],
  // AudioWorklet modules are governed by script-src: they must be files of the bundle too.
  ['script-src', ["'self'"]],
  ['style-src', ["'self'"]],
  ['img-src', ["'self'", 'data:']],
  ['font-src', ["'self'"]],
  ['connect-src', ["'self'"]],
  ['media-src', ["'self'"]],
  ['worker-src', ["'self'"]],
  ['manifest-src', ["'none'"]],
  ['object-src', ["'none'"]],
  ['frame-src', ["'none'"]],
  ['child-src', ["'none'"]],
  ['base-uri', ["'none'"]],
  ['form-action', ["'none'"]],
  ['frame-ancestors', ["'none'"]],
];

/** Builds the policy string; without options it is the app's fixed policy. */
export function buildContentSecurityPolicy(options: ContentSecurityPolicyOptions = {}): string {
  return DIRECTIVES.map(([name, sources]) => {
    const all =
      name === 'connect-src' && options.connect?.length
        ? [...sources, ...options.connect]
        : sources;
    return `${name} ${all.join(' ')}`;
  }).join('; ');
}

/** The policy every app:// page is served with. */
export const CONTENT_SECURITY_POLICY = buildContentSecurityPolicy();
