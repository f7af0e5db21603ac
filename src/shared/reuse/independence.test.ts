import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { countIndependent } from '../claims/independence'
import { addAndFindReuse } from './find-reuse'
import type { SourceIdentity } from '../claims/types'
import type { PartialDate } from '../dates/partial-date'
import {
  countIndependentPassages,
  describeIndependence,
  passageIndependence,
  type EvidencePassage,
  type PassageIndependenceInput,
} from './independence'
import { toggleOverride, type PairOverride } from './pair-overrides'
import { ReuseIndex } from './reuse-index'
import type { SharedPassage, TextSpan } from './types'
import { reuseWords, type ReuseWords } from './words'

/**
 * A wire story, two outlets' rewrites of it (lightly edited, one reordered around other
 * text), and an independent report of the same event in other words.
 */
const TEXTS: Record<string, string> = {
  wire: [
    'ISLAMABAD, Jan 29 (Wire) - Iran and Pakistan agreed on Monday to return their ambassadors and to set up a high-level mechanism to oversee security cooperation along their shared border, after a week of tit-for-tat missile strikes.',
    'The two foreign ministers met in Islamabad for talks that lasted several hours.',
  ].join('\n\n'),
  dawn: [
    'Pakistan and Iran agreed on Monday to return their ambassadors and to set up a high level mechanism to oversee security cooperation along their common border, after a week of tit-for-tat missile strikes, officials said.',
    'Analysts in Lahore welcomed the move but warned that militant groups remain active.',
  ].join('\n\n'),
  news: [
    'Diplomats expect the thaw to hold through the spring.',
    'Iran and Pakistan agreed on Monday to return their ambassadors and to set up a high-level mechanism to oversee security cooperation along their shared border, after a week of missile strikes.',
  ].join('\n\n'),
  tribune: [
    'Ties between the neighbours warmed when envoys were sent back to both capitals and a joint committee was formed to watch the frontier.',
  ].join('\n\n'),
}

const SHORT: Record<string, string> = {
  wire: 'Wire',
  dawn: 'Dawn',
  news: 'News',
  tribune: 'Tribune',
}

const PUBLISHED: Record<string, PartialDate> = {
  wire: { year: 2024, month: 1, day: 29, approximate: false },
  dawn: { year: 2024, month: 1, day: 30, approximate: false },
  news: { year: 2024, month: 1, day: 31, approximate: false },
  tribune: { year: 2024, month: 2, day: 2, approximate: false },
}

const IDENTITIES = new Map<string, SourceIdentity>([
  ['wire', { docId: 'wire', outlet: 'Wire', authors: [] }],
  ['dawn', { docId: 'dawn', outlet: 'Dawn', authors: ['Staff reporter'] }],
  ['news', { docId: 'news', outlet: 'The News', authors: ['A. Writer'] }],
  ['tribune', { docId: 'tribune', outlet: 'The Express Tribune', authors: ['B. Writer'] }],
])

function spanOf(docId: string, phrase: string): TextSpan {
  const start = TEXTS[docId]!.indexOf(phrase)
  if (start < 0) throw new Error(`${phrase} not in ${docId}`)
  return { docId, start, end: start + phrase.length }
}

function wordIndex(text: string, offset: number): number {
  return (text.slice(0, offset).match(/\S+/g) ?? []).length
}

/** A shared passage as the detector reports it, between two phrases. */
function sharedPassage(x: TextSpan, y: TextSpan): SharedPassage {
  const [a, b] = x.docId < y.docId ? [x, y] : [y, x]
  const words = (s: TextSpan) => ({
    start: wordIndex(TEXTS[s.docId]!, s.start),
    end: wordIndex(TEXTS[s.docId]!, s.end),
  })
  const aWords = words(a)
  const bWords = words(b)
  return {
    a,
    b,
    aWords,
    bWords,
    words: Math.min(aWords.end - aWords.start, bWords.end - bWords.start),
    similarity: 0.9,
  }
}

