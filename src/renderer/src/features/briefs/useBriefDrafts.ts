/**
 * The brief's title, author line and summary as typed: each saves itself when the analyst
 * pauses, and every keystroke reports all three so the preview follows ahead of the database.
 */
import type { BriefRecord } from '../../db/records'
import { useAutosave } from '../../ui/useAutosave'
import { editBrief } from './actions'

/** The words being typed, ahead of the database, so the preview follows every key. */
export interface BriefDrafts {
  title: string
  author: string
  summary: string
}

function useTextField(brief: BriefRecord, field: keyof BriefDrafts) {
  return useAutosave(
    brief[field],
    (value) => {
      // An emptied title is not saved (a brief always has a name); the field keeps the text.
      if (field === 'title' && !value.trim()) return
      void editBrief(brief.id, { [field]: value })
    },
    { draftKey: `brief:${field}:${brief.id}` },
  )
}

/** A text field of the brief: its draft, what a keystroke does, and what leaving it does. */
export interface BriefTextField {
  draft: string
  change: (value: string) => void
  flush: () => void
}

/** The three text fields of `brief`; `onDrafts` hears all three on every change. */
export function useBriefDrafts(
  brief: BriefRecord,
  onDrafts: (drafts: BriefDrafts) => void,
): Record<keyof BriefDrafts, BriefTextField> {
  const title = useTextField(brief, 'title')
  const author = useTextField(brief, 'author')
  const summary = useTextField(brief, 'summary')
  const drafts = { title: title.draft, author: author.draft, summary: summary.draft }
  const field = (
    name: keyof BriefDrafts,
    text: ReturnType<typeof useTextField>,
  ): BriefTextField => ({
    draft: text.draft,
    flush: text.flush,
    change: (value) => {
      text.setDraft(value)
      onDrafts({ ...drafts, [name]: value })
    },
  })
  return {
    title: field('title', title),
    author: field('author', author),
    summary: field('summary', summary),
  }
}
