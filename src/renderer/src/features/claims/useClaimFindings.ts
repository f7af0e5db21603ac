/**
 * What a claim's evidence adds up to: counts by stance and by independent source (passages
 * that repeat one another, or a common text, counting once), why passages count as one,
 * the pairs the analyst can give a verdict on, the status it suggests, and the figures its
 * passages disagree on.
 */
import { citationAuthors } from '@shared/brief/citation'
import { identitiesOf } from '@shared/claims/claim-rows'
import { summarizeClaimEvidence, type ClaimEvidenceSummary } from '@shared/claims/claim-summary'
import { findDisagreements, type Disagreement } from '@shared/claims/disagreements'
import {
  claimIndependence,
  reviewablePairs,
  seesReuse,
  type ReviewablePair,
} from '@shared/claims/reuse-counting'
import { formatPassageLocator } from '@shared/corpus/passage-locator'
import { describeIndependence } from '@shared/reuse/independence'
import type { PairVerdict } from '@shared/reuse/pair-overrides'
import { sourceShortLabel } from '@shared/reuse/reuse-labels'
import type { TextSpan } from '@shared/reuse/types'
import { useMemo } from 'react'
import type { HighlightRecord } from '../../db/records'
import { useDocumentSummaries } from '../../host/useDocuments'
import { useReuseOverrides } from '../../host/useReuseOverrides'
import type { EvidenceView } from './useClaimEvidence'
import { useClaimReuse } from '../../host/useClaimReuse'

/** Why the claim's passages count as fewer sources, and the verdicts the analyst can give. */
export interface ClaimIndependence {
  /** "3 passages, 2 independent: Tahir ¶9 repeats Yousaf ¶15"; null when reuse played no part. */
  sentence: string | null
  pairs: ReviewablePair[]
  /** "Tahir ¶9": how the sentence names a passage. */
  label: (span: TextSpan) => string
  /** Sets (null: clears) the verdict on a pair of highlights, as one undoable step. */
  setVerdict: (pair: readonly [string, string], verdict: PairVerdict | null) => Promise<boolean>
}

export interface ClaimFindings {
  summary: ClaimEvidenceSummary
  independence: ClaimIndependence
  disagreements: Disagreement[]
  /** "Authors, Title" of the source of an evidence link, or 'unknown source'. */
  sourceOf: (evidenceId: string) => string
}

/** Findings over `evidence`, with sources told apart by the listed documents' authors and outlets. */
export function useClaimFindings(evidence: readonly EvidenceView[]): ClaimFindings {
  const documents = useDocumentSummaries()
  const identities = useMemo(() => identitiesOf(documents.map((d) => d.meta)), [documents])
  const links = useMemo(() => evidence.map((e) => ({ ...e.link })), [evidence])
  const highlights = useMemo(() => {
    const byId = new Map<string, HighlightRecord>()
    for (const e of evidence) if (e.highlight) byId.set(e.highlight.id, e.highlight)
    return byId
  }, [evidence])
  const { overrides, setVerdict } = useReuseOverrides()
  const reuse = useClaimReuse(links, highlights, overrides)
  const summary = useMemo(
    () => summarizeClaimEvidence(links, identities, reuse),
    [links, identities, reuse],
  )
  const independence = useMemo((): ClaimIndependence => {
    const metas = new Map(documents.map((d) => [d.meta.id, d.meta]))
    const passageOf = new Map(evidence.map((e) => [e.link.highlightId, e.passage]))
    // "Tahir ¶9": the source as briefly as it can be named, and the passage's ¶.
    const label = (span: TextSpan): string => {
      const meta = metas.get(span.docId)
      const name = meta ? sourceShortLabel(meta) || `‘${meta.title}’` : 'Unknown source'
      const highlightId = 'highlightId' in span ? String(span.highlightId) : null
      const passage = highlightId ? passageOf.get(highlightId) : null
      return passage ? `${name} ${formatPassageLocator(passage)}` : name
    }
    const result = claimIndependence(links, identities, reuse)
    return {
      sentence: seesReuse(result) ? describeIndependence(result, label) : null,
      pairs: reviewablePairs(result, overrides),
      label,
      setVerdict,
    }
  }, [documents, evidence, links, identities, reuse, overrides, setVerdict])
  // Only passages whose highlight still exists have text to read figures from.
  const disagreements = useMemo(
    () =>
      findDisagreements(
        evidence
          .filter((e) => e.highlight)
          .map((e) => ({
            id: e.link.id,
            docId: e.link.docId,
            text: e.quote,
            referenceYear: e.meta?.published?.year,
          })),
      ),
    [evidence],
  )
  const sourceOf = (id: string) => {
    const meta = evidence.find((e) => e.link.id === id)?.meta
    return meta ? `${citationAuthors(meta.authors)}, ${meta.title}` : 'unknown source'
  }
  return { summary, independence, disagreements, sourceOf }
}
