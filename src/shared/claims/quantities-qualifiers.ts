/**
 * The words before a figure that say how exact it is: "at least 84 people", "about 11",
 * "up to $5 billion", "~300".
 */

import { CIRCA_WORDS } from '../text/hedges'
import { phraseAlternation } from '../text/prose-patterns'
import type { Qualifier, QuantityCandidate } from './quantities-types'

const QUALIFIER_PHRASES: readonly (readonly [string, Qualifier])[] = [
  ['at least', 'at-least'],
  ['more than', 'at-least'],
  ['over', 'at-least'],
  ['above', 'at-least'],
  ['exceeding', 'at-least'],
  ['in excess of', 'at-least'],
  ['upwards of', 'at-least'],
  ['no fewer than', 'at-least'],
  ['no less than', 'at-least'],
  ['about', 'approximate'],
  ['around', 'approximate'],
  ['nearly', 'approximate'],
  ['some', 'approximate'],
  ['roughly', 'approximate'],
  ['approximately', 'approximate'],
  ['approx.', 'approximate'],
  ['almost', 'approximate'],
  ...CIRCA_WORDS.map((word) => [word, 'approximate'] as const),
  ['ca.', 'approximate'],
  ['an estimated', 'approximate'],
  ['estimated', 'approximate'],
  ['close to', 'approximate'],
  ['under', 'at-most'],
  ['less than', 'at-most'],
  ['fewer than', 'at-most'],
  ['up to', 'at-most'],
  ['below', 'at-most'],
  ['no more than', 'at-most'],
  ['not more than', 'at-most'],
  ['at most', 'at-most'],
  ['a maximum of', 'at-most'],
]
const QUALIFIER_BY_PHRASE = new Map(QUALIFIER_PHRASES)
const QUALIFIER_RE = new RegExp(
  `(?<![\\p{L}\\p{N}])(${phraseAlternation(QUALIFIER_BY_PHRASE.keys())})[\\s\\u00a0]{1,3}$|~[\\s\\u00a0]?$`,
  'iu',
)

/** How far before a figure its qualifier may start. */
export const QUALIFIER_WINDOW = 40

/**
 * The candidate for a figure at `anchor`, widened back over a qualifier just before it, or
 * 'exact' when there is none.
 */
export function withQualifier(
  text: string,
  anchor: number,
  rest: Omit<QuantityCandidate, 'start' | 'qualifier'>,
): QuantityCandidate {
  const before = text.slice(Math.max(0, anchor - QUALIFIER_WINDOW), anchor)
  const match = QUALIFIER_RE.exec(before)
  if (!match) return { ...rest, start: anchor, qualifier: 'exact' }
  const phrase = match[1]
  const qualifier = phrase
    ? (QUALIFIER_BY_PHRASE.get(phrase.toLowerCase().replace(/[\s\u00a0]+/g, ' ')) ?? 'exact')
    : 'approximate'
  return { ...rest, start: anchor - (before.length - match.index), qualifier }
}
