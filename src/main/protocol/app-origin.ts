/**
 * The app's own origin. Every byte of the renderer is served from it, and IndexedDB,
 * where analysts keep all their work, is keyed by it.
 *
 * NEVER CHANGE THESE VALUES. A different scheme, host or port is a different origin to
 * Chromium: the app would start with an empty database and every analyst's highlights,
 * claims, timelines and briefs would be orphaned in the old origin's storage.
 * See docs/adr/0001-app-protocol-and-security.md.
 */

/** The custom scheme registered as privileged (standard + secure) before app ready. */
export const APP_SCHEME = 'app'

/** The one host the scheme serves. Lower case: Chromium lower-cases standard-scheme hosts. */
export const APP_HOST = 'casefile'

/** `app://casefile`: the renderer's origin, fixed forever. */
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`

/** The page the main window loads in a built app. */
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`

/**
 * True when `url` is on the app's origin: scheme `app:`, host exactly `casefile`, no
 * port and no credentials. Anything else, including `app://casefile:80/` and
 * `app://someone@casefile/`, is not ours.
 */
export function isAppUrl(url: URL): boolean {
  return (
    url.protocol === `${APP_SCHEME}:` &&
    url.host === APP_HOST &&
    url.username === '' &&
    url.password === ''
  )
}

/** Parses `value` as a URL; null when it is not one (never throws). */
export function parseUrl(value: string | null | undefined): URL | null {
  if (typeof value !== 'string' || value === '') return null
  try {
    return new URL(value)
  } catch {
    return null
  }
}