const WIRE_CORE =
  'agreed on Monday to return their ambassadors and to set up a high-level mechanism to oversee security cooperation along their shared border, after a week of tit-for-tat missile strikes.'
const DAWN_CORE =
  'agreed on Monday to return their ambassadors and to set up a high level mechanism to oversee security cooperation along their common border, after a week of tit-for-tat missile strikes'
const NEWS_CORE =
  'agreed on Monday to return their ambassadors and to set up a high-level mechanism to oversee security cooperation along their shared border, after a week of missile strikes.'

/** What the detector finds among the four: every pair of the three copies. */
const SHARED: SharedPassage[] = [
  sharedPassage(spanOf('wire', WIRE_CORE), spanOf('dawn', DAWN_CORE)),
  sharedPassage(spanOf('wire', WIRE_CORE), spanOf('news', NEWS_CORE)),
  sharedPassage(spanOf('dawn', DAWN_CORE), spanOf('news', NEWS_CORE)),
]

function evidence(id: string, docId: string, phrase: string): EvidencePassage {
  return { evidenceId: `e-${id}`, highlightId: id, ...spanOf(docId, phrase) }
}

const WIRE_EV = evidence(
  'h-wire',
  'wire',
  'return their ambassadors and to set up a high-level mechanism to oversee security',
)
const DAWN_EV = evidence(
  'h-dawn',
  'dawn',
  'agreed on Monday to return their ambassadors and to set up a high level mechanism to oversee security cooperation',
)
const NEWS_EV = evidence(
  'h-news',
  'news',
  'to set up a high-level mechanism to oversee security cooperation along their shared border',
)
const TRIBUNE_EV = evidence(
  'h-tribune',
  'tribune',
  'a joint committee was formed to watch the frontier',
)

function label(span: TextSpan): string {
  const text = TEXTS[span.docId]!
  const para = text.slice(0, span.start).split('\n\n').length
  return `${SHORT[span.docId]} ¶${para}`
}

function input(
  passages: EvidencePassage[],
  extra: Partial<PassageIndependenceInput> = {},
): PassageIndependenceInput {
  return {
    passages,
    shared: SHARED,
    identities: IDENTITIES,
    published: (docId) => PUBLISHED[docId] ?? null,
    ...extra,
  }
}

describe('passageIndependence on a wire story and its rewrites', () => {
  it('counts a wire story and two rewrites as one source, the later repeating the earlier', () => {
    const result = passageIndependence(input([DAWN_EV, NEWS_EV, WIRE_EV]))
    expect(result.groups).toEqual([[DAWN_EV, NEWS_EV, WIRE_EV]])
    expect(describeIndependence(result, label)).toBe(
      '3 passages, 1 independent: Dawn ¶1 repeats Wire ¶1; News ¶2 repeats Wire ¶1',
    )
  })

  it('links two rewrites through the wire story when it is not itself evidence', () => {
    // The detector's dawn-news passage is left out: only the copies of the wire join them.
    const result = passageIndependence(input([DAWN_EV, NEWS_EV], { shared: SHARED.slice(0, 2) }))
    expect(result.groups).toHaveLength(1)
    expect(describeIndependence(result, label)).toBe(
      '2 passages, 1 independent: Dawn ¶1 and News ¶2 both repeat Wire ¶1',
    )
  })

  it('counts two reports of the event in different words as two', () => {
    const result = passageIndependence(input([DAWN_EV, TRIBUNE_EV]))
    expect(result.groups).toHaveLength(2)
    expect(describeIndependence(result, label)).toBe('2 passages, 2 independent')
  })

  it('says only that two passages share text when the dates do not tell which came first', () => {
    const result = passageIndependence(input([DAWN_EV, NEWS_EV], { published: () => null }))
    expect(describeIndependence(result, label)).toBe(
      '2 passages, 1 independent: Dawn ¶1 and News ¶2 share text',
    )
  })

  it('does not link a passage to another part of the document that shares text', () => {
    const elsewhere = evidence('h-dawn-2', 'dawn', 'Analysts in Lahore welcomed the move')
    const start = evidence('h-wire-2', 'wire', 'ISLAMABAD, Jan 29 (Wire) - Iran and Pakistan')
    expect(countIndependentPassages(input([elsewhere, NEWS_EV]))).toBe(2)
    // The opening words of the wire fall outside the copied passage.
    expect(countIndependentPassages(input([start, NEWS_EV]))).toBe(2)
  })

  it('links a whole paragraph holding the copied words to a part of the copy', () => {
    const paragraph = evidence('h-news-para', 'news', TEXTS.news!.split('\n\n')[1]!)
    const part = evidence(
      'h-wire-part',
      'wire',
      'to return their ambassadors and to set up a high-level mechanism',
    )
    expect(countIndependentPassages(input([paragraph, part]))).toBe(1)
  })
})

