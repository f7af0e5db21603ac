/**
 * The brief's words and choices: title, author line, the analyst's Markdown summary
 * (with its own preview), what goes in, and the order of the sections. Text saves itself
 * when the analyst pauses; choices save at once.
 */
import type { BriefSpec } from '@shared/brief/brief-spec'
import { HIGHLIGHT_COLOR_IDS, type HighlightColorId } from '@shared/highlights/colors'
import { useMemo, useState } from 'react'
import type { BriefRecord } from '../../db/records'
import type { WorkspaceSnapshot } from '../../db/workspace-snapshot'
import { SegmentedToggle } from '../../ui/SegmentedToggle'
import { useAutosave } from '../../ui/useAutosave'
import { editBrief } from './actions'
import { CheckList } from './CheckList'
import { ClaimPicker } from './ClaimPicker'
import { MarkdownPreview } from './MarkdownPreview'
import { SectionOrder } from './SectionOrder'

const SUMMARY_TABS = [
  { value: 'write', label: 'Write' },
  { value: 'preview', label: 'Preview' },
] as const

/** The words being typed, ahead of the database, so the preview follows every key. */
export interface BriefDrafts {
  title: string
  author: string
  summary: string
}

interface BriefComposerProps {
  brief: BriefRecord
  snapshot: WorkspaceSnapshot | undefined
  onDrafts: (drafts: BriefDrafts) => void
  /** Focus the title with its text selected (a brief just created). */
  focusTitle?: boolean
}

function useTextField(brief: BriefRecord, field: keyof BriefDrafts) {
  return useAutosave(brief[field], (value) => {
    // An emptied title is not saved (a brief always has a name); the field keeps the text.
    if (field === 'title' && !value.trim()) return
    void editBrief(brief.id, { [field]: value })
  })
}

export function BriefComposer({ brief, snapshot, onDrafts, focusTitle }: BriefComposerProps) {
  const title = useTextField(brief, 'title')
  const author = useTextField(brief, 'author')
  const summary = useTextField(brief, 'summary')
  const [summaryTab, setSummaryTab] = useState<'write' | 'preview'>('write')
  const choose = (patch: Partial<BriefSpec>) => void editBrief(brief.id, patch)
  const draft = (patch: Partial<BriefDrafts>) =>
    onDrafts({ title: title.draft, author: author.draft, summary: summary.draft, ...patch })

  const highlightTags = useMemo(
    () =>
      [...new Set(snapshot?.highlights.flatMap((h) => h.tags) ?? [])].sort((a, b) =>
        a.localeCompare(b),
      ),
    [snapshot],
  )
  const eventCounts = useMemo(() => {
    const counts = new Map<string, number>()
    for (const e of snapshot?.events ?? [])
      counts.set(e.timelineId, (counts.get(e.timelineId) ?? 0) + 1)
    return counts
  }, [snapshot])

  return (
    <form className="bf-composer" onSubmit={(e) => e.preventDefault()} aria-label="Compose brief">
      <label className="field bf-title">
        <span className="field-label">Title</span>
        <input
          type="text"
          value={title.draft}
          onChange={(e) => {
            title.setDraft(e.target.value)
            draft({ title: e.target.value })
          }}
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
          onChange={(e) => {
            author.setDraft(e.target.value)
            draft({ author: e.target.value })
          }}
          onBlur={author.flush}
        />
      </label>
      <div className="bf-summary">
        <div className="bf-summary-head">
          <span className="field-label" id="bf-summary-label">
            Summary (Markdown)
          </span>
          <SegmentedToggle
            label="Summary"
            options={SUMMARY_TABS}
            value={summaryTab}
            onChange={setSummaryTab}
          />
        </div>
        {summaryTab === 'write' ? (
          <textarea
            aria-labelledby="bf-summary-label"
            value={summary.draft}
            rows={8}
            placeholder={'Key judgements, in Markdown: **bold**, _italic_, lists, links…'}
            onChange={(e) => {
              summary.setDraft(e.target.value)
              draft({ summary: e.target.value })
            }}
            onBlur={summary.flush}
          />
        ) : (
          <div className="bf-summary-preview" aria-labelledby="bf-summary-label">
            {summary.draft.trim() ? (
              <MarkdownPreview markdown={summary.draft} idPrefix="summary" />
            ) : (
              <p className="panel-hint">Nothing written yet.</p>
            )}
          </div>
        )}
      </div>

      <h2 className="bf-part">Claims</h2>
      <ClaimPicker
        selection={brief.claims}
        claims={snapshot?.claims ?? []}
        onChange={(claims) => choose({ claims })}
      />

      <h2 className="bf-part">Timelines</h2>
      <CheckList
        legend="Timelines in this brief"
        options={(snapshot?.timelines ?? []).map((t) => ({
          value: t.id,
          label: (
            <>
              {t.title} <span className="count">{eventCounts.get(t.id) ?? 0} events</span>
            </>
          ),
        }))}
        chosen={brief.timelineIds}
        onChange={(timelineIds) => choose({ timelineIds })}
        empty="No timelines yet."
      />

      <h2 className="bf-part">Highlights</h2>
      <CheckList<HighlightColorId>
        legend="All highlights in colour"
        options={HIGHLIGHT_COLOR_IDS.map((c) => ({
          value: c,
          label: (
            <>
              <span className={`hl-dot swatch-${c}`} aria-hidden="true" />
              {snapshot?.colorNames[c] ?? c}
            </>
          ),
        }))}
        chosen={brief.highlights.colors as HighlightColorId[]}
        onChange={(colors) => choose({ highlights: { ...brief.highlights, colors } })}
        className="bf-inline"
      />
      <CheckList
        legend="All highlights tagged"
        options={highlightTags.map((t) => ({ value: t, label: t }))}
        chosen={brief.highlights.tags}
        onChange={(tags) => choose({ highlights: { ...brief.highlights, tags } })}
        empty="No highlight has a tag yet."
        className="bf-inline"
      />

      <h2 className="bf-part">Layout</h2>
      <SectionOrder sections={brief.sections} onChange={(sections) => choose({ sections })} />
    </form>
  )
}
