/**
 * Quote drift: the same speaker quoted in different words by different sources, a possible
 * misquote. Two quotes are compared only when their speakers are one and they are in different
 * documents: one entity of the analyst's entity index when its answer is given (a
 * {@link SpeakerLookup}, merges and splits included), else by the quote finder's own rule
 * (sameSpeaker). After folding case, diacritics and punctuation:
 *
 * - the same words are `identical` (one source copying the other's quote is not drift);
 * - one quote's words found in a run inside the other's is `partial` (quoting part of a
 *   statement, or a phrase of it: not drift);
 * - otherwise, when both have at least STATEMENT_WORDS words and their words overlap by at
 *   least MIN_DRIFT_SIMILARITY (Dice over the words, as a multiset), it is `drift`; the
 *   overlap is also measured against the best stretch of the longer quote, so a misquoted
 *   part of a long statement is found too;
 * - anything else is `different`: another statement, or too short to judge (a scare quote).
 */
import { partialDateInterval } from '../dates/interval'
import type { PartialDate } from '../dates/partial-date'
import { sameSpeaker, STATEMENT_WORDS, type Quote } from './quotes'
import { speakerIdentity, speakerVariant, type SpeakerLookup } from './speaker-entities'
import { diffWordLists, shiftWords, wordsOf, type WordDiffPart } from './word-diff'

/** Quotes whose words overlap at least this much (0..1) and are not the same are drift. */
export const MIN_DRIFT_SIMILARITY = 0.5

export type QuoteRelation = 'identical' | 'partial' | 'drift' | 'different'

/** How two quotes' words relate; `window` is where in the longer one the best match is. */
export interface QuoteComparison {
  relation: QuoteRelation
  /** Dice overlap of the words (1 for identical), over the window when there is one. */
  similarity: number
  /** Word indexes [start, end) of the longer quote that the shorter is compared with. */
  window: { inA: boolean; start: number; end: number } | null
}

/** A possible misquote: one speaker, two wordings, and the words that differ. */
export interface QuoteDrift {
  /**
   * The entity's name in the analyst's index when the speakers were looked up there, else the
   * fuller of the two names the sources give the speaker.
   */
  speaker: string
  /** The earlier publication first when the dates say so; else in document id order. */
  a: Quote
  b: Quote
  similarity: number
  /**
   * The words turning `a` into `b`, with offsets into each document's canonical text. When
   * one quote is much longer, only the stretch of it that matches the other is compared.
   */
  diff: WordDiffPart[]
}

function dice(a: readonly string[], b: readonly string[]): number {
  if (a.length + b.length === 0) return 1
  const counts = new Map<string, number>()
  for (const word of a) counts.set(word, (counts.get(word) ?? 0) + 1)
  let shared = 0
  for (const word of b) {
    const n = counts.get(word) ?? 0
    if (n > 0) {
      shared++
      counts.set(word, n - 1)
    }
  }
  return (2 * shared) / (a.length + b.length)
}

function runIndex(longer: readonly string[], shorter: readonly string[]): number {
  outer: for (let i = 0; i + shorter.length <= longer.length; i++) {
    for (let j = 0; j < shorter.length; j++) if (longer[i + j] !== shorter[j]) continue outer
    return i
  }
  return -1
}

/** How the folded words of two quotes relate; see the module comment for the rule. */
export function compareQuoteWords(a: readonly string[], b: readonly string[]): QuoteComparison {
  if (a.length === b.length && a.every((w, i) => w === b[i])) {
    return { relation: 'identical', similarity: 1, window: null }
  }
  const inA = a.length >= b.length
  const [longer, shorter] = inA ? [a, b] : [b, a]
  const at = shorter.length > 0 ? runIndex(longer, shorter) : -1
  if (at >= 0) {
    return {
      relation: 'partial',
      similarity: dice(a, b),
      window: { inA, start: at, end: at + shorter.length },
    }
  }
  let similarity = dice(a, b)
  let window: QuoteComparison['window'] = null
  // The best stretch of the longer quote as long as the shorter, for a misquoted part.
  if (longer.length > shorter.length) {
    for (let i = 0; i + shorter.length <= longer.length; i++) {
      const score = dice(longer.slice(i, i + shorter.length), shorter)
      if (score > similarity) {
        similarity = score
        window = { inA, start: i, end: i + shorter.length }
      }
    }
  }
  const judged = shorter.length >= STATEMENT_WORDS && similarity >= MIN_DRIFT_SIMILARITY
  return { relation: judged ? 'drift' : 'different', similarity, window }
}

