/**
 * Search everything (Ctrl+K, ⌘K on a Mac, or "/"): one field over the sources' text,
 * highlights and notes, claims, timeline events and briefs, results grouped by kind with
 * the hits marked, filters by kind, source, tag and date. It follows the ARIA combobox
 * pattern: the focus stays in the field, the arrows move the active result, Enter opens
 * it (a passage scrolled to and flashed), Escape closes.
 */
import '../../styles/search.css'
import { MIN_PREFIX_LENGTH, matchesByPrefix } from '@shared/search/search-engine'
import { queryWords } from '@shared/search/tokenise'
import { ariaKeyShortcut } from '@shared/commands/key-combo'
import type { DocumentSummary } from '@shared/corpus/document-model'
import { memo, useEffect, useId, useImperativeHandle, useMemo, useRef, type Ref } from 'react'
import { DialogCombobox } from '../../ui/DialogCombobox'
import type { DialogHandle } from '../../ui/useDialogHandle'
import { PLATFORM } from '../../ui/key-platform'
import { KIND_TITLES, type FoundItem } from './search-request'
import { SEARCH_KEYS } from './search-keys'
import { SearchFilters } from './SearchFilters'
import { SnippetText } from './SnippetText'
import { sameEntry, useSearchDialog, type RunSearch, type SearchEntry } from './useSearchDialog'

interface SearchDialogProps {
  ref: Ref<DialogHandle>
  run: RunSearch
  sources: readonly DocumentSummary[]
  tags: readonly string[]
  /** How the index stands when it is not simply ready ("Indexing 3 of 5 sources…"). */
  indexNotice: string | null
  /** Whether every search is answered from memory (for search.keystroke-paint's steady state). */
  indexWarm?: boolean
}

const KIND_IN_TEXT: Record<FoundItem['kind'], string> = {
  passage: 'passages',
  highlight: 'highlights and notes',
  claim: 'claims',
  event: 'events',
  brief: 'briefs',
}

export function SearchDialog({
  ref,
  run,
  sources,
  tags,
  indexNotice,
  indexWarm = true,
}: SearchDialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null)
  const search = useSearchDialog(run, dialogRef)
  const { shown, activeIndex, outcome } = search
  useImperativeHandle(ref, () => ({ open: search.open }))
  const id = useId()
  const optionId = (index: number) => `${id}-result-${index}`
  const activeId = shown[activeIndex] ? optionId(activeIndex) : undefined

  useEffect(() => {
    if (activeId) document.getElementById(activeId)?.scrollIntoView({ block: 'nearest' })
  }, [activeId])

  const titles = useMemo(
    () => new Map(sources.map((doc) => [doc.meta.id, doc.meta.title])),
    [sources],
  )
  const answer = outcome.status === 'done' || outcome.status === 'searching' ? outcome.answer : null
  let index = 0
  return (
    <dialog
      ref={dialogRef}
      className="dialog search-dialog"
      aria-label="Search everything"
      data-index-warm={indexWarm}
      onClose={search.onClosed}
    >
      <DialogCombobox
        id={`${id}-query`}
        label="Search everything"
        listId={`${id}-list`}
        activeId={activeId}
        expanded={shown.length > 0}
        keyShortcuts={SEARCH_KEYS.map((combo) => ariaKeyShortcut(combo, PLATFORM)).join(' ')}
        placeholder="Search sources, notes, claims, events and briefs"
        value={search.query}
        onChange={search.onQuery}
        onKeyDown={search.onKeyDown}
      />
      <SearchFilters
        filters={search.filters}
        counts={answer?.counts ?? null}
        sources={sources}
        tags={tags}
        onChange={search.setFilter}
        onReset={search.resetFilters}
      />
      <div id={`${id}-list`} className="search-results" role="listbox" aria-label="Results">
        {search.groups.map((group) => (
          <div key={group.kind} role="group" aria-labelledby={`${id}-${group.kind}`}>
            <h3 id={`${id}-${group.kind}`} className="search-group-title" role="presentation">
              {KIND_TITLES[group.kind]} <span className="search-group-count">{group.total}</span>
            </h3>
            {shown
              .filter((entry) => entryKind(entry) === group.kind)
              .map((entry) => {
                const at = index++
                return (
                  <ResultRow
                    key={entry.type === 'item' ? entry.item.id : `more-${entry.kind}`}
                    id={optionId(at)}
                    at={at}
                    entry={entry}
                    active={at === activeIndex}
                    sourceTitle={
                      entry.type === 'item' && entry.item.docId
                        ? titles.get(entry.item.docId)
                        : undefined
                    }
                    onPoint={search.setActive}
                    onChoose={search.choose}
                  />
                )
              })}
          </div>
        ))}
      </div>
      <p className="palette-status" role="status">
        {statusText(search.query, outcome, shown.length, indexNotice)}
      </p>
    </dialog>
  )
}

