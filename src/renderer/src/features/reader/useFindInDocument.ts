/**
 * Find in the open document: Ctrl+F (Cmd+F) opens the find bar, the query is matched
 * against the canonical text as it is typed (shared/search/find-in-text), the matches are
 * painted and the current one is scrolled into view; Escape gives the focus back.
 */
import type { DocumentModel } from '@shared/corpus/document-model'
import { onCommandRequest } from '@shared/commands/command-requests'
import { keyPlatform, matchesCombo } from '@shared/commands/key-combo'
import { findInText, prepareFindText, type FindResult } from '@shared/search/find-in-text'
import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type RefObject,
} from 'react'
import { offsetOfBoundary } from './lib/dom-offsets'
import {
  clearFindMatches,
  matchRanges,
  paintCurrentMatch,
  paintFindMatches,
  revealRange,
} from './lib/find-paint'
import { canPaintHighlights } from './lib/highlight-paint'

/** What the find bar shows and does. */
export interface FindInDocument {
  open: boolean
  query: string
  result: FindResult
  /** Index of the current match in `result.matches`, or null when there is none. */
  current: number | null
  /** False where the browser cannot paint matches (they are still counted and shown). */
  paintable: boolean
  inputRef: RefObject<HTMLInputElement | null>
  setQuery: (query: string) => void
  next: () => void
  previous: () => void
  close: () => void
}

const NONE: FindResult = { matches: [], capped: false }

/** Whether Ctrl+F (Cmd+F on a Mac) was pressed, and nothing else with it. */
/** The find shortcut, as the shortcuts sheet and the palette cite it. */
export const FIND_COMBO = 'Mod+F'

const PLATFORM = keyPlatform(typeof navigator === 'undefined' ? '' : navigator.platform)

/** Ctrl+F, or Cmd+F on a Mac (where Ctrl+F moves the caret and Ctrl+Cmd+F is full screen). */
function isFindKey(event: KeyboardEvent): boolean {
  return matchesCombo(event, FIND_COMBO, PLATFORM)
}

/**
 * A dialog (backup, about, import, the palette) is open over the reader: leave its keys
 * alone. Every <dialog> in the app is shown modal; the reader's popovers are not <dialog>s.
 */
function dialogOpen(): boolean {
  return document.querySelector('dialog[open]') !== null
}

/** The first match starting at or after `offset`, wrapping round to the first. */
function firstFrom(result: FindResult, offset: number): number | null {
  const { matches } = result
  if (matches.length === 0) return null
  let lo = 0
  let hi = matches.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (matches[mid]!.start >= offset) hi = mid
    else lo = mid + 1
  }
  return lo < matches.length ? lo : 0
}

/**
 * Where finding starts from when the bar opens: the start of the analyst's selection in
 * the document if there is one, else the text at the top of the reader.
 */
function startingOffset(body: Element, scroller: Element): number {
  const selection = document.getSelection()
  if (selection && selection.rangeCount > 0 && !selection.isCollapsed) {
    const range = selection.getRangeAt(0)
    if (body.contains(range.startContainer)) {
      return offsetOfBoundary(body, range.startContainer, range.startOffset) ?? 0
    }
  }
  const box = scroller.getBoundingClientRect()
  for (const block of body.querySelectorAll('[data-block][data-start]')) {
    if (block.getBoundingClientRect().bottom > box.top) {
      return Number(block.getAttribute('data-start')) || 0
    }
  }
  return 0
}

