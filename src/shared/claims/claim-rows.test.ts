import { describe, expect, it } from 'vitest'
import { buildClaimRows, identitiesOf, type GradedEvidence } from './claim-rows'
import { claim } from './testing/claim-for-row'

const identities = identitiesOf([
  { id: 'dawn-1', authors: ['Asad Ali'], outlet: 'Dawn' },
  { id: 'dawn-2', authors: ['Sehar Fakhar'], outlet: 'Dawn' },
  { id: 'cradle', authors: ['F.M. Shakil'], outlet: 'The Cradle' },
])

let n = 0
const link = (
  claimId: string,
  docId: string,
  stance: GradedEvidence['stance'],
  credibility: number | null = null,
): GradedEvidence => ({ id: `e${++n}`, claimId, highlightId: `h${n}`, docId, stance, credibility })

describe('buildClaimRows', () => {
  const claims = [
    claim('border', { status: 'supported' }),
    claim('empty', { confidence: 'likely' }),
  ]
  const evidence = [
    link('border', 'dawn-1', 'supports', 2),
    link('border', 'dawn-2', 'supports', 5),
    link('border', 'cradle', 'contradicts'),
  ]

  it('counts links and independent sources and suggests a status', () => {
    const [border, empty] = buildClaimRows(claims, evidence, identities, new Map())
    expect(border).toMatchObject({
      supporting: 2,
      contradicting: 1,
      independentSupporting: 1,
      independentSources: 2,
      singleSource: false,
      suggested: 'contested',
      statusDiffers: true,
      statusLabel: 'Supported',
    })
    expect(empty).toMatchObject({
      supporting: 0,
      independentSources: 0,
      suggested: 'unverified',
      statusDiffers: false,
      confidenceLabel: 'Likely',
    })
  })

  it('marks a claim resting on one outlet as single-source, however many passages', () => {
    const rows = buildClaimRows(
      [claim('x')],
      [link('x', 'dawn-1', 'supports'), link('x', 'dawn-2', 'supports')],
      identities,
      new Map(),
    )
    expect(rows[0]).toMatchObject({ supporting: 2, independentSources: 1, singleSource: true })
  })

  it('counts only evidence from sources graded reliable enough, dropping claims left with none', () => {
    const grades = new Map([
      ['dawn-1', 'B'],
      ['cradle', 'D'],
    ])
    const rows = buildClaimRows(claims, evidence, identities, grades, {
      minReliability: 'C',
      maxCredibility: null,
    })
    expect(rows).toHaveLength(1)
    expect(rows[0]).toMatchObject({
      id: 'border',
      supporting: 1,
      contradicting: 0,
      suggested: 'supported',
    })
  })

  it('counts only information graded credible enough; ungraded information does not pass', () => {
    const rows = buildClaimRows(claims, evidence, identities, new Map(), {
      minReliability: null,
      maxCredibility: 3,
    })
    expect(rows.map((r) => [r.id, r.supporting, r.contradicting])).toEqual([['border', 1, 0]])
  })
})
