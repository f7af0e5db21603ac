/**
 * Which links may leave the app for the analyst's browser, decided without Electron.
 * `shell.openExternal` hands a URL to the operating system, which runs whatever handler
 * is registered for its scheme: `file:` opens or runs a local file, `smb:` mounts a share
 * (and leaks credentials on Windows), custom schemes start other programs. So only plain
 * https web pages pass, and only after the analyst confirms where they are going.
 */
import { parseUrl } from '../protocol/app-origin'

/**
 * Longer URLs are refused: no page the analyst means to read needs one, and a page
 * script that got hold of `window.open` could otherwise smuggle a database's worth of
 * text out in a query string.
 */
export const MAX_EXTERNAL_URL_LENGTH = 2048

/**
 * The URL to hand to `shell.openExternal`, in the parser's normalised form (lower-case
 * scheme and host, IDN hosts in punycode, tabs and newlines gone), or null when it must
 * not leave the app. Only `https:` with a host, no user name or password (`https://bank@evil`
 * is a classic disguise) and at most MAX_EXTERNAL_URL_LENGTH characters passes.
 *
 * Plain `http:` is refused too: the app is offline and exists to keep an analyst's reading
 * private, and an http link sends the address (and the page's answer) in clear over
 * whatever network the analyst is on. A source that is only on http can be copied from
 * the link's title into a browser by hand, which is a decision the analyst makes.
 */
export function externalUrlToOpen(rawUrl: string | null | undefined): string | null {
  if (typeof rawUrl !== 'string' || rawUrl.length > MAX_EXTERNAL_URL_LENGTH) return null
  const url = parseUrl(rawUrl)
  if (!url || url.protocol !== 'https:') return null
  if (url.hostname === '' || url.username !== '' || url.password !== '') return null
  if (url.href.length > MAX_EXTERNAL_URL_LENGTH) return null
  return url.href
}

/** True when `externalUrlToOpen` would let `rawUrl` out. */
export function isAllowedExternalUrl(rawUrl: string | null | undefined): boolean {
  return externalUrlToOpen(rawUrl) !== null
}

/** What main does with a page's request to open a window (`setWindowOpenHandler`). */
export interface WindowOpenDecision {
  /** Always 'deny': the app never opens a second window of web content. */
  action: 'deny'
  /** The https URL to offer to open in the browser, or null to refuse it outright. */
  openExternally: string | null
}

/**
 * A window-open request (a `target=_blank` link, a middle click, `window.open`) from a
 * page at `openerUrl`: the window is always denied; the link is offered to the browser
 * only when the opener is one of the app's own pages (`isTrustedOpener`) and the URL
 * passes `externalUrlToOpen`.
 */
export function decideWindowOpen(
  url: string,
  openerUrl: string | null,
  isTrustedOpener: (openerUrl: string | null) => boolean,
): WindowOpenDecision {
  const target = isTrustedOpener(openerUrl) ? externalUrlToOpen(url) : null
  return { action: 'deny', openExternally: target }
}

/** Options for the confirmation box shown before a link goes to the browser. */
export interface OpenExternalPrompt {
  type: 'question'
  title: string
  message: string
  detail: string
  buttons: [string, string]
  /** The button that opens the link. */
  openId: 0
  /** Enter and Escape both cancel: opening has to be chosen. */
  defaultId: 1
  cancelId: 1
  noLink: true
}

/**
 * The confirmation shown before opening `href` (already through `externalUrlToOpen`).
 * The host is shown on its own line, in punycode, so a look-alike host (`xn--pple-43d.com`
 * for a Cyrillic "apple.com") is visible for what it is.
 */
export function openExternalPrompt(href: string): OpenExternalPrompt {
  const host = new URL(href).host
  return {
    type: 'question',
    title: 'Open in your browser?',
    message: `Open a page on ${host} in your web browser?`,
    detail: `${href}\n\nCasefile works offline; the page will open outside it, in your browser.`,
    buttons: ['Open in browser', 'Cancel'],
    openId: 0,
    defaultId: 1,
    cancelId: 1,
    noLink: true,
  }
}
