/**
 * The search dialog's state: the query and filters, the answer to the latest of them
 * (an older answer arriving late is dropped), the active result, and the field's keys.
 * Opening remembers where the focus was and selects the last query, so typing replaces
 * it and arrows reopen its results; closing without opening anything gives the focus back.
 */
import type { SearchKind } from '@shared/search/search-index'
import { matchesCombo } from '@shared/commands/key-combo'
import {
  useCallback,
  useEffect,
  useMemo,
  useState,
  type KeyboardEvent,
  type RefObject,
} from 'react'
import { goTo } from '../../nav/useHashRoute'
import { afterNextPaint } from '../../ui/after-next-paint'
import { isTextEntry } from '../../ui/text-entry'
import { useFocusReturn } from '../../ui/useFocusReturn'
import { useOpenKeys } from '../../ui/useOpenKeys'
import { PLATFORM } from '../../ui/key-platform'
import {
  dayBound,
  groupFound,
  routeOfFound,
  type FoundGroup,
  type FoundItem,
  type SearchAnswer,
  type SearchRequest,
} from './search-request'
import { SEARCH_KEYS, SEARCH_SLASH_KEY } from './search-keys'

/** Runs one search; the dialog keeps only the answer to its latest request. */
export type RunSearch = (request: SearchRequest) => Promise<SearchAnswer>

/** Results a group shows when every kind is searched; choosing one kind shows them all. */
export const PER_GROUP = 5
const ONE_KIND_LIMIT = 100
const ALL_KINDS_LIMIT = 200

/** A row of the result list: a result, or "Show all 23 passages" after a capped group. */
export type SearchEntry =
  { type: 'item'; item: FoundItem } | { type: 'more'; kind: SearchKind; total: number }

/** Whether two entries show the same thing and open the same place. */
export function sameEntry(a: SearchEntry, b: SearchEntry): boolean {
  if (a === b) return true
  if (a.type === 'more') return b.type === 'more' && a.kind === b.kind && a.total === b.total
  if (b.type === 'more') return false
  const x = a.item
  const y = b.item
  return (
    x.id === y.id &&
    x.kind === y.kind &&
    x.docId === y.docId &&
    x.title === y.title &&
    x.paragraph === y.paragraph &&
    x.timelineId === y.timelineId &&
    x.at?.start === y.at?.start &&
    x.at?.end === y.at?.end &&
    x.snippet.text === y.snippet.text &&
    x.snippet.hits.length === y.snippet.hits.length &&
    x.snippet.hits.every((hit, i) => {
      const other = y.snippet.hits[i]!
      return hit.start === other.start && hit.end === other.end
    })
  )
}

function entriesOf(groups: readonly FoundGroup[], kinds: readonly SearchKind[]): SearchEntry[] {
  const entries: SearchEntry[] = []
  for (const group of groups) {
    for (const item of group.items) entries.push({ type: 'item', item })
    const narrowed = kinds.length === 1 && kinds[0] === group.kind
    if (!narrowed && group.total > group.items.length) {
      entries.push({ type: 'more', kind: group.kind, total: group.total })
    }
  }
  return entries
}

export interface SearchFiltersState {
  kinds: SearchKind[]
  docId: string
  tag: string
  from: string
  to: string
}

const NO_FILTERS: SearchFiltersState = { kinds: [], docId: '', tag: '', from: '', to: '' }

