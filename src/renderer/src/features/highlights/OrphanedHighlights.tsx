/**
 * The side list's highlights whose passage is gone from the text: kept, never dropped,
 * until the analyst re-links or deletes them.
 */
import type { HighlightColorId } from '@shared/highlights/colors'
import type { ServedClaim } from '../claims/useDocumentClaims'
import type { DocumentHighlights } from '../reader/useHighlightPlacements'
import { removeHighlight } from './actions'
import { HighlightListItem } from './HighlightListItem'
import { RelinkButton } from './RelinkButton'

interface OrphanedHighlightsProps {
  orphans: DocumentHighlights['orphans']
  claims: ReadonlyMap<string, readonly ServedClaim[]>
  names: Record<HighlightColorId, string>
  canRelink: boolean
  onRelink: (id: string) => void
  onEdit: (id: string) => void
}

export function OrphanedHighlights(props: OrphanedHighlightsProps) {
  const { orphans, claims, names, canRelink, onRelink, onEdit } = props
  if (orphans.length === 0) return null
  return (
    <section className="panel-section" aria-labelledby="orphans-heading">
      <h3 id="orphans-heading">Orphaned highlights ({orphans.length})</h3>
      <p className="panel-hint">
        Their passages are no longer in the text. They are kept until you re-link or delete them.
      </p>
      <ol className="highlight-list">
        {orphans.map((item) => (
          <li key={item.id}>
            <HighlightListItem
              highlight={item}
              colorName={names[item.color as HighlightColorId]}
              location="not found"
              claims={claims.get(item.id)}
              active={false}
              onEdit={onEdit}
            >
              <RelinkButton id={item.id} enabled={canRelink} onRelink={onRelink} />
              <button
                type="button"
                className="button-quiet button-danger"
                onClick={() => void removeHighlight(item.id)}
              >
                Delete
              </button>
            </HighlightListItem>
          </li>
        ))}
      </ol>
    </section>
  )
}
