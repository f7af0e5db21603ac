/**
 * The placed highlights of the reader's side list, in reading order, virtualised: only the
 * items in view are in the DOM.
 */
import { formatPassageLocator, passageSpan } from '@shared/corpus/passage-locator'
import type { DocumentModel } from '@shared/corpus/document-model'
import type { HighlightColorId } from '@shared/highlights/colors'
import { useVirtualizer } from '@tanstack/react-virtual'
import { memo, useEffect, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react'
import type { ServedClaim } from '../claims/useDocumentClaims'
import type { DocumentHighlights } from '../reader/useHighlightPlacements'
import { HighlightListItem } from './HighlightListItem'

interface PlacedHighlightListProps {
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
 * (which only enables "Re-link") does not rebuild a list of thousands; locations are
 * computed once per change of the list. Only the items in view are in the DOM: with
 * thousands, every frame (the one that shows a new highlight included) would otherwise
 * pay for the whole list.
 */
export const PlacedHighlightList = memo(function PlacedHighlightList(
  props: PlacedHighlightListProps,
) {
  const { scrollRef, doc, claims, placed, names, activeId, onShow, onEdit } = props
  const listRef = useRef<HTMLOListElement>(null)
  const [listTop, setListTop] = useState(0)
  const locations = useMemo(
    () => placed.map(({ start, end }) => formatPassageLocator(passageSpan(doc.blocks, start, end))),
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
