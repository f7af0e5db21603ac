/**
 * The claims table's state: the workspace's rows for the chosen grade thresholds, the
 * analyst's filters, grouping, sorting and open groups, the remembered column layout,
 * and the TanStack table over them.
 */
import { buildClaimRows, type ClaimRow } from '@shared/claims/claim-rows'
import { claimsMentioning } from '@shared/entities/entity-filter'
import { claimSortKey, collationRanks } from '@shared/claims/claim-sort'
import {
  claimTableRows,
  type ClaimsGrouping,
  type ClaimTableRow,
} from '@shared/claims/claim-table-rows'
import {
  claimsColumnFilters,
  NO_CLAIMS_FILTERS,
  type ClaimsFilters,
} from '@shared/claims/claims-filters'
import { useTable, type ExpandedState, type SortingState, type Table } from '@tanstack/react-table'
import { useCallback, useDeferredValue, useMemo, useState } from 'react'
import type { ClaimRecord } from '../../db/records'
import { useEntityFilterView, type EntityFilterView } from '../../host/entity-filter'
import { useReuseOverrides } from '../../host/useReuseOverrides'
import { useTableLayout, type TableLayoutControls } from '../useTableLayout'
import { CLAIM_COLUMN_IDS, claimsColumns } from './claims-columns'
import { CLAIMS_DEFAULT_SORTING, claimsFeatures } from './claims-features'
import { useClaimReuse } from '../../host/useClaimReuse'
import { useClaimsWorkspace } from './useClaimsWorkspace'

/** The claims table instance. */
export type ClaimsTable = Table<typeof claimsFeatures, ClaimTableRow>

export interface ClaimsTableState {
  table: ClaimsTable
  /** Every claim, as stored. */
  claims: ClaimRecord[]
  /**
   * One row per claim, counted over the evidence the thresholds let through; only the claims
   * that mention the entity while the entity filter is on.
   */
  rows: ClaimRow[]
  /** Every tag on any claim, in collation order, for the tag filter. */
  tags: string[]
  filters: ClaimsFilters
  setFilters: (filters: ClaimsFilters) => void
  /** The entity filter the claims share with the notebook and timelines. */
  entity: EntityFilterView
  grouping: ClaimsGrouping
  /** Changes the grouping and opens every group. */
  setGrouping: (grouping: ClaimsGrouping) => void
  layout: TableLayoutControls
  /** True once the claims and the remembered layout have both loaded. */
  loaded: boolean
}

const COLUMN_IDS = [...CLAIM_COLUMN_IDS]

export function useClaimsTable(): ClaimsTableState {
  const workspace = useClaimsWorkspace()
  const [filters, setFilters] = useState<ClaimsFilters>(NO_CLAIMS_FILTERS)
  const [grouping, setGroupingOnly] = useState<ClaimsGrouping>('none')
  const [expanded, setExpanded] = useState<ExpandedState>(true)
  const [sorting, setSorting] = useState<SortingState>(CLAIMS_DEFAULT_SORTING)
  const layout = useTableLayout('claims', COLUMN_IDS)
  const deferred = useDeferredValue(filters)
  const { minReliability, maxCredibility } = deferred
  const thresholds = useMemo(
    () => ({ minReliability, maxCredibility }),
    [minReliability, maxCredibility],
  )
  const { claims, evidence, identities, reliabilityOf } = workspace
  const entity = useEntityFilterView()
  const { matcher, highlightIds } = entity
  // A claim mentions the entity through any of its evidence, whatever the grade thresholds.
  const mentioning = useMemo(
    () =>
      matcher && highlightIds ? claimsMentioning(matcher, claims, evidence, highlightIds) : null,
    [matcher, highlightIds, claims, evidence],
  )
  // Passages that repeat one another count once, as on the claim page.
  const { overrides } = useReuseOverrides()
  const reuse = useClaimReuse(evidence, null, overrides)
  const rows = useMemo(() => {
    const all = buildClaimRows(claims, evidence, identities, reliabilityOf, thresholds, reuse)
    return mentioning ? all.filter((row) => mentioning.has(row.id)) : all
  }, [claims, evidence, identities, reliabilityOf, thresholds, mentioning, reuse])
  // Statements ranked in collation order once per set of statements, so that a click on
  // a column sorts numbers (see claim-sort.ts); edits that keep the statements reuse it.
  const statementsKey = useMemo(() => claims.map((c) => c.statement).join('\u0000'), [claims])
  const ranks = useMemo(
    () => collationRanks(statementsKey ? statementsKey.split('\u0000') : []),
    [statementsKey],
  )
  const sortKey = useCallback((columnId: string) => claimSortKey(columnId, ranks), [ranks])
  const data = useMemo(() => claimTableRows(rows, grouping), [rows, grouping])
  const columnFilters = useMemo(() => claimsColumnFilters(deferred), [deferred])
  // Stable references: the table treats a new state object as a change of state.
  const groupingState = useMemo(() => (grouping === 'none' ? [] : [grouping]), [grouping])
  const tags = useMemo(
    () => [...new Set(claims.flatMap((c) => c.tags))].sort((a, b) => a.localeCompare(b)),
    [claims],
  )

  const table = useTable({
    features: claimsFeatures,
    columns: claimsColumns,
    data,
    getRowId: (row) => row.key,
    meta: { sortKey },
    state: {
      sorting,
      globalFilter: deferred.text,
      columnFilters,
      grouping: groupingState,
      expanded,
      columnOrder: layout.columnOrder,
      columnVisibility: layout.columnVisibility,
    },
    onSortingChange: setSorting,
    onExpandedChange: setExpanded,
    // Live updates must not collapse the analyst's groups, nor move the grouped column.
    autoResetExpanded: false,
    groupedColumnMode: false,
    onColumnOrderChange: layout.setColumnOrder,
    onColumnVisibilityChange: layout.setColumnVisibility,
    globalFilterFn: 'text',
    getColumnCanGlobalFilter: (column) => column.id === 'statement' || column.id === 'tags',
  })

  const setGrouping = useCallback((next: ClaimsGrouping) => {
    setGroupingOnly(next)
    setExpanded(true)
  }, [])

  return {
    table,
    claims,
    rows,
    tags,
    filters,
    setFilters,
    entity,
    grouping,
    setGrouping,
    layout,
    loaded: workspace.loaded && layout.loaded,
  }
}
