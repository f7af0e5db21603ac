/**
 * Where each highlight sits on its document's current text, re-anchored once per
 * highlight version and document rev and shared by every view (reader, notebook).
 */
import { reanchor, type Placement } from '@shared/anchoring'
import type { DocumentModel } from '@shared/corpus/document-model'
import type { HighlightRecord } from '../db/records'

/** Per document model (so per rev): the latest placement of each highlight, by id. */
const cache = new WeakMap<DocumentModel, Map<string, { version: number; placement: Placement }>>()

/** The highlight's placement on `doc`; computed again only when the highlight changes. */
export function placeHighlight(highlight: HighlightRecord, doc: DocumentModel): Placement {
  let byId = cache.get(doc)
  if (!byId) cache.set(doc, (byId = new Map()))
  const cached = byId.get(highlight.id)
  if (cached && cached.version === highlight.updatedAt) return cached.placement
  const placement = reanchor(doc.text, doc.rev, {
    selectors: highlight.selectors,
    rev: highlight.docRev,
  })
  byId.set(highlight.id, { version: highlight.updatedAt, placement })
  return placement
}
