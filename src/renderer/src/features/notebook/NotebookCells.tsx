/** The notebook table's cells: small presentational pieces over one NotebookRow. */
import {
  NOTEBOOK_STATUS_LABELS,
  formatTimestamp,
  type NotebookRow,
} from '@shared/highlights/notebook-rows'
import { routeHash } from '../../nav/routes'

interface CellProps {
  row: NotebookRow
}

/** The quote, clamped to three lines (the full text stays in the DOM and the tooltip). */
export function QuoteCell({ row }: CellProps) {
  return (
    <div className="nb-quote-cell">
      {row.status !== 'placed' && <StatusBadge row={row} />}
      <blockquote className="nb-quote" title={row.quote}>
        {row.quote}
      </blockquote>
    </div>
  )
}

/** Why a highlight is not simply placed, in words and with a visual marker. */
export function StatusBadge({ row }: CellProps) {
  const hints: Partial<Record<NotebookRow['status'], string>> = {
    orphan: 'The quoted text is no longer in the source; the highlight is kept here.',
    uncertain: 'Found only approximately; open the passage to confirm where it belongs.',
    missing: 'The source is no longer in the library.',
  }
  return (
    <span className={`nb-status nb-status-${row.status}`} title={hints[row.status]}>
      {NOTEBOOK_STATUS_LABELS[row.status]}
    </span>
  )
}

export function NoteCell({ row }: CellProps) {
  if (!row.note) return <span className="nb-none">—</span>
  return (
    <p className="nb-note" title={row.note}>
      {row.note}
    </p>
  )
}

export function TagsCell({ row }: CellProps) {
  if (row.tags.length === 0) return <span className="nb-none">—</span>
  return (
    <ul className="nb-tags" aria-label="Tags">
      {row.tags.map((tag) => (
        <li key={tag} className="nb-tag" dir="auto">
          {tag}
        </li>
      ))}
    </ul>
  )
}

export function ColourCell({ row }: CellProps) {
  return (
    <span className="nb-colour">
      <span className={`nb-swatch nb-swatch-${row.color}`} aria-hidden="true" />
      {row.colorName}
    </span>
  )
}

export function ParagraphCell({ row }: CellProps) {
  return row.paragraphs ? (
    <span className="nb-para">{row.paragraphs}</span>
  ) : (
    <span className="nb-none" title={NOTEBOOK_STATUS_LABELS[row.status]}>
      —
    </span>
  )
}

export function CreatedCell({ row }: CellProps) {
  return (
    <time
      className="nb-date"
      dateTime={Number.isFinite(row.createdAt) ? new Date(row.createdAt).toISOString() : undefined}
    >
      {formatTimestamp(row.createdAt)}
    </time>
  )
}

/** A link to the passage in the reader (the row's Enter and click do the same). */
export function OpenCell({ row }: CellProps) {
  const excerpt = row.quote.length > 60 ? `${row.quote.slice(0, 60)}…` : row.quote
  return (
    <a
      className="button-quiet nb-open"
      href={routeHash({ view: 'reader', docId: row.docId, highlightId: row.id })}
      aria-label={`Open passage “${excerpt}” in ${row.sourceTitle}`}
    >
      Open passage
    </a>
  )
}