interface Settled {
  request: SearchRequest
  answer?: SearchAnswer
  error?: string
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

type Outcome =
  | { status: 'idle' }
  | { status: 'searching'; answer: SearchAnswer | null }
  | { status: 'done'; answer: SearchAnswer }
  | { status: 'failed'; message: string }

export function useSearchDialog(run: RunSearch, dialogRef: RefObject<HTMLDialogElement | null>) {
  const [isOpen, setOpen] = useState(false)
  const [query, setQuery] = useState('')
  const [filters, setFilters] = useState<SearchFiltersState>(NO_FILTERS)
  const [settled, setSettled] = useState<Settled | null>(null)
  const [active, setActive] = useState(0)
  const focusReturn = useFocusReturn(dialogRef)

  const request = useMemo((): SearchRequest | null => {
    const text = query.trim()
    if (!text) return null
    return {
      text,
      kinds: filters.kinds,
      docIds: filters.docId ? [filters.docId] : [],
      tags: filters.tag ? [filters.tag] : [],
      from: dayBound(filters.from, 'start'),
      to: dayBound(filters.to, 'end'),
      limit: filters.kinds.length === 1 ? ONE_KIND_LIMIT : ALL_KINDS_LIMIT,
      ...(filters.kinds.length === 1 ? {} : { perKind: PER_GROUP }),
    }
  }, [query, filters])

  useEffect(() => {
    if (!isOpen || !request) return
    // A later request replaces this one: its answer, arriving late, is dropped.
    let current = true
    // Marks for search.keystroke-paint's breakdown: asked, answered, painted.
    performance.mark('cf:search-asked')
    run(request).then(
      (answer) => {
        if (!current) return
        performance.mark('cf:search-answered')
        setSettled({ request, answer })
        setActive(0)
        // What search.keystroke-paint measures: the typed key to these results on screen.
        afterNextPaint(() => {
          performance.clearMarks('cf:search-painted')
          performance.mark('cf:search-painted')
        })
      },
      (error: unknown) => {
        // Superseded by a newer search of this dialog: that one's answer will show.
        if (error instanceof DOMException && error.name === 'AbortError') return
        if (current) setSettled({ request, error: messageOf(error) })
      },
    )
    return () => {
      current = false
    }
  }, [isOpen, request, run])

  const outcome: Outcome = !request
    ? { status: 'idle' }
    : settled?.request !== request
      ? { status: 'searching', answer: settled?.answer ?? null }
      : settled.answer
        ? { status: 'done', answer: settled.answer }
        : { status: 'failed', message: settled.error ?? 'unknown error' }
  const answer = outcome.status === 'done' || outcome.status === 'searching' ? outcome.answer : null
  const groups = useMemo(
    () =>
      answer ? groupFound(answer, filters.kinds.length === 1 ? ONE_KIND_LIMIT : PER_GROUP) : [],
    [answer, filters.kinds],
  )
  const shown = useMemo(() => entriesOf(groups, filters.kinds), [groups, filters.kinds])
  const activeIndex = Math.min(active, shown.length - 1)

  const open = useCallback(() => {
    const dialog = dialogRef.current
    if (!dialog) return
    if (!dialog.open) {
      focusReturn.remember()
      setOpen(true)
      dialog.showModal()
    }
    const field = dialog.querySelector<HTMLInputElement>('input[role="combobox"]')
    field?.focus()
    field?.select()
  }, [dialogRef, focusReturn])

  // Stable, so the result rows (memoised) are not drawn again at every key.
  const choose = useCallback(
    (entry: SearchEntry | undefined) => {
      if (!entry) return
      if (entry.type === 'more') {
        setFilters((before) => ({ ...before, kinds: [entry.kind] }))
        return
      }
      const route = routeOfFound(entry.item)
      if (!route) return
      focusReturn.forget()
      dialogRef.current?.close()
      setOpen(false)
      goTo(route)
    },
    [dialogRef, focusReturn],
  )

  /** The dialog closed by itself (Escape): give the focus back if nothing took it. */
  const onClosed = () => {
    // The close event is queued: a dialog opened again before it arrived stays open.
    if (dialogRef.current?.open) return
    setOpen(false)
    focusReturn.onClosed()
  }

  const onQuery = (text: string) => {
    performance.clearMarks('cf:search-typed')
    performance.mark('cf:search-typed')
    setQuery(text)
  }

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return
    const last = shown.length - 1
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault()
      if (last < 0) return
      const down = event.key === 'ArrowDown'
      setActive(
        down
          ? activeIndex >= last
            ? 0
            : activeIndex + 1
          : activeIndex <= 0
            ? last
            : activeIndex - 1,
      )
    } else if (event.key === 'Enter') {
      event.preventDefault()
      choose(shown[activeIndex])
    }
  }

  const resetFilters = useCallback(() => setFilters(NO_FILTERS), [])
  // Stable, so the memoised source choice is not drawn again at every answer.
  const setFilter = useCallback(
    <K extends keyof SearchFiltersState>(key: K, value: SearchFiltersState[K]) =>
      setFilters((before) => ({ ...before, [key]: value })),
    [],
  )

  // Ctrl+K from anywhere, text fields too; "/" only outside text fields, where it is not typing.
  useOpenKeys(
    (event) =>
      SEARCH_KEYS.some((keys) => matchesCombo(event, keys, PLATFORM)) ||
      (event.key === SEARCH_SLASH_KEY &&
        !event.ctrlKey &&
        !event.metaKey &&
        !event.altKey &&
        !isTextEntry(event.target) &&
        !(event.target instanceof Element && event.target.closest('dialog[open]'))),
    open,
  )

  return {
    isOpen,
    query,
    filters,
    outcome,
    groups,
    shown,
    activeIndex,
    setActive,
    open,
    choose,
    onClosed,
    onQuery,
    onKeyDown,
    setFilter,
    resetFilters,
  }
}
