/**
 * The claims table: every claim with what supports and contradicts it, counted by
 * independent source, sortable, filterable and groupable; a row opens the claim's page.
 */
import { buildClaimRows, NO_THRESHOLDS, type GradeThresholds } from '@shared/claims/claim-rows'
import { claimSortKey, collationRanks } from '@shared/claims/claim-sort'
import type { ClaimStatus } from '@shared/claims/types'
import {
  useTable,
  type ColumnFiltersState,
  type ExpandedState,
  type Row,
  type SortingState,
} from '@tanstack/react-table'
import { useCallback, useDeferredValue, useEffect, useMemo, useState } from 'react'
import { navigate } from '../../nav/useHashRoute'
import { useHost } from '../../host/host-context'
import { exportClaimsCsv } from '../../host/exports/open-exports'
import { ColumnsMenu } from '../../ui/ColumnsMenu'
import { DataTable } from '../../ui/DataTable'
import { FilterSelect, type FilterSelectOption } from '../../ui/FilterSelect'
import { TableEmpty } from '../../ui/TableEmpty'
import { useTableLayout } from '../useTableLayout'
import { ClaimsFilterBar, type ClaimsFilters, NO_CLAIMS_FILTERS } from './ClaimsFilterBar'
import {
  CLAIM_COLUMN_IDS,
  CLAIMS_DEFAULT_SORTING,
  claimsColumns,
  claimsFeatures,
  tableRows,
  type ClaimTableRow,
} from './claims-table'
import { NewClaimForm } from './NewClaimForm'
import { useClaimsWorkspace } from './useClaimsWorkspace'

interface ClaimsViewProps {
  onReady: () => void
}

export type ClaimsGrouping = 'none' | 'status' | 'tags'

const COLUMN_IDS = [...CLAIM_COLUMN_IDS]

const GROUPING_OPTIONS: FilterSelectOption<ClaimsGrouping>[] = [
  { value: 'none', label: 'Nothing' },
  { value: 'status', label: 'Status' },
  { value: 'tags', label: 'Tag' },
]

