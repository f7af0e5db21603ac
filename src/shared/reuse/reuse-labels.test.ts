import { describe, expect, it } from 'vitest'
import type { PartialDate } from '../dates/partial-date'
import {
  formatShare,
  longestPassage,
  overviewRows,
  passageLabel,
  sidesFrom,
  sourceShortLabel,
  surname,
} from './reuse-labels'
import type { PairOverview, SharedPassage } from './types'

const meta = (
  authors: string[],
  outlet: string | null,
  title = 'Pakistan and Iran: The way forward',
) => ({
  authors,
  outlet,
  title,
})

describe('passageLabel', () => {
  it('names the other passage by surname, title and paragraph, as the issue words it', () => {
    expect(passageLabel(meta(['Dr. Imran Tahir'], 'Dawn'), { first: 9, last: 9 })).toBe(
      'Tahir, ‘Pakistan and Iran: The way forward’, ¶9',
    )
  })

  it('falls back to the outlet, and leaves out what is not known', () => {
    expect(passageLabel(meta([], 'Wire Service'), { first: 2, last: 3 })).toBe(
      'Wire Service, ‘Pakistan and Iran: The way forward’, ¶2–3',
    )
    expect(passageLabel(meta([], null, 'Untitled'), null)).toBe('‘Untitled’')
  })

  it('cites by page for a paged source', () => {
    expect(
      passageLabel(meta(['A Khan'], null, 'Report'), {
        first: 4,
        last: 4,
        pages: { first: 7, last: 7 },
      }),
    ).toBe('Khan, ‘Report’, p. 7')
  })
})

describe('sourceShortLabel', () => {
  it('joins two surnames and shortens three or more', () => {
    expect(surname('  Samiha   Yousaf ')).toBe('Yousaf')
    expect(sourceShortLabel(meta(['Samiha Yousaf', 'Ali Tahir'], 'X'))).toBe('Yousaf and Tahir')
    expect(sourceShortLabel(meta(['A B', 'C D', 'E F'], 'X'))).toBe('B et al.')
  })
})

const pair = (a: string, b: string, shareA: number, shareB: number, words = 50): PairOverview => ({
  a,
  b,
  wordsA: words,
  wordsB: words,
  shareA,
  shareB,
  passages: 1,
})

const dates: Record<string, PartialDate> = {
  wire: { year: 2024, month: 1, day: 17, approximate: false },
  dawn: { year: 2024, month: 1, day: 18, approximate: false },
  vague: { year: 2024, approximate: false },
}

describe('overviewRows', () => {
  const published = (id: string) => dates[id] ?? null

  it('puts the earlier publication first in each pair, whatever the id order', () => {
    const [row] = overviewRows([pair('dawn', 'wire', 0.6, 0.8)], published)
    expect(row?.earlier.docId).toBe('wire')
    expect(row?.earlier.share).toBe(0.8)
    expect(row?.later.docId).toBe('dawn')
    expect(row?.ordered).toBe(true)
  })

  it('does not claim an order the dates cannot give', () => {
    const [row] = overviewRows([pair('dawn', 'vague', 0.2, 0.2)], published)
    expect(row?.ordered).toBe(false)
    expect(row?.earlier.docId).toBe('dawn')
  })

  it('sorts by the larger share, then by words shared', () => {
    const rows = overviewRows(
      [pair('a', 'b', 0.1, 0.2), pair('c', 'd', 0.05, 0.9), pair('e', 'f', 0.2, 0.1, 90)],
      published,
    )
    expect(rows.map((r) => r.earlier.docId)).toEqual(['c', 'e', 'a'])
  })
})

describe('formatShare', () => {
  it('rounds to a percent and never prints a real share as 0%', () => {
    expect(formatShare(0.426)).toBe('43%')
    expect(formatShare(0.001)).toBe('<1%')
    expect(formatShare(0)).toBe('0%')
  })
})

const shared = (a: string, b: string, words: number): SharedPassage => ({
  a: { docId: a, start: 0, end: words * 5 },
  b: { docId: b, start: 10, end: 10 + words * 5 },
  words,
  similarity: 0.9,
  aWords: { start: 0, end: words },
  bWords: { start: 2, end: 2 + words },
})

describe('sidesFrom and longestPassage', () => {
  it('sees a passage from either of its documents', () => {
    const p = shared('x', 'y', 12)
    expect(sidesFrom(p, 'y')).toEqual({ here: p.b, there: p.a })
    expect(sidesFrom(p, 'z')).toBeNull()
  })

  it('finds the longest passage of a pair in either order', () => {
    const list = [shared('x', 'y', 12), shared('x', 'z', 40), shared('x', 'y', 30)]
    expect(longestPassage(list, 'y', 'x')?.words).toBe(30)
    expect(longestPassage(list, 'y', 'z')).toBeNull()
  })
})
