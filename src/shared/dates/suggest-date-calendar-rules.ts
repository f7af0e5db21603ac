/**
 * The named rules for months and years that chrono misreads in news prose: a month with a
 * year word ("10 March this year"), a reference-list date ("2018, March 10"), part of a month
 * ("mid-January") and bare years and spans of years ("since 2015-16"). Each says which
 * failure of chrono it corrects.
 */

import { CIRCA_WORDS, PERIOD_PART_PHRASES, PERIOD_PART_WORDS } from '../text/hedges'
import { sentenceCase as ci, SPACE as S, WORD_END, WORD_START } from '../text/prose-patterns'
import { dayPattern, monthPattern, YEAR_DIGITS } from './date-phrases'
import type { PartialDate } from './partial-date'
import { dateCandidate, matches, monthOf } from './suggest-date-candidates'
import { yearAtOrBefore } from './suggest-date-reference'
import type { Candidate, Rule } from './suggest-date-types'

const YEAR_WORD = `(?<which>${ci('this|last|the previous|the preceding|the same|next')})${S}year`
const MONTH_WITH_YEAR_WORD = new RegExp(
  `${WORD_START}(?:${ci('on|in|during|by|since')}${S})?` +
    `(?:${dayPattern('day')}${S}(?:of${S})?${monthPattern('month')}` +
    `|${monthPattern('month2')}(?:${S}${dayPattern('day2')})?)` +
    `,?${S}(?:of${S})?${YEAR_WORD}${WORD_END}`,
  'gu',
)
const LAST_MONTH_NAME = new RegExp(
  `${WORD_START}(?:${ci('in|on')}${S})?${ci('last|this past')}${S}${monthPattern('month')}${WORD_END}`,
  'gu',
)

/**
 * "on 10 March this year", "in December of the previous year", "last June". chrono splits
 * the first into "10 March" and "this year", and reads "December of" alone, in the nearest
 * year: Dec 2023 from a July 2023 article that means Dec 2022.
 */
export const monthWithYearWord: Rule = (text, ref) => {
  if (!ref) return []
  const found: Candidate[] = []
  for (const m of matches(text, MONTH_WITH_YEAR_WORD)) {
    const g = m.groups ?? {}
    const month = monthOf(g.month ?? g.month2)
    const dayText = g.day ?? g.day2
    const which = (g.which ?? '').toLowerCase().replace(/\s+/g, ' ')
    if (month === undefined) continue
    const shift = which === 'next' ? 1 : which === 'this' || which === 'the same' ? 0 : -1
    const date: PartialDate = {
      year: ref.year + shift,
      month,
      ...(dayText !== undefined && { day: Number(dayText) }),
      approximate: ref.approximate,
    }
    const c = dateCandidate(text, m.index, m.index + m[0].length, date, 'month-with-year-word')
    if (c) found.push(c)
  }
  for (const m of matches(text, LAST_MONTH_NAME)) {
    const month = monthOf(m.groups?.month)
    if (month === undefined) continue
    const { year, approximate } = yearAtOrBefore(ref, month, undefined, true)
    const date: PartialDate = { year, month, approximate }
    const c = dateCandidate(text, m.index, m.index + m[0].length, date, 'month-with-year-word')
    if (c) found.push(c)
  }
  return found
}

const REFERENCE_LIST_DATE = new RegExp(
  `${WORD_START}(?<year>${YEAR_DIGITS}),${S}${monthPattern('month')}${S}${dayPattern('day')}`,
  'gu',
)

/**
 * "(2018, March 10)" in a reference list. chrono reads only "March 10" and gives it the
 * reference's year (2024), and its en-GB parser reads "January 22" as January 2022.
 */
export const referenceListDate: Rule = (text) => {
  const found: Candidate[] = []
  for (const m of matches(text, REFERENCE_LIST_DATE)) {
    const g = m.groups ?? {}
    const month = monthOf(g.month)
    if (month === undefined) continue
    const date = { year: Number(g.year), month, day: Number(g.day), approximate: false }
    const c = dateCandidate(text, m.index, m.index + m[0].length, date, 'reference-list-date')
    if (c) found.push(c)
  }
  return found
}

