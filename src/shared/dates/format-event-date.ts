/**
 * Event dates as analysts write them: "16 Jan 2024", "c. Jul 2023", "16–18 Jan 2024",
 * "Dec 2023 – Feb 2024", "18 Jan 2024 (2 days after: Iranian strikes in Balochistan)".
 * Every absolute date formats to text parseDateInput reads back to the same date.
 */

import type { AbsoluteDate, DateOffset, EventDate } from './event-date'
import { formatPartialDate, monthAbbreviation, precisionOf, type PartialDate } from './partial-date'
import type { Resolution } from './resolve'

const UNIT_NAMES = {
  day: ['day', 'days'],
  week: ['week', 'weeks'],
  month: ['month', 'months'],
  year: ['year', 'years'],
} as const

/** The size of an offset, without its direction: "2 days", "1 week", "3 months". */
export function formatOffset(offset: DateOffset): string {
  const size = Math.abs(offset.amount)
  const [one, many] = UNIT_NAMES[offset.unit]
  return `${size} ${size === 1 ? one : many}`
}

/** "2 days after", "1 week before", "same day as". */
function offsetPhrase(offset: DateOffset): string {
  if (offset.amount === 0) return `same ${UNIT_NAMES[offset.unit][0]} as`
  return `${formatOffset(offset)} ${offset.amount < 0 ? 'before' : 'after'}`
}

/**
 * A range as compactly as it reads unambiguously. Sharing a month or year ("16–18 Jan 2024",
 * "30 Jan – 2 Feb 2024", "Jan–Mar 2024", "2015–2016") needs both ends at one precision and
 * equally approximate, since one "c." then covers both; otherwise each end is written in
 * full with its own "c." ("c. 2015 – 2016").
 */
function formatRange(start: PartialDate, end: PartialDate): string {
  const precision = precisionOf(start)
  const compact =
    start.approximate === end.approximate && precision === precisionOf(end)
      ? compactRange(start, end)
      : null
  if (compact === null) return `${formatPartialDate(start)} – ${formatPartialDate(end)}`
  return start.approximate ? `c. ${compact}` : compact
}

function compactRange(start: PartialDate, end: PartialDate): string | null {
  const sameYear = start.year === end.year
  switch (precisionOf(start)) {
    case 'day':
      if (!sameYear) return null
      if (start.month === end.month) {
        return `${start.day}–${end.day} ${monthAbbreviation(end.month ?? 0)} ${end.year}`
      }
      return `${start.day} ${monthAbbreviation(start.month ?? 0)} – ${end.day} ${monthAbbreviation(end.month ?? 0)} ${end.year}`
    case 'month':
      if (!sameYear) return null
      return `${monthAbbreviation(start.month ?? 0)}–${monthAbbreviation(end.month ?? 0)} ${end.year}`
    case 'year':
      return `${start.year}–${end.year}`
  }
}

function formatAbsolute(date: AbsoluteDate): string {
  return date.kind === 'point' ? formatPartialDate(date.date) : formatRange(date.start, date.end)
}

/**
 * An event date for display. A relative date shows what it resolves to and why
 * ("18 Jan 2024 (2 days after: Iranian strikes)"), or only the why when it does not resolve
 * ("2 days before: Iranian strikes"). `titleOf` names the event it is relative to.
 */
export function formatEventDate(
  date: EventDate,
  resolution?: Resolution,
  titleOf?: (id: string) => string,
): string {
  if (date.kind !== 'relative') return formatAbsolute(date)
  const title = titleOf?.(date.eventId) ?? 'another event'
  const why = `${offsetPhrase(date.offset)}: ${title}`
  if (resolution?.ok) return `${formatAbsolute(resolution.date)} (${why})`
  if (!date.approximate) return why
  return date.offset.amount === 0 ? `about the ${why}` : `about ${why}`
}
