import { describe, expect, it } from 'vitest'
import { describeIndependence } from '../reuse/independence'
import { addAndFindReuse } from '../reuse/find-reuse'
import { toggleOverride, type PairOverride } from '../reuse/pair-overrides'
import { ReuseIndex } from '../reuse/reuse-index'
import type { SharedPassage, TextSpan } from '../reuse/types'
import { reuseWords, type ReuseWords } from '../reuse/words'
import { buildClaimRows } from './claim-rows'
import { summarizeAllClaims, summarizeClaimEvidence } from './claim-summary'
import {
  claimIndependence,
  createClaimCounter,
  independenceNote,
  indexSharedPassages,
  reviewablePairs,
  type ClaimReuse,
} from './reuse-counting'
import type { EvidenceFact, SourceIdentity } from './types'

/** A wire story, another outlet's light rewrite of it, and an unrelated report. */
const TEXTS: Record<string, string> = {
  yousaf: [
    'Officials met in the capital on Tuesday.',
    'Iran and Pakistan agreed on Monday to return their ambassadors and to set up a high-level mechanism to oversee security cooperation along their shared border, after a week of tit-for-tat missile strikes.',
  ].join('\n\n'),
  tahir: [
    'Pakistan and Iran agreed on Monday to return their ambassadors and to set up a high level mechanism to oversee security cooperation along their common border, after a week of tit-for-tat missile strikes, officials said.',
  ].join('\n\n'),
  other: [
    'Ties between the neighbours warmed when envoys were sent back to both capitals and a joint committee was formed to watch the frontier.',
  ].join('\n\n'),
}

const IDENTITIES = new Map<string, SourceIdentity>([
  ['yousaf', { docId: 'yousaf', outlet: 'Wire', authors: ['Samiha Yousaf'] }],
  ['tahir', { docId: 'tahir', outlet: 'Dawn', authors: ['Ali Tahir'] }],
  ['other', { docId: 'other', outlet: 'Tribune', authors: ['B. Writer'] }],
])

/** What the real detector finds among the texts. */
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

const HIGHLIGHTS: Record<string, TextSpan> = {
  'h-yousaf': phrase('yousaf', 'return their ambassadors and to set up a high-level mechanism'),
  'h-tahir': phrase('tahir', 'return their ambassadors and to set up a high level mechanism'),
  'h-other': phrase('other', 'a joint committee was formed to watch the frontier'),
}

function phrase(docId: string, text: string): TextSpan {
  const start = TEXTS[docId]!.indexOf(text)
  if (start < 0) throw new Error(`${text} not in ${docId}`)
  return { docId, start, end: start + text.length }
}

function fact(highlightId: string, stance: EvidenceFact['stance'] = 'supports'): EvidenceFact {
  return {
    id: `e-${highlightId}`,
    claimId: 'c1',
    highlightId,
    docId: HIGHLIGHTS[highlightId]!.docId,
    stance,
  }
}

function reuse(overrides: readonly PairOverride[] = [], shared = detected()): ClaimReuse {
  return {
    shared: indexSharedPassages(shared),
    overrides,
    spanOf: (id) => HIGHLIGHTS[id] ?? null,
  }
}

const SHORT: Record<string, string> = { yousaf: 'Yousaf', tahir: 'Tahir', other: 'Writer' }
function label(span: TextSpan): string {
  const para = TEXTS[span.docId]!.slice(0, span.start).split('\n\n').length
  return `${SHORT[span.docId]} ¶${para}`
}

const STORY_AND_REWRITE = [fact('h-yousaf'), fact('h-tahir')]

