/** What was read from the file, so the analyst can tell it is the right text before adding. */
import type { ExtractedDocument } from '@shared/import/extracted'
import { extractedSummary } from './extracted-summary'

export function ExtractedPreview({ extracted }: { extracted: ExtractedDocument }) {
  const summary = extractedSummary(extracted)
  return (
    <div className="import-preview">
      <p className="import-preview-counts">{summary.counts}</p>
      {summary.opening && (
        <blockquote className="import-preview-text">{summary.opening}</blockquote>
      )}
      {extracted.notices.length > 0 && (
        <ul className="import-notices" aria-label="What Casefile noticed">
          {extracted.notices.map((notice) => (
            <li key={notice}>{notice}</li>
          ))}
        </ul>
      )}
    </div>
  )
}
