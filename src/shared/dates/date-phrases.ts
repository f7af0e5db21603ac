/**
 * The core both date extractors are built on: the timeline's date suggestions
 * (suggest-date.ts) and the dates stated in evidence (stated-dates.ts). Month names, days and
 * years are written the same way in both, so they are read by the same patterns here.
 */

import { capitalisedAlternation, ORDINAL_SUFFIX, WORD_END } from '../text/prose-patterns'
import { MONTH_ABBREVIATIONS, MONTH_NAMES } from '../text/calendar-names'

const MONTH_NAME_ALTERNATION = capitalisedAlternation(MONTH_NAMES)
const MONTH_ABBREVIATION_ALTERNATION = capitalisedAlternation(MONTH_ABBREVIATIONS)

/**
 * A month name or abbreviation in the named group, capitalised or in capitals only ("may"
 * and "march" in lower case are verbs far more often). An abbreviation may take a full stop
 * ("Jan."), kept in the group: read it with `monthNumber`. `dotAfterName` lets a full name
 * take one too ("January."), as the stated-dates extractor always has.
 */
export function monthPattern(group: string, options?: { dotAfterName?: boolean }): string {
  if (options?.dotAfterName) {
    return `(?<${group}>(?:${MONTH_NAME_ALTERNATION}|${MONTH_ABBREVIATION_ALTERNATION})(?!\\p{L})\\.?)`
  }
  return (
    `(?<${group}>(?:${MONTH_NAME_ALTERNATION})(?!\\p{L})` +
    `|(?:${MONTH_ABBREVIATION_ALTERNATION})(?!\\p{L})\\.?)`
  )
}

/** A day of the month, 1-31, in the named group, with an optional ordinal suffix ("16th"). */
export function dayPattern(group: string): string {
  return `(?<${group}>3[01]|[12]\\d|0?[1-9])${ORDINAL_SUFFIX}${WORD_END}`
}

/**
 * A four-digit year from 1800 to 2199: the years a source of today speaks of. A wider range
 * would read more four-digit counts and codes as years.
 */
export const YEAR_DIGITS = '(?:1[89]|2[01])\\d\\d'
