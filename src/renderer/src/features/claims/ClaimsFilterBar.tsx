/**
 * The claims table's filters: free text, status, confidence, tag, single-source claims,
 * and grade thresholds that decide which evidence counts (Admiralty code).
 */
import {
  CREDIBILITIES,
  CREDIBILITY_LABELS,
  RELIABILITIES,
  RELIABILITY_LABELS,
  type Credibility,
  type Reliability,
} from '@shared/claims/admiralty'
import { CONFIDENCE_BANDS } from '@shared/claims/confidence'
import { CLAIM_STATUSES, statusLabel, type ClaimStatus } from '@shared/claims/types'
import { useRef } from 'react'
import { useGlobalKey } from '../../ui/useGlobalKey'

export interface ClaimsFilters {
  text: string
  status: ClaimStatus | null
  /** An ICD 203 key, or 'none' for claims not assessed. */
  confidence: string | null
  tag: string | null
  singleSource: boolean
  minReliability: Reliability | null
  maxCredibility: Credibility | null
}

export const NO_CLAIMS_FILTERS: ClaimsFilters = {
  text: '',
  status: null,
  confidence: null,
  tag: null,
  singleSource: false,
  minReliability: null,
  maxCredibility: null,
}

interface ClaimsFilterBarProps {
  filters: ClaimsFilters
  onChange: (filters: ClaimsFilters) => void
  tags: string[]
}

export function ClaimsFilterBar({ filters, onChange, tags }: ClaimsFilterBarProps) {
  const searchRef = useRef<HTMLInputElement>(null)
  useGlobalKey('/', () => searchRef.current?.focus())
  const set = (patch: Partial<ClaimsFilters>) => onChange({ ...filters, ...patch })

  return (
    <div className="cl-filters" role="search" aria-label="Filter claims">
      <label className="field cl-filter-text">
        <span className="field-label">Search</span>
        <input
          ref={searchRef}
          type="search"
          value={filters.text}
          placeholder="Statement or tag…"
          aria-keyshortcuts="/"
          title="Search claims (/)"
          onChange={(event) => set({ text: event.target.value })}
        />
      </label>
      <label className="field">
        <span className="field-label">Status</span>
        <select
          value={filters.status ?? ''}
          onChange={(event) => set({ status: (event.target.value || null) as ClaimStatus | null })}
        >
          <option value="">Any status</option>
          {CLAIM_STATUSES.map((status) => (
            <option key={status} value={status}>
              {statusLabel(status)}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span className="field-label">Confidence</span>
        <select
          value={filters.confidence ?? ''}
          onChange={(event) => set({ confidence: event.target.value || null })}
        >
          <option value="">Any confidence</option>
          <option value="none">Not assessed</option>
          {CONFIDENCE_BANDS.map((band) => (
            <option key={band.key} value={band.key}>
              {band.label}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span className="field-label">Tag</span>
        <select
          value={filters.tag ?? ''}
          onChange={(event) => set({ tag: event.target.value || null })}
        >
          <option value="">All tags</option>
          {tags.map((tag) => (
            <option key={tag} value={tag}>
              {tag}
            </option>
          ))}
        </select>
      </label>
      <label
        className="field"
        title="Count only evidence from sources graded this reliable or better"
      >
        <span className="field-label">Source reliability</span>
        <select
          value={filters.minReliability ?? ''}
          onChange={(event) =>
            set({ minReliability: (event.target.value || null) as Reliability | null })
          }
        >
          <option value="">Any source</option>
          {RELIABILITIES.slice(0, -1).map((grade) => (
            <option key={grade} value={grade}>
              {grade === 'A' ? 'A only' : `${grade} or better`} (
              {RELIABILITY_LABELS[grade].toLowerCase()})
            </option>
          ))}
        </select>
      </label>
      <label className="field" title="Count only information graded this credible or better">
        <span className="field-label">Credibility</span>
        <select
          value={filters.maxCredibility ?? ''}
          onChange={(event) =>
            set({
              maxCredibility: event.target.value
                ? (Number(event.target.value) as Credibility)
                : null,
            })
          }
        >
          <option value="">Any information</option>
          {CREDIBILITIES.slice(0, -1).map((grade) => (
            <option key={grade} value={grade}>
              {grade === 1 ? '1 only' : `${grade} or better`} (
              {CREDIBILITY_LABELS[grade].toLowerCase()})
            </option>
          ))}
        </select>
      </label>
      <label className="check cl-filter-single">
        <input
          type="checkbox"
          checked={filters.singleSource}
          onChange={(event) => set({ singleSource: event.target.checked })}
        />
        Single source only
      </label>
    </div>
  )
}
