/**
 * The analyst's judgement of a claim: the status they give it beside the one the
 * evidence suggests (with a way to adopt it), and confidence on the ICD 203 scale.
 */
import { CONFIDENCE_BANDS } from '@shared/claims/confidence'
import { statusDiffers } from '@shared/claims/status'
import { CLAIM_STATUSES, statusLabel, type ClaimStatus } from '@shared/claims/types'
import type { ClaimRecord } from '../../db/records'
import { FilterSelect, type FilterSelectOption } from '../../ui/FilterSelect'
import { editClaim } from './actions'

interface ClaimJudgementProps {
  claim: ClaimRecord
  /** The status the evidence suggests. */
  suggested: ClaimStatus
}

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

export function ClaimJudgement({ claim, suggested }: ClaimJudgementProps) {
  const differs = statusDiffers(claim.status, suggested)
  return (
    <div className="claim-judgement">
      <FilterSelect
        label="Status (your judgement)"
        value={claim.status}
        options={STATUS_OPTIONS}
        onChange={(status) => void editClaim(claim.id, { status }, 'change status')}
      />
      <div className={differs ? 'claim-suggested claim-suggested-differs' : 'claim-suggested'}>
        <span className="field-label">The evidence suggests</span>
        <span className={`status-badge status-${suggested}`} data-testid="suggested-status">
          {statusLabel(suggested)}
        </span>
        {differs && (
          <button
            type="button"
            className="button-quiet"
            onClick={() => void editClaim(claim.id, { status: suggested }, 'change status')}
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
  )
}