/** {@link compareQuoteWords} on two texts. */
export function compareQuotes(a: string, b: string): QuoteComparison {
  return compareQuoteWords(
    wordsOf(a).map((w) => w.folded),
    wordsOf(b).map((w) => w.folded),
  )
}

function compareStrings(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0
}

function publishedBefore(x: PartialDate | null, y: PartialDate | null): boolean {
  return !!x && !!y && partialDateInterval(x).end <= partialDateInterval(y).start
}

/**
 * Possible misquotes among quotes from many documents: every pair of quotes in different
 * documents whose speakers are one and whose words drift (see the module comment). A pair of
 * wordings found again in the same two documents is reported once. `published` orders each
 * pair earlier first; `speakers`, when given, says which speakers are one entity (a speaker
 * not in it is one with its own entity key only). Pairs come out by speaker (entity id or
 * key), then by document.
 */
export function findQuoteDrift(
  quotes: readonly Quote[],
  published?: (docId: string) => PartialDate | null,
  speakers?: SpeakerLookup,
): QuoteDrift[] {
  const attributed = quotes.filter((q) => q.speaker !== null && q.words >= STATEMENT_WORDS)
  const words = new Map(attributed.map((q) => [q, wordsOf(q.text)]))
  const entityOf =
    speakers && new Map(attributed.map((q) => [q, speakerIdentity(speakers, q.speaker!).id]))
  const found: QuoteDrift[] = []
  const seen = new Set<string>()
  const keys = new Map<QuoteDrift, string>()
  for (let i = 0; i < attributed.length; i++) {
    for (let j = i + 1; j < attributed.length; j++) {
      const x = attributed[i]!
      const y = attributed[j]!
      if (x.docId === y.docId) continue
      const entityX = entityOf?.get(x)
      if (entityOf ? entityX !== entityOf.get(y) : !sameSpeaker(x.speaker!, y.speaker!)) continue
      const dateX = published?.(x.docId) ?? null
      const dateY = published?.(y.docId) ?? null
      const swap =
        publishedBefore(dateY, dateX) || (!publishedBefore(dateX, dateY) && y.docId < x.docId)
      const [a, b] = swap ? [y, x] : [x, y]
      let wa = words.get(a)!
      let wb = words.get(b)!
      const comparison = compareQuoteWords(
        wa.map((w) => w.folded),
        wb.map((w) => w.folded),
      )
      if (comparison.relation !== 'drift') continue
      const key = [a.docId, b.docId, ...[wa, wb].map((w) => w.map((x) => x.folded).join(' '))]
      if (seen.has(key.join('\u0000'))) continue
      seen.add(key.join('\u0000'))
      const { window } = comparison
      if (window?.inA) wa = wa.slice(window.start, window.end)
      else if (window) wb = wb.slice(window.start, window.end)
      const fuller = b.speaker!.name.length > a.speaker!.name.length ? b.speaker! : a.speaker!
      const entity =
        speakers?.get(speakerVariant(a.speaker!)) ?? speakers?.get(speakerVariant(b.speaker!))
      found.push({
        speaker: entity ? entity.name : fuller.name,
        a,
        b,
        similarity: comparison.similarity,
        diff: diffWordLists(shiftWords(wa, a.start), shiftWords(wb, b.start)),
      })
      keys.set(found[found.length - 1]!, entityX ?? fuller.key)
    }
  }
  return found.sort(
    (x, y) =>
      compareStrings(keys.get(x)!, keys.get(y)!) ||
      compareStrings(x.a.docId, y.a.docId) ||
      compareStrings(x.b.docId, y.b.docId) ||
      x.a.start - y.a.start,
  )
}
