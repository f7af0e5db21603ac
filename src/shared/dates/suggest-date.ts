/**
 * Suggests an event date for a passage the analyst selected: "On January 16, 2024", "In
 * June", "on Friday", "Two days after the Iranian missile strike". chrono-node reads the
 * calendar forms; small named rules in front of it read what chrono gets wrong in news prose,
 * which looks back from its publication date (each rule says which failure it corrects).
 *
 * The publication date is the reference, at its own precision: a year-less date takes the
 * most recent such date at or before it, and a reference that is approximate, inferred or
 * known only to the month makes whatever is counted from it approximate. A suggestion is
 * only a suggestion: the analyst confirms it, so `phrase` and `rule` say where it came from.
 *
 * Pure: no clock (chrono is never left to default to today), no I/O, and it never throws.
 */

import { MONTH_NAMES, monthNumber } from './month-names'
import { casual as chronoEnglish, type ParsedResult } from 'chrono-node/en'
import {
  formatPartialDate,
  partialDateProblem,
  precisionOf,
  type PartialDate,
} from './partial-date'

export type DateOffsetSuggestion = { amount: number; unit: 'day' | 'week' | 'month' | 'year' }

export type DateSuggestion =
  | {
      kind: 'date'
      date: PartialDate
      /** The last day, month or year of a stated span ("since 2015-16", "16-18 January"). */
      range?: { end: PartialDate }
      /** Exactly as in the text searched. */
      phrase: string
      precision: 'day' | 'month' | 'year'
      /** Which rule, or 'chrono', produced it: see RULE_EXPLANATIONS. */
      rule: string
    }
  | {
      kind: 'offset'
      offset: DateOffsetSuggestion
      direction: 'after' | 'before'
      /** The event counted from, as the text names it; '' when it names none ("two days later"). */
      anchorText: string
      phrase: string
      rule: string
    }

export interface SuggestDateContext {
  /** The sentence around the selection, searched when the selection itself holds no date. */
  sentence?: string
  /** The source's publication date, the reference for year-less and relative phrases. */
  published: (PartialDate & { basis?: string }) | null
}

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

// ---------------------------------------------------------------------------------------
// The reference

interface Reference {
  year: number
  month?: number
  day?: number
  /** The publication date is an estimate: approximate, or inferred rather than stated. */
  approximate: boolean
  /** The day counted from (epoch ms, UTC noon): the stated day, else mid-month or mid-year. */
  instant: number
}

const DAY_MS = 86_400_000

function toReference(published: SuggestDateContext['published']): Reference | null {
  if (!published || typeof published !== 'object') return null
  const { year, month, day } = published
  const date: PartialDate = { year, month, day, approximate: Boolean(published.approximate) }
  // Date.UTC reads years 0-99 as 1900-1999; no source is dated before 1000 anyway.
  if (partialDateProblem(date) !== null || year < 1000 || year > 9999) return null
  // A month-only reference counts from its middle: the guess with the smallest worst error.
  const instant = Date.UTC(year, (month ?? 7) - 1, day ?? (month === undefined ? 1 : 15), 12)
  return {
    year,
    ...(month !== undefined && { month }),
    ...(day !== undefined && { day }),
    approximate: date.approximate || published.basis === 'inferred',
    instant,
  }
}

/** Relative day results are exact only when the reference is a stated, exact day. */
function dayIsUncertain(ref: Reference): boolean {
  return ref.approximate || ref.day === undefined
}

/**
 * The year of a year-less month (and day): the most recent at or before the reference, since
 * past-tense news looks back ("In June" in a July 2023 article is June 2023, never 2024).
 * `strictlyBefore` for "last June", which is never the reference's own month.
 */
function yearAtOrBefore(
  ref: Reference,
  month: number,
  day?: number,
  strictlyBefore = false,
): { year: number; approximate: boolean } {
  // Without the reference's month the two candidate years cannot be told apart.
  if (ref.month === undefined) return { year: ref.year, approximate: true }
  const sameMonthLater =
    month === ref.month &&
    (strictlyBefore || (day !== undefined && ref.day !== undefined && day > ref.day))
  const after = month > ref.month || sameMonthLater
  return { year: after ? ref.year - 1 : ref.year, approximate: ref.approximate }
}

function dayDate(instant: number, approximate: boolean): PartialDate {
  const d = new Date(instant)
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    approximate,
  }
}

// ---------------------------------------------------------------------------------------
// Patterns

/** A span of the searched text and what it means. */
interface Candidate {
  start: number
  end: number
  suggestion: DateSuggestion
}

type Rule = (text: string, ref: Reference | null) => Candidate[]

const S = '[\\s\\u00a0]+'
const WORD_START = '(?<![\\p{L}\\p{N}])'
const WORD_END = '(?![\\p{L}\\p{N}])'

/** "in|on" -> "(?:[Ii]n|[Oo]n)": lower case mid-sentence, capitalised at a sentence start. */
function ci(words: string): string {
  const alternatives = words
    .split('|')
    .map((w) => {
      const first = w[0] ?? ''
      const rest = w.slice(1).replace(/\./g, '\\.').replace(/ /g, S)
      return `[${first.toUpperCase()}${first.toLowerCase()}]${rest}`
    })
    .join('|')
  return `(?:${alternatives})`
}

