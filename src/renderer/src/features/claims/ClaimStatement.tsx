/** The claim's statement as the page heading, editable in place (Enter saves, Escape cancels). */
import { useRef, useState } from 'react'
import type { ClaimRecord } from '../../db/records'
import { editClaim } from './actions'

export function ClaimStatement({ claim }: { claim: ClaimRecord }) {
  const [editing, setEditing] = useState(false)
  const [draft, setDraft] = useState(claim.statement)
  const editRef = useRef<HTMLButtonElement>(null)
  const finish = () => {
    setEditing(false)
    requestAnimationFrame(() => editRef.current?.focus())
  }
  const save = async () => {
    if (
      draft.trim() === claim.statement ||
      (await editClaim(claim.id, { statement: draft }, 'edit statement'))
    ) {
      finish()
    }
  }

  if (editing) {
    return (
      <form
        className="claim-statement-form"
        onSubmit={(event) => {
          event.preventDefault()
          void save()
        }}
      >
        <label className="field">
          <span className="field-label">Statement</span>
          <textarea
            dir="auto"
            rows={2}
            value={draft}
            autoFocus
            onChange={(event) => setDraft(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter' && !event.shiftKey) {
                event.preventDefault()
                void save()
              } else if (event.key === 'Escape') {
                event.preventDefault()
                setDraft(claim.statement)
                finish()
              }
            }}
          />
        </label>
        <div className="editor-actions">
          <button
            type="button"
            className="button-quiet"
            onClick={() => {
              setDraft(claim.statement)
              finish()
            }}
          >
            Cancel
          </button>
          <button type="submit" className="button">
            Save statement
          </button>
        </div>
      </form>
    )
  }
  return (
    <div className="claim-statement">
      <h1 id="claim-heading" dir="auto">
        {claim.statement}
      </h1>
      <button
        ref={editRef}
        type="button"
        className="button-quiet"
        onClick={() => {
          setDraft(claim.statement)
          setEditing(true)
        }}
      >
        Edit statement
      </button>
    </div>
  )
}
