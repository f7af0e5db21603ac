/**
 * Figures stated in prose: lengths, areas, US dollar sums, percentages and counts of people
 * or weapons, each with its unit normalised and converted to a base unit, so that "565 miles"
 * and "over 900 kilometers" in two sources can be compared. Pure and deterministic; any
 * string is accepted and nothing throws.
 *
 * The extractor is deliberately conservative: a number only becomes a quantity when a unit,
 * a "$" or a counted noun says what it measures. A bare number (a year, a page, a paragraph
 * number, a clock time, an ordinal) says nothing an analyst could compare, and a false
 * figure would surface as a false disagreement.
 *
 * Reading a figure at a number is quantities-numbers.ts's; units and conversion are
 * quantities-units.ts's, counted nouns quantities-nouns.ts's, qualifiers
 * quantities-qualifiers.ts's and formatting quantities-format.ts's. This module finds every
 * figure and settles overlaps and restatements.
 */

import { keepLeftmostLongest } from '../text/spans'
import { DIGITS_RE, NUMBER_WORD_RE, readDigitQuantity, readWordCount } from './quantities-numbers'
import type { Quantity, QuantityCandidate } from './quantities-types'
import { unitInfo } from './quantities-units'

export type { Dimension, Qualifier, Quantity } from './quantities-types'
export { formatNumber, formatQuantity } from './quantities-format'
export { COUNTED_UNITS } from './quantities-nouns'
export { unitInfo, type UnitInfo } from './quantities-units'

/** Every figure the text states, in order of position. */
export function extractQuantities(text: string): Quantity[] {
  const candidates: QuantityCandidate[] = []
  for (const match of text.matchAll(DIGITS_RE)) {
    const found = readDigitQuantity(text, match.index, match.index + match[0].length, match[0])
    if (found) candidates.push(found)
  }
  for (const match of text.matchAll(NUMBER_WORD_RE)) {
    const found = readWordCount(text, match)
    if (found) candidates.push(found)
  }
  const quantities: Quantity[] = keepLeftmostLongest(candidates).map((c) => ({
    text: text.slice(c.start, c.end),
    start: c.start,
    end: c.end,
    value: c.value,
    unit: c.unit,
    dimension: c.dimension,
    base: c.value * (unitInfo(c.unit)?.factor ?? 1),
    qualifier: c.qualifier,
    restates: null,
  }))
  linkRestatements(text, quantities)
  return quantities
}

// "959-kilometer (596 miles)": a figure opening a parenthesis right after one of the same
// dimension restates it; a further one in the same parenthesis after "," "/" or "or"
// ("(596 miles, or 0.96 Mm)") restates the same original.
function linkRestatements(text: string, quantities: Quantity[]): void {
  for (let i = 1; i < quantities.length; i++) {
    const current = quantities[i]
    const previous = quantities[i - 1]
    if (!current || !previous) continue
    const gap = text.slice(previous.end, current.start)
    let target: number | null = null
    if (/^[\s\u00a0]*[([][\s\u00a0]*$/.test(gap)) target = i - 1
    else if (
      previous.restates !== null &&
      /^[\s\u00a0]*(?:[,;/][\s\u00a0]*(?:or[\s\u00a0]+)?|or[\s\u00a0]+)$/i.test(gap)
    ) {
      target = previous.restates
    }
    if (target === null) continue
    const original = quantities[target]
    if (!original || original.dimension !== current.dimension) continue
    if (current.dimension === 'count' && original.unit !== current.unit) continue
    current.restates = target
  }
}
