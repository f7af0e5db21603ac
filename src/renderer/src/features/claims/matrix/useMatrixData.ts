/**
 * The evidence matrix's data, live: every claim (for the chooser), the chosen ones in
 * column order, and one row per highlight linked to a chosen claim, most diagnostic first,
 * with its quote and citation (its ¶ or page once its source has loaded).
 */
import { formatCitation } from '@shared/brief/citation'
import { passageSpan } from '@shared/corpus/passage-locator'
import { buildEvidenceMatrix } from '@shared/claims/matrix'
import type { Stance } from '@shared/claims/types'
import type { DocumentModel } from '@shared/corpus/document-model'
import { useLiveQuery } from 'dexie-react-hooks'
import { useMemo } from 'react'
import { useDocumentModels, useDocumentSummaries } from '../../../host/useDocuments'
import { db } from '../../../db'
import { highlightsByIds } from '../../../db/claims'
import type { ClaimRecord, HighlightRecord } from '../../../db/records'
import { placeHighlight } from '../../../host/placement-cache'
import { useClaimsWorkspace } from '../useClaimsWorkspace'

/** One row of the matrix: a passage and how it bears on each chosen claim. */
export interface MatrixEvidence {
  highlightId: string
  docId: string
  /** One per chosen claim, in column order; null where not linked. */
  cells: (Stance | null)[]
  /** 0, 1 or 2 (see buildEvidenceMatrix). */
  diagnosticity: number
  quote: string
  citation: string
  /** ok; orphan: not found in the source's current text; gone: the highlight was deleted. */
  state: 'ok' | 'orphan' | 'gone' | 'loading'
}

export interface MatrixData {
  claims: ClaimRecord[]
  /** The chosen claims that exist, in the order chosen (duplicates dropped). */
  chosen: ClaimRecord[]
  /** How many chosen ids name no claim (deleted since the link was made). */
  missing: number
  rows: MatrixEvidence[]
  /** The claims and links have loaded (rows may still wait for their highlights). */
  loaded: boolean
  /** Loaded, and every row's highlight with it: the first complete picture. */
  settled: boolean
}

interface LoadedHighlights {
  key: string
  byId: Map<string, HighlightRecord>
}

/** The matrix of the claims `claimIds`, citing the listed sources. */
export function useMatrixData(claimIds: readonly string[]): MatrixData {
  const documents = useDocumentSummaries()
  const workspace = useClaimsWorkspace()
  const { claims, evidence } = workspace

  const { chosen, missing } = useMemo(() => {
    const byId = new Map(claims.map((claim) => [claim.id, claim]))
    const unique = [...new Set(claimIds)]
    const found = unique.flatMap((id) => byId.get(id) ?? [])
    return { chosen: found, missing: unique.length - found.length }
  }, [claims, claimIds])

  const links = useMemo(() => {
    const ids = new Set(chosen.map((claim) => claim.id))
    return evidence.filter((link) => ids.has(link.claimId))
  }, [evidence, chosen])

  // A key rather than the array, so the query reruns only when the set of passages changes.
  const highlightKey = useMemo(
    () => [...new Set(links.map((link) => link.highlightId))].sort().join('\n'),
    [links],
  )
  const highlights = useLiveQuery(
    async (): Promise<LoadedHighlights> => ({
      key: highlightKey,
      byId: await highlightsByIds(db, highlightKey ? highlightKey.split('\n') : []),
    }),
    [highlightKey],
  )
  const models = useDocumentModels(useMemo(() => links.map((link) => link.docId), [links]))
  const metas = useMemo(() => new Map(documents.map((d) => [d.meta.id, d.meta])), [documents])

  const rows = useMemo(() => {
    const byId = highlights?.byId ?? new Map<string, HighlightRecord>()
    const settled = highlights?.key === highlightKey
    // Ties keep the order the passages were highlighted in, so rows do not jump about.
    const order = [...byId.values()]
      .sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id))
      .map((h) => h.id)
    const docOf = new Map(links.map((link) => [link.highlightId, link.docId]))
    return buildEvidenceMatrix(
      chosen.map((claim) => claim.id),
      links,
      order,
    ).map((row): MatrixEvidence => {
      const docId = docOf.get(row.highlightId) ?? ''
      const highlight = byId.get(row.highlightId) ?? null
      const doc = models.get(docId)
      const meta = doc?.meta ?? metas.get(docId) ?? null
      const placement = describePlacement(highlight, doc)
      return {
        ...row,
        docId,
        quote: highlight?.selectors.quote.exact ?? '',
        citation: meta ? formatCitation(meta, placement.span) : 'Unknown source',
        state: highlight ? placement.state : settled ? 'gone' : 'loading',
      }
    })
  }, [highlights, highlightKey, links, chosen, models, metas])

  return {
    claims,
    chosen,
    missing: workspace.loaded ? missing : 0,
    rows,
    loaded: workspace.loaded && highlights !== undefined,
    settled: workspace.loaded && highlights?.key === highlightKey,
  }
}

/** Where the passage sits in its source now: its ¶ span (and pages), or that it is lost. */
function describePlacement(highlight: HighlightRecord | null, doc: DocumentModel | undefined) {
  if (!highlight || !doc) return { span: null, state: 'ok' as const }
  const placement = placeHighlight(highlight, doc)
  if (placement.status === 'orphan') return { span: null, state: 'orphan' as const }
  return { span: passageSpan(doc.blocks, placement.start, placement.end), state: 'ok' as const }
}
