/**
 * What the named rules of date suggestions share: reading the words of a match (months,
 * amounts, units) and shaping a match into a candidate.
 */

import { cardinalWordsUpTo } from '../text/number-words'
import { sentenceCase } from '../text/prose-patterns'
import { monthNumber } from '../text/calendar-names'
import { partialDateProblem, precisionOf, type PartialDate } from './partial-date'
import type { Candidate, Unit } from './suggest-date-types'

// Offsets are counted in small amounts ("three weeks after"); "a day later" is one.
const NUMBER_WORDS: Readonly<Record<string, number>> = { a: 1, an: 1, ...cardinalWordsUpTo(12) }

/** An amount of an offset: up to three digits, or a number word up to "twelve". */
export const AMOUNT = `\\d{1,3}|${sentenceCase(Object.keys(NUMBER_WORDS).join('|'))}`

/** The value of an {@link AMOUNT} match, or undefined for a missing word or a zero. */
export function amountOf(word: string | undefined): number | undefined {
  if (word === undefined) return undefined
  const n = /^\d+$/.test(word) ? Number(word) : NUMBER_WORDS[word.toLowerCase()]
  return n !== undefined && n >= 1 ? n : undefined
}

/** The month number of a matched month name, if one matched. */
export function monthOf(word: string | undefined): number | undefined {
  return word === undefined ? undefined : monthNumber(word)
}

/** The unit of a matched "day", "week", "month" or "year", in any case. */
export function unitOf(word: string | undefined): Unit | undefined {
  const unit = word?.toLowerCase()
  return unit === 'day' || unit === 'week' || unit === 'month' || unit === 'year' ? unit : undefined
}

/** Every match of a global pattern. */
export function matches(text: string, pattern: RegExp): RegExpExecArray[] {
  return [...text.matchAll(pattern)]
}

/** A date candidate for text[start, end), or null when the date (or its range end) is invalid. */
export function dateCandidate(
  text: string,
  start: number,
  end: number,
  date: PartialDate,
  rule: string,
  rangeEnd?: PartialDate,
): Candidate | null {
  if (partialDateProblem(date) !== null) return null
  if (rangeEnd && partialDateProblem(rangeEnd) !== null) return null
  return {
    start,
    end,
    suggestion: {
      kind: 'date',
      date,
      ...(rangeEnd && { range: { end: rangeEnd } }),
      phrase: text.slice(start, end),
      precision: precisionOf(date),
      rule,
    },
  }
}
