import { createSearchIndex } from '@shared/search/search-index'
import { describe, expect, it } from 'vitest'
import { chooseHits } from './run-search'

function index() {
  const built = createSearchIndex()
  built.add({ id: 'a', kind: 'passage', docId: 'd1', text: 'Balochistan border' })
  built.add({ id: 'b', kind: 'passage', docId: 'd2', text: 'Baluchistan province' })
  built.add({ id: 'c', kind: 'claim', text: 'Militants crossed from Balochistan' })
  return built
}

describe('choosing the hits to show', () => {
  it('adds matches a typo away after the exact ones when those do not fill the results', () => {
    const chosen = chooseHits(index(), 'Balochistan', { limit: 10 })
    expect(chosen.hits.map((h) => [h.id, h.fuzzy])).toEqual([
      ['a', false],
      ['c', false],
      ['b', true],
    ])
    expect(chosen.counts).toMatchObject({ passage: 2, claim: 1 })
    expect(chosen.wantsTypos).toBe(false)
  })

  it('does not look for typos when the exact matches fill the results', () => {
    const chosen = chooseHits(index(), 'Balochistan', { limit: 2 })
    expect(chosen.hits.map((h) => h.id)).toEqual(['a', 'c'])
    expect(chosen.counts).toMatchObject({ passage: 1, claim: 1 })
    expect(chosen.wantsTypos).toBe(false)
  })

  it('says when the typo pass is wanted but was not run, so the caller can read its postings first', () => {
    const exactOnly = chooseHits(index(), 'Balochistan', { limit: 10 }, false)
    expect(exactOnly.hits.map((h) => h.id)).toEqual(['a', 'c'])
    expect(exactOnly.wantsTypos).toBe(true)
    expect(chooseHits(index(), 'Iran', { limit: 10 }, false).wantsTypos).toBe(false)
  })
})