// Capitalised or all capitals only: "may" and "march" in lower case are verbs far more often.
const MONTH_NAMES_ALT = MONTH_NAMES.flatMap((m) => [m, m.toUpperCase()]).join('|')
const MONTH_ABBR_ALT = ['Sept', ...MONTH_NAMES.filter((m) => m !== 'May').map((m) => m.slice(0, 3))]
  .flatMap((m) => [m, m.toUpperCase()])
  .join('|')

/** A month name in group `name`; an abbreviation may take a full stop ("Jan."). */
function monthPattern(name: string): string {
  return `(?<${name}>(?:${MONTH_NAMES_ALT})(?!\\p{L})|(?:${MONTH_ABBR_ALT})(?!\\p{L})\\.?)`
}

function dayPattern(name: string): string {
  return `(?<${name}>3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)?${WORD_END}`
}

const YEAR_DIGITS = '(?:1[89]|2[01])\\d\\d'

function monthOf(word: string | undefined): number | undefined {
  return word === undefined ? undefined : monthNumber(word)
}

const NUMBER_WORDS: Readonly<Record<string, number>> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
}
const AMOUNT = `\\d{1,3}|${ci(Object.keys(NUMBER_WORDS).join('|'))}`

function amountOf(word: string | undefined): number | undefined {
  if (word === undefined) return undefined
  const n = /^\d+$/.test(word) ? Number(word) : NUMBER_WORDS[word.toLowerCase()]
  return n !== undefined && n >= 1 ? n : undefined
}

type Unit = DateOffsetSuggestion['unit']

function unitOf(word: string | undefined): Unit | undefined {
  const unit = word?.toLowerCase()
  return unit === 'day' || unit === 'week' || unit === 'month' || unit === 'year' ? unit : undefined
}

function matches(text: string, pattern: RegExp): RegExpExecArray[] {
  return [...text.matchAll(pattern)]
}

