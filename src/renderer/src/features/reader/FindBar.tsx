/**
 * The reader's find bar: a row above the document (never over it, so it cannot cover the
 * selection toolbar or a popover, nor be covered by them) with the query, the count of
 * matches and buttons to step through them and close.
 */
import { FIND_MATCH_LIMIT, type FindResult } from '@shared/search/find-in-text'
import { useId, type KeyboardEvent, type RefObject } from 'react'
import '../../styles/find.css'

interface FindBarProps {
  query: string
  result: FindResult
  current: number | null
  paintable: boolean
  inputRef: RefObject<HTMLInputElement | null>
  onQuery: (query: string) => void
  onNext: () => void
  onPrevious: () => void
  onClose: () => void
}

const count = new Intl.NumberFormat('en')

/** "3 of 17", "3 of 10,000+", "No matches", or nothing before a query is typed. */
export function findStatus(query: string, result: FindResult, current: number | null): string {
  if (query.trim() === '') return ''
  if (result.matches.length === 0 || current === null) return 'No matches'
  const total = result.capped
    ? `${count.format(FIND_MATCH_LIMIT)}+`
    : count.format(result.matches.length)
  return `${count.format(current + 1)} of ${total}`
}

export function FindBar(props: FindBarProps) {
  const { query, result, current, paintable, inputRef } = props
  const { onQuery, onNext, onPrevious, onClose } = props
  const status = findStatus(query, result, current)
  const none = result.matches.length === 0
  const statusId = useId()

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key === 'Escape') onClose()
    else if (event.key === 'Enter' && event.target === inputRef.current) {
      if (event.shiftKey) onPrevious()
      else onNext()
    } else return
    event.preventDefault()
    event.stopPropagation()
  }

  return (
    <div className="find-bar" role="search" aria-label="Find in document" onKeyDown={onKeyDown}>
      <input
        ref={inputRef}
        className="find-input"
        type="text"
        value={query}
        onChange={(event) => onQuery(event.target.value)}
        aria-label="Find in document"
        aria-describedby={statusId}
        placeholder="Find in document"
        spellCheck={false}
        autoComplete="off"
      />
      <span
        id={statusId}
        className={status === 'No matches' ? 'find-status find-status-none' : 'find-status'}
        role="status"
        aria-live="polite"
      >
        {status}
      </span>
      {!paintable && !none && (
        <span className="find-note">
          Matches are counted but cannot be painted in this browser.
        </span>
      )}
      <button
        type="button"
        className="tool find-button"
        onClick={onPrevious}
        disabled={none}
        aria-label="Previous match"
        title="Previous match (Shift+Enter, Shift+F3)"
        aria-keyshortcuts="Shift+Enter Shift+F3"
      >
        <span aria-hidden="true">↑</span>
      </button>
      <button
        type="button"
        className="tool find-button"
        onClick={onNext}
        disabled={none}
        aria-label="Next match"
        title="Next match (Enter, F3)"
        aria-keyshortcuts="Enter F3"
      >
        <span aria-hidden="true">↓</span>
      </button>
      <button
        type="button"
        className="tool tool-close find-button find-close"
        onClick={onClose}
        aria-label="Close find"
        title="Close find (Escape)"
        aria-keyshortcuts="Escape"
      >
        <span aria-hidden="true">×</span>
      </button>
    </div>
  )
}
