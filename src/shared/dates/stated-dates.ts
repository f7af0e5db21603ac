/**
 * Explicit calendar dates stated in prose ("On January 16, 2024", "29 January 2024",
 * "mid-January 2024", "2024-01-16"), as partial dates at the precision the text gives, for
 * comparing what sources state (claims/disagreements.ts). Relative phrases ("two days after",
 * "last week") and bare years are left alone: resolving them needs a reading of the story,
 * and a wrong guess would be presented as a stated fact. That reading is suggest-date.ts's,
 * for the analyst to confirm. Pure; any string is accepted and nothing throws.
 */

import { PERIOD_PART_WORDS } from '../text/hedges'
import { SPACE as S, sentenceCase } from '../text/prose-patterns'
import { monthNumber } from '../text/calendar-names'
import { keepLeftmostLongest } from '../text/spans'
import { dayPattern, monthPattern } from './date-phrases'
import { partialDateProblem, type PartialDate } from './partial-date'

export interface StatedDate {
  text: string
  start: number
  end: number
  date: PartialDate
}

const MONTH = monthPattern('month', { dotAfterName: true })
const DAY = dayPattern('day')
const PERIOD_PART = sentenceCase(PERIOD_PART_WORDS.join('|'))
const YEAR = `(?<year>\\d{4})(?![\\p{L}\\p{N}]|-\\d)`
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
      `${NOT_AFTER}(?:(?<part>${PERIOD_PART})[-\\s\\u00a0])?${MONTH},?${S}${YEAR}`,
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
  const kept: StatedDate[] = []
  for (const { text: matched, start, end, date } of keepLeftmostLongest(found)) {
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
  const month = groups.monthNumber ? Number(groups.monthNumber) : monthNumber(groups.month ?? '')
  if (month === undefined) return null
  const date: PartialDate =
    groups.day !== undefined
      ? { year, month, day: Number(groups.day), approximate: false }
      : { year, month, approximate: groups.part !== undefined }
  return partialDateProblem(date) === null ? date : null
}
