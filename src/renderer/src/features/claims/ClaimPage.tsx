/**
 * A claim's page: its statement, the analyst's status beside the one the evidence
 * suggests, confidence on the ICD 203 scale, note and tags, disagreements found in the
 * figures of its passages, and the evidence grouped by stance with citations.
 */
import { citationAuthors } from '@shared/brief/citation'
import { identitiesOf } from '@shared/claims/claim-rows'
import { summarizeClaimEvidence } from '@shared/claims/claim-summary'
import { CONFIDENCE_BANDS } from '@shared/claims/confidence'
import { findDisagreements } from '@shared/claims/disagreements'
import { statusDiffers } from '@shared/claims/status'
import {
  CLAIM_STATUSES,
  STANCES,
  stanceLabel,
  statusLabel,
  type ClaimStatus,
} from '@shared/claims/types'
import { useLiveQuery } from 'dexie-react-hooks'
import { useEffect, useMemo, useRef } from 'react'
import { routeHash } from '../../nav/routes'
import { navigate } from '../../nav/useHashRoute'
import { db } from '../../db'
import { allClaimTags } from '../../db/claims'
import type { ClaimRecord } from '../../db/records'
import { useDocumentSummaries } from '../../host/useDocuments'
import { FilterSelect, type FilterSelectOption } from '../../ui/FilterSelect'
import { TagInput } from '../../ui/TagInput'
import { editClaim, removeClaim } from './actions'
import { ClaimNote } from './ClaimNote'
import { ClaimStatement } from './ClaimStatement'
import { DisagreementList } from './DisagreementList'
import { EvidenceItem } from './EvidenceItem'
import { useClaimEvidence } from './useClaimEvidence'

const STATUS_OPTIONS: FilterSelectOption<ClaimStatus>[] = CLAIM_STATUSES.map((status) => ({
  value: status,
  label: statusLabel(status),
}))

const CONFIDENCE_OPTIONS: FilterSelectOption<string>[] = [
  { value: '', label: 'Not assessed' },
  ...CONFIDENCE_BANDS.map((band) => ({
    value: band.key,
    label: `${band.label} (${band.min}–${band.max}%)`,
  })),
]

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

function ClaimDetail({
  claim,
  evidence,
}: {
  claim: ClaimRecord
  evidence: ReturnType<typeof useClaimEvidence>['evidence']
}) {
  const documents = useDocumentSummaries()
  const allTags = useLiveQuery(() => allClaimTags(db), []) ?? []
  const identities = useMemo(() => identitiesOf(documents.map((d) => d.meta)), [documents])
  const summary = useMemo(
    () =>
      summarizeClaimEvidence(
        evidence.map((e) => ({ ...e.link })),
        identities,
      ),
    [evidence, identities],
  )
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
  const deleteRef = useRef<HTMLDialogElement>(null)
  const differs = statusDiffers(claim.status, summary.suggested)

  return (
    <>
      <ClaimStatement claim={claim} />
      <div className="claim-judgement">
        <FilterSelect
          label="Status (your judgement)"
          value={claim.status}
          options={STATUS_OPTIONS}
          onChange={(status) => void editClaim(claim.id, { status }, 'change status')}
        />
        <div className={differs ? 'claim-suggested claim-suggested-differs' : 'claim-suggested'}>
          <span className="field-label">The evidence suggests</span>
          <span
            className={`status-badge status-${summary.suggested}`}
            data-testid="suggested-status"
          >
            {statusLabel(summary.suggested)}
          </span>
          {differs && (
            <button
              type="button"
              className="button-quiet"
              onClick={() =>
                void editClaim(claim.id, { status: summary.suggested }, 'change status')
              }
            >
              Use this status
            </button>
          )}
        </div>
        <FilterSelect
          label="Confidence (ICD 203)"
          value={claim.confidence ?? ''}
          options={CONFIDENCE_OPTIONS}
          onChange={(confidence) =>
            void editClaim(claim.id, { confidence: confidence || null }, 'change confidence')
          }
        />
      </div>
      <p className="claim-counts" data-testid="claim-counts">
        <span>{plural(summary.supporting, 'supporting passage')}</span>
        <span>{plural(summary.contradicting, 'contradicting passage')}</span>
        <span>{plural(summary.context, 'context passage')}</span>
        <span>
          <strong>{plural(summary.independentSources, 'independent source')}</strong>
          {summary.singleSource && <span className="single-source-badge">single source</span>}
        </span>
      </p>
      <DisagreementList
        disagreements={disagreements}
        sourceOf={(id) => {
          const meta = evidence.find((e) => e.link.id === id)?.meta
          return meta ? `${citationAuthors(meta.authors)}, ${meta.title}` : 'unknown source'
        }}
      />
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
      <section className="claim-evidence" aria-labelledby="evidence-heading">
        <h2 id="evidence-heading">Evidence</h2>
        {evidence.length === 0 && (
          <p className="panel-hint">
            No passages yet. In the reader, select a passage (or open a highlight) and choose
            “Claim” to tag it to this claim as supporting, contradicting or context.
          </p>
        )}
        {STANCES.map((stance) => {
          const items = evidence.filter((e) => e.link.stance === stance)
          if (items.length === 0) return null
          return (
            <section
              key={stance}
              className={`evidence-group evidence-${stance}`}
              aria-label={stanceLabel(stance)}
            >
              <h3>
                {stanceLabel(stance)} <span className="count">{items.length}</span>
              </h3>
              <ol className="evidence-list">
                {items.map((item) => (
                  <EvidenceItem key={item.link.id} item={item} />
                ))}
              </ol>
            </section>
          )
        })}
      </section>
      <div className="claim-danger">
        <button
          type="button"
          className="button-quiet button-danger"
          onClick={() => deleteRef.current?.showModal()}
        >
          Delete claim…
        </button>
      </div>
      <dialog ref={deleteRef} className="confirm-dialog" aria-labelledby="delete-claim-title">
        <h2 id="delete-claim-title">Delete this claim?</h2>
        <p>
          “{claim.statement}” and its {plural(evidence.length, 'evidence link')} will be removed.
          The passages stay highlighted. You can undo this with Ctrl+Z.
        </p>
        <form method="dialog" className="confirm-actions">
          <button type="submit" className="button-quiet" autoFocus>
            Cancel
          </button>
          <button
            type="button"
            className="button button-danger-solid"
            onClick={async () => {
              deleteRef.current?.close()
              if (await removeClaim(claim.id)) navigate({ view: 'claims' })
            }}
          >
            Delete claim
          </button>
        </form>
      </dialog>
    </>
  )
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`
}
