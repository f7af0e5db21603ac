/**
 * How the reuse views name things: a source briefly ("Tahir", "Dawn"), a passage in another
 * source ("Tahir, ‘Pakistan and Iran: The way forward’, ¶9"), which of two sources was
 * published first, and the sources overview's rows in the order an analyst reads them.
 */
import type { DocumentMeta } from '../corpus/document-model'
import { formatPassageLocator, type PassageSpan } from '../corpus/passage-locator'
import { partialDateInterval } from '../dates/interval'
import type { PartialDate } from '../dates/partial-date'
import type { PairOverview, SharedPassage, TextSpan } from './types'

const HONORIFICS = /^(dr|prof|mr|mrs|ms|sir|gen|col|maj|capt)\.?$/i

/** "Samiha Yousaf" → "Yousaf"; "Dr. Muhammad Abdullah" → "Abdullah"; "" for a blank name. */
export function surname(name: string): string {
  const parts = name
    .trim()
    .split(/\s+/)
    .filter((part) => part && !HONORIFICS.test(part))
  return parts[parts.length - 1] ?? ''
}

/**
 * A source as briefly as it can be named: its authors' surnames ("Tahir", "Tahir and
 * Yousaf", "Tahir et al."), else its outlet, else "" (the title then names it alone).
 */
export function sourceShortLabel(meta: Pick<DocumentMeta, 'authors' | 'outlet'>): string {
  const names = meta.authors.map(surname).filter(Boolean)
  if (names.length >= 3) return `${names[0]} et al.`
  if (names.length > 0) return names.join(' and ')
  return meta.outlet?.trim() ?? ''
}

/**
 * Where a passage is, in words: "Tahir, ‘Pakistan and Iran: The way forward’, ¶9". Parts
 * that are not known are left out (no author or outlet; a passage only in headings).
 */
export function passageLabel(
  meta: Pick<DocumentMeta, 'authors' | 'outlet' | 'title'>,
  span: PassageSpan | null,
): string {
  return [sourceShortLabel(meta), `‘${meta.title}’`, formatPassageLocator(span)]
    .filter(Boolean)
    .join(', ')
}

/** A shared passage seen from one of its documents: this side, and the other one. */
export interface PassageSides {
  here: TextSpan
  there: TextSpan
}

/** The sides of `passage` with `docId` as "here"; null when the passage is not in it. */
export function sidesFrom(passage: SharedPassage, docId: string): PassageSides | null {
  if (passage.a.docId === docId) return { here: passage.a, there: passage.b }
  if (passage.b.docId === docId) return { here: passage.b, there: passage.a }
  return null
}

/** True when `x` certainly ended before `y` began (both dates known). */
export function publishedBefore(x: PartialDate | null, y: PartialDate | null): boolean {
  return !!x && !!y && partialDateInterval(x).end <= partialDateInterval(y).start
}

/** One document's side of a pair in the overview. */
export interface PairSide {
  docId: string
  /** Words of this document in passages shared with the other. */
  words: number
  /** Those words as a share of this document's words (0..1). */
  share: number
}

/**
 * A pair of sources that share text, earlier publication first. `ordered` is false when the
 * dates do not say which came first (unknown, or too vague to tell); the pair is then in
 * document id order and should not be read as "first → second".
 */
export interface OverviewRow {
  key: string
  earlier: PairSide
  later: PairSide
  ordered: boolean
  passages: number
  /** The larger of the two shares: how derived the more derived source is. */
  share: number
}

/** A pair overview with its earlier publication first, as {@link OverviewRow} says. */
export function orientPair(
  pair: PairOverview,
  published: (docId: string) => PartialDate | null,
): OverviewRow {
  const a: PairSide = { docId: pair.a, words: pair.wordsA, share: pair.shareA }
  const b: PairSide = { docId: pair.b, words: pair.wordsB, share: pair.shareB }
  const dateA = published(pair.a)
  const dateB = published(pair.b)
  const bFirst = publishedBefore(dateB, dateA)
  const ordered = bFirst || publishedBefore(dateA, dateB)
  return {
    key: `${pair.a}\u0000${pair.b}`,
    earlier: bFirst ? b : a,
    later: bFirst ? a : b,
    ordered,
    passages: pair.passages,
    share: Math.max(pair.shareA, pair.shareB),
  }
}

/**
 * The sources overview's rows: every pair oriented earlier first, the pairs sharing the
 * largest share of either source first, then by words shared; ties keep the given order.
 */
export function overviewRows(
  pairs: readonly PairOverview[],
  published: (docId: string) => PartialDate | null,
): OverviewRow[] {
  const words = (row: OverviewRow) => Math.max(row.earlier.words, row.later.words)
  return pairs
    .map((pair) => orientPair(pair, published))
    .sort((x, y) => y.share - x.share || words(y) - words(x))
}

/** "42%": a share as the overview prints it; a share above 0 never reads "0%". */
export function formatShare(share: number): string {
  if (share > 0 && share < 0.005) return '<1%'
  return `${Math.round(share * 100)}%`
}

/** The longest of `passages` between documents `x` and `y` (in either order); null if none. */
export function longestPassage(
  passages: readonly SharedPassage[],
  x: string,
  y: string,
): SharedPassage | null {
  let best: SharedPassage | null = null
  for (const passage of passages) {
    const between =
      (passage.a.docId === x && passage.b.docId === y) ||
      (passage.a.docId === y && passage.b.docId === x)
    if (between && (!best || passage.words > best.words)) best = passage
  }
  return best
}