const PART_OF_MONTH = new RegExp(
  `${WORD_START}(?:${ci('in|by|until|since|from|towards?|at')}${S})?` +
    `(?:${ci(PERIOD_PART_WORDS.join('|'))}(?:-|${S})(?:in${S}|of${S})?` +
    `|(?:${ci('the')}${S})?${ci('beginning|start|end|middle')}${S}of${S})` +
    `${monthPattern('month')}(?:,?${S}(?<year>${YEAR_DIGITS}))?${WORD_END}`,
  'gu',
)

/**
 * "Early in January", "mid-January", "late-January", "the end of January 2024". chrono drops
 * the "early" and reads the month as exact, and reads "end of January" as 31 January: false
 * precision. The month is right; approximate says the text was not exact about it.
 */
export const partOfMonth: Rule = (text, ref) => {
  const found: Candidate[] = []
  for (const m of matches(text, PART_OF_MONTH)) {
    const g = m.groups ?? {}
    const month = monthOf(g.month)
    if (month === undefined) continue
    let year: number
    if (g.year !== undefined) year = Number(g.year)
    else if (ref) year = yearAtOrBefore(ref, month).year
    else continue
    const date: PartialDate = { year, month, approximate: true }
    const c = dateCandidate(text, m.index, m.index + m[0].length, date, 'part-of-month')
    if (c) found.push(c)
  }
  return found
}

// Not "about" or "around": "about 2000 troops" is a count.
const YEAR_HEDGES = ci([...PERIOD_PART_WORDS, ...CIRCA_WORDS, ...PERIOD_PART_PHRASES].join('|'))
const YEAR_INTRO = new RegExp(
  `${WORD_START}(?:(?<hedge>${YEAR_HEDGES})${S}|(?<mid>[Mm]id)-` +
    `|(?:${ci('in|since|during|by|until|till|from|between|before|after|the year')})${S})` +
    `(?<year>${YEAR_DIGITS})` +
    `(?:(?:[-–‑]|${S}(?:to|and)${S}|[\\s\\u00a0]?–[\\s\\u00a0]?)(?<end>${YEAR_DIGITS}|\\d\\d))?` +
    `(?![\\p{L}\\p{N}]|[-–‑/.,:]\\p{N})`,
  'gu',
)
// "a 2012 agreement", "the 2019 elections": a year used as an adjective before a noun.
const YEAR_ADJECTIVE = new RegExp(
  `${WORD_START}(?:${ci('a|an|the|its|their|his|her')})${S}(?<year>${YEAR_DIGITS})(?=${S}\\p{Ll})`,
  'gu',
)

/**
 * "in 2019", "since 2015-16" (2015 to 2016), "mid-2023", "a 2012 agreement". chrono reads no
 * bare year at all. A four-digit number is taken as a year only after a word that introduces
 * one, never alone: "2000 troops" is a count, "(Mir, 2004)" a citation, "2709-7625" an ISSN.
 */
export const yearOrRange: Rule = (text) => {
  const found: Candidate[] = []
  for (const m of matches(text, YEAR_INTRO)) {
    const g = m.groups ?? {}
    const year = Number(g.year)
    const approximate = g.hedge !== undefined || g.mid !== undefined
    let rangeEnd: PartialDate | undefined
    if (g.end !== undefined) {
      // "2015-16": the century of the first year, rolling over at "1999-00".
      let end = Number(g.end)
      if (g.end.length === 2) end += Math.floor(year / 100) * 100 + (end < year % 100 ? 100 : 0)
      if (end <= year || end - year > 99) continue
      rangeEnd = { year: end, approximate }
    }
    const date: PartialDate = { year, approximate }
    const c = dateCandidate(text, m.index, m.index + m[0].length, date, 'year-or-range', rangeEnd)
    if (c) found.push(c)
  }
  for (const m of matches(text, YEAR_ADJECTIVE)) {
    const yearText = m.groups?.year ?? ''
    const start = m.index + m[0].length - yearText.length
    const date: PartialDate = { year: Number(yearText), approximate: false }
    const c = dateCandidate(text, start, start + yearText.length, date, 'year-or-range')
    if (c) found.push(c)
  }
  return found
}
