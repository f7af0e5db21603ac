/**
 * A claim's page: its statement, the analyst's status beside the one the evidence
 * suggests, confidence on the ICD 203 scale, note and tags, disagreements found in the
 * figures of its passages, and the evidence grouped by stance with citations.
 */
import { useLiveQuery } from 'dexie-react-hooks'
import { useEffect } from 'react'
import { routeHash } from '../../nav/routes'
import { db } from '../../db'
import { allClaimTags } from '../../db/claims'
import type { ClaimRecord } from '../../db/records'
import { TagInput } from '../../ui/TagInput'
import { editClaim } from './actions'
import { ClaimCounts } from './ClaimCounts'
import { ClaimIndependence } from './ClaimIndependence'
import { ClaimJudgement } from './ClaimJudgement'
import { ClaimNote } from './ClaimNote'
import { ClaimStatement } from './ClaimStatement'
import { DeleteClaimButton } from './DeleteClaimButton'
import { DisagreementList } from './DisagreementList'
import { EvidenceByStance } from './EvidenceByStance'
import { useClaimEvidence, type EvidenceView } from './useClaimEvidence'
import { useClaimFindings } from './useClaimFindings'

interface ClaimPageProps {
  claimId: string
  onReady: () => void
}

export function ClaimPage({ claimId, onReady }: ClaimPageProps) {
  const { claim, evidence, loaded } = useClaimEvidence(claimId)
  useEffect(() => {
    if (loaded) onReady()
  }, [loaded, onReady])

  return (
    <main id="claim" className="claim-page" aria-labelledby="claim-heading" tabIndex={-1}>
      <p className="claim-back">
        <a href={routeHash({ view: 'claims' })}>← All claims</a>
      </p>
      {claim === null && (
        <div className="claim-missing">
          <h1 id="claim-heading">Claim not found</h1>
          <p>It may have been deleted. Undo (Ctrl+Z) brings back a claim deleted here.</p>
        </div>
      )}
      {claim && <ClaimDetail key={claim.id} claim={claim} evidence={evidence} />}
    </main>
  )
}

interface ClaimDetailProps {
  claim: ClaimRecord
  evidence: EvidenceView[]
}

function ClaimDetail({ claim, evidence }: ClaimDetailProps) {
  const allTags = useLiveQuery(() => allClaimTags(db), []) ?? []
  const { summary, independence, disagreements, sourceOf } = useClaimFindings(evidence)

  return (
    <>
      <ClaimStatement claim={claim} />
      <ClaimJudgement claim={claim} suggested={summary.suggested} />
      <ClaimCounts summary={summary} />
      <ClaimIndependence independence={independence} />
      <DisagreementList disagreements={disagreements} sourceOf={sourceOf} />
      <div className="claim-meta-fields">
        <div className="field">
          <span className="field-label">Tags</span>
          <TagInput
            tags={claim.tags}
            allTags={allTags}
            onChange={(tags) => void editClaim(claim.id, { tags }, 'edit tags')}
          />
        </div>
        <ClaimNote claim={claim} />
      </div>
      <EvidenceByStance evidence={evidence} />
      <DeleteClaimButton claim={claim} evidenceCount={evidence.length} />
    </>
  )
}
