import { describe, expect, it } from 'vitest'
import { knownAsOf } from './as-of'

const published = new Map([
  ['july-2023', { year: 2023, month: 7, day: 26, approximate: false }],
  ['feb-2024', { year: 2024, month: 2, approximate: true }],
])
const publishedOf = (docId: string) => published.get(docId) ?? null

const items = [
  { id: 'visit', sources: [{ docId: 'july-2023' }] },
  { id: 'strikes', sources: [{ docId: 'feb-2024' }] },
  { id: 'both', sources: [{ docId: 'feb-2024' }, { docId: 'july-2023' }] },
  { id: 'by-hand', sources: [] },
  { id: 'undated-source', sources: [{ docId: 'unknown' }] },
]

describe('knownAsOf', () => {
  it('keeps what a source published by that day could have said', () => {
    const ids = (asOf: number) => knownAsOf(items, publishedOf, asOf).map((i) => i.id)
    expect(ids(Date.UTC(2023, 6, 25))).toEqual(['by-hand'])
    expect(ids(Date.UTC(2023, 6, 26))).toEqual(['visit', 'both', 'by-hand'])
    expect(ids(Date.UTC(2024, 1, 1))).toEqual(['visit', 'strikes', 'both', 'by-hand'])
  })
})
