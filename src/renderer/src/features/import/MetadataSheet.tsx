/**
 * The metadata sheet: what the file said about itself, prefilled, for the analyst to
 * confirm or correct before the document is added. Problems are shown beside their
 * fields once the analyst tries to add, and focus goes to the first.
 */
import { draftProblems, type DraftField, type MetadataDraft } from '@shared/import/metadata-draft'
import { useId, useState, type FormEvent } from 'react'
import type { ImportItem } from './import-queue'
import { DraftField as Field } from './DraftField'
import { ExtractedPreview } from './ExtractedPreview'
import { SUGGESTED_GENRES } from '@shared/import/metadata-draft'

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
  const problems = checked ? draftProblems(draft) : {}
  const set = (field: DraftField) => (value: string) => onEdit({ ...draft, [field]: value })

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const found = draftProblems(draft)
    setChecked(true)
    const first = (Object.keys(found) as DraftField[])[0]
    if (first) {
      event.currentTarget.querySelector<HTMLElement>(`[name="${first}"]`)?.focus()
      return
    }
    setBusy(true)
    try {
      await onAdd()
    } finally {
      setBusy(false)
    }
  }

  const field = (name: DraftField) => ({
    name,
    id: `${id}-${name}`,
    value: draft[name],
    problem: problems[name],
    onChange: set(name),
  })
  return (
    <form
      className="import-sheet"
      aria-labelledby={`${id}-heading`}
      onSubmit={(e) => void submit(e)}
      noValidate
    >
      <h3 id={`${id}-heading`}>Details of {item.fileName}</h3>
      <ExtractedPreview extracted={item.extracted} />
      <div className="import-fields">
        <Field label="Title" {...field('title')} required />
        <Field label="Authors" hint="One per line." {...field('authors')} multiline />
        <Field label="Outlet" hint="Publication, site or organisation." {...field('outlet')} />
        <Field
          label="Published"
          hint="A day, month or year: 18 Jan 2024, Jan 2024, 2024, or c. 2023 when unsure."
          {...field('published')}
        />
        <Field label="Genre" {...field('genre')} suggestions={SUGGESTED_GENRES} />
        <Field
          label="Source URL"
          hint="Where the original can be found (https://…)."
          {...field('sourceUrl')}
        />
      </div>
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
