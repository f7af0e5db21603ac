/**
 * Suggests an event date for a passage the analyst selected: "On January 16, 2024", "In
 * June", "on Friday", "Two days after the Iranian missile strike". chrono-node reads the
 * calendar forms (suggest-date-chrono.ts); small named rules in front of it read what chrono
 * gets wrong in news prose, which looks back from its publication date (each rule says which
 * failure it corrects): offsets from an event (suggest-date-offsets.ts), months and years
 * (suggest-date-calendar-rules.ts), and phrases counted back from the publication
 * (suggest-date-relative.ts).
 *
 * The publication date is the reference, at its own precision (suggest-date-reference.ts). A
 * suggestion is only a suggestion: the analyst confirms it, so `phrase` and `rule` say where
 * it came from.
 *
 * Pure: no clock (chrono is never left to default to today), no I/O, and it never throws.
 */

import { byLeftmostLongest } from '../text/spans'
import { formatPartialDate } from './partial-date'
import {
  monthWithYearWord,
  partOfMonth,
  referenceListDate,
  yearOrRange,
} from './suggest-date-calendar-rules'
import { chronoDates } from './suggest-date-chrono'
import { offsetFromEvent } from './suggest-date-offsets'
import { toReference } from './suggest-date-reference'
import { relativeToPublication, weekdayBeforePublication } from './suggest-date-relative'
import type { DateSuggestion, Reference, Rule, SuggestDateContext } from './suggest-date-types'

export type { DateOffsetSuggestion, DateSuggestion, SuggestDateContext } from './suggest-date-types'

/** One line per rule id, for the UI to explain a suggestion. */
export const RULE_EXPLANATIONS: Readonly<Record<string, string>> = {
  'offset-from-event': 'counted from an event the text names, not from the publication date',
  'month-with-year-word': 'the year is named relative to the publication ("this year")',
  'reference-list-date': 'a date in a reference list, written year first',
  'part-of-month': 'part of a month ("early", "mid-", "the end of"): the month, approximate',
  'year-or-range': 'a year or a span of years',
  'weekday-before-publication': 'the most recent such weekday at or before the publication',
  'relative-to-publication': 'counted back from the publication date',
  chrono: 'a calendar date as written',
  'chrono-yearless': 'a date without a year: the most recent one at or before the publication',
}

/** Longer selections are cut: a date for one event sits near its words, and chrono is slow. */
const MAX_SEARCHED = 4000

const RULES: readonly Rule[] = [
  offsetFromEvent,
  monthWithYearWord,
  referenceListDate,
  partOfMonth,
  yearOrRange,
  weekdayBeforePublication,
  relativeToPublication,
]

/**
 * The event date a passage states, or null. The selection is searched first, then the
 * sentence; within a text the earliest phrase wins (the longest where two start together).
 */
export function suggestDate(selection: string, context: SuggestDateContext): DateSuggestion | null {
  const reference = toReference(context.published)
  const sentence = context.sentence === undefined ? '' : String(context.sentence)
  const found = findIn(String(selection), reference)
  if (!found) return sentence ? findIn(sentence, reference) : null
  return found.kind === 'offset'
    ? withAnchorFromSentence(found, String(selection), sentence)
    : found
}

/**
 * An analyst often selects just "Two days after": the event it counts from is then read on
 * in the sentence, where the selection stands.
 */
function withAnchorFromSentence(
  found: Extract<DateSuggestion, { kind: 'offset' }>,
  selection: string,
  sentence: string,
): DateSuggestion {
  const at = sentence.indexOf(selection)
  if (found.anchorText || !selection || at < 0) return found
  const offsetAt = at + selection.indexOf(found.phrase)
  const wider = offsetFromEvent(sentence, null).find((c) => c.start === offsetAt)?.suggestion
  const sameOffset =
    wider?.kind === 'offset' &&
    wider.direction === found.direction &&
    wider.offset.amount === found.offset.amount &&
    wider.offset.unit === found.offset.unit
  return sameOffset ? wider : found
}

/**
 * "16 Jan 2024, from ‘On January 16, 2024’"; "Jun 2023, month, from ‘In June’";
 * "+2 days after ‘the Iranian missile strike’, from ‘Two days after the Iranian missile strike’".
 */
export function describeSuggestion(s: DateSuggestion): string {
  if (s.kind === 'offset') {
    const sign = s.direction === 'after' ? '+' : '−'
    const unit = s.offset.amount === 1 ? s.offset.unit : `${s.offset.unit}s`
    const anchor = s.anchorText ? `‘${s.anchorText}’` : 'the event told before'
    return `${sign}${s.offset.amount} ${unit} ${s.direction} ${anchor}, from ‘${s.phrase}’`
  }
  const start = formatPartialDate(s.date)
  const span = s.range ? `${start}–${formatPartialDate(s.range.end)}` : start
  const precision = s.precision === 'day' ? '' : `, ${s.precision}`
  return `${span}${precision}, from ‘${s.phrase}’`
}

function findIn(text: string, ref: Reference | null): DateSuggestion | null {
  const searched = text.slice(0, MAX_SEARCHED)
  if (!/[\p{L}\p{N}]/u.test(searched)) return null
  const ruled = RULES.flatMap((rule) => rule(searched, ref))
  // A rule's reading overrides any chrono reading that overlaps it.
  const chrono = chronoDates(searched, ref).filter(
    (c) => !ruled.some((r) => r.start < c.end && c.start < r.end),
  )
  const best = [...ruled, ...chrono].sort(byLeftmostLongest)[0]
  return best?.suggestion ?? null
}
