import { describe, expect, it } from 'vitest'
import { CLAIM_STATUSES, isClaimStatus, isStance, STANCES, stanceLabel, statusLabel } from './types'

describe('stances', () => {
  it('are listed in display order with their labels', () => {
    expect(STANCES.map(stanceLabel)).toEqual(['Supports', 'Contradicts', 'Context'])
  })

  it('are recognised only when exact', () => {
    for (const stance of STANCES) expect(isStance(stance)).toBe(true)
    for (const other of ['Supports', 'support', '', null, undefined, 1, {}]) {
      expect(isStance(other)).toBe(false)
    }
  })
})

describe('claim statuses', () => {
  it('are listed in display order with their labels', () => {
    expect(CLAIM_STATUSES).toEqual(['unverified', 'supported', 'contested', 'refuted'])
    expect(CLAIM_STATUSES.map(statusLabel)).toEqual([
      'Unverified',
      'Supported',
      'Contested',
      'Refuted',
    ])
  })

  it('are recognised only when exact', () => {
    for (const status of CLAIM_STATUSES) expect(isClaimStatus(status)).toBe(true)
    for (const other of ['Supported', 'verified', '', null, 0, []]) {
      expect(isClaimStatus(other)).toBe(false)
    }
  })
})
