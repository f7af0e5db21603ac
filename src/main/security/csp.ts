/**
 * The Content Security Policy of the renderer. Main sends it as a header on every
 * app:// response; src/renderer/index.html carries the same policy in a meta tag (less
 * what a meta tag cannot carry) so the web host, static files without headers, is held
 * to it too. A test keeps the two equal.
 */

/**
 * Only the app's own origin, no remote origins, no inline or eval'd script, no plugins,
 * no `<base>`, no form posts, never framed. `data:`/`blob:` images only, for images the
 * app itself generates. Trusted Types are required for every script sink (innerHTML, a
 * script's src, `new Worker`...), and only two policies may exist, once each: `casefile`
 * (src/renderer/src/security/trusted-types.ts, which vouches only for the bundle's own
 * worker scripts) and `dompurify` (DOMPurify's own, for the markup it sanitises). No
 * `default` policy. Loosen nothing here without an ADR.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "require-trusted-types-for 'script'",
  'trusted-types casefile dompurify',
].join('; ')

/** Directives browsers ignore, with a console error, when a policy comes in a meta tag. */
export const HEADER_ONLY_DIRECTIVES: ReadonlySet<string> = new Set([
  'frame-ancestors',
  'report-uri',
  'report-to',
  'sandbox',
])

/**
 * `policy` without its header-only directives: what a `<meta http-equiv>` can carry.
 * Directive order and spelling are kept; empty parts are dropped.
 */
export function metaTagPolicy(policy: string): string {
  return policy
    .split(';')
    .map((part) => part.trim())
    .filter((part) => part !== '' && !HEADER_ONLY_DIRECTIVES.has(part.split(/\s+/)[0] ?? ''))
    .join('; ')
}

/** The policy src/renderer/index.html must carry in its meta tag, exactly. */
export const META_CONTENT_SECURITY_POLICY = metaTagPolicy(CONTENT_SECURITY_POLICY)
