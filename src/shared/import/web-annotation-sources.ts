/**
 * Which library document an imported annotation's target is on: the one the analyst
 * chose for that source, else Casefile's own source IRI, a document id, the document's
 * web address, or its title, in that order, and only when exactly one document fits.
 */
import type { DocumentMeta } from '../corpus/document-model'

/** What a target is matched on: the parts of DocumentMeta that name a source. */
export type SourceMeta = Pick<DocumentMeta, 'id' | 'title'> & { sourceUrl?: string | null }

/** How a target names its source (ParsedTarget satisfies it). */
export interface TargetSource {
  source: string | null
  title: string | null
  state: string | null
}

/** The document a target is on and how that was known, or why none is. */
export type SourceMatch =
  | { docId: string; by: 'chosen' | 'casefile' | 'id' | 'url' | 'title' }
  | { docId: null; why: string }

const CASEFILE_SOURCE = 'urn:casefile:source:'
const REVISION = /^urn:casefile:source:([^:]+):rev:([^:]+)$/

function decoded(segment: string): string | null {
  try {
    return decodeURIComponent(segment)
  } catch {
    return null
  }
}

/** The document id in Casefile's source IRI (`urn:casefile:source:<id>`), else null. */
export function casefileDocId(iri: string | null): string | null {
  if (iri === null || !iri.startsWith(CASEFILE_SOURCE)) return null
  const segment = iri.slice(CASEFILE_SOURCE.length)
  return segment.includes(':') ? null : decoded(segment)
}

/** The document id and rev in Casefile's revision IRI (a target's `state`), else null. */
export function casefileRevision(iri: string | null): { docId: string; rev: string } | null {
  const match = iri === null ? null : REVISION.exec(iri)
  if (!match) return null
  const docId = decoded(match[1]!)
  const rev = decoded(match[2]!)
  return docId !== null && rev !== null ? { docId, rev } : null
}

const WEB_ADDRESS = /^(https?):\/\/(?:[^@/?#]*@)?([^/?#]*)([^?#]*)(\?[^#]*)?/i
// Campaign and click-tracking parameters: the same page shared from a newsletter or a
// search result carries them, and they never change what the page is.
const TRACKING = /^(utm_[a-z]+|fbclid|gclid|mc_cid|mc_eid)(=|$)/i

/**
 * A web address as a key that two copies of the same address share: scheme, `www.`,
 * default port, fragment, trailing slash and tracking parameters do not count, the host's
 * case does not either. Null for anything that is not an http(s) address.
 */
export function webAddressKey(address: string): string | null {
  const match = WEB_ADDRESS.exec(address.trim())
  if (!match) return null
  const host = match[2]!
    .toLowerCase()
    .replace(/^www\./, '')
    .replace(/:(80|443)$/, '')
  if (host === '') return null
  const path = match[3]!.replace(/\/+$/, '')
  const query = (match[4] ?? '')
    .slice(1)
    .split('&')
    .filter((part) => part !== '' && !TRACKING.test(part))
    .join('&')
  return `${host}${path}${query ? `?${query}` : ''}`
}

/**
 * A title as a key: Unicode-normalised, case-folded, curly quotes and dashes as plain
 * ones, whitespace folded, because tools copy titles with small typographic differences.
 */
export function titleKey(title: string): string {
  return title
    .normalize('NFKC')
    .replace(/[‘’‚‛′]/g, "'")
    .replace(/[“”„‟″]/g, '"')
    .replace(/[‐‑‒–—―]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLocaleLowerCase('en')
}

/** Ids by key; a key two documents share maps to null (ambiguous). */
function indexBy(metas: readonly SourceMeta[], key: (meta: SourceMeta) => string | null) {
  const index = new Map<string, string | null>()
  for (const meta of metas) {
    const k = key(meta)
    if (k === null || k === '') continue
    index.set(k, index.has(k) && index.get(k) !== meta.id ? null : meta.id)
  }
  return index
}

/** Matches targets to documents; build once per import, use per target. */
export interface SourceMatcher {
  match: (target: TargetSource) => SourceMatch
}

/**
 * A matcher over the library's documents. `chosen` maps a source as the file names it to
 * the id of the document the analyst says it is (for tools whose addresses are their own,
 * such as Recogito's); a choice naming no document in `metas` is ignored. A web address
 * or title that two documents share matches neither: the analyst is asked to choose.
 */
export function createSourceMatcher(
  metas: readonly SourceMeta[],
  chosen: Readonly<Record<string, string>> = {},
): SourceMatcher {
  const ids = new Set(metas.map((meta) => meta.id))
  const byUrl = indexBy(metas, (meta) => (meta.sourceUrl ? webAddressKey(meta.sourceUrl) : null))
  const byTitle = indexBy(metas, (meta) => titleKey(meta.title))
  return {
    match({ source, title, state }) {
      const choice = source !== null ? chosen[source] : undefined
      if (choice !== undefined && ids.has(choice)) return { docId: choice, by: 'chosen' }
      const casefile = casefileDocId(source) ?? casefileRevision(state)?.docId ?? null
      if (casefile !== null && ids.has(casefile)) return { docId: casefile, by: 'casefile' }
      if (source !== null && ids.has(source)) return { docId: source, by: 'id' }
      const urlKey = source !== null ? webAddressKey(source) : null
      const byAddress = urlKey !== null ? byUrl.get(urlKey) : undefined
      if (byAddress) return { docId: byAddress, by: 'url' }
      const byName = title !== null ? byTitle.get(titleKey(title)) : undefined
      if (byName) return { docId: byName, by: 'title' }
      if (byAddress === null)
        return { docId: null, why: `more than one source has the address ${source}` }
      if (byName === null) return { docId: null, why: `more than one source is titled ‘${title}’` }
      if (source === null && title === null) {
        return { docId: null, why: 'the annotation does not say which source it is on' }
      }
      const named = source ?? `‘${title}’`
      return {
        docId: null,
        why: `no source matches ${named}${source !== null && title ? ` (‘${title}’)` : ''}`,
      }
    },
  }
}
