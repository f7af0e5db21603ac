import { describe, expect, it } from 'vitest'
import { claimsColumnFilters, hasClaimsFilters, NO_CLAIMS_FILTERS } from './claims-filters'

describe('hasClaimsFilters', () => {
  it('is false for no filters and true once any one is set', () => {
    expect(hasClaimsFilters(NO_CLAIMS_FILTERS)).toBe(false)
    expect(hasClaimsFilters({ ...NO_CLAIMS_FILTERS })).toBe(false)
    expect(hasClaimsFilters({ ...NO_CLAIMS_FILTERS, text: ' ' })).toBe(true)
    expect(hasClaimsFilters({ ...NO_CLAIMS_FILTERS, singleSource: true })).toBe(true)
    expect(hasClaimsFilters({ ...NO_CLAIMS_FILTERS, maxCredibility: 2 })).toBe(true)
    expect(hasClaimsFilters({ ...NO_CLAIMS_FILTERS, minReliability: 'C' })).toBe(true)
  })
})

describe('claimsColumnFilters', () => {
  it('is empty with no filters, and leaves text and grade thresholds to the rows', () => {
    expect(claimsColumnFilters(NO_CLAIMS_FILTERS)).toEqual([])
    expect(
      claimsColumnFilters({
        ...NO_CLAIMS_FILTERS,
        text: 'border',
        minReliability: 'B',
        maxCredibility: 2,
      }),
    ).toEqual([])
  })

  it('names each set filter by its column id', () => {
    expect(
      claimsColumnFilters({
        ...NO_CLAIMS_FILTERS,
        status: 'contested',
        confidence: 'none',
        tag: 'strikes',
        singleSource: true,
      }),
    ).toEqual([
      { id: 'status', value: 'contested' },
      { id: 'confidence', value: 'none' },
      { id: 'tags', value: 'strikes' },
      { id: 'independent', value: true },
    ])
  })
})
