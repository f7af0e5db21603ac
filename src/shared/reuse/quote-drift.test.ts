import { describe, expect, it } from 'vitest'
import type { PartialDate } from '../dates/partial-date'
import { extractEntities } from '../entities/extract-entities'
import { compareQuotes, findQuoteDrift } from './quote-drift'
import { extractQuotes, type Quote } from './quotes'
import { smallDocument } from './testing/small-documents'
import { formatWordDiff } from './word-diff'

describe('compareQuotes', () => {
  it('sees the same words in other case and punctuation as identical', () => {
    expect(
      compareQuotes(
        'The security of Pakistan is the security of Iran.',
        'the security of pakistan is the security of Iran',
      ).relation,
    ).toBe('identical')
  })

  it('takes a phrase of a statement, or part of it, as a partial quote', () => {
    const statement = 'We will not allow our soil to be used against any country.'
    expect(compareQuotes('our soil', statement).relation).toBe('partial')
    expect(compareQuotes(statement, 'not allow our soil to be used').relation).toBe('partial')
  })

  it('flags changed wording of one statement as drift', () => {
    const result = compareQuotes(
      'We will not allow our soil to be used against any country.',
      'We will never allow our territory to be used against any country.',
    )
    expect(result.relation).toBe('drift')
    expect(result.similarity).toBeGreaterThanOrEqual(0.5)
  })

  it('flags a misquoted part of a long statement', () => {
    const result = compareQuotes(
      'Our two nations are brothers. We will not allow our soil to be used against any country, and we expect the same of our neighbours.',
      'will never allow its soil to be used against Iran',
    )
    expect(result.relation).toBe('drift')
    // "we will not allow our soil to be used against": the stretch of the first quote that
    // the second misquotes.
    expect(result.window).toEqual({ inA: true, start: 5, end: 15 })
  })

  it('does not judge short phrases or different statements', () => {
    expect(compareQuotes('a new chapter', 'a new era').relation).toBe('different')
    expect(
      compareQuotes(
        'Terrorism is a common enemy of both countries.',
        'The border markets will open before the end of the year.',
      ).relation,
    ).toBe('different')
  })
})

const DATES: Record<string, PartialDate> = {
  wire: { year: 2024, month: 1, day: 29, approximate: false },
  daily: { year: 2024, month: 1, day: 30, approximate: false },
  weekly: { year: 2024, month: 2, day: 2, approximate: false },
  journal: { year: 2024, month: 3, approximate: true },
}

/** Four sources quoting the Iranian foreign minister (three spellings) and one other voice. */
const SOURCES = [
  smallDocument(
    'wire',
    'Hossein Amir-Abdollahian said on Monday: “The security of Pakistan is the security of Iran, and we will not let terrorists drive a wedge between us.”',
    '“The ambassadors return this week,” said Jalil Abbas Jilani.',
  ),
  smallDocument(
    'weekly',
    'Iran’s foreign minister was conciliatory. “The security of Pakistan is the security of Iran, and we will never let anyone drive a wedge between us,” Hossein Amirabdollahian, the foreign minister, told reporters.',
  ),
  smallDocument(
    'daily',
    '“The security of Pakistan is the security of Iran, and we will not let terrorists drive a wedge between us,” Hossein Amir Abdollahian said.',
    'Jalil Abbas Jilani added that “the ambassadors return this week”.',
  ),
  smallDocument(
    'journal',
    'Hossein Amirabdollahian warned against those who would “drive a wedge between us”.',
    'Shehbaz Sharif said: “The security of Pakistan is the security of Iran, and we will never let anyone drive a wedge between us.”',
  ),
]

function allQuotes(): Quote[] {
  return SOURCES.flatMap((doc) => extractQuotes(doc, extractEntities(doc)))
}

describe('findQuoteDrift', () => {
  it('flags the same speaker quoted in other words, earlier version first, with the difference', () => {
    const drift = findQuoteDrift(allQuotes(), (docId) => DATES[docId] ?? null)
    expect(drift.map((d) => [d.a.docId, d.b.docId])).toEqual([
      ['daily', 'weekly'],
      ['wire', 'weekly'],
    ])
    const [first] = drift
    expect(first!.speaker).toBe('Hossein Amir Abdollahian')
    expect(formatWordDiff(first!.diff)).toBe(
      'The security of Pakistan is the security of Iran and we will [not → never] let [terrorists → anyone] drive a wedge between us',
    )
    // The changed words are marked where they stand in each source.
    const weekly = SOURCES[1]!.text
    const changed = first!.diff.filter((p) => p.kind === 'changed')
    expect(changed.flatMap((p) => p.b).map((w) => weekly.slice(w.start, w.end))).toEqual([
      'never',
      'anyone',
    ])
    const daily = SOURCES[2]!.text
    expect(changed.flatMap((p) => p.a).map((w) => daily.slice(w.start, w.end))).toEqual([
      'not',
      'terrorists',
    ])
  })

  it('does not flag identical quotes, partial quotes, or the same words from another speaker', () => {
    const drift = findQuoteDrift(allQuotes())
    // The wire and the daily agree word for word; the journal's phrase is part of the
    // statement; Shehbaz Sharif's words are his own, however alike.
    for (const d of drift) {
      expect([d.a.docId, d.b.docId].sort()).not.toEqual(['daily', 'wire'])
      expect([d.a.docId, d.b.docId]).not.toContain('journal')
    }
    expect(drift).toHaveLength(2)
  })

  it('orders a pair by document id when no dates are known', () => {
    const drift = findQuoteDrift(allQuotes())
    expect(drift.map((d) => [d.a.docId, d.b.docId])).toEqual([
      ['daily', 'weekly'],
      ['weekly', 'wire'],
    ])
  })

  it('reports a pair of wordings repeated in the same two sources once', () => {
    const quotes = allQuotes()
    const repeated = [...quotes, ...quotes.filter((q) => q.docId === 'weekly')]
    expect(findQuoteDrift(repeated)).toHaveLength(2)
  })
})
