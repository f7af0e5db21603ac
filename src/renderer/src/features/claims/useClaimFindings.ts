/**
 * What a claim's evidence adds up to: counts by stance and by independent source, the
 * status it suggests, and the figures its passages disagree on.
 */
import { citationAuthors } from '@shared/brief/citation'
import { identitiesOf } from '@shared/claims/claim-rows'
import { summarizeClaimEvidence, type ClaimEvidenceSummary } from '@shared/claims/claim-summary'
import { findDisagreements, type Disagreement } from '@shared/claims/disagreements'
import { useMemo } from 'react'
import { useDocumentSummaries } from '../../host/useDocuments'
import type { EvidenceView } from './useClaimEvidence'

export interface ClaimFindings {
  summary: ClaimEvidenceSummary
  disagreements: Disagreement[]
  /** "Authors, Title" of the source of an evidence link, or 'unknown source'. */
  sourceOf: (evidenceId: string) => string
}

/** Findings over `evidence`, with sources told apart by the listed documents' authors and outlets. */
export function useClaimFindings(evidence: readonly EvidenceView[]): ClaimFindings {
  const documents = useDocumentSummaries()
  const identities = useMemo(() => identitiesOf(documents.map((d) => d.meta)), [documents])
  const summary = useMemo(
    () =>
      summarizeClaimEvidence(
        evidence.map((e) => ({ ...e.link })),
        identities,
      ),
    [evidence, identities],
  )
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
  return { summary, disagreements, sourceOf }
}
