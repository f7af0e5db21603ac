/**
 * The six details of a document, as the metadata sheet and Edit details both ask for them:
 * one set of labels, hints and suggestions, and one way of pointing at the first problem.
 */
import {
  draftProblems,
  SUGGESTED_GENRES,
  type DraftField as Field,
  type MetadataDraft,
} from '@shared/import/metadata-draft'
import { useId } from 'react'
import { DraftField } from './DraftField'

interface MetadataFieldsProps {
  draft: MetadataDraft
  onChange: (draft: MetadataDraft) => void
  /** Whether to show problems: only once the analyst has tried to save. */
  showProblems: boolean
}

export function MetadataFields({ draft, onChange, showProblems }: MetadataFieldsProps) {
  const id = useId()
  const problems = showProblems ? draftProblems(draft) : {}
  const field = (name: Field) => ({
    name,
    id: `${id}-${name}`,
    value: draft[name],
    problem: problems[name],
    onChange: (value: string) => onChange({ ...draft, [name]: value }),
  })
  return (
    <div className="import-fields">
      <DraftField label="Title" {...field('title')} required />
      <DraftField label="Authors" hint="One per line." {...field('authors')} multiline />
      <DraftField label="Outlet" hint="Publication, site or organisation." {...field('outlet')} />
      <DraftField
        label="Published"
        hint="A day, month or year: 18 Jan 2024, Jan 2024, 2024, or c. 2023 when unsure."
        {...field('published')}
      />
      <DraftField label="Genre" {...field('genre')} suggestions={SUGGESTED_GENRES} />
      <DraftField
        label="Source URL"
        hint="Where the original can be found (https://…)."
        {...field('sourceUrl')}
      />
    </div>
  )
}

/**
 * Focuses the first field of `form` with a problem and says whether there was one: the
 * analyst is taken to what stops the save.
 */
export function focusFirstProblem(form: HTMLFormElement, draft: MetadataDraft): boolean {
  const first = (Object.keys(draftProblems(draft)) as Field[])[0]
  if (!first) return false
  form.querySelector<HTMLElement>(`[name="${first}"]`)?.focus()
  return true
}
