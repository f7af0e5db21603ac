/**
 * The claims table: every claim with what supports and contradicts it, counted by
 * independent source, sortable, filterable and groupable; a row opens the claim's page.
 */
import type { ClaimTableRow } from '@shared/claims/claim-table-rows'
import { NO_CLAIMS_FILTERS } from '@shared/claims/claims-filters'
import type { Row } from '@tanstack/react-table'
import { useEffect } from 'react'
import { setEntityFilter } from '../../host/entity-filter'
import { navigate } from '../../nav/useHashRoute'
import { DataTable } from '../../ui/DataTable'
import { TableEmpty } from '../../ui/TableEmpty'
import type { claimsFeatures } from './claims-features'
import { ClaimsToolbar } from './ClaimsToolbar'
import { NewClaimForm } from './NewClaimForm'
import { useClaimsTable } from './useClaimsTable'

interface ClaimsViewProps {
  onReady: () => void
}

const NOTHING_YET =
  'No claims yet. Write one above, or select a passage in the reader and choose “Claim” to tag it to a new claim.'

export function ClaimsView({ onReady }: ClaimsViewProps) {
  const state = useClaimsTable()
  const { table, loaded, setFilters } = state
  useEffect(() => {
    if (loaded) onReady()
  }, [loaded, onReady])

  const shown = table.getFilteredRowModel().rows.length
  const total = state.claims.length
  // Grouped by tag, a claim is a row per tag, so "n of total" would overcount.
  const count =
    state.grouping === 'tags' || shown === total
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
      {total > 0 && <ClaimsToolbar state={state} />}
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
              nothingYetText={NOTHING_YET}
              noun="claim"
              onClearFilters={() => {
                setFilters(NO_CLAIMS_FILTERS)
                setEntityFilter(null)
              }}
            />
          }
        />
      )}
    </main>
  )
}

function openClaim(row: Row<typeof claimsFeatures, ClaimTableRow>): void {
  navigate({ view: 'claim', claimId: row.original.id })
}
