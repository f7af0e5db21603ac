/**
 * Which claims the matrix compares: a searchable list of checkboxes. Claims join the
 * matrix as its rightmost column, in the order they are ticked (the numbers show it).
 */
import { suggestClaims } from '@shared/claims/claim-search'
import { useDeferredValue, useMemo, useState } from 'react'
import type { ClaimRecord } from '../../../db/records'

interface ClaimChooserProps {
  claims: ClaimRecord[]
  /** The chosen claims' ids in column order. */
  chosenIds: string[]
  onChange: (claimIds: string[]) => void
}

export function ClaimChooser({ claims, chosenIds, onChange }: ClaimChooserProps) {
  const [query, setQuery] = useState('')
  const deferred = useDeferredValue(query)
  const visible = useMemo(
    () =>
      // By creation, not last change: a click in the matrix touches a claim, and the list
      // must not reorder under the analyst's pointer.
      suggestClaims(
        deferred,
        claims.map((c) => ({ id: c.id, statement: c.statement, updatedAt: c.createdAt })),
        claims.length,
      ).matches,
    [deferred, claims],
  )
  const columnOf = new Map(chosenIds.map((id, index) => [id, index + 1]))
  const toggle = (id: string) =>
    onChange(columnOf.has(id) ? chosenIds.filter((c) => c !== id) : [...chosenIds, id])

  return (
    <section className="mx-chooser" aria-labelledby="mx-chooser-heading">
      <div className="mx-chooser-head">
        <h2 id="mx-chooser-heading">Claims to compare</h2>
        <span className="mx-chooser-count">
          {chosenIds.length} of {claims.length}
        </span>
      </div>
      <label className="field">
        <span className="field-label">Find a claim</span>
        <input
          type="search"
          value={query}
          placeholder="Words in the statement…"
          onChange={(event) => setQuery(event.target.value)}
        />
      </label>
      <fieldset className="mx-claim-options">
        <legend className="visually-hidden">Claims to compare</legend>
        {visible.map((claim) => {
          const column = columnOf.get(claim.id)
          return (
            <label key={claim.id} className="mx-claim-option" title={claim.statement}>
              <input
                type="checkbox"
                checked={column !== undefined}
                onChange={() => toggle(claim.id)}
              />
              <span className="mx-claim-option-text">{claim.statement}</span>
              {column !== undefined && (
                <span className="mx-column-badge">
                  <span className="visually-hidden">column </span>
                  {column}
                </span>
              )}
            </label>
          )
        })}
        {visible.length === 0 && <p className="mx-chooser-none">No claim has these words.</p>}
      </fieldset>
      {chosenIds.length > 0 && (
        <button
          type="button"
          className="button-quiet mx-chooser-clear"
          onClick={() => onChange([])}
        >
          Clear the choice
        </button>
      )}
    </section>
  )
}
