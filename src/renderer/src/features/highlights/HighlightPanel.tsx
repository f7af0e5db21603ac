/**
 * The reader's side list of the document's highlights in reading order, then those
 * whose new place needs the analyst's confirmation, then orphans (kept, re-linkable).
 */
import { formatParagraphSpan, paragraphSpan } from '@shared/brief/citation'
import type { DocumentModel } from '@shared/corpus/document-model'
import type { HighlightColorId } from '@shared/highlights/colors'
import type { DocumentHighlights } from '../reader/useHighlightPlacements'
import { memo, useMemo } from 'react'
import { relinkHighlight, removeHighlight } from './actions'
import { ColorNamesEditor } from './ColorNamesEditor'
import { HighlightListItem } from './HighlightListItem'

interface HighlightPanelProps {
  doc: DocumentModel
  highlights: DocumentHighlights
  names: Record<HighlightColorId, string>
  activeId: string | null
  /** Whether text is selected in the document, so a highlight can be re-linked to it. */
  canRelink: boolean
  /** Moves a highlight to the current selection. */
  onRelink: (id: string) => void
  onShow: (id: string) => void
  onEdit: (id: string) => void
}

export const HighlightPanel = memo(function HighlightPanel(props: HighlightPanelProps) {
  const { doc, highlights, names, activeId, canRelink, onRelink, onShow, onEdit } = props
  const { placed, uncertain, orphans } = highlights
  const para = (start: number, end: number) =>
    formatParagraphSpan(paragraphSpan(doc.blocks, start, end))

  return (
    <aside className="highlight-panel" aria-labelledby="highlight-panel-heading">
      <h2 id="highlight-panel-heading">
        Highlights <span className="count">{highlights.all.length}</span>
      </h2>
      {highlights.loaded && highlights.all.length === 0 && (
        <p className="panel-empty">
          Select text in the source and pick a colour (keys 1–5) to highlight it.
        </p>
      )}
      <PlacedList
        doc={doc}
        placed={placed}
        names={names}
        activeId={activeId}
        onShow={onShow}
        onEdit={onEdit}
      />
      {uncertain.length > 0 && (
        <section className="panel-section" aria-labelledby="uncertain-heading">
          <h3 id="uncertain-heading">Needs your confirmation ({uncertain.length})</h3>
          <p className="panel-hint">
            The text changed. These passages were found only approximately.
          </p>
          <ol className="highlight-list">
            {uncertain.map(({ item, start, end, score }) => (
              <HighlightListItem
                key={item.id}
                highlight={item}
                colorName={names[item.color as HighlightColorId]}
                location={`${para(start, end)}, ${Math.round(score * 100)}% match`}
                active={item.id === activeId}
                onShow={onShow}
                onEdit={onEdit}
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
            ))}
          </ol>
        </section>
      )}
      {orphans.length > 0 && (
        <section className="panel-section" aria-labelledby="orphans-heading">
          <h3 id="orphans-heading">Orphaned highlights ({orphans.length})</h3>
          <p className="panel-hint">
            Their passages are no longer in the text. They are kept until you re-link or delete
            them.
          </p>
          <ol className="highlight-list">
            {orphans.map((item) => (
              <HighlightListItem
                key={item.id}
                highlight={item}
                colorName={names[item.color as HighlightColorId]}
                location="not found"
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
            ))}
          </ol>
        </section>
      )}
      <ColorNamesEditor names={names} />
    </aside>
  )
})

function RelinkButton(props: { id: string; enabled: boolean; onRelink: (id: string) => void }) {
  return (
    <button
      type="button"
      className="button-quiet"
      disabled={!props.enabled}
      title={
        props.enabled
          ? 'Attach this highlight to the selected text'
          : 'First select the passage in the text, then re-link'
      }
      onClick={() => props.onRelink(props.id)}
    >
      Re-link to selection
    </button>
  )
}

interface PlacedListProps {
  doc: DocumentModel
  placed: DocumentHighlights['placed']
  names: Record<HighlightColorId, string>
  activeId: string | null
  onShow: (id: string) => void
  onEdit: (id: string) => void
}

/**
 * The placed highlights, apart from the rest of the panel so that a selection change
 * (which only enables "Re-link") does not rebuild a list of thousands; ¶ labels are
 * computed once per change of the list.
 */
const PlacedList = memo(function PlacedList(props: PlacedListProps) {
  const { doc, placed, names, activeId, onShow, onEdit } = props
  const locations = useMemo(
    () =>
      placed.map(({ start, end }) => formatParagraphSpan(paragraphSpan(doc.blocks, start, end))),
    [placed, doc],
  )
  return (
    <ol className="highlight-list">
      {placed.map(({ item }, index) => (
        <HighlightListItem
          key={item.id}
          highlight={item}
          colorName={names[item.color as HighlightColorId]}
          location={locations[index] ?? ''}
          active={item.id === activeId}
          onShow={onShow}
          onEdit={onEdit}
        />
      ))}
    </ol>
  )
})
