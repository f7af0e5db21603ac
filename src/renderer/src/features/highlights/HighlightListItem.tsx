/** One highlight in the reader's side list: colour, place, quote, note preview, tags. */
import type { ReactNode } from 'react'
import type { HighlightRecord } from '../../db/records'

interface HighlightListItemProps {
  highlight: HighlightRecord
  colorName: string
  location: string
  active: boolean
  /** Scroll to the passage and flash it; absent for orphans (nowhere to go). */
  onShow?: () => void
  onEdit: () => void
  children?: ReactNode
}

export function HighlightListItem(props: HighlightListItemProps) {
  const { highlight, colorName, location, active, onShow, onEdit, children } = props
  const summary = (
    <>
      <span className="hl-meta">
        <span className={`hl-dot swatch-${highlight.color}`} aria-hidden="true" />
        <span>{colorName}</span>
        <span className="hl-location">{location}</span>
      </span>
      <span className="hl-quote" dir="auto">
        {highlight.selectors.quote.exact}
      </span>
      {highlight.note && (
        <span className="hl-note" dir="auto">
          {highlight.note}
        </span>
      )}
      {highlight.tags.length > 0 && (
        <span className="hl-tags">
          {highlight.tags.map((tag) => (
            <span key={tag} className="tag-chip" dir="auto">
              {tag}
            </span>
          ))}
        </span>
      )}
    </>
  )
  return (
    <li className={active ? 'hl-item hl-item-active' : 'hl-item'} data-highlight-id={highlight.id}>
      {onShow ? (
        <button type="button" className="hl-show" onClick={onShow} title="Show in the text">
          {summary}
        </button>
      ) : (
        <div className="hl-show">{summary}</div>
      )}
      <div className="hl-actions">
        <button type="button" className="button-quiet" onClick={onEdit}>
          Edit
        </button>
        {children}
      </div>
    </li>
  )
}
