/**
 * The units figures are stated in and how to convert them: lengths, areas, US dollars and
 * percentages, with the words and symbols prose writes for each, and the magnitude words and
 * abbreviations that scale a number ("7.5 billion", "$5m").
 */

import { scaleWords } from '../text/number-words'
import { SPACE, WORD_END } from '../text/prose-patterns'
import type { Dimension } from './quantities-types'

export interface UnitInfo {
  dimension: Dimension
  /** Base units per one of this unit. */
  factor: number
  symbol: string
}

const UNITS: Readonly<Record<string, UnitInfo>> = {
  km: { dimension: 'length', factor: 1000, symbol: 'km' },
  m: { dimension: 'length', factor: 1, symbol: 'm' },
  mi: { dimension: 'length', factor: 1609.344, symbol: 'mi' },
  nmi: { dimension: 'length', factor: 1852, symbol: 'nmi' },
  km2: { dimension: 'area', factor: 1e6, symbol: 'km²' },
  m2: { dimension: 'area', factor: 1, symbol: 'm²' },
  mi2: { dimension: 'area', factor: 1609.344 * 1609.344, symbol: 'mi²' },
  ha: { dimension: 'area', factor: 1e4, symbol: 'ha' },
  usd: { dimension: 'money-usd', factor: 1, symbol: '$' },
  '%': { dimension: 'percent', factor: 1, symbol: '%' },
}

/** The unit each measured dimension's base values are in. */
export const BASE_UNIT: Readonly<Record<Exclude<Dimension, 'count'>, string>> = {
  length: 'm',
  area: 'm2',
  'money-usd': 'usd',
  percent: '%',
}

/** The unit info for a unit id, or null for counted nouns and unknown ids. */
export function unitInfo(unit: string): UnitInfo | null {
  return Object.prototype.hasOwnProperty.call(UNITS, unit) ? (UNITS[unit] ?? null) : null
}

// Area before length so "square kilometres" is not read as kilometres, and nautical miles
// before miles. A bare "m" is not a length: in news copy "5m" is as often five million.
const MEASURE_UNITS: readonly (readonly [RegExp, string])[] = [
  [/^(?:square[\s\u00a0]+(?:kilomet(?:er|re)s?|kms?)|sq\.?[\s\u00a0]?kms?|km²|km2)/i, 'km2'],
  [/^(?:square[\s\u00a0]+miles?|sq\.?[\s\u00a0]?mi(?:les?)?|mi²)/i, 'mi2'],
  [/^(?:square[\s\u00a0]+met(?:er|re)s?|sq\.?[\s\u00a0]?m|m²)/i, 'm2'],
  [/^hectares?/i, 'ha'],
  [/^(?:nautical[\s\u00a0]+miles?|nmi)/i, 'nmi'],
  [/^(?:kilomet(?:er|re)s?|kms?)/i, 'km'],
  [/^(?:miles?|mi)/i, 'mi'],
  [/^met(?:er|re)s?/i, 'm'],
]

// A speed ("120 km/h", "60 miles per hour") is not a length.
const NOT_A_LENGTH_AFTER = /^[\s\u00a0]*(?:\/|per[\s\u00a0])/i
const AT_WORD_END = new RegExp(`^${WORD_END}`, 'u')

/** "%" or "per cent" right after a number. */
export const PERCENT_UNIT = /^[\s\u00a0]?(?:%|per[\s\u00a0]?cent(?![\p{L}\p{N}]))/iu

/** "dollars", "US dollars" or "USD" after a number. */
export const DOLLARS_AFTER =
  /^(?:[\s\u00a0]+(?:US[\s\u00a0]+|U\.S\.[\s\u00a0]+)?dollars?|[\s\u00a0]*USD)(?![\p{L}\p{N}])/u

/** The magnitude words read after digits ("2.5 million"), with their values. */
export const MULTIPLIERS = scaleWords('thousand', 'lakh', 'crore', 'million', 'billion', 'trillion')

/** A magnitude word after digits, the word in group 1. */
export const MULTIPLIER_WORD = new RegExp(
  `^${SPACE}(${Object.keys(MULTIPLIERS).join('|')})${WORD_END}`,
  'iu',
)

/**
 * "mn", "bn" or "tn" (group 1, a space allowed before) or "m", "b", "k" (group 2). Trusted
 * only after "$", where "$5m" cannot mean five metres.
 */
export const MONEY_ABBREVIATION = /^(?:[\s\u00a0]?(mn|bn|tn)|(m|b|k))(?![\p{L}\p{N}])/iu

/** The value of each money abbreviation, lower case. */
export const MONEY_ABBREVIATIONS: Readonly<Record<string, number>> = {
  k: 1e3,
  m: 1e6,
  mn: 1e6,
  b: 1e9,
  bn: 1e9,
  tn: 1e12,
}

/** A unit of length or area at the start of `rest`, after a space or hyphen or glued on. */
export function readMeasureUnit(rest: string): { unit: string; length: number } | null {
  const sep = /^(?:[\s\u00a0]+|[-‑]|)/.exec(rest)?.[0] ?? ''
  const tail = rest.slice(sep.length)
  for (const [pattern, unit] of MEASURE_UNITS) {
    const match = pattern.exec(tail)
    if (!match) continue
    const afterUnit = tail.slice(match[0].length)
    if (!AT_WORD_END.test(afterUnit)) continue
    if (UNITS[unit]?.dimension === 'length' && NOT_A_LENGTH_AFTER.test(afterUnit)) continue
    return { unit, length: sep.length + match[0].length }
  }
  return null
}