function dateCandidate(
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

// ---------------------------------------------------------------------------------------
// Rules in front of chrono

const OFFSET = new RegExp(
  `${WORD_START}(?<amount>${AMOUNT}|${ci('the')})${S}(?<unit>day|week|month|year)s?${S}` +
    `(?<dir>after|before|later|earlier|prior${S}to|following)${WORD_END}`,
  'gu',
)
const FOLLOWING = new RegExp(
  `${WORD_START}${ci('the')}${S}(?:(?<next>following|next)${S}(?<unitAfter>day|week|month|year)` +
    `|(?<previous>previous|preceding)${S}(?<unitBefore>day|week))${WORD_END}`,
  'gu',
)
/** The event an offset counts from: the rest of the clause. */
const ANCHOR = /^[\s\u00a0]+([^,.;:!?()[\]"“”—–\n]{1,120})/u

/**
 * "Two days after the Iranian missile strike", "three weeks after carrying out deadly
 * airstrikes", "two days later", "the following day": an offset from an event, not a date.
 * chrono reads all of them as counted from the reference (two days after publication).
 */
const offsetFromEvent: Rule = (text) => {
  const found: Candidate[] = []
  for (const m of matches(text, OFFSET)) {
    const g = m.groups ?? {}
    const amount = g.amount?.toLowerCase() === 'the' ? 1 : amountOf(g.amount)
    const unit = unitOf(g.unit)
    if (amount === undefined || unit === undefined || g.dir === undefined) continue
    const dir = g.dir.toLowerCase()
    const direction = dir === 'after' || dir === 'later' || dir === 'following' ? 'after' : 'before'
    let end = m.index + m[0].length
    let anchorText = ''
    if (dir !== 'later' && dir !== 'earlier') {
      const anchor = ANCHOR.exec(text.slice(end))
      let words = anchor?.[1]?.trimEnd() ?? ''
      // A clause longer than the cap is cut at a word, never inside one.
      if (anchor?.[1]?.length === 120 && words.includes(' ')) {
        words = words.slice(0, words.lastIndexOf(' ')).trimEnd()
      }
      if (anchor && words) {
        anchorText = words
        end += anchor[0].length - (anchor[1]?.length ?? 0) + words.length
      }
    }
    found.push(offsetCandidate(text, m.index, end, { amount, unit }, direction, anchorText))
  }
  for (const m of matches(text, FOLLOWING)) {
    const g = m.groups ?? {}
    const unit = unitOf(g.unitAfter ?? g.unitBefore)
    if (unit === undefined) continue
    const direction = g.next ? 'after' : 'before'
    const end = m.index + m[0].length
    found.push(offsetCandidate(text, m.index, end, { amount: 1, unit }, direction, ''))
  }
  return found
}

function offsetCandidate(
  text: string,
  start: number,
  end: number,
  offset: DateOffsetSuggestion,
  direction: 'after' | 'before',
  anchorText: string,
): Candidate {
  const phrase = text.slice(start, end)
  const rule = 'offset-from-event'
  return { start, end, suggestion: { kind: 'offset', offset, direction, anchorText, phrase, rule } }
}

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
const monthWithYearWord: Rule = (text, ref) => {
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
const referenceListDate: Rule = (text) => {
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
    `(?:${ci('early|mid|late')}(?:-|${S})(?:in${S}|of${S})?` +
    `|(?:${ci('the')}${S})?${ci('beginning|start|end|middle')}${S}of${S})` +
    `${monthPattern('month')}(?:,?${S}(?<year>${YEAR_DIGITS}))?${WORD_END}`,
  'gu',
)

/**
 * "Early in January", "mid-January", "late-January", "the end of January 2024". chrono drops
 * the "early" and reads the month as exact, and reads "end of January" as 31 January: false
 * precision. The month is right; approximate says the text was not exact about it.
 */
const partOfMonth: Rule = (text, ref) => {
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
const YEAR_HEDGES = ci(
  'early|late|mid|circa|c.|the beginning of|the start of|the end of|the middle of',
)
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
const yearOrRange: Rule = (text) => {
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

const WEEKDAYS = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
] as const
const WEEKDAY = new RegExp(
  `${WORD_START}(?:(?<qual>${ci('on|last|this past|this|next')})${S})?` +
    `(?<weekday>${WEEKDAYS.join('|')})${WORD_END}`,
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
const weekdayBeforePublication: Rule = (text, ref) => {
  if (!ref) return []
  const found: Candidate[] = []
  for (const m of matches(text, WEEKDAY)) {
    const g = m.groups ?? {}
    const qual = (g.qual ?? '').toLowerCase().replace(/\s+/g, ' ')
    const end = m.index + m[0].length
    if (qual === 'next' || DATE_FOLLOWS.test(text.slice(end))) continue
    const weekday = WEEKDAYS.indexOf(g.weekday as (typeof WEEKDAYS)[number])
    let back = (new Date(ref.instant).getUTCDay() - weekday + 7) % 7
    if (back === 0 && (qual === 'last' || qual === 'this past')) back = 7
    const date = dayDate(ref.instant - back * DAY_MS, dayIsUncertain(ref))
    const c = dateCandidate(text, m.index, end, date, 'weekday-before-publication')
    if (c) found.push(c)
  }
  return found
}

const RELATIVE = new RegExp(
  `${WORD_START}(?:(?<hedge>${ci('early|late|the beginning of|the start of|the end of|the middle of')})${S}` +
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
const relativeToPublication: Rule = (text, ref) => {
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

function countBack(ref: Reference, amount?: number, unit?: Unit): PartialDate | null {
  if (amount === undefined || unit === undefined) return null
  switch (unit) {
    case 'day':
      return dayDate(ref.instant - amount * DAY_MS, dayIsUncertain(ref))
    case 'week':
      return dayDate(ref.instant - amount * 7 * DAY_MS, true)
    case 'month': {
      if (ref.month === undefined) return null
      const index = ref.year * 12 + ref.month - 1 - amount
      return { year: Math.floor(index / 12), month: (index % 12) + 1, approximate: ref.approximate }
    }
    case 'year':
      return { year: ref.year - amount, approximate: ref.approximate }
  }
}

const RULES: readonly Rule[] = [
  offsetFromEvent,
  monthWithYearWord,
  referenceListDate,
  partOfMonth,
  yearOrRange,
  weekdayBeforePublication,
  relativeToPublication,
]

// ---------------------------------------------------------------------------------------
// chrono, and what is never accepted from it

// Any fixed instant: without a reference only chrono's certain values are kept, and a fixed
// one keeps the result from depending on the clock.
const NO_REFERENCE_INSTANT = Date.UTC(2000, 0, 1, 12)
const PREPOSITION_BEFORE = /(?<![\p{L}\p{N}])(?:[Oo]n|[Ii]n|[Ss]ince|[Dd]uring|[Bb]y)[\s\u00a0]+$/u
const RELATIVE_WORD = /\b(?:this|last|next|past|previous|coming|ago|now|today|tonight)\b/i
// "03/10/2024" is 3 October or 10 March depending on the writer: no guess between them.
const AMBIGUOUS_NUMERIC = /^(0?[1-9]|1[0-2])[/.-](0?[1-9]|1[0-2])(?:[/.-]|$)/

function chronoDates(text: string, ref: Reference | null): Candidate[] {
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
  // days after X" (an offset) and "Now," (a discourse marker); the rules above read the
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

// ---------------------------------------------------------------------------------------

function findIn(text: string, ref: Reference | null): DateSuggestion | null {
  const searched = text.slice(0, MAX_SEARCHED)
  if (!/[\p{L}\p{N}]/u.test(searched)) return null
  const ruled = RULES.flatMap((rule) => rule(searched, ref))
  // A rule's reading overrides any chrono reading that overlaps it.
  const chrono = chronoDates(searched, ref).filter(
    (c) => !ruled.some((r) => r.start < c.end && c.start < r.end),
  )
  const best = [...ruled, ...chrono].sort(
    (a, b) => a.start - b.start || b.end - b.start - (a.end - a.start),
  )[0]
  return best?.suggestion ?? null
}