describe('passageIndependence over the shared passages the detector finds', () => {
  /** Every passage among the four texts, found by adding them to an index one at a time. */
  function detected(): SharedPassage[] {
    const index = new ReuseIndex()
    const words = new Map<string, ReuseWords>()
    const found: SharedPassage[] = []
    for (const [id, text] of Object.entries(TEXTS)) {
      found.push(...addAndFindReuse(index, { id, text }, (other) => words.get(other)))
      words.set(id, reuseWords(text))
    }
    return found
  }

  it('counts the wire story and its two rewrites as one, and the other report apart', () => {
    const shared = detected()
    const all = passageIndependence(input([DAWN_EV, NEWS_EV, WIRE_EV, TRIBUNE_EV], { shared }))
    expect(describeIndependence(all, label)).toBe(
      '4 passages, 2 independent: Dawn ¶1 repeats Wire ¶1; News ¶2 repeats Wire ¶1',
    )
    const rewrites = input([DAWN_EV, NEWS_EV], {
      shared: shared.filter((p) => p.a.docId === 'wire' || p.b.docId === 'wire'),
    })
    expect(describeIndependence(passageIndependence(rewrites), label)).toBe(
      '2 passages, 1 independent: Dawn ¶1 and News ¶2 both repeat Wire ¶1',
    )
  })
})

describe('how much common text makes two passages one', () => {
  /** Two long passages (1,000 characters) sharing a passage of `words` words in 80 characters. */
  const twoLong = (words: number): PassageIndependenceInput => ({
    passages: [
      { evidenceId: 'e1', highlightId: 'h1', docId: 'x', start: 0, end: 1000 },
      { evidenceId: 'e2', highlightId: 'h2', docId: 'y', start: 0, end: 1000 },
    ],
    shared: [
      {
        a: { docId: 'x', start: 100, end: 180 },
        b: { docId: 'y', start: 500, end: 580 },
        aWords: { start: 20, end: 20 + words },
        bWords: { start: 90, end: 90 + words },
        words,
        similarity: 1,
      },
    ],
    identities: new Map(),
  })

  it('counts 10 words in common even when they are a small part of both passages', () => {
    expect(countIndependentPassages(twoLong(12))).toBe(1)
    expect(countIndependentPassages(twoLong(10))).toBe(1)
  })

  it('does not count a few words in common that are a small part of both', () => {
    expect(countIndependentPassages(twoLong(8))).toBe(2)
  })

  it('counts a common part of half the shorter passage, however few its words', () => {
    const x: EvidencePassage = {
      evidenceId: 'e1',
      highlightId: 'h1',
      docId: 'x',
      start: 90,
      end: 200,
    }
    const y: EvidencePassage = {
      evidenceId: 'e2',
      highlightId: 'h2',
      docId: 'y',
      start: 520,
      end: 640,
    }
    // x's 100-180 lands on y's 500-580, of which 520-580 (60 characters) is in y's passage.
    expect(countIndependentPassages({ ...twoLong(6), passages: [x, y] })).toBe(1)
    const later = { ...y, start: 560, end: 700 }
    expect(countIndependentPassages({ ...twoLong(6), passages: [x, later] })).toBe(2)
  })
})

