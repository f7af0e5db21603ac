/** The claim's note, saved as the analyst pauses and when they leave the field. */
import type { ClaimRecord } from '../../db/records'
import { useAutosave } from '../../ui/useAutosave'
import { editClaim } from './actions'

export function ClaimNote({ claim }: { claim: ClaimRecord }) {
  const { draft, setDraft, flush } = useAutosave(
    claim.note,
    (note) => void editClaim(claim.id, { note }, 'edit note'),
    { draftKey: `note:claim:${claim.id}` },
  )
  return (
    <label className="field claim-note">
      <span className="field-label">Note</span>
      <textarea
        dir="auto"
        rows={4}
        value={draft}
        placeholder="Reasoning, caveats, what would change your mind…"
        onChange={(event) => setDraft(event.target.value)}
        onBlur={flush}
      />
    </label>
  )
}