function entryKind(entry: SearchEntry) {
  return entry.type === 'item' ? entry.item.kind : entry.kind
}

interface ResultRowProps {
  id: string
  /** Its place in the list, as the active index counts. */
  at: number
  entry: SearchEntry
  active: boolean
  sourceTitle: string | undefined
  onPoint: (at: number) => void
  onChoose: (entry: SearchEntry) => void
}

/**
 * One row, drawn again only when what it shows changed: each key brings a new answer (new
 * objects), mostly of the same results, and a row per result of 10,000 sources' passages is
 * work the key waits for before it paints.
 */
const ResultRow = memo(function ResultRow({
  id,
  at,
  entry,
  active,
  sourceTitle,
  onPoint,
  onChoose,
}: ResultRowProps) {
  const more = entry.type === 'more'
  return (
    <div
      id={id}
      role="option"
      aria-selected={active}
      className={more ? 'search-result search-more' : 'search-result'}
      onPointerMove={() => !active && onPoint(at)}
      onClick={() => onChoose(entry)}
    >
      {more ? (
        `Show all ${entry.total} ${KIND_IN_TEXT[entry.kind]}`
      ) : (
        <FoundItemText item={entry.item} sourceTitle={sourceTitle} />
      )}
    </div>
  )
}, sameRow)

function sameRow(a: ResultRowProps, b: ResultRowProps): boolean {
  return (
    a.id === b.id &&
    a.at === b.at &&
    a.active === b.active &&
    a.sourceTitle === b.sourceTitle &&
    a.onPoint === b.onPoint &&
    a.onChoose === b.onChoose &&
    sameEntry(a.entry, b.entry)
  )
}

function FoundItemText({ item, sourceTitle }: { item: FoundItem; sourceTitle?: string }) {
  const where =
    item.kind === 'passage' || item.kind === 'highlight' ? (sourceTitle ?? item.title) : null
  return (
    <>
      <span className="search-result-head">
        <span className="search-result-title">{where ?? item.title}</span>
        {item.paragraph !== undefined && (
          <span className="search-result-where">¶ {item.paragraph}</span>
        )}
      </span>
      <SnippetText snippet={item.snippet} />
    </>
  )
}

function statusText(
  query: string,
  outcome: ReturnType<typeof useSearchDialog>['outcome'],
  shown: number,
  indexNotice: string | null,
): string {
  const notice = indexNotice ? ` ${indexNotice}` : ''
  if (!query.trim()) return `Type to search.${notice}`
  if (outcome.status === 'failed') return `The search failed: ${outcome.message}`
  if (outcome.status === 'searching' && !outcome.answer) return `Searching…${notice}`
  if (shown === 0) {
    const last = queryWords(query).at(-1)
    if (last && !matchesByPrefix(last.term)) {
      return `Nothing matches “${last.term}” as a whole word. Keep typing: words are matched by their beginning from ${MIN_PREFIX_LENGTH} letters on.${notice}`
    }
    return `Nothing matches. Check the spelling, use fewer words, or clear the filters.${notice}`
  }
  const answer = outcome.status === 'done' || outcome.status === 'searching' ? outcome.answer : null
  const total = answer ? Object.values(answer.counts).reduce((sum, n) => sum + (n ?? 0), 0) : shown
  const count = answer?.capped ? `${total.toLocaleString()}+` : total.toLocaleString()
  return `${count} ${total === 1 ? 'result' : 'results'}; ↑ ↓ to choose, Enter to open.${notice}`
}