export function useFindInDocument(
  doc: DocumentModel,
  bodyRef: RefObject<HTMLElement | null>,
  scrollerRef: RefObject<HTMLElement | null>,
): FindInDocument {
  const [open, setOpen] = useState(false)
  const [query, setQuery] = useState('')
  // The offset the current match is the first match at or after; next and previous
  // move it to a neighbouring match, typing keeps it (so the current match stays put
  // while it still matches).
  const [cursor, setCursor] = useState(0)
  // Bumped whenever the current match should be brought into view.
  const [reveal, setReveal] = useState(0)
  const inputRef = useRef<HTMLInputElement>(null)
  const returnTo = useRef<Element | null>(null)
  // Bumped to focus the field once the bar is on screen.
  const [focusTick, setFocusTick] = useState(0)

  // The text is folded once, when the bar first opens (and again if the text changes,
  // as a re-import does), not on every keystroke.
  const [used, setUsed] = useState(false)
  const prepared = useMemo(() => (used ? prepareFindText(doc.text) : null), [used, doc.text])
  const result = useMemo(
    () => (open && prepared ? findInText(prepared, query) : NONE),
    [open, prepared, query],
  )
  const current = firstFrom(result, cursor)

  const show = useCallback(() => {
    const body = bodyRef.current
    const scroller = scrollerRef.current
    if (!open && body && scroller) {
      const active = document.activeElement
      returnTo.current = active instanceof HTMLElement && active !== document.body ? active : null
      setCursor(startingOffset(body, scroller))
      setUsed(true)
      setOpen(true)
      setReveal((n) => n + 1)
    }
    // Focused and selected once the bar is rendered (the effect below).
    setFocusTick((n) => n + 1)
  }, [open, bodyRef, scrollerRef])
  useEffect(() => {
    if (focusTick === 0) return
    inputRef.current?.focus()
    inputRef.current?.select()
  }, [focusTick])

  const step = useCallback(
    (by: 1 | -1) => {
      const count = result.matches.length
      if (current === null || count === 0) return
      const target = result.matches[(current + by + count) % count]!
      setCursor(target.start)
      setReveal((n) => n + 1)
    },
    [result, current],
  )
  const next = useCallback(() => step(1), [step])
  const previous = useCallback(() => step(-1), [step])

  const close = useCallback(() => {
    setOpen(false)
    clearFindMatches()
    const back = returnTo.current
    returnTo.current = null
    if (back instanceof HTMLElement && back.isConnected) back.focus({ preventScroll: true })
    else scrollerRef.current?.focus({ preventScroll: true })
  }, [scrollerRef])

  const changeQuery = useCallback((value: string) => {
    setQuery(value)
    setReveal((n) => n + 1)
  }, [])

  // Ctrl+F opens (or refocuses) the bar instead of the browser's find; F3 steps.
  const keys = useRef({ show, next, previous, open })
  useEffect(() => {
    keys.current = { show, next, previous, open }
  })
  // The palette's "Find in the document" (taken once the document is on screen).
  // A frame later: taken as the document mounts, before its body is laid out and the
  // palette has given the focus back.
  useEffect(
    () =>
      onCommandRequest('find-in-document', () => requestAnimationFrame(() => keys.current.show())),
    [],
  )
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || dialogOpen()) return
      const act = keys.current
      if (isFindKey(event)) act.show()
      else if (event.key === 'F3' && !event.ctrlKey && !event.metaKey && !event.altKey) {
        if (!act.open) act.show()
        else if (event.shiftKey) act.previous()
        else act.next()
      } else return
      event.preventDefault()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])

  // The ranges of every match, built once per result (the body's text never changes).
  const built = useRef<{ result: FindResult; ranges: (Range | null)[] }>({
    result: NONE,
    ranges: [],
  })
  const rangesOf = useCallback(
    (of: FindResult): (Range | null)[] => {
      const body = bodyRef.current
      if (built.current.result !== of) {
        built.current = { result: of, ranges: body ? matchRanges(body, of.matches) : [] }
      }
      return built.current.ranges
    },
    [bodyRef],
  )

  // Every match when the search changes; only the current one when the analyst steps.
  useLayoutEffect(() => {
    if (open) paintFindMatches(rangesOf(result))
  }, [open, rangesOf, result])
  useLayoutEffect(() => {
    if (!open) return
    paintCurrentMatch(current === null ? null : (rangesOf(result)[current] ?? null))
  }, [open, rangesOf, result, current])

  // Bring the current match into view when the analyst asked for it (typing, next,
  // previous), not on every render. Off-screen blocks have an estimated height until
  // they are first shown (content-visibility), so a far jump lands near the match and
  // is corrected over the next few frames, as the blocks scrolled past take their size.
  const revealed = useRef(0)
  useLayoutEffect(() => {
    if (!open || revealed.current === reveal) return
    revealed.current = reveal
    const range = current === null ? null : rangesOf(result)[current]
    const scroller = scrollerRef.current
    if (!range || !scroller) return
    return revealRange(range, scroller)
  }, [open, reveal, rangesOf, result, current, scrollerRef])

  useEffect(() => clearFindMatches, [])

  return {
    open,
    query,
    result,
    current,
    paintable: canPaintHighlights(),
    inputRef,
    setQuery: changeQuery,
    next,
    previous,
    close,
  }
}
