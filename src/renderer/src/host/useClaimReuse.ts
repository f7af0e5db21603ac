/**
 * What counting a claim's independent sources needs of text reuse (see
 * @shared/claims/reuse-counting): the passages the evidence's documents share, asked of the
 * reuse worker for only those documents (and again for those whose passages changed), the
 * analyst's verdicts on pairs, and where each cited highlight sits. Null while there is
 * nothing reuse could change (no passages among these documents, no "same source" verdict),
 * so the counts are then exactly the outlet and author rule, at its speed.
 */
import {
  indexSharedPassages,
  NO_SHARED_PASSAGES,
  type ClaimReuse,
  type SharedPassageIndex,
} from '@shared/claims/reuse-counting'
import type { PairOverride } from '@shared/reuse/pair-overrides'
import { useLiveQuery } from 'dexie-react-hooks'
import { useEffect, useMemo, useState } from 'react'
import { db } from '../db'
import { highlightsByIds } from '../db/claims'
import type { HighlightRecord } from '../db/records'
import { useDocumentSummaries } from './useDocuments'
import { useReuse, useReuseService } from './useReuse'

interface EvidenceRef {
  claimId: string
  docId: string
  highlightId: string
}

/**
 * The documents whose shared passages can change a count: those with passages, in claims
 * citing two or more such documents. Sorted, so an unchanged set is an unchanged key.
 */
function documentsToAsk(
  evidence: readonly EvidenceRef[],
  hasPassages: (docId: string) => boolean,
): string[] {
  const byClaim = new Map<string, Set<string>>()
  for (const link of evidence) {
    if (!hasPassages(link.docId)) continue
    const docs = byClaim.get(link.claimId)
    if (docs) docs.add(link.docId)
    else byClaim.set(link.claimId, new Set([link.docId]))
  }
  const wanted = new Set<string>()
  for (const docs of byClaim.values()) if (docs.size >= 2) for (const d of docs) wanted.add(d)
  return [...wanted].sort()
}

interface Answer {
  key: string
  index: SharedPassageIndex
}

/** The shared passages of the documents `evidence` cites where they can change a count. */
export function useSharedPassagesFor(evidence: readonly EvidenceRef[]): SharedPassageIndex {
  const service = useReuseService()
  const { status, passagesByDocument, passagesChanged } = useReuse()
  const key = useMemo(
    () => documentsToAsk(evidence, (docId) => (passagesByDocument.get(docId) ?? 0) > 0).join('\n'),
    [evidence, passagesByDocument],
  )
  // Moves only when the passages of one of these documents change, not of any document.
  const stamps = useMemo(
    () =>
      key === ''
        ? ''
        : key
            .split('\n')
            .map((docId) => passagesChanged.get(docId) ?? -1)
            .join(),
    [key, passagesChanged],
  )
  const [answer, setAnswer] = useState<Answer | null>(null)
  useEffect(() => {
    if (status !== 'ready' || key === '') return
    let current = true
    // The service asks the worker again only for the documents whose passages changed.
    service.sharedPassagesAmong(key.split('\n')).then(
      (lists) => {
        if (current)
          setAnswer({
            key,
            index: indexSharedPassages([...lists.values()].flat().map((p) => p.passage)),
          })
      },
      // Counts fall back to outlets and authors; the reuse views say why the worker stopped.
      () => current && setAnswer({ key, index: NO_SHARED_PASSAGES }),
    )
    return () => {
      current = false
    }
  }, [service, key, stamps, status])
  // The last answer for these documents stays while a newer one is on its way.
  return answer && answer.key === key && key !== '' ? answer.index : NO_SHARED_PASSAGES
}

const NO_HIGHLIGHTS = new Map<string, HighlightRecord>()

/**
 * The reuse input for counting `evidence`, or null when reuse can change no count.
 * `highlights` gives where each cited highlight sits (its position when it was made); null
 * reads the ones that matter (in documents sharing text) from the database.
 */
export function useClaimReuse(
  evidence: readonly EvidenceRef[],
  given: ReadonlyMap<string, HighlightRecord> | null,
  overrides: readonly PairOverride[],
): ClaimReuse | null {
  const shared = useSharedPassagesFor(evidence)
  const wantedKey = useMemo(() => {
    if (given || shared.byDoc.size === 0) return ''
    const ids = evidence.filter((e) => shared.byDoc.has(e.docId)).map((e) => e.highlightId)
    return [...new Set(ids)].sort().join('\n')
  }, [given, shared, evidence])
  const loaded = useLiveQuery(
    () => (wantedKey === '' ? NO_HIGHLIGHTS : highlightsByIds(db, wantedKey.split('\n'))),
    [wantedKey],
  )
  const highlights = given ?? loaded ?? NO_HIGHLIGHTS
  const documents = useDocumentSummaries()
  const published = useMemo(() => {
    const dates = new Map(documents.map((d) => [d.meta.id, d.meta.published]))
    return (docId: string) => dates.get(docId) ?? null
  }, [documents])
  return useMemo(() => {
    const marked = overrides.some((o) => o.verdict === 'reuse')
    if (shared.byDoc.size === 0 && !marked) return null
    return {
      shared,
      overrides,
      published,
      spanOf: (highlightId) => {
        const position = highlights.get(highlightId)?.selectors.position
        return position ? { start: position.start, end: position.end } : null
      },
    }
  }, [shared, overrides, published, highlights])
}
