/**
 * The metadata sheet: what the file said about itself, prefilled, for the analyst to
 * confirm or correct before the document is added. Problems are shown beside their
 * fields once the analyst tries to add, and focus goes to the first.
 */
import type { MetadataDraft } from '@shared/import/metadata-draft'
import { useId, useState, type FormEvent } from 'react'
import type { ImportItem } from './import-queue'
import { ExtractedPreview } from './ExtractedPreview'
import { focusFirstProblem, MetadataFields } from './MetadataFields'

interface MetadataSheetProps {
  item: ImportItem & { status: 'review' }
  onEdit: (draft: MetadataDraft) => void
  onAdd: () => Promise<boolean>
  onSkip: () => void
}

export function MetadataSheet({ item, onEdit, onAdd, onSkip }: MetadataSheetProps) {
  const id = useId()
  const [checked, setChecked] = useState(false)
  const [busy, setBusy] = useState(false)
  const { draft } = item

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    setChecked(true)
    if (focusFirstProblem(event.currentTarget, draft)) return
    setBusy(true)
    try {
      await onAdd()
    } finally {
      setBusy(false)
    }
  }

  return (
    <form
      className="import-sheet"
      aria-labelledby={`${id}-heading`}
      onSubmit={(e) => void submit(e)}
      noValidate
    >
      <h3 id={`${id}-heading`}>Details of {item.fileName}</h3>
      <ExtractedPreview extracted={item.extracted} />
      <MetadataFields draft={draft} onChange={onEdit} showProblems={checked} />
      <div className="dialog-actions">
        <button type="button" className="button-quiet" onClick={onSkip} disabled={busy}>
          Skip this file
        </button>
        <button type="submit" className="button" disabled={busy}>
          Add to library
        </button>
      </div>
    </form>
  )
}
