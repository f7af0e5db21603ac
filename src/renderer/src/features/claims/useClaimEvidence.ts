/**
 * One claim with its evidence, live from the database: each link with its highlight,
 * the quote as stored, where it sits in its source now (for its ¶ or page and the link
 * into the reader), and the source's metadata for the citation.
 */
import { formatCitation } from '@shared/brief/citation'
import { passageSpan, type PassageSpan } from '@shared/corpus/passage-locator'
import type { DocumentMeta } from '@shared/corpus/document-model'
import { useLiveQuery } from 'dexie-react-hooks'
import { useMemo } from 'react'
import { useDocumentModels, useDocumentSummaries } from '../../host/useDocuments'
import { db } from '../../db'
import { allSourceGrades, claimById, evidenceForClaim, highlightsByIds } from '../../db/claims'
import type { ClaimRecord, EvidenceRecord, HighlightRecord } from '../../db/records'
import { placeHighlight } from '../../host/placement-cache'

export interface EvidenceView {
  link: EvidenceRecord
  highlight: HighlightRecord | null
  quote: string
  meta: DocumentMeta | null
  /** "Author, 'Title', Outlet, date, ¶n" (or "p. n"); the locator once the source has loaded. */
  citation: string
  /** The ¶ range (and pages) the passage covers in its source now; null until placed. */
  passage: PassageSpan | null
  /** The passage is no longer found in its source's current text. */
  orphan: boolean
  reliability: string | null
}

export interface ClaimEvidence {
  /** undefined while loading; null when the claim does not exist (deleted, bad link). */
  claim: ClaimRecord | null | undefined
  evidence: EvidenceView[]
  loaded: boolean
}

/** The claim with this id and its evidence, cited from the listed sources. */
export function useClaimEvidence(claimId: string): ClaimEvidence {
  const documents = useDocumentSummaries()
  const data = useLiveQuery(async () => {
    const [claim, links, grades] = await Promise.all([
      claimById(db, claimId),
      evidenceForClaim(db, claimId),
      allSourceGrades(db),
    ])
    const highlights = await highlightsByIds(
      db,
      links.map((l) => l.highlightId),
    )
    return { claim: claim ?? null, links, highlights, grades }
  }, [claimId])
  const models = useDocumentModels(useMemo(() => data?.links.map((l) => l.docId) ?? [], [data]))
  const metas = useMemo(() => new Map(documents.map((d) => [d.meta.id, d.meta])), [documents])

  const evidence = useMemo(() => {
    if (!data) return []
    return data.links
      .map((link): EvidenceView => {
        const highlight = data.highlights.get(link.highlightId) ?? null
        const doc = models.get(link.docId)
        const meta = doc?.meta ?? metas.get(link.docId) ?? null
        const placement = highlight && doc ? placeHighlight(highlight, doc) : null
        const span =
          placement && placement.status !== 'orphan' && doc
            ? passageSpan(doc.blocks, placement.start, placement.end)
            : null
        return {
          link,
          highlight,
          quote: highlight?.selectors.quote.exact ?? '',
          meta,
          citation: meta ? formatCitation(meta, span) : 'Unknown source',
          passage: span,
          orphan: placement?.status === 'orphan',
          reliability: data.grades.get(link.docId) ?? null,
        }
      })
      .sort((a, b) => a.link.createdAt - b.link.createdAt)
  }, [data, models, metas])

  return { claim: data?.claim, evidence, loaded: data !== undefined }
}
