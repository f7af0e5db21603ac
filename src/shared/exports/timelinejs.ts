/**
 * A timeline for Knight Lab's TimelineJS3: its JSON format
 * (https://timeline.knightlab.com/docs/json-format.html) and its spreadsheet template as
 * CSV. TimelineJS renders headlines and text as HTML, so every analyst or source string
 * is escaped here and the markup around it is ours alone.
 *
 * Dates keep their honesty: month and day are given only when known, the precision and
 * "c." go in display_date, a range has an end_date, and an event whose date cannot be
 * worked out is left out and reported rather than placed somewhere it did not happen.
 */

import type { AbsoluteDate } from '../dates/event-date'
import { formatEventDate } from '../dates/format-event-date'
import type { PartialDate } from '../dates/partial-date'
import type { TimelineItem } from '../timelines/timeline-items'
import { toCsv, type CsvCell, type CsvOptions } from './csv'

/** A TimelineJS date object; month and day appear only when the date has them. */
export interface TimelineJsDate {
  year: number
  month?: number
  day?: number
}

/** A TimelineJS text object; both strings are HTML. */
export interface TimelineJsText {
  headline: string
  text: string
}

/** A TimelineJS slide for an event. Every string in it is HTML. */
export interface TimelineJsEvent {
  unique_id: string
  start_date: TimelineJsDate
  end_date?: TimelineJsDate
  display_date: string
  text: TimelineJsText
  group?: string
}

export interface TimelineJsDocument {
  title: { text: TimelineJsText }
  events: TimelineJsEvent[]
}

/** The fields of a timeline item the export reads; TimelineItem satisfies it. */
export type TimelineItemForExport = Pick<
  TimelineItem,
  'id' | 'title' | 'note' | 'tags' | 'date' | 'resolution' | 'dateLabel' | 'conflict' | 'sources'
>

/** A passage behind an event and its citation (formatCitation), as plain text. */
export interface QuotedSource {
  quote: string
  citation: string
}

export interface TimelineJsInput {
  timeline: { title: string; description: string }
  /** One timeline's items, in order (buildTimelineItems, filtered to the timeline). */
  items: readonly TimelineItemForExport[]
  /** Quotes by highlight id; an event's sources with a quote here are shown under it. */
  quotes?: ReadonlyMap<string, QuotedSource>
  /** Rows in TimelineJS: by each event's first tag (the default), or none. */
  groupBy?: 'first-tag' | 'none'
}

/** An event left out because its date cannot be worked out, and why. */
export interface SkippedEvent {
  id: string
  title: string
  problem: string
}

export interface TimelineJsExport {
  document: TimelineJsDocument
  skipped: SkippedEvent[]
}

export interface TimelineJsCsvExport {
  csv: string
  skipped: SkippedEvent[]
}

/** The columns of TimelineJS's Google Sheets template, in its order. */
export const TIMELINEJS_CSV_HEADER = [
  'Year',
  'Month',
  'Day',
  'Time',
  'End Year',
  'End Month',
  'End Day',
  'End Time',
  'Display Date',
  'Headline',
  'Text',
  'Media',
  'Media Credit',
  'Media Caption',
  'Media Thumbnail',
  'Type',
  'Group',
  'Background',
] as const

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
}

/** Text made inert in HTML: & < > " and ' become character references. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch] ?? ch)
}

/** Plain text as HTML paragraphs: blank lines split paragraphs, single newlines break lines. */
function paragraphs(text: string): string {
  return text
    .split(/\r?\n\s*\r?\n/)
    .map((para) => para.trim())
    .filter(Boolean)
    .map((para) => `<p>${escapeHtml(para).replace(/\r?\n/g, '<br>')}</p>`)
    .join('')
}

function dateObject(date: PartialDate): TimelineJsDate {
  return {
    year: date.year,
    ...(date.month !== undefined ? { month: date.month } : {}),
    ...(date.month !== undefined && date.day !== undefined ? { day: date.day } : {}),
  }
}

