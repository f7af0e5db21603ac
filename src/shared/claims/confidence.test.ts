import { describe, expect, it } from 'vitest'
import {
  CONFIDENCE_BANDS,
  CONFIDENCE_KEYS,
  confidenceLabel,
  confidenceRank,
  formatConfidence,
  isConfidenceKey,
} from './confidence'

describe('CONFIDENCE_BANDS', () => {
  it('lists the ICD 203 expressions from least to most likely', () => {
    expect(CONFIDENCE_BANDS.map((b) => [b.key, b.label, b.min, b.max])).toEqual([
      ['almost-no-chance', 'Almost no chance', 1, 5],
      ['very-unlikely', 'Very unlikely', 5, 20],
      ['unlikely', 'Unlikely', 20, 45],
      ['roughly-even', 'Roughly even chance', 45, 55],
      ['likely', 'Likely', 55, 80],
      ['very-likely', 'Very likely', 80, 95],
      ['almost-certain', 'Almost certain', 95, 99],
    ])
    expect(CONFIDENCE_BANDS.map((b) => b.key)).toEqual(CONFIDENCE_KEYS)
  })

  it('has ranges that meet edge to edge', () => {
    CONFIDENCE_BANDS.forEach((band, i) => {
      expect(band.min).toBeLessThan(band.max)
      const next = CONFIDENCE_BANDS[i + 1]
      if (next) expect(next.min).toBe(band.max)
    })
  })
})

describe('confidence keys', () => {
  it('are recognised only when exact', () => {
    for (const key of CONFIDENCE_KEYS) expect(isConfidenceKey(key)).toBe(true)
    for (const other of ['Likely', 'probable', '', null, 55, undefined]) {
      expect(isConfidenceKey(other)).toBe(false)
    }
  })

  it('label and format, with "Not assessed" for none or unknown', () => {
    expect(confidenceLabel('roughly-even')).toBe('Roughly even chance')
    expect(formatConfidence('likely')).toBe('Likely (55–80%)')
    expect(formatConfidence('almost-no-chance')).toBe('Almost no chance (1–5%)')
    for (const missing of [null, '', 'probable']) {
      expect(confidenceLabel(missing)).toBe('Not assessed')
      expect(formatConfidence(missing)).toBe('Not assessed')
    }
  })

  it('rank from least to most likely, with none or unknown lowest', () => {
    const ranks = CONFIDENCE_KEYS.map(confidenceRank)
    expect(ranks).toEqual([0, 1, 2, 3, 4, 5, 6])
    expect(confidenceRank(null)).toBe(-1)
    expect(confidenceRank('probable')).toBe(-1)
    const sorted = ['likely', null, 'almost-no-chance', 'very-likely'].sort(
      (a, b) => confidenceRank(a) - confidenceRank(b),
    )
    expect(sorted).toEqual([null, 'almost-no-chance', 'likely', 'very-likely'])
  })
})
