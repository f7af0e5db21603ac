import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { statusDiffers, suggestedStatus } from './status'
import { CLAIM_STATUSES } from './types'

describe('suggestedStatus', () => {
  it.each([
    [0, 0, 'unverified'],
    [1, 0, 'supported'],
    [3, 0, 'supported'],
    [0, 1, 'refuted'],
    [0, 4, 'refuted'],
    [1, 1, 'contested'],
    [5, 1, 'contested'],
  ] as const)('%i supporting, %i contradicting → %s', (supporting, contradicting, expected) => {
    expect(suggestedStatus(supporting, contradicting)).toBe(expected)
  })

  it('depends only on whether each side has any evidence', () => {
    fc.assert(
      fc.property(fc.nat(50), fc.nat(50), (supporting, contradicting) => {
        const status = suggestedStatus(supporting, contradicting)
        expect(status).toBe(suggestedStatus(Math.min(supporting, 1), Math.min(contradicting, 1)))
      }),
    )
  })
})

describe('statusDiffers', () => {
  it('is true exactly when the statuses differ', () => {
    for (const analyst of CLAIM_STATUSES) {
      for (const suggested of CLAIM_STATUSES) {
        expect(statusDiffers(analyst, suggested)).toBe(analyst !== suggested)
      }
    }
  })
})