describe('counting independent sources with text reuse', () => {
  it('counts a story and its rewrite from another outlet as two without reuse input, as before', () => {
    expect(summarizeClaimEvidence(STORY_AND_REWRITE, IDENTITIES).independentSources).toBe(2)
    expect(summarizeClaimEvidence(STORY_AND_REWRITE, IDENTITIES, null).independentSources).toBe(2)
  })

  it('counts a story and its rewrite as one source once the reuse is found', () => {
    const summary = summarizeClaimEvidence(STORY_AND_REWRITE, IDENTITIES, reuse())
    expect(summary.independentSources).toBe(1)
    expect(summary.independentSupporting).toBe(1)
    expect(summary.singleSource).toBe(true)
  })

  it('counts two again when the analyst says the pair is not the same source, and one after undo', () => {
    const before: readonly PairOverride[] = []
    const after = toggleOverride(before, ['h-tahir', 'h-yousaf'], 'not-reuse')
    expect(
      summarizeClaimEvidence(STORY_AND_REWRITE, IDENTITIES, reuse(after)).independentSources,
    ).toBe(2)
    // Undo restores the list as it was.
    expect(
      summarizeClaimEvidence(STORY_AND_REWRITE, IDENTITIES, reuse(before)).independentSources,
    ).toBe(1)
  })

  it('merges a pair the analyst marks as the same source even when nothing was detected', () => {
    const marked = toggleOverride([], ['h-yousaf', 'h-other'], 'reuse')
    const facts = [fact('h-yousaf'), fact('h-other')]
    expect(summarizeClaimEvidence(facts, IDENTITIES, reuse([], [])).independentSources).toBe(2)
    expect(summarizeClaimEvidence(facts, IDENTITIES, reuse(marked, [])).independentSources).toBe(1)
  })

  it('leaves an unrelated report its own source', () => {
    const facts = [...STORY_AND_REWRITE, fact('h-other', 'contradicts')]
    const summary = summarizeClaimEvidence(facts, IDENTITIES, reuse())
    expect(summary.independentSources).toBe(2)
    expect(summary.independentSupporting).toBe(1)
    expect(summary.independentContradicting).toBe(1)
  })

  it('gives the claims table and every claim of a corpus the same counts as one claim', () => {
    const facts = [
      ...STORY_AND_REWRITE,
      { ...fact('h-yousaf'), id: 'e2', claimId: 'c2' },
      { ...fact('h-other'), id: 'e3', claimId: 'c2' },
    ]
    const all = summarizeAllClaims(facts, IDENTITIES, reuse())
    expect(all.get('c1')?.independentSources).toBe(1)
    expect(all.get('c2')?.independentSources).toBe(2)
    const claim = { status: 'unverified' as const, confidence: null, tags: [], updatedAt: 0 }
    const rows = buildClaimRows(
      [
        { ...claim, id: 'c1', statement: 'One' },
        { ...claim, id: 'c2', statement: 'Two' },
      ],
      facts.map((f) => ({ ...f, credibility: null })),
      IDENTITIES,
      new Map(),
      undefined,
      reuse(),
    )
    expect(rows.map((r) => r.independentSources)).toEqual([1, 2])
  })

  it('keeps a passage that cannot be placed with its document and outlet', () => {
    const unplaced: ClaimReuse = { ...reuse(), spanOf: () => null }
    expect(summarizeClaimEvidence(STORY_AND_REWRITE, IDENTITIES, unplaced).independentSources).toBe(
      2,
    )
  })

  it('counts the same as the outlet and author rule when no documents share text', () => {
    const counter = createClaimCounter(IDENTITIES, reuse([], []))
    const facts = [fact('h-yousaf'), fact('h-tahir'), fact('h-other')]
    expect(counter.needsPassages(facts)).toBe(false)
    expect(counter.byPassages(facts)).toBe(3)
    expect(counter.byDocs(facts.map((f) => f.docId))).toBe(3)
  })

  it('keeps one shared passage given from both of its documents once', () => {
    const shared = detected()
    expect(indexSharedPassages([...shared, ...shared]).byDoc.get('tahir')).toHaveLength(
      indexSharedPassages(shared).byDoc.get('tahir')!.length,
    )
  })
})

describe('what the claim page and the brief say', () => {
  it('says which passage repeats which, and offers the pair for a verdict', () => {
    const result = claimIndependence(STORY_AND_REWRITE, IDENTITIES, {
      ...reuse(),
      published: (docId) =>
        docId === 'yousaf'
          ? { year: 2024, month: 1, day: 29, approximate: false }
          : { year: 2024, month: 1, day: 30, approximate: false },
    })
    expect(describeIndependence(result, label)).toBe(
      '2 passages, 1 independent: Tahir ¶1 repeats Yousaf ¶2',
    )
    const pairs = reviewablePairs(result, [])
    expect(pairs.map((p) => [p.a.highlightId, p.b.highlightId, p.verdict])).toEqual([
      ['h-tahir', 'h-yousaf', null],
    ])
    expect(independenceNote(result, label)).toBe('2 passages; Tahir ¶1 repeats Yousaf ¶2')
  })

  it('still offers a pair marked not the same source, with its verdict', () => {
    const overrides = toggleOverride([], ['h-yousaf', 'h-tahir'], 'not-reuse')
    const result = claimIndependence(STORY_AND_REWRITE, IDENTITIES, reuse(overrides))
    expect(result.groups).toHaveLength(2)
    expect(reviewablePairs(result, overrides).map((p) => p.verdict)).toEqual(['not-reuse'])
    expect(describeIndependence(result, label)).toBe(
      '2 passages, 2 independent: Yousaf ¶2 and Tahir ¶1 are marked not reuse',
    )
  })

  it('adds no note when reuse played no part', () => {
    const result = claimIndependence([fact('h-yousaf'), fact('h-other')], IDENTITIES, reuse())
    expect(independenceNote(result, label)).toBeNull()
    expect(reviewablePairs(result, [])).toEqual([])
  })
})
