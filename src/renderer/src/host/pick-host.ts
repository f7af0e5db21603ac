/**
 * Picks the renderer's CasefileApi at start-up: the Electron preload's bridge when it is
 * there, else the web host. Nothing else in the renderer knows where it runs.
 */
import type { CasefileApi } from '@shared/api'
import { createWebHost } from './web-host'

declare global {
  interface Window {
    /** Exposed by src/preload in Electron; absent in a plain browser. */
    casefile?: CasefileApi
  }
}

export function pickHost(): CasefileApi {
  return window.casefile ?? createWebHost()
}
