import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { EMPTY_SUMMARY, summarizeAllClaims, summarizeClaimEvidence } from './claim-summary'
import { STANCES, type EvidenceFact, type SourceIdentity, type Stance } from './types'

let next = 0
const fact = (claimId: string, docId: string, stance: Stance): EvidenceFact => ({
  id: `e${next++}`,
  claimId,
  highlightId: `h${next}`,
  docId,
  stance,
})

const identities = new Map<string, SourceIdentity>(
  [
    { docId: 'dawn-1', outlet: 'Dawn', authors: ['Samiha Yousaf'] },
    { docId: 'dawn-2', outlet: 'Dawn', authors: [] },
    { docId: 'news-1', outlet: 'The News', authors: ['Yousaf, S.'] },
    { docId: 'times-1', outlet: 'Asia Times', authors: ['F.M. Shakil'] },
    { docId: 'reuters-1', outlet: 'Reuters', authors: [] },
  ].map((s) => [s.docId, s]),
)

describe('summarizeClaimEvidence', () => {
  it('gives the empty summary for no evidence', () => {
    expect(summarizeClaimEvidence([], identities)).toEqual(EMPTY_SUMMARY)
    expect(EMPTY_SUMMARY.suggested).toBe('unverified')
    expect(EMPTY_SUMMARY.singleSource).toBe(false)
  })

  it('counts links per stance and independent sources per side', () => {
    const summary = summarizeClaimEvidence(
      [
        fact('c', 'dawn-1', 'supports'),
        fact('c', 'dawn-1', 'supports'),
        fact('c', 'dawn-2', 'supports'),
        fact('c', 'news-1', 'supports'),
        fact('c', 'times-1', 'contradicts'),
        fact('c', 'reuters-1', 'context'),
      ],
      identities,
    )
    expect(summary).toEqual({
      supporting: 4,
      contradicting: 1,
      context: 1,
      // dawn-1, dawn-2 share an outlet and news-1 shares dawn-1's author: one voice.
      independentSupporting: 1,
      independentContradicting: 1,
      independentSources: 3,
      singleSource: false,
      suggested: 'contested',
    })
  })

  it('flags a claim resting on one source, even with several links', () => {
    const summary = summarizeClaimEvidence(
      [fact('c', 'dawn-1', 'supports'), fact('c', 'dawn-2', 'context')],
      identities,
    )
    expect(summary.singleSource).toBe(true)
    expect(summary.independentSources).toBe(1)
    expect(summary.suggested).toBe('supported')
  })

  it('never lets context evidence change the suggested status', () => {
    const summary = summarizeClaimEvidence(
      [fact('c', 'reuters-1', 'context'), fact('c', 'times-1', 'context')],
      identities,
    )
    expect(summary.suggested).toBe('unverified')
    expect(summary.independentSources).toBe(2)
  })

  it('treats documents without an identity as independent of everything', () => {
    const summary = summarizeClaimEvidence(
      [fact('c', 'x', 'contradicts'), fact('c', 'y', 'contradicts')],
      identities,
    )
    expect(summary.independentContradicting).toBe(2)
    expect(summary.suggested).toBe('refuted')
  })
})

describe('summarizeAllClaims', () => {
  const docIds = [...identities.keys(), 'loose-1', 'loose-2']
  const facts = fc.array(
    fc.record({
      id: fc.uuid(),
      claimId: fc.constantFrom('c1', 'c2', 'c3', 'c4'),
      highlightId: fc.constantFrom('h1', 'h2', 'h3'),
      docId: fc.constantFrom(...docIds),
      stance: fc.constantFrom(...STANCES),
    }),
    { maxLength: 40 },
  )

  it('matches summarizing each claim on its own', () => {
    fc.assert(
      fc.property(facts, (evidence) => {
        const all = summarizeAllClaims(evidence, identities)
        expect([...all.keys()].sort()).toEqual([...new Set(evidence.map((e) => e.claimId))].sort())
        for (const [claimId, summary] of all) {
          const own = evidence.filter((e) => e.claimId === claimId)
          expect(summary).toEqual(summarizeClaimEvidence(own, identities))
        }
      }),
    )
  })

  it('judges independence per claim, not across the corpus', () => {
    // news-1 links to dawn-1 only through an author; claim b never sees dawn-1.
    const all = summarizeAllClaims(
      [
        fact('a', 'dawn-1', 'supports'),
        fact('a', 'news-1', 'supports'),
        fact('b', 'news-1', 'supports'),
        fact('b', 'dawn-2', 'supports'),
      ],
      identities,
    )
    expect(all.get('a')?.independentSupporting).toBe(1)
    expect(all.get('b')?.independentSupporting).toBe(2)
  })

  it('handles 50,000 claims and 200,000 links over a small corpus', () => {
    const corpus = new Map<string, SourceIdentity>()
    for (let i = 0; i < 20; i++) {
      const docId = `doc-${i}`
      corpus.set(docId, {
        docId,
        outlet: `Outlet ${i % 12}`,
        authors: i % 5 === 0 ? ['Samiha Yousaf'] : [`Author ${i}`],
      })
    }
    // A fixed linear congruential sequence keeps the big input reproducible.
    let seed = 12345
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648
      return seed % n
    }
    const evidence: EvidenceFact[] = []
    for (let i = 0; i < 200_000; i++) {
      evidence.push({
        id: `e${i}`,
        claimId: `claim-${i % 50_000}`,
        highlightId: `h${random(5000)}`,
        docId: `doc-${random(20)}`,
        stance: STANCES[random(3)] ?? 'context',
      })
    }

    const all = summarizeAllClaims(evidence, corpus)

    expect(all.size).toBe(50_000)
    let links = 0
    for (const summary of all.values()) {
      links += summary.supporting + summary.contradicting + summary.context
    }
    expect(links).toBe(200_000)
    const byClaim = new Map<string, EvidenceFact[]>()
    for (const e of evidence) byClaim.set(e.claimId, [...(byClaim.get(e.claimId) ?? []), e])
    for (let i = 0; i < 50_000; i += 997) {
      const claimId = `claim-${i}`
      expect(all.get(claimId)).toEqual(summarizeClaimEvidence(byClaim.get(claimId) ?? [], corpus))
    }
  })
})
