/**
 * Above the claims table: the filters, then grouping, the Columns menu, CSV export of
 * what is shown, and a way to clear the filters while any is set.
 */
import type { ClaimsGrouping } from '@shared/claims/claim-table-rows'
import { hasClaimsFilters, NO_CLAIMS_FILTERS } from '@shared/claims/claims-filters'
import { setEntityFilter } from '../../host/entity-filter'
import { useHost } from '../../host/host-context'
import { exportClaimsCsv } from '../../host/exports/open-exports'
import { ColumnsMenu } from '../../ui/ColumnsMenu'
import { FilterSelect, type FilterSelectOption } from '../../ui/FilterSelect'
import { ClaimsFilterBar } from './ClaimsFilterBar'
import type { ClaimsTableState } from './useClaimsTable'

interface ClaimsToolbarProps {
  state: ClaimsTableState
}

const GROUPING_OPTIONS: FilterSelectOption<ClaimsGrouping>[] = [
  { value: 'none', label: 'Nothing' },
  { value: 'status', label: 'Status' },
  { value: 'tags', label: 'Tag' },
]

export function ClaimsToolbar({ state }: ClaimsToolbarProps) {
  const host = useHost()
  const { table, filters, setFilters } = state

  // The CSV holds what the table shows, so filters apply; grouping by tag repeats a
  // claim per tag, hence one line per distinct claim.
  const exportShown = () => {
    const shownIds = new Set(table.getFilteredRowModel().flatRows.map((row) => row.original.id))
    void exportClaimsCsv(
      host,
      state.rows.filter((row) => shownIds.has(row.id)),
      new Map(state.claims.map((c) => [c.id, c.note])),
    )
  }

  return (
    <div className="filter-bar">
      <ClaimsFilterBar
        filters={filters}
        onChange={setFilters}
        tags={state.tags}
        entity={state.entity}
      />
      <div className="cl-toolbar-end">
        <FilterSelect
          label="Group by"
          layout="inline"
          value={state.grouping}
          options={GROUPING_OPTIONS}
          onChange={state.setGrouping}
        />
        <ColumnsMenu table={table} onReset={state.layout.reset} />
        <button
          type="button"
          className="button-quiet"
          title="Save the claims shown (with the filters applied) as a CSV spreadsheet"
          onClick={exportShown}
        >
          Export CSV
        </button>
        {(hasClaimsFilters(filters) || state.entity.id !== null) && (
          <button
            type="button"
            className="button-quiet"
            onClick={() => {
              setFilters(NO_CLAIMS_FILTERS)
              setEntityFilter(null)
            }}
          >
            Clear filters
          </button>
        )}
      </div>
    </div>
  )
}
