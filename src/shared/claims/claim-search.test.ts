import { describe, expect, it } from 'vitest'
import { suggestClaims } from './claim-search'

const claims = [
  { id: 'a', statement: 'The Iran-Pakistan border is about 900 km long', updatedAt: 1 },
  { id: 'b', statement: 'Iran’s strike targeted Jaish al-Adl', updatedAt: 3 },
  { id: 'c', statement: 'China mediated the de-escalation', updatedAt: 2 },
  { id: 'd', statement: 'Pakistan retaliated two days after Iran’s strike', updatedAt: 4 },
]

describe('suggestClaims', () => {
  it('lists every claim, most recently updated first, when nothing is typed, and offers no new claim', () => {
    const s = suggestClaims('  ', claims)
    expect(s.create).toBeNull()
    expect(s.matches.map((m) => m.id)).toEqual(['d', 'b', 'c', 'a'])
  })

  it('matches every typed word in any order, ignoring case and accents', () => {
    expect(suggestClaims('STRIKE iran', claims).matches.map((m) => m.id)).toEqual(['d', 'b'])
    expect(suggestClaims('jaísh', claims).matches.map((m) => m.id)).toEqual(['b'])
  })

  it('puts statements that start with the text first', () => {
    expect(suggestClaims('iran', claims).matches.map((m) => m.id)).toEqual(['b', 'd', 'a'])
  })

  it('offers to create what was typed unless it is already a claim', () => {
    expect(suggestClaims(' China  mediated ', claims).create).toBe('China mediated')
    expect(suggestClaims('china MEDIATED the de-escalation', claims).create).toBeNull()
  })

  it('caps the list', () => {
    expect(suggestClaims('', claims, 2).matches).toHaveLength(2)
  })
})
