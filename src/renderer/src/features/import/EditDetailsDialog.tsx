/** Correcting an imported document's details: the metadata sheet's fields, saved as one undoable change. */
import type { DocumentModel } from '@shared/corpus/document-model'
import {
  draftFromMeta,
  draftProblems,
  SUGGESTED_GENRES,
  type DraftField as Field,
  type MetadataDraft,
} from '@shared/import/metadata-draft'
import { useId, useRef, useState, type FormEvent, type Ref } from 'react'
import { DraftField } from './DraftField'
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
  const problems = checked ? draftProblems(draft) : {}

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
    const first = (Object.keys(draftProblems(draft)) as Field[])[0]
    if (first) {
      form.querySelector<HTMLElement>(`[name="${first}"]`)?.focus()
      return
    }
    if (await saveDetails(doc, draft)) form.closest('dialog')?.close()
  }
  const field = (name: Field) => ({
    name,
    id: `${id}-${name}`,
    value: draft[name],
    problem: problems[name],
    onChange: (value: string) => setDraft({ ...draft, [name]: value }),
  })

  return (
    <dialog ref={local} className="dialog dialog-wide" aria-labelledby={`${id}-title`}>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <h2 id={`${id}-title`}>Details of “{doc.meta.title}”</h2>
        <div className="import-fields">
          <DraftField label="Title" {...field('title')} required />
          <DraftField label="Authors" hint="One per line." {...field('authors')} multiline />
          <DraftField label="Outlet" {...field('outlet')} />
          <DraftField
            label="Published"
            hint="A day, month or year: 18 Jan 2024, Jan 2024, 2024, or c. 2023."
            {...field('published')}
          />
          <DraftField label="Genre" {...field('genre')} suggestions={SUGGESTED_GENRES} />
          <DraftField label="Source URL" {...field('sourceUrl')} />
        </div>
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
