/**
 * A timeline's events as the views show them: each with its date resolved (relative
 * dates followed through their chain), formatted at its honest precision, the time it
 * can mean, whether its sources' stated dates conflict (they cannot all be true: their
 * intervals have no common point), and where it goes in a list grouped by year and month.
 */
import type { AbsoluteDate, EventDate } from '../dates/event-date'
import { formatEventDate } from '../dates/format-event-date'
import { commonInterval, intervalOf, sortKey } from '../dates/interval'
import type { PartialDate } from '../dates/partial-date'
import { precisionOf } from '../dates/partial-date'
import { MONTH_NAMES } from '../text/calendar-names'
import { resolveAll, type Resolution } from '../dates/resolve'

export interface EventInput {
  id: string
  timelineId: string
  title: string
  note: string
  tags: readonly string[]
  date: EventDate
  sources: readonly { highlightId: string; docId: string; stated: AbsoluteDate | null }[]
}

export interface TimelineItem {
  id: string
  timelineId: string
  title: string
  note: string
  tags: readonly string[]
  date: EventDate
  resolution: Resolution
  /** "16 Jan 2024", "c. Jul 2023", "18 Jan 2024 (2 days after: …)"; the problem if unresolved. */
  dateLabel: string
  /** [start, end) the resolved date can mean; null when it cannot be resolved. */
  interval: { start: number; end: number } | null
  precision: 'day' | 'month' | 'year'
  approximate: boolean
  isRange: boolean
  /** The sources state dates that cannot all be true. */
  conflict: boolean
  /** Order: the earliest instant the date can mean; unresolved last. */
  sortKey: number
  /** List grouping: "2024", and "January 2024" or "" when known only to the year. */
  yearLabel: string
  monthLabel: string
  sources: EventInput['sources']
}

function firstDate(date: AbsoluteDate): PartialDate {
  return date.kind === 'range' ? date.start : date.date
}

/** Whether the dates the sources state for an event cannot all be true at once. */
export function statedDatesConflict(sources: EventInput['sources']): boolean {
  const stated = sources.flatMap((s) => (s.stated ? [intervalOf(s.stated)] : []))
  return stated.length > 1 && commonInterval(stated) === null
}

/**
 * Items for every event (relative dates may point into other timelines, so pass them
 * all), in chronological order; `titleOf` names the events relative dates point to.
 */
export function buildTimelineItems(events: readonly EventInput[]): TimelineItem[] {
  const resolutions = resolveAll(events.map((e) => ({ id: e.id, title: e.title, date: e.date })))
  const titles = new Map(events.map((e) => [e.id, e.title]))
  const titleOf = (id: string) => titles.get(id) ?? 'an event that no longer exists'
  const items = events.map((event): TimelineItem => {
    const resolution = resolutions.get(event.id) ?? { ok: false, problem: 'Not resolved.' }
    const absolute = resolution.ok ? resolution.date : null
    const first = absolute ? firstDate(absolute) : null
    return {
      id: event.id,
      timelineId: event.timelineId,
      title: event.title,
      note: event.note,
      tags: event.tags,
      date: event.date,
      resolution,
      dateLabel: resolution.ok
        ? formatEventDate(event.date, resolution, titleOf)
        : `Undated: ${resolution.problem}`,
      interval: absolute ? intervalOf(absolute) : null,
      precision: first ? precisionOf(first) : 'year',
      approximate: first?.approximate ?? false,
      isRange: absolute?.kind === 'range',
      conflict: statedDatesConflict(event.sources),
      sortKey: absolute ? sortKey(absolute) : Number.MAX_SAFE_INTEGER,
      yearLabel: first ? String(first.year) : 'Undated',
      monthLabel: first?.month ? `${MONTH_NAMES[first.month - 1]} ${first.year}` : '',
      sources: event.sources,
    }
  })
  return items.sort((a, b) => a.sortKey - b.sortKey || a.title.localeCompare(b.title))
}

/** Items grouped by year, then month ("" for the year-only ones, which come first). */
export function groupByYearAndMonth(
  items: readonly TimelineItem[],
): { year: string; months: { month: string; items: TimelineItem[] }[] }[] {
  const years: { year: string; months: { month: string; items: TimelineItem[] }[] }[] = []
  for (const item of items) {
    let year = years.at(-1)
    if (!year || year.year !== item.yearLabel)
      years.push((year = { year: item.yearLabel, months: [] }))
    let month = year.months.find((m) => m.month === item.monthLabel)
    if (!month) {
      month = { month: item.monthLabel, items: [] }
      if (item.monthLabel === '') year.months.unshift(month)
      else year.months.push(month)
    }
    month.items.push(item)
  }
  return years
}
