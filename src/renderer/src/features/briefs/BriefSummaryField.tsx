/** The brief's Markdown summary, written in a text area or seen as it will read. */
import { useState } from 'react'
import { SegmentedToggle } from '../../ui/SegmentedToggle'
import { MarkdownPreview } from './MarkdownPreview'
import type { BriefTextField } from './useBriefDrafts'

const SUMMARY_TABS = [
  { value: 'write', label: 'Write' },
  { value: 'preview', label: 'Preview' },
] as const

/** Write and Preview tabs over the one summary draft. */
export function BriefSummaryField({ summary }: { summary: BriefTextField }) {
  const [summaryTab, setSummaryTab] = useState<'write' | 'preview'>('write')
  return (
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
          onChange={(e) => summary.change(e.target.value)}
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
  )
}
