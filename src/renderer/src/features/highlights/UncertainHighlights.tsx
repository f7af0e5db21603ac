/**
 * The side list's highlights found only approximately after the text changed: each is
 * confirmed where it was found, or re-linked to the selection.
 */
import type { DocumentModel } from '@shared/corpus/document-model'
import type { HighlightColorId } from '@shared/highlights/colors'
import type { ServedClaim } from '../claims/useDocumentClaims'
import type { DocumentHighlights } from '../reader/useHighlightPlacements'
import { relinkHighlight } from './actions'
import { HighlightListItem } from './HighlightListItem'
import { RelinkButton } from './RelinkButton'

interface UncertainHighlightsProps {
  doc: DocumentModel
  uncertain: DocumentHighlights['uncertain']
  claims: ReadonlyMap<string, readonly ServedClaim[]>
  names: Record<HighlightColorId, string>
  activeId: string | null
  canRelink: boolean
  /** Labels a passage as citations locate it ("¶3–4", or "p. 7" in a source with pages). */
  locate: (start: number, end: number) => string
  onRelink: (id: string) => void
  onShow: (id: string) => void
  onEdit: (id: string) => void
}

export function UncertainHighlights(props: UncertainHighlightsProps) {
  const { doc, uncertain, claims, names, activeId, canRelink, locate, onRelink } = props
  if (uncertain.length === 0) return null
  return (
    <section className="panel-section" aria-labelledby="uncertain-heading">
      <h3 id="uncertain-heading">Needs your confirmation ({uncertain.length})</h3>
      <p className="panel-hint">The text changed. These passages were found only approximately.</p>
      <ol className="highlight-list">
        {uncertain.map(({ item, start, end, score }) => (
          <li key={item.id}>
            <HighlightListItem
              highlight={item}
              colorName={names[item.color as HighlightColorId]}
              location={`${locate(start, end)}, ${Math.round(score * 100)}% match`}
              claims={claims.get(item.id)}
              active={item.id === activeId}
              onShow={props.onShow}
              onEdit={props.onEdit}
            >
              <button
                type="button"
                className="button-quiet"
                onClick={() =>
                  void relinkHighlight(item.id, doc, { start, end }, 'confirm placement')
                }
              >
                Confirm
              </button>
              <RelinkButton id={item.id} enabled={canRelink} onRelink={onRelink} />
            </HighlightListItem>
          </li>
        ))}
      </ol>
    </section>
  )
}