describe('pair overrides in passageIndependence', () => {
  it('splits a pair marked not reuse, and toggling the verdict off joins it again', () => {
    const passages = [DAWN_EV, NEWS_EV]
    const before: readonly PairOverride[] = []
    expect(countIndependentPassages(input(passages, { overrides: before }))).toBe(1)

    const after = toggleOverride(before, ['h-news', 'h-dawn'], 'not-reuse')
    const split = passageIndependence(input(passages, { overrides: after }))
    expect(split.groups).toHaveLength(2)
    expect(describeIndependence(split, label)).toBe(
      '2 passages, 2 independent: Dawn ¶1 and News ¶2 are marked not reuse',
    )

    // Undo is the previous list; toggling the same verdict again gives the same count.
    expect(countIndependentPassages(input(passages, { overrides: before }))).toBe(1)
    const toggledBack = toggleOverride(after, ['h-dawn', 'h-news'], 'not-reuse')
    expect(toggledBack).toEqual([])
    expect(countIndependentPassages(input(passages, { overrides: toggledBack }))).toBe(1)
  })

  it('keeps a pair marked not reuse together when a third passage chains them, and says so', () => {
    const overrides = toggleOverride([], ['h-dawn', 'h-news'], 'not-reuse')
    const result = passageIndependence(input([DAWN_EV, NEWS_EV, WIRE_EV], { overrides }))
    expect(result.groups).toHaveLength(1)
    expect(result.notReuse).toHaveLength(1)
    expect(result.notReuse[0]!.overruled).toBe(true)
    expect(describeIndependence(result, label)).toBe(
      '3 passages, 1 independent: Dawn ¶1 repeats Wire ¶1; News ¶2 repeats Wire ¶1; ' +
        'Dawn ¶1 and News ¶2 are marked not reuse but are one voice through Wire ¶1',
    )
  })

  it('does not split sources sharing an outlet, and says why', () => {
    const identities = new Map(IDENTITIES)
    identities.set('news', { docId: 'news', outlet: 'Dawn', authors: [] })
    const overrides = toggleOverride([], ['h-dawn', 'h-news'], 'not-reuse')
    const result = passageIndependence(input([DAWN_EV, NEWS_EV], { overrides, identities }))
    expect(result.groups).toHaveLength(1)
    expect(describeIndependence(result, label)).toBe(
      '2 passages, 1 independent: Dawn ¶1 and News ¶2 share an outlet (Dawn); ' +
        'Dawn ¶1 and News ¶2 are marked not reuse but share an outlet (Dawn)',
    )
  })

  it('joins a pair marked reuse with no shared passage, and undoing it splits them again', () => {
    const before: readonly PairOverride[] = []
    const after = toggleOverride(before, ['h-tribune', 'h-dawn'], 'reuse')
    const result = passageIndependence(input([DAWN_EV, TRIBUNE_EV], { overrides: after }))
    expect(describeIndependence(result, label)).toBe(
      '2 passages, 1 independent: Dawn ¶1 and Tribune ¶1 are marked as reuse',
    )
    expect(countIndependentPassages(input([DAWN_EV, TRIBUNE_EV], { overrides: before }))).toBe(2)
  })

  it('ignores overrides on passages that are not among the evidence', () => {
    const overrides = toggleOverride([], ['h-elsewhere', 'h-dawn'], 'not-reuse')
    const result = passageIndependence(input([DAWN_EV, NEWS_EV], { overrides }))
    expect(result.groups).toHaveLength(1)
    expect(result.notReuse).toEqual([])
  })
})

