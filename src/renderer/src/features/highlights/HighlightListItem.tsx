/**
 * One highlight in the reader's side list: colour, place, quote, note preview, tags. The
 * list supplies the `<li>` around it (the long list positions its own).
 */
import { stanceLabel } from '@shared/claims/types'
import { memo, type ReactNode } from 'react'
import { routeHash } from '../../nav/routes'
import type { HighlightRecord } from '../../db/records'
import type { ServedClaim } from '../claims/useDocumentClaims'

interface HighlightListItemProps {
  highlight: HighlightRecord
  colorName: string
  location: string
  active: boolean
  /** The claims this passage serves, with its stance on each. */
  claims?: readonly ServedClaim[]
  /** Scroll to the passage and flash it; absent for orphans (nowhere to go). */
  onShow?: (id: string) => void
  onEdit: (id: string) => void
  children?: ReactNode
}

/** Memoised: a long list re-renders only the items whose highlight or place changed. */
export const HighlightListItem = memo(function HighlightListItem(props: HighlightListItemProps) {
  const { highlight, colorName, location, active, claims, onShow, onEdit, children } = props
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
    <div className={active ? 'hl-item hl-item-active' : 'hl-item'} data-highlight-id={highlight.id}>
      {onShow ? (
        <button
          type="button"
          className="hl-show"
          onClick={() => onShow(highlight.id)}
          title="Show in the text"
        >
          {summary}
        </button>
      ) : (
        <div className="hl-show">{summary}</div>
      )}
      {claims && claims.length > 0 && (
        <ul className="hl-claims" aria-label="Claims">
          {claims.map((claim) => (
            <li key={claim.claimId}>
              <span className={`stance-mark stance-${claim.stance}`}>
                {stanceLabel(claim.stance)}
              </span>{' '}
              <a href={routeHash({ view: 'claim', claimId: claim.claimId })} dir="auto">
                {claim.statement}
              </a>
            </li>
          ))}
        </ul>
      )}
      <div className="hl-actions">
        <button type="button" className="button-quiet" onClick={() => onEdit(highlight.id)}>
          Edit
        </button>
        {children}
      </div>
    </div>
  )
}, sameItem)

/** Live queries return fresh objects; a highlight is unchanged if its id and version are. */
function sameItem(a: HighlightListItemProps, b: HighlightListItemProps): boolean {
  return (
    a.highlight.id === b.highlight.id &&
    a.highlight.updatedAt === b.highlight.updatedAt &&
    a.colorName === b.colorName &&
    a.location === b.location &&
    a.active === b.active &&
    sameClaims(a.claims, b.claims) &&
    a.onShow === b.onShow &&
    a.onEdit === b.onEdit &&
    a.children === b.children
  )
}

function sameClaims(a: readonly ServedClaim[] = [], b: readonly ServedClaim[] = []): boolean {
  return (
    a.length === b.length &&
    a.every(
      (claim, i) =>
        claim.claimId === b[i]?.claimId &&
        claim.stance === b[i]?.stance &&
        claim.statement === b[i]?.statement,
    )
  )
}
