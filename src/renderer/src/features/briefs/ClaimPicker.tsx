/**
 * Claims in a brief: every claim with a chosen status or tag, plus claims picked one by
 * one from a searchable list. Picked claims stay listed first so they are easy to remove.
 */
import { CLAIM_STATUSES, statusLabel, type ClaimStatus } from '@shared/claims/types'
import { claimPickList, claimTags } from '@shared/brief/claim-pick-list'
import type { ClaimSelection } from '@shared/brief/brief-spec'
import { useDeferredValue, useMemo, useState } from 'react'
import type { ClaimRecord } from '../../db/records'
import { CheckList } from './CheckList'

/** How many claims the pick list shows before asking for a narrower search. */
const SHOWN = 100

interface ClaimPickerProps {
  selection: ClaimSelection
  claims: readonly ClaimRecord[]
  onChange: (selection: ClaimSelection) => void
}

export function ClaimPicker({ selection, claims, onChange }: ClaimPickerProps) {
  const [query, setQuery] = useState('')
  // Typing stays fluent with thousands of claims: the list follows a moment behind.
  const deferredQuery = useDeferredValue(query)
  const tags = useMemo(() => claimTags(claims), [claims])
  const picked = new Set(selection.ids)
  const list = useMemo(
    () => claimPickList(claims, deferredQuery, selection.ids, SHOWN),
    [claims, deferredQuery, selection.ids],
  )

  return (
    <div className="bf-claims">
      <CheckList<ClaimStatus>
        legend="All claims with status"
        options={CLAIM_STATUSES.map((s) => ({ value: s, label: statusLabel(s) }))}
        chosen={selection.statuses}
        onChange={(statuses) => onChange({ ...selection, statuses })}
        className="bf-inline"
      />
      <CheckList
        legend="All claims tagged"
        options={tags.map((t) => ({ value: t, label: t }))}
        chosen={selection.tags}
        onChange={(chosenTags) => onChange({ ...selection, tags: chosenTags })}
        empty="No claim has a tag yet."
        className="bf-inline"
      />
      <fieldset className="bf-checks bf-pick">
        <legend>Or pick claims</legend>
        <label className="field">
          <span className="visually-hidden">Search claims to pick</span>
          <input
            type="search"
            value={query}
            placeholder="Search claims to pick…"
            onChange={(e) => setQuery(e.target.value)}
          />
        </label>
        <div className="bf-pick-list">
          {list.shown.map((claim) => (
            <label key={claim.id} className="check">
              <input
                type="checkbox"
                checked={picked.has(claim.id)}
                onChange={(e) =>
                  onChange({
                    ...selection,
                    ids: e.target.checked
                      ? [...selection.ids, claim.id]
                      : selection.ids.filter((id) => id !== claim.id),
                  })
                }
              />
              <span className="bf-claim-statement">{claim.statement}</span>
              <span className={`bf-status bf-status-${claim.status}`}>
                {statusLabel(claim.status)}
              </span>
            </label>
          ))}
          {claims.length === 0 && <p className="panel-hint">No claims yet.</p>}
          {claims.length > 0 && list.shown.length === 0 && (
            <p className="panel-hint">No claim has these words.</p>
          )}
          {list.more > 0 && (
            <p className="panel-hint">
              {list.more.toLocaleString('en')} more: search to narrow the list.
            </p>
          )}
        </div>
      </fieldset>
    </div>
  )
}
