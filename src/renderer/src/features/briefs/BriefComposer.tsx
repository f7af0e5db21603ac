/**
 * The brief's words and choices: title, author line, the analyst's Markdown summary
 * (with its own preview), what goes in, and the order of the sections. Text saves itself
 * when the analyst pauses; choices save at once.
 */
import type { BriefRecord } from '../../db/records'
import type { WorkspaceSnapshot } from '../../db/workspace-snapshot'
import { BriefContents } from './BriefContents'
import { BriefSummaryField } from './BriefSummaryField'
import { useBriefDrafts, type BriefDrafts } from './useBriefDrafts'

interface BriefComposerProps {
  brief: BriefRecord
  snapshot: WorkspaceSnapshot | undefined
  onDrafts: (drafts: BriefDrafts) => void
  /** Focus the title with its text selected (a brief just created). */
  focusTitle?: boolean
}

export function BriefComposer({ brief, snapshot, onDrafts, focusTitle }: BriefComposerProps) {
  const { title, author, summary } = useBriefDrafts(brief, onDrafts)

  return (
    <form className="bf-composer" onSubmit={(e) => e.preventDefault()} aria-label="Compose brief">
      <label className="field bf-title">
        <span className="field-label">Title</span>
        <input
          type="text"
          value={title.draft}
          onChange={(e) => title.change(e.target.value)}
          onBlur={title.flush}
          aria-invalid={!title.draft.trim()}
          autoFocus={focusTitle}
          onFocus={(e) => {
            if (focusTitle && e.target.value === brief.title) e.target.select()
          }}
        />
      </label>
      {!title.draft.trim() && (
        <p className="field-error" role="alert">
          A brief needs a title; the last one is kept until you type another.
        </p>
      )}
      <label className="field">
        <span className="field-label">Author line</span>
        <input
          type="text"
          value={author.draft}
          placeholder="e.g. J. Analyst, South Asia desk"
          onChange={(e) => author.change(e.target.value)}
          onBlur={author.flush}
        />
      </label>
      <BriefSummaryField summary={summary} />
      <BriefContents brief={brief} snapshot={snapshot} />
    </form>
  )
}
