/**
 * What was read from the file, so the analyst can tell it is the right text before adding:
 * its counts, how it opens (one paragraph, never the whole text) and what was noticed.
 */
import { useMemo } from 'react'
import type { ExtractedDocument } from '@shared/import/extracted'
import { extractedSummary } from './extracted-summary'

/** The notices shown; a file with more says how many more (a Word file may warn a lot). */
const NOTICES_SHOWN = 12

export function ExtractedPreview({ extracted }: { extracted: ExtractedDocument }) {
  // Once per read file: the sheet re-renders on every keystroke in its fields.
  const summary = useMemo(() => extractedSummary(extracted), [extracted])
  const { notices } = extracted
  const hidden = notices.length - NOTICES_SHOWN
  return (
    <div className="import-preview">
      <p className="import-preview-counts">{summary.counts}</p>
      {summary.opening && (
        <blockquote className="import-preview-text">{summary.opening}</blockquote>
      )}
      {notices.length > 0 && (
        <ul className="import-notices" aria-label="What Casefile noticed">
          {notices.slice(0, NOTICES_SHOWN).map((notice) => (
            <li key={notice}>{notice}</li>
          ))}
          {hidden > 0 && <li>And {hidden === 1 ? '1 more notice' : `${hidden} more notices`}.</li>}
        </ul>
      )}
    </div>
  )
}
