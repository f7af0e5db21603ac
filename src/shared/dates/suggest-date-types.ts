/**
 * The types of date suggestions: what suggestDate returns, and what its rules pass between
 * them (a candidate span, the publication date as a reference).
 */

import type { PartialDate } from './partial-date'

/** An offset the text states ("two days after"), in whole units. */
export type DateOffsetSuggestion = { amount: number; unit: 'day' | 'week' | 'month' | 'year' }

/** What a passage says about when its event happened: a date, or an offset from an event. */
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

/** What suggestDate knows besides the selection. */
export interface SuggestDateContext {
  /** The sentence around the selection, searched when the selection itself holds no date. */
  sentence?: string
  /** The source's publication date, the reference for year-less and relative phrases. */
  published: (PartialDate & { basis?: string }) | null
}

/** The publication date as the rules count from it. */
export interface Reference {
  year: number
  month?: number
  day?: number
  /** The publication date is an estimate: approximate, or inferred rather than stated. */
  approximate: boolean
  /** The day counted from (epoch ms, UTC noon): the stated day, else mid-month or mid-year. */
  instant: number
}

/** A span of the searched text and what it means. */
export interface Candidate {
  start: number
  end: number
  suggestion: DateSuggestion
}

/** Reads one family of phrases; without a reference, only phrases that need none. */
export type Rule = (text: string, ref: Reference | null) => Candidate[]

/** A unit an offset or a relative phrase counts in. */
export type Unit = DateOffsetSuggestion['unit']
