/**
 * The calendar dates chrono-node reads, and what is never accepted from it: relative results
 * (the named rules read those), ambiguous numeric dates, and results without a certain month.
 * A year-less date takes the most recent such date at or before the reference.
 */

import { casual as chronoEnglish, type ParsedResult } from 'chrono-node/en'
import type { PartialDate } from './partial-date'
import { dateCandidate } from './suggest-date-candidates'
import { yearAtOrBefore } from './suggest-date-reference'
import type { Candidate, Reference } from './suggest-date-types'

// Any fixed instant: without a reference only chrono's certain values are kept, and a fixed
// one keeps the result from depending on the clock.
const NO_REFERENCE_INSTANT = Date.UTC(2000, 0, 1, 12)
const PREPOSITION_BEFORE = /(?<![\p{L}\p{N}])(?:[Oo]n|[Ii]n|[Ss]ince|[Dd]uring|[Bb]y)[\s\u00a0]+$/u
const RELATIVE_WORD = /\b(?:this|last|next|past|previous|coming|ago|now|today|tonight)\b/i
// "03/10/2024" is 3 October or 10 March depending on the writer: no guess between them.
const AMBIGUOUS_NUMERIC = /^(0?[1-9]|1[0-2])[/.-](0?[1-9]|1[0-2])(?:[/.-]|$)/

/** The calendar dates chrono finds in the text, as candidates; [] if chrono fails. */
export function chronoDates(text: string, ref: Reference | null): Candidate[] {
  let results: ParsedResult[]
  try {
    // forwardDate false: news looks back; the year of a year-less date is ours anyway.
    results = chronoEnglish.parse(
      text,
      { instant: new Date(ref?.instant ?? NO_REFERENCE_INSTANT), timezone: 0 },
      { forwardDate: false },
    )
  } catch {
    // chrono is third-party code over arbitrary text: a failure there is just "no date".
    return []
  }
  const found: Candidate[] = []
  for (const result of results) {
    const c = chronoCandidate(text, result, ref)
    if (c) found.push(c)
  }
  return found
}

function chronoCandidate(
  text: string,
  result: ParsedResult,
  ref: Reference | null,
): Candidate | null {
  const tags = [...result.tags()]
  // Relative results count from the reference: wrong for "In two days" (a duration), "two
  // days after X" (an offset) and "Now," (a discourse marker); the named rules read the
  // relative phrases that are dates. A result without a month is a time or a weekday.
  if (tags.some((t) => t.startsWith('result/relativeDate') || t.startsWith('casualReference/')))
    return null
  if (RELATIVE_WORD.test(result.text) || AMBIGUOUS_NUMERIC.test(result.text)) return null
  if (!result.start.isCertain('month')) return null

  const start = readComponents(result.start)
  if (!start) return null
  const end = result.end ? readComponents(result.end) : null

  let yearless = false
  let startDate: PartialDate
  let endDate: PartialDate | undefined
  if (start.year !== undefined) {
    startDate = toPartial(start, start.year, false)
    if (end)
      endDate = toPartial(end, end.year ?? start.year + (end.month < start.month ? 1 : 0), false)
  } else if (end?.year !== undefined) {
    // "January to March 2024": the span's stated year, a year earlier if it wraps.
    startDate = toPartial(start, end.year - (start.month > end.month ? 1 : 0), false)
    endDate = toPartial(end, end.year, false)
  } else if (ref) {
    const { year, approximate } = yearAtOrBefore(ref, start.month, start.day)
    yearless = true
    startDate = toPartial(start, year, approximate)
    if (end) endDate = toPartial(end, year + (end.month < start.month ? 1 : 0), approximate)
  } else {
    return null
  }
  if (endDate && keyOf(endDate) <= keyOf(startDate)) endDate = undefined

  const span = phraseSpan(text, result)
  return dateCandidate(
    text,
    span.start,
    span.end,
    startDate,
    yearless ? 'chrono-yearless' : 'chrono',
    endDate,
  )
}

interface Components {
  year?: number
  month: number
  day?: number
}

function readComponents(c: ParsedResult['start']): Components | null {
  const month = c.get('month')
  if (month === null || !c.isCertain('month')) return null
  const year = c.isCertain('year') ? c.get('year') : null
  const day = c.isCertain('day') ? c.get('day') : null
  return {
    month,
    ...(year !== null && { year }),
    ...(day !== null && { day }),
  }
}

function toPartial(c: Components, year: number, approximate: boolean): PartialDate {
  return { year, month: c.month, ...(c.day !== undefined && { day: c.day }), approximate }
}

function keyOf(d: PartialDate): number {
  return (d.year * 12 + (d.month ?? 1)) * 32 + (d.day ?? 0)
}

/**
 * chrono's text trimmed of what it drags along ("December of", "June,") and widened to the
 * preposition before it, so the phrase reads as the text does: "On January 16, 2024".
 */
function phraseSpan(text: string, result: ParsedResult): { start: number; end: number } {
  let start = result.index
  const trimmed = result.text.replace(/(?:[\s\u00a0]+of)?[\s\u00a0,]*$/u, '')
  const end = start + trimmed.length
  const before = PREPOSITION_BEFORE.exec(text.slice(0, start))
  if (before) start = before.index
  return { start, end }
}
