/**
 * The reader's side list of the document's highlights in reading order, then those
 * whose new place needs the analyst's confirmation, then orphans (kept, re-linkable).
 */
import { formatParagraphSpan, paragraphSpan } from '@shared/brief/citation'
import type { DocumentModel } from '@shared/corpus/document-model'
import type { HighlightColorId } from '@shared/highlights/colors'
import type { DocumentHighlights } from '../reader/useHighlightPlacements'
import { useVirtualizer } from '@tanstack/react-virtual'
import { memo, useEffect, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react'
import type { DocumentClaims, ServedClaim } from '../claims/useDocumentClaims'
import { relinkHighlight, removeHighlight } from './actions'
import { ColorNamesEditor } from './ColorNamesEditor'
import { HighlightListItem } from './HighlightListItem'

interface HighlightPanelProps {
  doc: DocumentModel
  highlights: DocumentHighlights
  /** The claims the document's highlights serve. */
  documentClaims: DocumentClaims
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
  const { doc, highlights, documentClaims, names, activeId, canRelink, onRelink, onShow, onEdit } =
    props
  const panelRef = useRef<HTMLElement>(null)
  const [claimFilter, setClaimFilter] = useState('')
  const { byHighlight } = documentClaims
  // A claim that no longer has passages here (or was deleted) stops filtering.
  const filterId = documentClaims.claims.some((c) => c.id === claimFilter) ? claimFilter : ''
  const { placed, uncertain, orphans } = useMemo(() => {
    if (!filterId) return highlights
    const serves = (id: string) => byHighlight.get(id)?.some((c) => c.claimId === filterId)
    return {
      placed: highlights.placed.filter((p) => serves(p.item.id)),
      uncertain: highlights.uncertain.filter((p) => serves(p.item.id)),
      orphans: highlights.orphans.filter((h) => serves(h.id)),
    }
  }, [highlights, filterId, byHighlight])
  const para = (start: number, end: number) =>
    formatParagraphSpan(paragraphSpan(doc.blocks, start, end))

  return (
    <aside className="highlight-panel" aria-labelledby="highlight-panel-heading" ref={panelRef}>
      <h2 id="highlight-panel-heading">
        Highlights <span className="count">{highlights.all.length}</span>
      </h2>
      {highlights.loaded && highlights.all.length === 0 && (
        <p className="panel-empty">
          Select text in the source and pick a colour (keys 1–5) to highlight it.
        </p>
      )}
      {documentClaims.claims.length > 0 && (
        <label className="field panel-filter">
          <span className="field-label">Show</span>
          <select value={filterId} onChange={(event) => setClaimFilter(event.target.value)}>
            <option value="">All highlights</option>
            {documentClaims.claims.map((claim) => (
              <option key={claim.id} value={claim.id}>
                Serving: {claim.statement}
              </option>
            ))}
          </select>
        </label>
      )}
      <PlacedList
        scrollRef={panelRef}
        doc={doc}
        claims={byHighlight}
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
              <li key={item.id}>
                <HighlightListItem
                  highlight={item}
                  colorName={names[item.color as HighlightColorId]}
                  location={`${para(start, end)}, ${Math.round(score * 100)}% match`}
                  claims={byHighlight.get(item.id)}
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
              </li>
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
              <li key={item.id}>
                <HighlightListItem
                  highlight={item}
                  colorName={names[item.color as HighlightColorId]}
                  location="not found"
                  claims={byHighlight.get(item.id)}
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
  /** The panel, which scrolls the list. */
  scrollRef: RefObject<HTMLElement | null>
  doc: DocumentModel
  claims: ReadonlyMap<string, readonly ServedClaim[]>
  placed: DocumentHighlights['placed']
  names: Record<HighlightColorId, string>
  activeId: string | null
  onShow: (id: string) => void
  onEdit: (id: string) => void
}

/** A first guess of an item's height; each is measured once rendered. */
const ESTIMATED_ITEM_HEIGHT = 100

/**
 * The placed highlights, apart from the rest of the panel so that a selection change
 * (which only enables "Re-link") does not rebuild a list of thousands; ¶ labels are
 * computed once per change of the list. Only the items in view are in the DOM: with
 * thousands, every frame (the one that shows a new highlight included) would otherwise
 * pay for the whole list.
 */
const PlacedList = memo(function PlacedList(props: PlacedListProps) {
  const { scrollRef, doc, claims, placed, names, activeId, onShow, onEdit } = props
  const listRef = useRef<HTMLOListElement>(null)
  const [listTop, setListTop] = useState(0)
  const locations = useMemo(
    () =>
      placed.map(({ start, end }) => formatParagraphSpan(paragraphSpan(doc.blocks, start, end))),
    [placed, doc],
  )
  useLayoutEffect(() => {
    const list = listRef.current
    const scroller = scrollRef.current
    if (!list || !scroller) return
    const top =
      list.getBoundingClientRect().top - scroller.getBoundingClientRect().top + scroller.scrollTop
    setListTop((previous) => (Math.abs(previous - top) < 0.5 ? previous : top))
  }, [scrollRef, placed.length])
  // The virtualiser's functions change identity as it measures; nothing here memoises them.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer<HTMLElement, HTMLLIElement>({
    count: placed.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ESTIMATED_ITEM_HEIGHT,
    getItemKey: (index) => placed[index]?.item.id ?? index,
    scrollMargin: listTop,
    overscan: 6,
  })
  // The highlight being shown or edited in the text is brought into view in the list.
  const activeIndex = activeId ? placed.findIndex(({ item }) => item.id === activeId) : -1
  useEffect(() => {
    if (activeIndex >= 0) virtualizer.scrollToIndex(activeIndex, { align: 'auto' })
  }, [activeIndex, virtualizer])

  return (
    <ol
      ref={listRef}
      className="highlight-list highlight-list-virtual"
      style={{ height: virtualizer.getTotalSize() }}
    >
      {virtualizer.getVirtualItems().map((row) => {
        const { item } = placed[row.index]!
        return (
          <li
            key={row.key}
            ref={virtualizer.measureElement}
            data-index={row.index}
            aria-setsize={placed.length}
            aria-posinset={row.index + 1}
            style={{ transform: `translateY(${row.start - listTop}px)` }}
          >
            <HighlightListItem
              highlight={item}
              colorName={names[item.color as HighlightColorId]}
              location={locations[row.index] ?? ''}
              claims={claims.get(item.id)}
              active={item.id === activeId}
              onShow={onShow}
              onEdit={onEdit}
            />
          </li>
        )
      })}
    </ol>
  )
})
