/**
 * The notebook's rows: every highlight in the workspace with its source, ¶ and placement
 * status worked out, and the notebook's filters over them. Orphans are rows like any other.
 */
import { formatPassageLocator, passageSpan } from '../corpus/passage-locator'
import type { DocumentModel } from '../corpus/document-model'
import type { PlacementLike } from './placement-groups'
import { compareText } from '../sorting/text-order'

/** The fields of a stored highlight the notebook needs (structurally, any record with them). */
export interface NotebookHighlight {
  id: string
  docId: string
  selectors: { quote: { exact: string } }
  color: string
  note: string
  tags: readonly string[]
  createdAt: number
  updatedAt: number
}

/**
 * Where a highlight stands on its document's current text:
 * - `placed` / `uncertain` / `orphan`: as re-anchoring found it (uncertain = needs confirmation);
 * - `pending`: the document has not loaded yet;
 * - `missing`: the document is not in the library any more.
 */
export type NotebookRowStatus = 'placed' | 'uncertain' | 'orphan' | 'pending' | 'missing'

/** How each status reads in the notebook. */
export const NOTEBOOK_STATUS_LABELS: Record<NotebookRowStatus, string> = {
  placed: 'Placed',
  uncertain: 'Needs confirmation',
  orphan: 'Orphaned',
  pending: 'Locating…',
  missing: 'Source missing',
}

/** One notebook row: display-ready values plus the keys the table sorts on. */
export interface NotebookRow {
  id: string
  docId: string
  quote: string
  note: string
  tags: readonly string[]
  color: string
  colorName: string
  /** The source's title, or "Unknown source" when neither the library nor a model knows it. */
  sourceTitle: string
  status: NotebookRowStatus
  /**
   * Where the passage is, by formatPassageLocator: "¶3", "¶3–4", "p. 7" or "pp. 7–8" for a
   * source with pages; "" when the highlight is not placed (or touches only headings).
   */
  paragraphs: string
  /** First ¶ number, for sorting; null when there is none. */
  firstParagraph: number | null
  createdAt: number
  updatedAt: number
}

/** Everything buildNotebookRows needs. */
export interface NotebookRowsInput<H extends NotebookHighlight> {
  highlights: readonly H[]
  /** Loaded document models by id; a highlight whose document is absent is pending or missing. */
  documents: ReadonlyMap<string, DocumentModel>
  /**
   * Titles of the library's sources by id. When it is non-empty, a document it lacks is
   * `missing`; when empty (the library has not loaded), such highlights stay `pending`.
   */
  titles: ReadonlyMap<string, string>
  /** The analyst's colour names by colour id; an unknown colour shows its id. */
  colorNames: Readonly<Record<string, string>>
  /** Re-anchors a highlight on its document (callers memoise; it is called once per row). */
  place: (highlight: H, doc: DocumentModel) => PlacementLike
}

/** The title shown for a highlight whose source nobody knows. */
export const UNKNOWN_SOURCE = 'Unknown source'

/** One row per highlight, in input order; never drops a highlight. */
export function buildNotebookRows<H extends NotebookHighlight>(
  input: NotebookRowsInput<H>,
): NotebookRow[] {
  const { highlights, documents, titles, colorNames, place } = input
  return highlights.map((highlight) => {
    const doc = documents.get(highlight.docId)
    let status: NotebookRowStatus =
      titles.size > 0 && !titles.has(highlight.docId) ? 'missing' : 'pending'
    let span = null
    if (doc) {
      const placement = place(highlight, doc)
      status = placement.status
      if (placement.status !== 'orphan') {
        span = passageSpan(doc.blocks, placement.start, placement.end)
      }
    }
    return {
      id: highlight.id,
      docId: highlight.docId,
      quote: highlight.selectors.quote.exact,
      note: highlight.note,
      tags: highlight.tags,
      color: highlight.color,
      colorName: colorNames[highlight.color] ?? highlight.color,
      sourceTitle: titles.get(highlight.docId) ?? doc?.meta.title ?? UNKNOWN_SOURCE,
      status,
      paragraphs: formatPassageLocator(span),
      firstParagraph: span?.first ?? null,
      createdAt: highlight.createdAt,
      updatedAt: highlight.updatedAt,
    }
  })
}

/** The notebook's filters; null (or '') means "any". */
export interface NotebookFilters {
  docId: string | null
  color: string | null
  /** Compared without case, as tags are. */
  tag: string | null
  status: NotebookRowStatus | null
  /** Every whitespace-separated term must occur in the quote, note, a tag or the source title. */
  text: string
}

/** No filter at all. */
export const NO_NOTEBOOK_FILTERS: NotebookFilters = {
  docId: null,
  color: null,
  tag: null,
  status: null,
  text: '',
}

/** True when any filter would exclude something. */
export function hasNotebookFilters(filters: NotebookFilters): boolean {
  return (
    filters.docId !== null ||
    filters.color !== null ||
    filters.tag !== null ||
    filters.status !== null ||
    filters.text.trim() !== ''
  )
}

/** Lower-cased, NFC-normalised text for case-insensitive matching of any script. */
function fold(text: string): string {
  return text.normalize('NFC').toLocaleLowerCase()
}

/** The rows that pass every filter, in the order given. */
export function filterNotebookRows(
  rows: readonly NotebookRow[],
  filters: NotebookFilters,
): NotebookRow[] {
  const terms = fold(filters.text).split(/\s+/).filter(Boolean)
  const tag = filters.tag === null ? null : fold(filters.tag)
  return rows.filter((row) => {
    if (filters.docId !== null && row.docId !== filters.docId) return false
    if (filters.color !== null && row.color !== filters.color) return false
    if (filters.status !== null && row.status !== filters.status) return false
    if (tag !== null && !row.tags.some((t) => fold(t) === tag)) return false
    if (terms.length === 0) return true
    const haystack = fold([row.quote, row.note, ...row.tags, row.sourceTitle].join('\n'))
    return terms.every((term) => haystack.includes(term))
  })
}

/** Every tag in use on the rows, once each (first spelling wins), alphabetical. */
export function notebookTags(rows: readonly NotebookRow[]): string[] {
  const byKey = new Map<string, string>()
  for (const row of rows) {
    for (const tag of row.tags) if (!byKey.has(fold(tag))) byKey.set(fold(tag), tag)
  }
  return [...byKey.values()].sort(compareText)
}

/** The sources the rows come from, once each, by title. */
export function notebookSources(rows: readonly NotebookRow[]): { docId: string; title: string }[] {
  const byId = new Map<string, string>()
  for (const row of rows) if (!byId.has(row.docId)) byId.set(row.docId, row.sourceTitle)
  return [...byId]
    .map(([docId, title]) => ({ docId, title }))
    .sort((a, b) => compareText(a.title, b.title) || a.docId.localeCompare(b.docId))
}

const timestampFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
})

/** "23 Nov 2026, 14:05" in the local time zone; "—" for a time that is not a number. */
export function formatTimestamp(ms: number): string {
  return Number.isFinite(ms) ? timestampFormat.format(new Date(ms)) : '—'
}