describe('passageIndependence without shared passages or overrides', () => {
  const passage = (docId: string, n: number): EvidencePassage => ({
    evidenceId: `e-${docId}-${n}`,
    highlightId: `h-${docId}-${n}`,
    docId,
    start: n * 10,
    end: n * 10 + 5,
  })

  it('names one document, an outlet and an author as the reasons', () => {
    const identities = new Map<string, SourceIdentity>([
      ['a', { docId: 'a', outlet: 'Dawn', authors: ['Samiha Yousaf'] }],
      ['c', { docId: 'c', outlet: 'dawn.', authors: [] }],
      ['e', { docId: 'e', outlet: null, authors: ['Yousaf, S.'] }],
    ])
    const result = passageIndependence({
      passages: [passage('a', 1), passage('a', 2), passage('c', 1), passage('e', 1)],
      shared: [],
      identities,
    })
    const name = (s: TextSpan) => `${s.docId.toUpperCase()} @${s.start}`
    expect(describeIndependence(result, name)).toBe(
      '4 passages, 1 independent: A @10 and A @20 are one source; ' +
        'A @10 and C @10 share an outlet (dawn.); A @10 and E @10 share an author (Yousaf, S.)',
    )
  })

  it('gives the same count as the outlet-and-author rule on its own test cases', () => {
    const source = (docId: string, outlet: string | null, ...authors: string[]) => ({
      docId,
      outlet,
      authors,
    })
    const cases: SourceIdentity[][] = [
      [
        source('a', 'Dawn', 'Samiha Yousaf'),
        source('b', 'The News'),
        source('c', 'dawn.', 'F.M. Shakil'),
        source('d', 'Asia Times', 'Shakil, F.'),
        source('e', null, 'Yousaf, S.'),
        source('f', 'Reuters'),
      ],
      [
        source('a', 'One'),
        source('b', 'Two'),
        source('c', 'Three'),
        source('d', 'Three', 'X. Author'),
        source('e', 'Two', 'Author, X.'),
      ],
      [
        source('a', null, 'Staff reporter'),
        source('b', null, 'Staff reporter'),
        source('c', '', 'et al.'),
        source('d', 'Unknown'),
        source('e', 'unknown'),
      ],
      [source('a', 'Reuters'), source('b', null, 'Reuters')],
    ]
    for (const sources of cases) {
      const identities = new Map(sources.map((s) => [s.docId, s]))
      const docIds = sources.map((s) => s.docId)
      const passages = docIds.flatMap((d, i) => [passage(d, 1), ...(i % 2 ? [passage(d, 2)] : [])])
      expect(countIndependentPassages({ passages, shared: [], identities })).toBe(
        countIndependent(docIds, identities),
      )
    }
  })

  it('groups documents exactly as the outlet-and-author rule does, whatever the sources', () => {
    const docIds = ['d1', 'd2', 'd3', 'd4', 'd5', 'd6']
    const identity = fc.record({
      outlet: fc.option(fc.constantFrom('Dawn', 'the dawn', 'The News', 'Unknown', ''), {
        nil: null,
      }),
      authors: fc.array(
        fc.constantFrom('S. Yousaf', 'Yousaf, Samiha', 'A. Khan', 'Khan', 'Staff'),
        {
          maxLength: 3,
        },
      ),
    })
    fc.assert(
      fc.property(
        fc.array(fc.option(identity, { nil: undefined }), { minLength: 6, maxLength: 6 }),
        fc.array(fc.tuple(fc.constantFrom(...docIds), fc.nat(20)), { maxLength: 12 }),
        (known, picks) => {
          const identities = new Map<string, SourceIdentity>()
          known.forEach((id, i) => {
            if (id) identities.set(docIds[i]!, { docId: docIds[i]!, ...id })
          })
          const passages = picks.map(([docId, n], i) => ({
            ...passage(docId, n),
            highlightId: `h${i}`,
          }))
          const result = passageIndependence({ passages, shared: [], identities })
          expect(result.groups.length).toBe(
            countIndependent(
              passages.map((p) => p.docId),
              identities,
            ),
          )
          // A document never straddles two groups, and every merge names a reason.
          const groupOf = new Map<string, number>()
          result.groups.forEach((g, i) =>
            g.forEach((p) => {
              expect(groupOf.get(p.docId) ?? i).toBe(i)
              groupOf.set(p.docId, i)
            }),
          )
          expect(result.merges).toHaveLength(passages.length - result.groups.length)
        },
      ),
    )
  })
})