function ends(date: AbsoluteDate): { start: TimelineJsDate; end?: TimelineJsDate } {
  return date.kind === 'point'
    ? { start: dateObject(date.date) }
    : { start: dateObject(date.start), end: dateObject(date.end) }
}

function eventText(item: TimelineItemForExport, quotes: ReadonlyMap<string, QuotedSource>): string {
  const parts = [paragraphs(item.note)]
  if (item.date.kind === 'relative') parts.push(`<p>Dated ${escapeHtml(item.dateLabel)}</p>`)
  if (item.conflict) {
    parts.push(
      '<p><strong>Date conflict:</strong> the sources give dates that cannot all be true.</p>',
    )
  }
  const shown = new Set<string>()
  for (const { highlightId } of item.sources) {
    const quoted = quotes.get(highlightId)
    if (!quoted || shown.has(highlightId)) continue
    shown.add(highlightId)
    parts.push(
      `<blockquote>“${escapeHtml(quoted.quote)}” — <cite>${escapeHtml(quoted.citation)}</cite></blockquote>`,
    )
  }
  return parts.join('')
}

function place(input: TimelineJsInput): { events: TimelineJsEvent[]; skipped: SkippedEvent[] } {
  const quotes = input.quotes ?? new Map<string, QuotedSource>()
  const byTag = (input.groupBy ?? 'first-tag') === 'first-tag'
  const events: TimelineJsEvent[] = []
  const skipped: SkippedEvent[] = []
  for (const item of input.items) {
    const { resolution } = item
    if (!resolution.ok) {
      skipped.push({ id: item.id, title: item.title, problem: resolution.problem })
      continue
    }
    const { start, end } = ends(resolution.date)
    const group = byTag ? item.tags[0] : undefined
    const placed: TimelineJsEvent = {
      unique_id: item.id,
      start_date: start,
      ...(end ? { end_date: end } : {}),
      display_date: escapeHtml(formatEventDate(resolution.date)),
      text: { headline: escapeHtml(item.title), text: eventText(item, quotes) },
      ...(group ? { group: escapeHtml(group) } : {}),
    }
    events.push(placed)
  }
  return { events, skipped }
}

function titleText(timeline: TimelineJsInput['timeline']): TimelineJsText {
  return { headline: escapeHtml(timeline.title), text: paragraphs(timeline.description) }
}

/**
 * The timeline as a TimelineJS3 JSON document, events in the order given, and the
 * events left out because their dates cannot be worked out. display_date and group are
 * escaped too: TimelineJS writes them into the page with innerHTML.
 */
export function toTimelineJs(input: TimelineJsInput): TimelineJsExport {
  const { events, skipped } = place(input)
  return { document: { title: { text: titleText(input.timeline) }, events }, skipped }
}

/**
 * The timeline as CSV in TimelineJS's spreadsheet layout (TIMELINEJS_CSV_HEADER): a
 * "title" row, then one row per event with the same HTML text as the JSON. Blank
 * month and day cells mean not known. `options` go to toCsv (BOM, formula guard).
 */
export function toTimelineJsCsv(
  input: TimelineJsInput,
  options: CsvOptions = {},
): TimelineJsCsvExport {
  const { events, skipped } = place(input)
  const title = titleText(input.timeline)
  const row = (cells: Partial<Record<(typeof TIMELINEJS_CSV_HEADER)[number], CsvCell>>) =>
    TIMELINEJS_CSV_HEADER.map((column) => cells[column] ?? null)
  const rows = [
    row({ Headline: title.headline, Text: title.text, Type: 'title' }),
    ...events.map((event) =>
      row({
        Year: event.start_date.year,
        Month: event.start_date.month ?? null,
        Day: event.start_date.day ?? null,
        'End Year': event.end_date?.year ?? null,
        'End Month': event.end_date?.month ?? null,
        'End Day': event.end_date?.day ?? null,
        'Display Date': event.display_date,
        Headline: event.text.headline,
        Text: event.text.text,
        Group: event.group ?? null,
      }),
    ),
  ]
  return { csv: toCsv(TIMELINEJS_CSV_HEADER, rows, options), skipped }
}
