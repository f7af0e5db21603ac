/**
 * The claims table's filters: free text, status, confidence, tag, the entity a claim or its
 * evidence mentions (shared with the notebook and timelines), single-source claims, and grade
 * thresholds that decide which evidence counts (Admiralty code).
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
import type { ClaimsFilters } from '@shared/claims/claims-filters'
import { CLAIM_STATUSES, statusLabel, type ClaimStatus } from '@shared/claims/types'
import { EntityFilterField, EntityFilterNotice } from '../EntityFilterField'
import type { EntityFilterView } from '../../host/entity-filter'
import { FilterSelect, TagFilterSelect, type FilterSelectOption } from '../../ui/FilterSelect'
import { SearchField } from '../../ui/SearchField'

const STATUS_OPTIONS: FilterSelectOption<ClaimStatus | ''>[] = [
  { value: '', label: 'Any status' },
  ...CLAIM_STATUSES.map((status) => ({ value: status, label: statusLabel(status) })),
]

const CONFIDENCE_OPTIONS: FilterSelectOption<string>[] = [
  { value: '', label: 'Any confidence' },
  { value: 'none', label: 'Not assessed' },
  ...CONFIDENCE_BANDS.map((band) => ({ value: band.key, label: band.label })),
]

/** "A only" for the best grade, else "C or better", with what the grade means. */
function thresholdLabel<G extends string | number>(grade: G, best: G, meaning: string): string {
  return `${grade === best ? `${grade} only` : `${grade} or better`} (${meaning.toLowerCase()})`
}

// F and 6 mean "cannot be judged", not a worse grade, so "F or better" is no threshold.
const RELIABILITY_OPTIONS: FilterSelectOption<Reliability | ''>[] = [
  { value: '', label: 'Any source' },
  ...RELIABILITIES.slice(0, -1).map((grade) => ({
    value: grade,
    label: thresholdLabel(grade, 'A', RELIABILITY_LABELS[grade]),
  })),
]

const CREDIBILITY_OPTIONS: FilterSelectOption<string>[] = [
  { value: '', label: 'Any information' },
  ...CREDIBILITIES.slice(0, -1).map((grade) => ({
    value: String(grade),
    label: thresholdLabel(grade, 1, CREDIBILITY_LABELS[grade]),
  })),
]

interface ClaimsFilterBarProps {
  filters: ClaimsFilters
  onChange: (filters: ClaimsFilters) => void
  tags: string[]
  entity: EntityFilterView
}

export function ClaimsFilterBar({ filters, onChange, tags, entity }: ClaimsFilterBarProps) {
  const set = (patch: Partial<ClaimsFilters>) => onChange({ ...filters, ...patch })

  return (
    <div className="cl-filters" role="search" aria-label="Filter claims">
      <SearchField
        className="cl-filter-text"
        value={filters.text}
        placeholder="Statement or tag…"
        title="Search claims"
        onChange={(text) => set({ text })}
      />
      <FilterSelect
        label="Status"
        value={filters.status ?? ''}
        options={STATUS_OPTIONS}
        onChange={(status) => set({ status: status || null })}
      />
      <FilterSelect
        label="Confidence"
        value={filters.confidence ?? ''}
        options={CONFIDENCE_OPTIONS}
        onChange={(confidence) => set({ confidence: confidence || null })}
      />
      <TagFilterSelect tags={tags} value={filters.tag} onChange={(tag) => set({ tag })} />
      <EntityFilterField view={entity} />
      <FilterSelect
        label="Source reliability"
        title="Count only evidence from sources graded this reliable or better"
        value={filters.minReliability ?? ''}
        options={RELIABILITY_OPTIONS}
        onChange={(grade) => set({ minReliability: grade || null })}
      />
      <FilterSelect
        label="Credibility"
        title="Count only information graded this credible or better"
        value={filters.maxCredibility === null ? '' : String(filters.maxCredibility)}
        options={CREDIBILITY_OPTIONS}
        onChange={(grade) => set({ maxCredibility: grade ? (Number(grade) as Credibility) : null })}
      />
      <label className="check cl-filter-single">
        <input
          type="checkbox"
          checked={filters.singleSource}
          onChange={(event) => set({ singleSource: event.target.checked })}
        />
        Single source only
      </label>
      <EntityFilterNotice view={entity} />
    </div>
  )
}
