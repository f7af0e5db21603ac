/**
 * What the claims table's filter bar holds, and how it maps onto the table's column
 * filters. Grade thresholds are not column filters: they change which evidence counts,
 * so they are applied when the rows are built (claim-rows.ts).
 */
import type { Credibility, Reliability } from './admiralty'
import type { ClaimStatus } from './types'

export interface ClaimsFilters {
  /** Free text, matched against statements and tags. */
  text: string
  status: ClaimStatus | null
  /** An ICD 203 key, or 'none' for claims not assessed. */
  confidence: string | null
  tag: string | null
  singleSource: boolean
  minReliability: Reliability | null
  maxCredibility: Credibility | null
}

/** Nothing filtered: every claim shows. */
export const NO_CLAIMS_FILTERS: ClaimsFilters = {
  text: '',
  status: null,
  confidence: null,
  tag: null,
  singleSource: false,
  minReliability: null,
  maxCredibility: null,
}

/** Whether any filter differs from none; a search of only spaces still counts as one. */
export function hasClaimsFilters(filters: ClaimsFilters): boolean {
  return (Object.keys(NO_CLAIMS_FILTERS) as (keyof ClaimsFilters)[]).some(
    (key) => filters[key] !== NO_CLAIMS_FILTERS[key],
  )
}

/** A column filter as TanStack Table's ColumnFiltersState holds it. */
export interface ColumnFilterSpec {
  id: string
  value: unknown
}

/**
 * The filters that belong to columns, by column id ('status', 'confidence', 'tags',
 * 'independent'), in that order; unset filters are left out. Text and grade thresholds
 * are not among them.
 */
export function claimsColumnFilters(filters: ClaimsFilters): ColumnFilterSpec[] {
  const list: ColumnFilterSpec[] = []
  if (filters.status) list.push({ id: 'status', value: filters.status })
  if (filters.confidence) list.push({ id: 'confidence', value: filters.confidence })
  if (filters.tag) list.push({ id: 'tags', value: filters.tag })
  if (filters.singleSource) list.push({ id: 'independent', value: true })
  return list
}
