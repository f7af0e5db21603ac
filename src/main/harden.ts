/**
 * Wires the pure decisions of security/policy.ts to a session and to every web
 * contents. Only Electron types are imported, so this runs under the real runtime only
 * through src/main/index.ts.
 */
import type { Session, WebContents } from 'electron'
import { decideWindowOpen } from './security/external-links'
import {
  isAllowedNavigation,
  isAllowedPermission,
  isAllowedRequest,
  isAllowedSender,
  type TrustOptions,
} from './security/policy'

/** Where refusals are reported: one line each. */
export type SecurityLog = (line: string) => void

/**
 * Permission requests and checks: only `persistent-storage`, only for the app's own
 * pages. Web requests: anything `isAllowedRequest` refuses is cancelled (the app works
 * offline; a remote request is either a bug or an attack).
 */
export function hardenSession(session: Session, trust: TrustOptions, log: SecurityLog): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    const granted = isAllowedPermission(permission) && isAllowedSender(details.requestingUrl, trust)
    if (!granted) log(`[security] denied permission ${permission} to ${details.requestingUrl}`)
    callback(granted)
  })
  session.setPermissionCheckHandler(
    (_contents, permission, requestingOrigin) =>
      isAllowedPermission(permission) && isAllowedSender(requestingOrigin, trust),
  )
  session.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isAllowedRequest(details.url, trust)
    if (!allowed) log(`[security] blocked a request to ${details.url}`)
    callback({ cancel: !allowed })
  })
}

/**
 * Offers an https link (already through the allow-list) to the analyst's browser; the
 * caller asks first and then calls `shell.openExternal`.
 */
export type OfferExternalLink = (href: string) => void

/**
 * Every web contents: no new windows, no navigation or redirect away from the app, no
 * `<webview>`. A window-open request from an app page for an https link is denied as a
 * window and handed to `offerExternal` (see `decideWindowOpen`). Call from
 * `app.on('web-contents-created')` so nothing escapes it.
 */
export function hardenWebContents(
  contents: WebContents,
  trust: TrustOptions,
  log: SecurityLog,
  offerExternal: OfferExternalLink,
): void {
  contents.setWindowOpenHandler(({ url }) => {
    const decision = decideWindowOpen(url, openerUrl(contents), (opener) =>
      isAllowedSender(opener, trust),
    )
    if (decision.openExternally) offerExternal(decision.openExternally)
    else log(`[security] denied opening a window for ${url}`)
    return { action: decision.action }
  })
  const guard = (event: { url: string; preventDefault(): void }) => {
    if (isAllowedNavigation(event.url, trust)) return
    event.preventDefault()
    log(`[security] blocked navigation to ${event.url}`)
  }
  contents.on('will-navigate', guard)
  contents.on('will-frame-navigate', guard)
  contents.on('will-redirect', guard)
  contents.on('will-attach-webview', (event) => event.preventDefault())
}

function openerUrl(contents: WebContents): string | null {
  try {
    return contents.getURL()
  } catch {
    return null
  }
}
