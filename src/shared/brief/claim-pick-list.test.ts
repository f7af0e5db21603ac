import { describe, expect, it } from 'vitest'
import { claimPickList, claimTags } from './claim-pick-list'

const claims = [
  { id: 'a', statement: 'The Iran-Pakistan border is about 900 km long', tags: ['border'] },
  { id: 'b', statement: 'Iran’s strike targeted Jaish al-Adl', tags: ['strikes', 'Jan 2024'] },
  { id: 'c', statement: 'China mediated the de-escalation', tags: [] },
  { id: 'd', statement: 'Pakistan retaliated two days after Iran’s strike', tags: ['strikes'] },
]
const ids = (list: { shown: { id: string }[] }) => list.shown.map((claim) => claim.id)

describe('claimPickList', () => {
  it('lists every claim by statement when nothing is typed', () => {
    expect(ids(claimPickList(claims, '  ', [], 10))).toEqual(['c', 'b', 'd', 'a'])
  })

  it('matches every word in the statement or a tag, in any order, ignoring case and accents', () => {
    expect(ids(claimPickList(claims, 'STRIKES iran', [], 10))).toEqual(['b', 'd'])
    expect(ids(claimPickList(claims, 'jaísh', [], 10))).toEqual(['b'])
    expect(ids(claimPickList(claims, 'border 900', [], 10))).toEqual(['a'])
    expect(ids(claimPickList(claims, 'jan 2024', [], 10))).toEqual(['b'])
  })

  it('puts picked claims first, so the cap never hides one, and counts the rest', () => {
    const list = claimPickList(claims, '', ['a', 'd'], 3)
    expect(ids(list)).toEqual(['d', 'a', 'c'])
    expect(list.more).toBe(1)
  })
})

describe('claimTags', () => {
  it('lists each tag once, alphabetically, whatever its case', () => {
    expect(claimTags(claims)).toEqual(['border', 'Jan 2024', 'strikes'])
  })
})
