/**
 * Who and what the app trusts, as pure decisions. Main wires them to Electron's
 * navigation, IPC, permission and web-request hooks; each is tested here without it.
 * The only trusted origin is app://casefile, plus the electron-vite dev server while
 * developing an unpackaged app.
 */
import { isAppUrl, parseUrl } from '../protocol/app-origin'

/** Extra trust granted only in development. */
export interface TrustOptions {
  /**
   * Origin of the electron-vite dev server (`http://localhost:5173`), or null. Must be
   * null in a packaged app; build it with `trustedDevServerOrigin`.
   */
  devServerOrigin: string | null
}

/** The only permission a page may have: keep IndexedDB from being evicted. */
export const ALLOWED_PERMISSIONS: ReadonlySet<string> = new Set(['persistent-storage'])

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]'])

/** What `trustedDevServerOrigin` weighs. */
export interface DevServerInputs {
  /** `ELECTRON_RENDERER_URL`, which `electron-vite dev` sets to its server's address. */
  rendererUrl: string | undefined
  /** `app.isPackaged`. */
  isPackaged: boolean
  /** `isExplicitDevMode(process.env)`: the app was started by `electron-vite dev`. */
  devMode: boolean
}

/**
 * True when the environment says, explicitly, that `electron-vite dev` started the app:
 * it sets `NODE_ENV_ELECTRON_VITE=development` in its own environment before it spawns
 * Electron (a build sets `production`, and a plain `electron .` sets nothing).
 */
export function isExplicitDevMode(env: Readonly<Record<string, string | undefined>>): boolean {
  return env['NODE_ENV_ELECTRON_VITE'] === 'development'
}

/**
 * The dev server's origin when it may be trusted: the app is not packaged, AND it was
 * started in dev mode (`devMode`), AND the renderer URL is http(s) on a loopback host
 * without credentials. Null otherwise, so neither a stray ELECTRON_RENDERER_URL nor one
 * planted for a built app run from source can point the window at another page.
 */
export function trustedDevServerOrigin(inputs: DevServerInputs): string | null {
  if (inputs.isPackaged || !inputs.devMode) return null
  const url = parseUrl(inputs.rendererUrl)
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) return null
  if (!LOOPBACK_HOSTS.has(url.hostname) || url.username !== '' || url.password !== '') return null
  return url.origin
}

/**
 * True when a frame may navigate to `url`: the app's own origin, or the dev server in
 * development. Everything else (remote pages, file:, javascript:, data:) is refused;
 * the app never opens links in itself.
 */
export function isAllowedNavigation(url: string, options: TrustOptions): boolean {
  return isTrustedPage(parseUrl(url), options)
}

/**
 * True when an IPC message from a frame at `frameUrl` may be answered: the frame shows
 * the app's own origin (or the dev server in development). A missing frame (null or
 * undefined, e.g. destroyed before the message arrived) is refused.
 */
export function isAllowedSender(
  frameUrl: string | null | undefined,
  options: TrustOptions,
): boolean {
  return isTrustedPage(parseUrl(frameUrl), options)
}

/** True only for permissions in ALLOWED_PERMISSIONS (`persistent-storage`). */
export function isAllowedPermission(permission: string): boolean {
  return ALLOWED_PERMISSIONS.has(permission)
}

/**
 * True when the session may make a request for `url`: the app's origin, DevTools'
 * own pages, `data:` and `blob:` URLs (made in-page, no network), and in development
 * the dev server over http(s) and its HMR websocket (ws/wss on the same host and port).
 * Every other request, above all any remote fetch, is cancelled: the app is offline.
 */
export function isAllowedRequest(url: string, options: TrustOptions): boolean {
  const parsed = parseUrl(url)
  if (!parsed) return false
  if (isAppUrl(parsed)) return true
  if (parsed.protocol === 'devtools:' || parsed.protocol === 'data:') return true
  if (parsed.protocol === 'blob:') return true
  const dev = parseUrl(options.devServerOrigin)
  if (!dev) return false
  if (parsed.origin === dev.origin) return true
  const socket = dev.protocol === 'https:' ? 'wss:' : 'ws:'
  return parsed.protocol === socket && parsed.host === dev.host
}

function isTrustedPage(url: URL | null, options: TrustOptions): boolean {
  if (!url) return false
  if (isAppUrl(url)) return true
  const dev = parseUrl(options.devServerOrigin)
  return dev !== null && url.origin === dev.origin && url.username === '' && url.password === ''
}
