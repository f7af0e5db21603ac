/**
 * A listbox of sources. Arrow keys or j/k move the active source, Home/End jump, Enter or
 * Space opens it; clicking opens directly. Focus stays on the list so j/k keeps working.
 *
 * Virtualised: a library of 10,000 sources renders the options in view and a few more,
 * in the list's normal flow, the first and last with margins that stand for the rest (so
 * the options stay the listbox's own children; a padding on the scrolling list itself
 * could not be scrolled past, it would only make the list taller), each with its position in the whole list for assistive
 * technology. The active option is scrolled into view, so it is always rendered when
 * `aria-activedescendant` names it.
 */
import { statedGenre, type DocumentSummary } from '@shared/corpus/document-model'
import { describeAuthors, describeOutlet, describePublished } from '@shared/corpus/describe-meta'
import { useVirtualizer } from '@tanstack/react-virtual'
import { useEffect, useRef, useState, type KeyboardEvent } from 'react'
import { moveIndex } from '../../ui/list-navigation'

interface SourceListProps {
  docs: DocumentSummary[]
  openId: string | null
  onOpen: (id: string) => void
}

export function SourceList({ docs, openId, onOpen }: SourceListProps) {
  const [activeId, setActiveId] = useState(openId)
  const [followedOpenId, setFollowedOpenId] = useState(openId)
  const listRef = useRef<HTMLUListElement>(null)
  // When another source is opened (a link, the back button), the active item follows it.
  if (followedOpenId !== openId) {
    setFollowedOpenId(openId)
    setActiveId(openId)
  }
  const activeIndex = Math.max(
    0,
    docs.findIndex((doc) => doc.meta.id === activeId),
  )
  const activeDoc = docs[activeIndex]
  const setActive = (index: number) => setActiveId(docs[index]?.meta.id ?? null)

  // The virtualiser's functions change identity as it measures; nothing here memoises them.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer<HTMLUListElement, HTMLLIElement>({
    count: docs.length,
    getScrollElement: () => listRef.current,
    estimateSize: () => ESTIMATED_OPTION_HEIGHT,
    getItemKey: (index) => docs[index]?.meta.id ?? index,
    paddingStart: LIST_PADDING,
    paddingEnd: LIST_PADDING,
    overscan: 8,
  })
  const activeKnown = activeDoc !== undefined
  useEffect(() => {
    if (activeKnown) virtualizer.scrollToIndex(activeIndex, { align: 'auto' })
  }, [activeKnown, activeIndex, virtualizer])
  const rows = virtualizer.getVirtualItems()
  const before = (rows[0]?.start ?? LIST_PADDING) - LIST_PADDING
  const after = virtualizer.getTotalSize() - (rows.at(-1)?.end ?? 0) - LIST_PADDING

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return
    if ((event.key === 'Enter' || event.key === ' ') && activeDoc) {
      event.preventDefault()
      onOpen(activeDoc.meta.id)
      return
    }
    const next = moveIndex(event.key, activeIndex, docs.length)
    if (next !== null) {
      event.preventDefault()
      setActive(next)
    }
  }

  return (
    <ul
      ref={listRef}
      className="source-list"
      role="listbox"
      aria-label="Sources"
      tabIndex={0}
      aria-activedescendant={activeDoc ? optionId(activeDoc.meta.id) : undefined}
      onKeyDown={onKeyDown}
    >
      {rows.map((row) => {
        const index = row.index
        const doc = docs[index]!
        return (
          <li
            key={row.key}
            ref={virtualizer.measureElement}
            data-index={index}
            id={optionId(doc.meta.id)}
            aria-setsize={docs.length}
            aria-posinset={index + 1}
            style={{
              marginTop: row === rows[0] ? Math.max(0, before) : undefined,
              marginBottom: row === rows.at(-1) ? Math.max(0, after) : undefined,
            }}
            role="option"
            aria-selected={doc.meta.id === openId}
            className={index === activeIndex ? 'source source-active' : 'source'}
            onClick={() => {
              setActive(index)
              onOpen(doc.meta.id)
              listRef.current?.focus()
            }}
          >
            <span className="source-title">{doc.meta.title}</span>
            <span className="source-authors">{describeAuthors(doc.meta.authors)}</span>
            <span className="source-meta">
              <span className={doc.meta.outlet ? undefined : 'unknown'}>
                {describeOutlet(doc.meta.outlet)}
              </span>
              <span aria-hidden="true"> · </span>
              <span className={doc.meta.published?.basis === 'stated' ? undefined : 'unknown'}>
                {describePublished(doc.meta.published).replace(
                  ' (inferred from the text)',
                  ', inferred',
                )}
              </span>
            </span>
            <span className="source-tags">
              {statedGenre(doc.meta) && <span className="genre-tag">{statedGenre(doc.meta)}</span>}
              {doc.meta.imported && (
                <span
                  className="imported-badge"
                  title={`Imported from a ${doc.meta.imported.format} file`}
                >
                  Imported
                </span>
              )}
            </span>
          </li>
        )
      })}
    </ul>
  )
}

/** The list's padding above the first and below the last option, as library.css had it. */
const LIST_PADDING = 6
/** A source with a one-line title, authors, a meta line and tags; measured once shown. */
const ESTIMATED_OPTION_HEIGHT = 96

function optionId(docId: string): string {
  return `source-${docId}`
}
