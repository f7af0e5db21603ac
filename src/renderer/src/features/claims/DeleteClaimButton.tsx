/** "Delete claim…" and the dialog that asks first, saying what goes and that undo brings it back. */
import { plural } from '@shared/claims/claim-words'
import { useRef } from 'react'
import type { ClaimRecord } from '../../db/records'
import { navigate } from '../../nav/useHashRoute'
import { removeClaim } from './actions'

interface DeleteClaimButtonProps {
  claim: ClaimRecord
  /** How many evidence links go with it, for the dialog's sentence. */
  evidenceCount: number
}

export function DeleteClaimButton({ claim, evidenceCount }: DeleteClaimButtonProps) {
  const dialogRef = useRef<HTMLDialogElement>(null)
  return (
    <>
      <div className="claim-danger">
        <button
          type="button"
          className="button-quiet button-danger"
          onClick={() => dialogRef.current?.showModal()}
        >
          Delete claim…
        </button>
      </div>
      <dialog ref={dialogRef} className="confirm-dialog" aria-labelledby="delete-claim-title">
        <h2 id="delete-claim-title">Delete this claim?</h2>
        <p>
          “{claim.statement}” and its {plural(evidenceCount, 'evidence link')} will be removed. The
          passages stay highlighted. You can undo this with Ctrl+Z.
        </p>
        <form method="dialog" className="confirm-actions">
          <button type="submit" className="button-quiet" autoFocus>
            Cancel
          </button>
          <button
            type="button"
            className="button button-danger-solid"
            onClick={async () => {
              dialogRef.current?.close()
              if (await removeClaim(claim.id)) navigate({ view: 'claims' })
            }}
          >
            Delete claim
          </button>
        </form>
      </dialog>
    </>
  )
}
