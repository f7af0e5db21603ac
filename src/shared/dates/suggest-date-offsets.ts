/**
 * Offsets from an event the text names: "Two days after the Iranian missile strike", "three
 * weeks after carrying out deadly airstrikes", "two days later", "the following day". chrono
 * reads all of them as counted from the reference (two days after publication); they are an
 * offset from another event, not a date.
 */

import { sentenceCase as ci, SPACE as S, WORD_END, WORD_START } from '../text/prose-patterns'
import { AMOUNT, amountOf, matches, unitOf } from './suggest-date-candidates'
import type { Candidate, DateOffsetSuggestion, Rule } from './suggest-date-types'

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

/** Every offset phrase in the text, with the event it counts from where the clause names one. */
export const offsetFromEvent: Rule = (text) => {
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
