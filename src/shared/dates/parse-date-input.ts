/**
 * What an analyst types into a date field, read as a point or a range at the precision
 * typed: "16 Jan 2024", "January 16, 2024", "2024-01-16", "Jan 2024", "2024-01", "2023",
 * "c. Jul 2023" (also "circa", "about", "~"), "16–18 Jan 2024", "Jan–Mar 2024",
 * "Dec 2023 – Feb 2024", "2015–2016", "2015-16".
 *
 * A leading "c." covers both ends of a range written compactly (no spaces around the dash,
 * or a start without its own year: "c. 2015–2016", "c. 30 Jan – 2 Feb 2024"); in a range
 * of two full dates around a spaced dash each end carries its own ("c. 2015 – 2016").
 * "YYYY-NN" is a month when NN is 1-12 (ISO "2015-12"), else a range ("2015-16").
 * Years have four digits, so "Jan 16" is a day with its year missing, never a year.
 * Numeric day/month orders ("01/02/2024") are refused: either reading could be meant.
 */

import { MONTH_BY_NAME } from '../text/calendar-names'
import { eventDateProblem, type AbsoluteDate } from './event-date'
import type { PartialDate } from './partial-date'

export type ParsedDateInput = { ok: true; date: AbsoluteDate } | { ok: false; problem: string }

const APPROXIMATE = /^(?:(?:circa|approximately|approx|about|around|ca|c)(?:\.|\b)|~)\s*/i
const ISO = /^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?$/
const DASHES = /\s*[–—‒―−]\s*/g
const SPACED_HYPHEN_OR_TO = /\s+(?:-|to)\s+/gi

const HOW =
  'Try a form like 16 Jan 2024, Jan 2024, 2023, c. 2023, 16–18 Jan 2024 or Dec 2023 – Feb 2024.'

/** The fields one side of a date gives; `bare` is a lone one- or two-digit number. */
interface Fields {
  year?: number
  month?: number
  day?: number
  bare?: { value: number; digits: number }
}

function stripApproximate(text: string): { approximate: boolean; rest: string } {
  const match = APPROXIMATE.exec(text)
  return match
    ? { approximate: true, rest: text.slice(match[0].length).trim() }
    : { approximate: false, rest: text }
}

type Token =
  | { kind: 'year'; value: number }
  | { kind: 'number'; value: number; digits: number }
  | { kind: 'month'; value: number }

function tokenize(text: string): Token[] | null {
  const words = text
    .toLowerCase()
    .replace(/,/g, ' ')
    .replace(/(\d)(?:st|nd|rd|th)\b/g, '$1')
    .split(/\s+/)
    .filter((word) => word !== '' && word !== 'of')
  const tokens: Token[] = []
  for (const word of words) {
    if (/^\d{4}$/.test(word)) tokens.push({ kind: 'year', value: Number(word) })
    else if (/^\d{1,2}$/.test(word)) {
      tokens.push({ kind: 'number', value: Number(word), digits: word.length })
    } else {
      const month = MONTH_BY_NAME.get(word.replace(/\.$/, ''))
      if (month === undefined) return null
      tokens.push({ kind: 'month', value: month })
    }
  }
  return tokens
}

/** One side of a date, or null when it is not one of the forms this reads. */
function parseFields(text: string): Fields | null {
  const iso = ISO.exec(text)
  if (iso) {
    const month = Number(iso[2])
    if (iso[3] === undefined && (month < 1 || month > 12)) return null
    const fields: Fields = { year: Number(iso[1]), month }
    if (iso[3] !== undefined) fields.day = Number(iso[3])
    return fields
  }
  const tokens = tokenize(text)
  if (!tokens) return null
  const shape = tokens.map((t) => t.kind[0]).join('')
  const [a, b, c] = tokens.map((t) => t.value)
  switch (shape) {
    case 'y':
      return { year: a }
    case 'n':
      return {
        bare: { value: a ?? 0, digits: tokens[0]?.kind === 'number' ? tokens[0].digits : 0 },
      }
    case 'm':
      return { month: a }
    case 'my':
      return { month: a, year: b }
    case 'mn':
      return { month: a, day: b }
    case 'nm':
      return { day: a, month: b }
    case 'nmy':
      return { day: a, month: b, year: c }
    case 'mny':
      return { month: a, day: b, year: c }
    case 'ny':
      return { day: a, year: b }
    case 'ym':
      return { year: a, month: b }
    case 'ymn':
      return { year: a, month: b, day: c }
    default:
      return null
  }
}

function partial(fields: Fields, approximate: boolean, year = fields.year): PartialDate | null {
  if (year === undefined) return null
  const date: PartialDate = { year, approximate }
  if (fields.month !== undefined) date.month = fields.month
  if (fields.day !== undefined) date.day = fields.day
  return date
}

