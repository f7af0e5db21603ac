/**
 * A listbox of sources. Arrow keys or j/k move the active source, Home/End jump, Enter or
 * Space opens it; clicking opens directly. Focus stays on the list so j/k keeps working.
 */
import { statedGenre, type DocumentSummary } from '@shared/corpus/document-model'
import { describeAuthors, describeOutlet, describePublished } from '@shared/corpus/describe-meta'
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

  useEffect(() => {
    if (!activeDoc) return
    document.getElementById(optionId(activeDoc.meta.id))?.scrollIntoView({ block: 'nearest' })
  }, [activeDoc])

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
      {docs.map((doc, index) => (
        <li
          key={doc.meta.id}
          id={optionId(doc.meta.id)}
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
      ))}
    </ul>
  )
}

function optionId(docId: string): string {
  return `source-${docId}`
}
