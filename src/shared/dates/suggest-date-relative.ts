/**
 * Phrases counted back from the publication date: a weekday ("on Friday", "last Friday") and
 * relative periods ("last year", "the previous month", "three weeks ago", "yesterday"). Both
 * need a reference: without one nothing is suggested, where chrono would count from today.
 */

import { WEEKDAY_NAMES } from '../text/calendar-names'
import { PERIOD_PART_PHRASES, PERIOD_PART_WORDS } from '../text/hedges'
import { sentenceCase as ci, SPACE as S, WORD_END, WORD_START } from '../text/prose-patterns'
import { DAY_MS } from './calendar'
import { dayPattern, monthPattern } from './date-phrases'
import type { PartialDate } from './partial-date'
import { AMOUNT, amountOf, dateCandidate, matches, unitOf } from './suggest-date-candidates'
import { countBack, dayDate, dayIsUncertain } from './suggest-date-reference'
import type { Candidate, Rule } from './suggest-date-types'

const WEEKDAY = new RegExp(
  `${WORD_START}(?:(?<qual>${ci('on|last|this past|this|next')})${S})?` +
    `(?<weekday>${WEEKDAY_NAMES.join('|')})${WORD_END}`,
  'gu',
)
// "Friday, January 19" or "Friday 19 January": the calendar date says which Friday.
const DATE_FOLLOWS = new RegExp(
  `^,?${S}(?:the${S})?(?:${monthPattern('m')}|${dayPattern('d')})`,
  'u',
)

/**
 * "on Friday", "last Friday": the most recent such day at or before the publication (for
 * "last", strictly before). chrono picks the coming Friday even with forwardDate false.
 * "next Friday" is left alone: past-tense news rarely says it, and which Friday it means is
 * disputed.
 */
export const weekdayBeforePublication: Rule = (text, ref) => {
  if (!ref) return []
  const found: Candidate[] = []
  for (const m of matches(text, WEEKDAY)) {
    const g = m.groups ?? {}
    const qual = (g.qual ?? '').toLowerCase().replace(/\s+/g, ' ')
    const end = m.index + m[0].length
    if (qual === 'next' || DATE_FOLLOWS.test(text.slice(end))) continue
    const weekday = WEEKDAY_NAMES.indexOf(g.weekday as (typeof WEEKDAY_NAMES)[number])
    let back = (new Date(ref.instant).getUTCDay() - weekday + 7) % 7
    if (back === 0 && (qual === 'last' || qual === 'this past')) back = 7
    const date = dayDate(ref.instant - back * DAY_MS, dayIsUncertain(ref))
    const c = dateCandidate(text, m.index, end, date, 'weekday-before-publication')
    if (c) found.push(c)
  }
  return found
}

// "mid" is not among them: it is read before a year ("mid-2023"), never before "last year".
const PERIOD_HEDGES = ci(
  [...PERIOD_PART_WORDS.filter((w) => w !== 'mid'), ...PERIOD_PART_PHRASES].join('|'),
)
const RELATIVE = new RegExp(
  `${WORD_START}(?:(?<hedge>${PERIOD_HEDGES})${S}` +
    `|${ci('earlier|later')}${S})?` +
    `(?<rel>${ci('last|this|the previous|the preceding')})${S}(?<unit>week|month|year)${WORD_END}` +
    `|${WORD_START}(?<yesterday>[Yy]esterday)${WORD_END}` +
    `|${WORD_START}(?<amount>${AMOUNT})${S}(?<agoUnit>day|week|month|year)s?${S}ago${WORD_END}`,
  'gu',
)

/**
 * "last year", "the previous month", "Earlier this year", "yesterday", "three weeks ago",
 * counted back from the publication. chrono misses "the previous month", reads "last week"
 * as exactly seven days earlier (a week is never that exact: approximate here), and would
 * count from today when there is no publication date (none is suggested then). "today" and
 * "now" are left out: analyses use them for "nowadays".
 */
export const relativeToPublication: Rule = (text, ref) => {
  if (!ref) return []
  const found: Candidate[] = []
  for (const m of matches(text, RELATIVE)) {
    const g = m.groups ?? {}
    const hedged = g.hedge !== undefined
    let date: PartialDate | null
    if (g.yesterday !== undefined) {
      date = dayDate(ref.instant - DAY_MS, dayIsUncertain(ref))
    } else if (g.agoUnit !== undefined) {
      date = countBack(ref, amountOf(g.amount), unitOf(g.agoUnit))
    } else {
      const rel = (g.rel ?? '').toLowerCase()
      const back = rel === 'this' ? 0 : 1
      const unit = unitOf(g.unit)
      // "this week" names no day worth suggesting; "the previous week" counts from the event
      // told before (offsetFromEvent), not from the publication.
      if (unit === 'week' && rel !== 'last') continue
      date = countBack(ref, back, unit)
    }
    if (!date) continue
    if (hedged) date = { ...date, approximate: true }
    const c = dateCandidate(text, m.index, m.index + m[0].length, date, 'relative-to-publication')
    if (c) found.push(c)
  }
  return found
}
