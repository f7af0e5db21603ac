/**
 * What the reuse index needs to know of a document besides its text: the outlet (furniture
 * repeats within one outlet's pages, a wire story spreads across outlets) and when it was
 * published (a widely carried text is linked to its earliest carrier).
 */
import { partialDateSortKey, type PartialDate } from '../dates/partial-date'
import type { ReuseDocumentInfo } from './reuse-index'

/**
 * The outlet to group a document under: the outlet it states, or else the host of its web
 * address ("www." dropped), since one site's pages share one template; null when neither is
 * known.
 */
export function reuseOutlet(meta: {
  outlet: string | null
  sourceUrl?: string | null
}): string | null {
  const outlet = meta.outlet?.trim()
  if (outlet) return outlet.toLowerCase()
  // The host of an http(s) address, without a URL parser (shared code runs with no DOM).
  const host = /^[a-z][a-z0-9+.-]*:\/\/(?:[^/?#@]*@)?([^/?#:]+)/i
    .exec(meta.sourceUrl?.trim() ?? '')?.[1]
    ?.toLowerCase()
    .replace(/^www\./, '')
  return host ? host : null
}

/** The index's view of an outlet and a (partial) publication date. */
export function reuseDocumentInfo(
  outlet: string | null | undefined,
  published: PartialDate | null | undefined,
): ReuseDocumentInfo {
  return { outlet: outlet ?? null, published: published ? partialDateSortKey(published) : null }
}