export function ClaimsView({ onReady }: ClaimsViewProps) {
  const host = useHost()
  const workspace = useClaimsWorkspace()
  const [filters, setFilters] = useState<ClaimsFilters>(NO_CLAIMS_FILTERS)
  const [grouping, setGrouping] = useState<ClaimsGrouping>('none')
  const [expanded, setExpanded] = useState<ExpandedState>(true)
  const [sorting, setSorting] = useState<SortingState>(CLAIMS_DEFAULT_SORTING)
  const layout = useTableLayout('claims', COLUMN_IDS)
  const deferred = useDeferredValue(filters)

  const thresholds: GradeThresholds = useMemo(
    () => ({ minReliability: deferred.minReliability, maxCredibility: deferred.maxCredibility }),
    [deferred.minReliability, deferred.maxCredibility],
  )
  const rows = useMemo(
    () =>
      buildClaimRows(
        workspace.claims,
        workspace.evidence,
        workspace.identities,
        workspace.reliabilityOf,
        thresholds ?? NO_THRESHOLDS,
      ),
    [
      workspace.claims,
      workspace.evidence,
      workspace.identities,
      workspace.reliabilityOf,
      thresholds,
    ],
  )
  // Statements ranked in collation order once per set of statements, so that a click on
  // a column sorts numbers (see claim-sort.ts); edits that keep the statements reuse it.
  const statementsKey = useMemo(
    () => workspace.claims.map((c) => c.statement).join('\u0000'),
    [workspace.claims],
  )
  const ranks = useMemo(
    () => collationRanks(statementsKey ? statementsKey.split('\u0000') : []),
    [statementsKey],
  )
  const sortKey = useCallback((columnId: string) => claimSortKey(columnId, ranks), [ranks])
  const data = useMemo(() => tableRows(rows, grouping), [rows, grouping])
  const columnFilters = useMemo(() => toColumnFilters(deferred), [deferred])
  // Stable references: the table treats a new state object as a change of state.
  const groupingState = useMemo(() => (grouping === 'none' ? [] : [grouping]), [grouping])
  const allTags = useMemo(
    () => [...new Set(workspace.claims.flatMap((c) => c.tags))].sort((a, b) => a.localeCompare(b)),
    [workspace.claims],
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

  const loaded = workspace.loaded && layout.loaded
  useEffect(() => {
    if (loaded) onReady()
  }, [loaded, onReady])

  const shown = table.getFilteredRowModel().rows.length
  const total = workspace.claims.length
  const filtering = JSON.stringify(filters) !== JSON.stringify(NO_CLAIMS_FILTERS)
  const count =
    grouping === 'tags' || shown === total
      ? `${total} ${total === 1 ? 'claim' : 'claims'}`
      : `${shown} of ${total} claims`

  return (
    <main id="claims" className="claims-view" aria-labelledby="claims-heading" tabIndex={-1}>
      <div className="cl-head">
        <h1 id="claims-heading">Claims</h1>
        {loaded && (
          <span className="cl-count" aria-live="polite" data-testid="claims-count">
            {count}
          </span>
        )}
        <NewClaimForm onCreated={(claim) => navigate({ view: 'claim', claimId: claim.id })} />
      </div>
      {total > 0 && (
        <div className="cl-toolbar">
          <ClaimsFilterBar filters={filters} onChange={setFilters} tags={allTags} />
          <div className="cl-toolbar-end">
            <FilterSelect
              label="Group by"
              layout="inline"
              value={grouping}
              options={GROUPING_OPTIONS}
              onChange={(next) => {
                setGrouping(next)
                setExpanded(true)
              }}
            />
            <ColumnsMenu table={table} onReset={layout.reset} />
            <button
              type="button"
              className="button-quiet"
              title="Save the claims shown (with the filters applied) as a CSV spreadsheet"
              onClick={() => {
                const shownIds = new Set(
                  table.getFilteredRowModel().flatRows.map((row) => row.original.id),
                )
                void exportClaimsCsv(
                  host,
                  rows.filter((row) => shownIds.has(row.id)),
                  new Map(workspace.claims.map((c) => [c.id, c.note])),
                )
              }}
            >
              Export CSV
            </button>
            {filtering && (
              <button
                type="button"
                className="button-quiet"
                onClick={() => setFilters(NO_CLAIMS_FILTERS)}
              >
                Clear filters
              </button>
            )}
          </div>
        </div>
      )}
      {loaded && (
        <DataTable
          table={table}
          label="Claims"
          className="cl-table"
          estimateRowHeight={52}
          groupCountLabel={(n) => `${n} ${n === 1 ? 'claim' : 'claims'}`}
          onRowActivate={openClaim}
          rowClassName={(row) => (row.original.singleSource ? 'cl-row cl-row-single' : 'cl-row')}
          empty={
            <TableEmpty
              className="cl-empty"
              nothingYet={total === 0}
              nothingYetText="No claims yet. Write one above, or select a passage in the reader and choose “Claim” to tag it to a new claim."
              noun="claim"
              onClearFilters={() => setFilters(NO_CLAIMS_FILTERS)}
            />
          }
        />
      )}
    </main>
  )
}

function toColumnFilters(filters: ClaimsFilters): ColumnFiltersState {
  const list: ColumnFiltersState = []
  if (filters.status) list.push({ id: 'status', value: filters.status satisfies ClaimStatus })
  if (filters.confidence) list.push({ id: 'confidence', value: filters.confidence })
  if (filters.tag) list.push({ id: 'tags', value: filters.tag })
  if (filters.singleSource) list.push({ id: 'independent', value: true })
  return list
}

function openClaim(row: Row<typeof claimsFeatures, ClaimTableRow>): void {
  navigate({ view: 'claim', claimId: row.original.id })
}
