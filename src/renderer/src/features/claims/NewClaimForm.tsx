/**
 * A one-line form to write a new claim; the new claim's page opens. The palette's "New
 * claim" puts the focus here.
 */
import { onCommandRequest } from '@shared/commands/command-requests'
import { useEffect, useRef, useState } from 'react'
import type { ClaimRecord } from '../../db/records'
import { newClaim } from './actions'

export function NewClaimForm({ onCreated }: { onCreated: (claim: ClaimRecord) => void }) {
  const [statement, setStatement] = useState('')
  const inputRef = useRef<HTMLInputElement>(null)
  useEffect(() => onCommandRequest('new-claim', () => inputRef.current?.focus()), [])
  return (
    <form
      className="cl-new"
      onSubmit={async (event) => {
        event.preventDefault()
        const claim = await newClaim(statement)
        if (!claim) return
        setStatement('')
        onCreated(claim)
      }}
    >
      <label className="visually-hidden" htmlFor="new-claim">
        New claim
      </label>
      <input
        ref={inputRef}
        id="new-claim"
        type="text"
        dir="auto"
        value={statement}
        placeholder="New claim, e.g. “China mediated the de-escalation”"
        onChange={(event) => setStatement(event.target.value)}
      />
      <button type="submit" className="button" disabled={!statement.trim()}>
        Add claim
      </button>
    </form>
  )
}
