/** Correcting an imported document's details: the metadata sheet's fields, saved as one undoable change. */
import type { DocumentModel } from '@shared/corpus/document-model'
import { draftFromMeta, type MetadataDraft } from '@shared/import/metadata-draft'
import { useId, useRef, useState, type FormEvent, type Ref } from 'react'
import { focusFirstProblem, MetadataFields } from './MetadataFields'
import { saveDetails } from './document-actions'
import { CloseDialogButton } from '../../ui/CloseDialogButton'
import { useDialogHandle, type DialogHandle } from '../../ui/useDialogHandle'

interface EditDetailsDialogProps {
  ref: Ref<DialogHandle>
  doc: DocumentModel
}

export function EditDetailsDialog({ ref, doc }: EditDetailsDialogProps) {
  const id = useId()
  const [draft, setDraft] = useState<MetadataDraft>(() => draftFromMeta(doc.meta))
  const [checked, setChecked] = useState(false)

  const local = useRef<HTMLDialogElement>(null)
  // Filled as the dialog opens: the details may have changed since (a save, an undo,
  // another tab), and a form filled before would save the old ones back.
  useDialogHandle(ref, local, () => {
    setDraft(draftFromMeta(doc.meta))
    setChecked(false)
  })
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const form = event.currentTarget
    setChecked(true)
    if (focusFirstProblem(form, draft)) return
    if (await saveDetails(doc, draft)) form.closest('dialog')?.close()
  }
  return (
    <dialog ref={local} className="dialog dialog-wide" aria-labelledby={`${id}-title`}>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <h2 id={`${id}-title`}>Details of “{doc.meta.title}”</h2>
        <MetadataFields draft={draft} onChange={setDraft} showProblems={checked} />
        <div className="dialog-actions">
          <CloseDialogButton>Cancel</CloseDialogButton>
          <button type="submit" className="button">
            Save details
          </button>
        </div>
      </form>
    </dialog>
  )
}
