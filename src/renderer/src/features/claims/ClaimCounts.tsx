/** One line of counts for a claim: passages by stance, then independent sources. */
import type { ClaimEvidenceSummary } from '@shared/claims/claim-summary'
import { plural } from '@shared/claims/claim-words'

interface ClaimCountsProps {
  summary: ClaimEvidenceSummary
}

export function ClaimCounts({ summary }: ClaimCountsProps) {
  return (
    <p className="claim-counts" data-testid="claim-counts">
      <span>{plural(summary.supporting, 'supporting passage')}</span>
      <span>{plural(summary.contradicting, 'contradicting passage')}</span>
      <span>{plural(summary.context, 'context passage')}</span>
      <span>
        <strong>{plural(summary.independentSources, 'independent source')}</strong>
        {summary.singleSource && <span className="single-source-badge">single source</span>}
      </span>
    </p>
  )
}
