/**
 * Explicit calendar dates stated in prose ("On January 16, 2024", "29 January 2024",
 * "mid-January 2024", "2024-01-16"), as partial dates at the precision the text gives.
 * Relative phrases ("two days after", "last week") and bare years are left alone: resolving
 * them needs a reading of the story, and a wrong guess would be presented as a stated fact.
 * Pure; any string is accepted and nothing throws.
 */

import { MONTH_BY_NAME } from '../dates/month-names'
import { partialDateProblem, type PartialDate } from '../dates/partial-date'

export interface StatedDate {
  text: string
  start: number
  end: number
  date: PartialDate
}

// Month names must be capitalised (or all capitals, as in headings): "may" and "march" in
// lower case are a verb far more often than a month.
const MONTH_ALTERNATION = [...MONTH_BY_NAME.keys()]
  .sort((a, b) => b.length - a.length)
  .flatMap((name) => [name[0]?.toUpperCase() + name.slice(1), name.toUpperCase()])
  .join('|')
const MONTH = `(?<month>${MONTH_ALTERNATION})(?![\\p{L}])\\.?`
const DAY = `(?<day>3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)?(?![\\p{L}\\p{N}])`
const YEAR = `(?<year>\\d{4})(?![\\p{L}\\p{N}]|-\\d)`
const S = '[\\s\\u00a0]+'
// A day glued to a digit, a letter, a decimal point or a dash is part of a number or the end
// of a range ("16-18 January"), which states no single day.
const NOT_AFTER = '(?<![\\p{L}\\p{N}.,:/\\-–‑])'

interface Pattern {
  re: RegExp
  needsYear: boolean
}

const PATTERNS: readonly Pattern[] = [
  // January 16, 2024 / Jan. 16 2024 / January 29th, 2024
  { re: new RegExp(`${NOT_AFTER}${MONTH}${S}${DAY},?${S}${YEAR}`, 'gu'), needsYear: false },
  // 16 January 2024 / 16th of January, 2024
  {
    re: new RegExp(`${NOT_AFTER}${DAY}${S}(?:of${S})?${MONTH},?${S}${YEAR}`, 'gu'),
    needsYear: false,
  },
  // 2024, January 22 (reference lists)
  { re: new RegExp(`${NOT_AFTER}${YEAR},?${S}${MONTH}${S}${DAY}`, 'gu'), needsYear: false },
  // 2024-01-16
  {
    re: new RegExp(
      `${NOT_AFTER}(?<year>\\d{4})-(?<monthNumber>0[1-9]|1[0-2])-(?<day>0[1-9]|[12]\\d|3[01])(?![\\p{L}\\p{N}]|-\\d)`,
      'gu',
    ),
    needsYear: false,
  },
  // January 2024 / mid-January 2024 / early January, 2024
  {
    re: new RegExp(
      `${NOT_AFTER}(?:(?<part>[Mm]id|[Ee]arly|[Ll]ate)[-\\s\\u00a0])?${MONTH},?${S}${YEAR}`,
      'gu',
    ),
    needsYear: false,
  },
  // January 16 / January 29th
  { re: new RegExp(`${NOT_AFTER}${MONTH}${S}${DAY}`, 'gu'), needsYear: true },
  // 16 January / the 16th of January
  { re: new RegExp(`${NOT_AFTER}${DAY}${S}(?:of${S})?${MONTH}`, 'gu'), needsYear: true },
]

/**
 * Every explicit calendar date the text states, in order. Dates without a year ("16
 * January") take `referenceYear` (usually the source's publication year) and are skipped
 * when it is not given. A month is never read without a year of its own: "in January" could
 * be any January. Invalid days ("February 30") are skipped.
 */
export function extractStatedDates(text: string, referenceYear?: number): StatedDate[] {
  const found: { text: string; start: number; end: number; date: PartialDate | null }[] = []
  const hasReference = referenceYear !== undefined && Number.isInteger(referenceYear)
  for (const { re, needsYear } of PATTERNS) {
    for (const match of text.matchAll(re)) {
      if (needsYear && !hasReference) continue
      const date = toPartialDate(match.groups ?? {}, needsYear ? referenceYear : undefined)
      const start = match.index
      found.push({ text: match[0], start, end: start + match[0].length, date })
    }
  }
  // Where patterns overlap, the leftmost and then the longest reading wins: "16 January
  // 2024" rather than its tail "January 2024" or its head "16 January". An impossible date
  // still takes its place, so "30 February 2024" does not become "February 2024".
  found.sort((a, b) => a.start - b.start || b.end - a.end)
  const kept: StatedDate[] = []
  let lastEnd = -1
  for (const { text: matched, start, end, date } of found) {
    if (start < lastEnd) continue
    lastEnd = end
    if (date) kept.push({ text: matched, start, end, date })
  }
  return kept
}

function toPartialDate(
  groups: Record<string, string | undefined>,
  referenceYear: number | undefined,
): PartialDate | null {
  const year = groups.year !== undefined ? Number(groups.year) : referenceYear
  if (year === undefined) return null
  const month = groups.monthNumber
    ? Number(groups.monthNumber)
    : MONTH_BY_NAME.get((groups.month ?? '').toLowerCase())
  if (month === undefined) return null
  const date: PartialDate =
    groups.day !== undefined
      ? { year, month, day: Number(groups.day), approximate: false }
      : { year, month, approximate: groups.part !== undefined }
  return partialDateProblem(date) === null ? date : null
}
