import { describe, expect, it } from 'vitest'
import {
  CREDIBILITIES,
  CREDIBILITY_LABELS,
  formatGrade,
  isCredibility,
  isReliability,
  RELIABILITIES,
  RELIABILITY_LABELS,
  reliabilityRank,
} from './admiralty'

describe('Admiralty code', () => {
  it('labels source reliability A–F', () => {
    expect(RELIABILITIES.map((r) => RELIABILITY_LABELS[r])).toEqual([
      'Completely reliable',
      'Usually reliable',
      'Fairly reliable',
      'Not usually reliable',
      'Unreliable',
      'Reliability cannot be judged',
    ])
  })

  it('labels information credibility 1–6', () => {
    expect(CREDIBILITIES.map((c) => CREDIBILITY_LABELS[c])).toEqual([
      'Confirmed by other sources',
      'Probably true',
      'Possibly true',
      'Doubtful',
      'Improbable',
      'Truth cannot be judged',
    ])
  })

  it('recognises only exact grades', () => {
    for (const r of RELIABILITIES) expect(isReliability(r)).toBe(true)
    for (const other of ['a', 'G', 'AB', '', null, 1]) expect(isReliability(other)).toBe(false)
    for (const c of CREDIBILITIES) expect(isCredibility(c)).toBe(true)
    for (const other of [0, 7, 2.5, '2', null, NaN]) expect(isCredibility(other)).toBe(false)
  })

  it.each([
    ['B', 2, 'B2'],
    ['A', 1, 'A1'],
    ['F', 6, 'F6'],
    ['B', null, 'B–'],
    [null, 3, '–3'],
    [null, null, ''],
  ] as const)('formats %j, %j as %j', (reliability, credibility, grade) => {
    expect(formatGrade(reliability, credibility)).toBe(grade)
  })

  it('ranks reliability with A best and ungraded below F', () => {
    expect(RELIABILITIES.map(reliabilityRank)).toEqual([5, 4, 3, 2, 1, 0])
    expect(reliabilityRank(null)).toBe(-1)
    expect(reliabilityRank('Z')).toBe(-1)
    const sorted = ['C', null, 'A', 'F'].sort((a, b) => reliabilityRank(b) - reliabilityRank(a))
    expect(sorted).toEqual(['A', 'C', 'F', null])
  })
})