/**
 * A range from the text either side of its dash, or null when the two sides are not dates
 * that make a range together (the caller may try the dash elsewhere).
 */
function parseRange(
  left: string,
  right: string,
  leading: boolean,
  spaced: boolean,
): AbsoluteDate | null {
  const { approximate: own, rest } = stripApproximate(right)
  const startFields = parseFields(left)
  const endFields = parseFields(rest)
  if (!startFields || !endFields) return null
  const compact = !spaced || startFields.year === undefined
  const endApproximate = compact ? leading || own : own

  let end: PartialDate | null
  const bare = endFields.bare
  if (
    bare &&
    bare.digits === 2 &&
    startFields.year !== undefined &&
    startFields.month === undefined
  ) {
    // "2015-16", "1999-00": the end year abbreviated to its last two digits. It crosses into
    // the next century only for a short span, so a slip like "2015-14" is reported as a
    // range ending before it starts rather than read as 2015–2114.
    let year = startFields.year - (startFields.year % 100) + bare.value
    if (year <= startFields.year && year + 100 - startFields.year < 50) year += 100
    end = { year, approximate: endApproximate }
  } else if (endFields.month === undefined && endFields.day !== undefined) {
    // "Jan 16–18, 2024": the end takes the start's month.
    end = partial({ ...endFields, month: startFields.month }, endApproximate)
  } else {
    end = partial(endFields, endApproximate)
  }
  if (!end) return null

  let start: PartialDate | null
  if (startFields.bare) {
    // "16–18 Jan 2024": a lone number before a day is a day of the end's month.
    if (end.day === undefined) return null
    start = { year: end.year, month: end.month, day: startFields.bare.value, approximate: leading }
  } else if (startFields.year !== undefined) {
    start = partial(startFields, leading)
  } else {
    // "Dec–Feb 2024", "30 Dec – 2 Jan 2024": a start later in the year than the end it
    // shares a year with can only be in the year before.
    const laterInYear = (startFields.month ?? 0) > (end.month ?? 13)
    start = partial(startFields, leading, laterInYear ? end.year - 1 : end.year)
  }
  if (!start || (startFields.day !== undefined && startFields.month === undefined)) return null
  return { kind: 'range', start, end }
}

/** Each way the text could split into two sides of a range, most explicit dash first. */
function rangeSplits(text: string): { left: string; right: string; spaced: boolean }[] {
  for (const pattern of [DASHES, SPACED_HYPHEN_OR_TO]) {
    const matches = [...text.matchAll(pattern)]
    if (matches.length === 0) continue
    if (matches.length > 1) return []
    const [match] = matches
    if (!match) return []
    return [
      {
        left: text.slice(0, match.index).trim(),
        right: text.slice(match.index + match[0].length).trim(),
        spaced: /\s/.test(match[0]),
      },
    ]
  }
  const splits: { left: string; right: string; spaced: boolean }[] = []
  for (let i = text.indexOf('-'); i > 0; i = text.indexOf('-', i + 1)) {
    splits.push({ left: text.slice(0, i), right: text.slice(i + 1), spaced: false })
  }
  return splits
}

function sentence(problem: string): string {
  return `${problem.charAt(0).toUpperCase()}${problem.slice(1)}.`
}

function checked(date: AbsoluteDate): ParsedDateInput {
  const problem = eventDateProblem(date)
  return problem ? { ok: false, problem: sentence(problem) } : { ok: true, date }
}

/** Reads a typed date; the problem, in a sentence, says what to change. */
export function parseDateInput(text: string): ParsedDateInput {
  const trimmed = text.replace(/\s+/g, ' ').trim()
  if (!trimmed) return { ok: false, problem: 'Enter a date.' }
  const { approximate, rest } = stripApproximate(trimmed)

  const fields = parseFields(rest)
  if (fields) {
    const date = partial(fields, approximate)
    if (date) return checked({ kind: 'point', date })
    return {
      ok: false,
      problem: fields.bare
        ? `Add a month and year, or write the year in full. ${HOW}`
        : 'Add the year.',
    }
  }

  for (const { left, right, spaced } of rangeSplits(rest)) {
    const range = parseRange(left, right, approximate, spaced)
    if (range) return checked(range)
  }

  if (/\d\s*[/.]\s*\d/.test(rest)) {
    return {
      ok: false,
      problem:
        'Write the month as a word (16 Jan 2024) or as 2024-01-16: with numbers alone, day and month could be either way round.',
    }
  }
  return { ok: false, problem: `This does not read as a date. ${HOW}` }
}
