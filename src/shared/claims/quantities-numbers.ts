/**
 * Reading a figure where a number is written: digits, with what may come before them (a "$",
 * a qualifier) and after them (a magnitude word, a unit, a counted noun), or number words,
 * which state counts only ("twenty-three soldiers", "a dozen people", "two hundred people").
 */

import { MONTH_BY_NAME } from '../text/calendar-names'
import { CARDINAL_WORDS, TENS_WORDS } from '../text/number-words'
import { ORDINAL_SUFFIX, phraseAlternation, SPACE } from '../text/prose-patterns'
import { COUNT_SCALES, readCountedNoun } from './quantities-nouns'
import { QUALIFIER_WINDOW, withQualifier } from './quantities-qualifiers'
import type { QuantityCandidate } from './quantities-types'
import {
  DOLLARS_AFTER,
  MONEY_ABBREVIATION,
  MONEY_ABBREVIATIONS,
  MULTIPLIER_WORD,
  MULTIPLIERS,
  PERCENT_UNIT,
  readMeasureUnit,
  unitInfo,
} from './quantities-units'

// A number glued to a letter, a digit, a decimal point or a colon is part of something
// else: "km2", "Vol.6", "10:30"; after "letter-" it is a name ("F-16"), after "digit-" the
// end of a range ("80-90"), after ¶ or § a paragraph number.
const NOT_A_NUMBER_BEFORE = /(?:[\p{L}\p{N}_.,:/]|[\p{L}\p{N}][-‑–]|[¶§#][\s\u00a0]*)$/u

/** Numbers in digits: "1,200", "7.5", "2024". */
export const DIGITS_RE = /\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d|,\d)|\d+(?:\.\d+)?/g

const MONEY_PREFIX =
  /(?<![\p{L}\p{N}])(?:US[\s\u00a0]?\$|U\.S\.[\s\u00a0]?\$|\$|USD[\s\u00a0]?)[\s\u00a0]?$/u
const FOREIGN_DOLLAR = /\p{L}\$[\s\u00a0]?$/u
// What comes before a year: a time preposition ("in 2024") or a date ("16 January 2024",
// "January 16, 2024").
const YEAR_PREPOSITION = new RegExp(
  `(?:(?<![\\p{L}\\p{N}])(?:in|since|by|until|till|from|after|before|during|year|` +
    `${phraseAlternation(MONTH_BY_NAME.keys())})\\.?` +
    `|(?<![\\p{N}])\\d{1,2}${ORDINAL_SUFFIX},?)${SPACE}$`,
  'iu',
)

const CARDINAL_ALT = phraseAlternation(Object.keys(CARDINAL_WORDS))
const TENS_ALT = Object.keys(TENS_WORDS).join('|')
const DIGIT_WORD_ALT = Object.keys(CARDINAL_WORDS).slice(0, 9).join('|')
const SCALE_ALT = Object.keys(COUNT_SCALES).join('|')

/**
 * A count in words: "a dozen" (group 1), "a hundred" (2), or tens (3) with an optional digit
 * word (4) or a cardinal below twenty (5), either with an optional scale (6).
 */
export const NUMBER_WORD_RE = new RegExp(
  `(?<![\\p{L}\\p{N}-])(?:(a[\\s\\u00a0]+dozen)|(?:a|an)[\\s\\u00a0]+(hundred|thousand)|` +
    `(?:(${TENS_ALT})(?:-(${DIGIT_WORD_ALT}))?|(${CARDINAL_ALT}))(?:[\\s\\u00a0]+(${SCALE_ALT}))?)` +
    `(?![\\p{L}\\p{N}-])`,
  'giu',
)

/**
 * The figure at the digits text[numStart, numEnd), or null when they state none: no unit,
 * "$" or counted noun says what they measure, or they are part of something else (a year,
 * a clock time, a name, a paragraph number).
 */
export function readDigitQuantity(
  text: string,
  numStart: number,
  numEnd: number,
  digits: string,
): QuantityCandidate | null {
  const before = text.slice(Math.max(0, numStart - QUALIFIER_WINDOW), numStart)
  const moneyPrefix = MONEY_PREFIX.exec(before)
  if (!moneyPrefix && NOT_A_NUMBER_BEFORE.test(before)) return null
  if (!moneyPrefix && FOREIGN_DOLLAR.test(before)) return null
  const after = text.slice(numEnd, numEnd + 60)
  // A clock time or a ratio, "10:30".
  if (/^:\d/.test(after)) return null
  const number = Number(digits.replace(/,/g, ''))
  if (!Number.isFinite(number)) return null

  if (moneyPrefix) {
    const anchor = numStart - moneyPrefix[0].length
    let value = number
    let end = numEnd
    const word = MULTIPLIER_WORD.exec(after)
    const abbreviation = word ? null : MONEY_ABBREVIATION.exec(after)
    if (word?.[1]) {
      value *= MULTIPLIERS[word[1].toLowerCase()] ?? 1
      end += word[0].length
    } else if (abbreviation) {
      const key = (abbreviation[1] ?? abbreviation[2] ?? '').toLowerCase()
      value *= MONEY_ABBREVIATIONS[key] ?? 1
      end += abbreviation[0].length
    }
    return withQualifier(text, anchor, { end, value, unit: 'usd', dimension: 'money-usd' })
  }

  let value = number
  let rest = after
  let consumed = 0
  const word = MULTIPLIER_WORD.exec(rest)
  if (word?.[1]) {
    value *= MULTIPLIERS[word[1].toLowerCase()] ?? 1
    consumed += word[0].length
    rest = rest.slice(word[0].length)
  }

  const dollars = DOLLARS_AFTER.exec(rest)
  if (dollars) {
    return withQualifier(text, numStart, {
      end: numEnd + consumed + dollars[0].length,
      value,
      unit: 'usd',
      dimension: 'money-usd',
    })
  }

  const percent = PERCENT_UNIT.exec(rest)
  if (percent && !word) {
    return withQualifier(text, numStart, {
      end: numEnd + percent[0].length,
      value,
      unit: '%',
      dimension: 'percent',
    })
  }

  const measure = readMeasureUnit(rest)
  if (measure) {
    return withQualifier(text, numStart, {
      end: numEnd + consumed + measure.length,
      value,
      unit: measure.unit,
      dimension: unitInfo(measure.unit)?.dimension ?? 'length',
    })
  }

  let plus = false
  if (!word && rest.startsWith('+')) {
    plus = true
    consumed += 1
    rest = rest.slice(1)
  }
  const noun = readCountedNoun(rest, value)
  if (!noun) return null
  if (!word && !plus && looksLikeYear(digits, before)) return null
  const found = withQualifier(text, numStart, {
    end: numEnd + consumed + noun.length,
    value,
    unit: noun.unit,
    dimension: 'count',
  })
  if (plus && found.qualifier === 'exact') found.qualifier = 'at-least'
  return found
}

// "In 2024 people voted": a bare four-digit number after a time preposition is a year.
function looksLikeYear(digits: string, before: string): boolean {
  if (!/^\d{4}$/.test(digits)) return false
  const n = Number(digits)
  return n >= 1800 && n <= 2100 && YEAR_PREPOSITION.test(before)
}

/** The count a {@link NUMBER_WORD_RE} match states, or null when no counted noun follows. */
export function readWordCount(text: string, match: RegExpMatchArray): QuantityCandidate | null {
  const start = match.index ?? 0
  const end = start + match[0].length
  const [, dozen, aScale, tens, unitsAfterTens, small, scale] = match
  let value: number
  let approximate = false
  if (dozen) {
    value = 12
    approximate = true
  } else if (aScale) {
    value = COUNT_SCALES[aScale.toLowerCase()] ?? 0
  } else {
    value =
      (tens ? (TENS_WORDS[tens.toLowerCase()] ?? 0) : 0) +
      (unitsAfterTens ? (CARDINAL_WORDS[unitsAfterTens.toLowerCase()] ?? 0) : 0) +
      (small ? (CARDINAL_WORDS[small.toLowerCase()] ?? 0) : 0)
    if (scale) value *= COUNT_SCALES[scale.toLowerCase()] ?? 1
  }
  if (value <= 0) return null
  const noun = readCountedNoun(text.slice(end, end + 60), value)
  if (!noun) return null
  const found = withQualifier(text, start, {
    end: end + noun.length,
    value,
    unit: noun.unit,
    dimension: 'count',
  })
  if (approximate && found.qualifier === 'exact') found.qualifier = 'approximate'
  return found
}
