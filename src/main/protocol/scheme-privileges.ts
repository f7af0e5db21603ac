/** The privileges of the app:// scheme, registered once, before app ready. */
import type { CustomScheme } from 'electron'
import { APP_SCHEME } from './app-origin'

/**
 * `standard` gives app:// real origins (host, relative URLs) and `secure` makes it a
 * secure context: without both Chromium refuses IndexedDB, and so all analyst data, to
 * the scheme. `supportFetchAPI` lets the renderer fetch its own assets; `codeCache`
 * speeds start-up. `bypassCSP` stays off so the CSP header applies, and service
 * workers stay off: there is nothing to cache offline that is not already on disk.
 */
export const APP_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: {
    standard: true,
    secure: true,
    supportFetchAPI: true,
    codeCache: true,
    corsEnabled: false,
    bypassCSP: false,
    allowServiceWorkers: false,
    stream: false,
  },
}
