import { describe, expect, it } from 'vitest'
import { describeAuthors, describeOutlet, describePublished } from './describe-meta'

describe('describePublished', () => {
  it('shows a stated date at its precision', () => {
    expect(
      describePublished({
        year: 2024,
        month: 2,
        day: 3,
        approximate: false,
        basis: 'stated',
        note: 'byline',
      }),
    ).toBe('3 Feb 2024')
  })

  it('says when a date is inferred and approximate', () => {
    expect(
      describePublished({ year: 2024, month: 2, approximate: true, basis: 'inferred', note: 'x' }),
    ).toBe('c. Feb 2024 (inferred from the text)')
  })

  it('says when there is no date', () => {
    expect(describePublished(null)).toBe('date not stated')
  })
})

describe('describeOutlet', () => {
  it('never hides a missing outlet', () => {
    expect(describeOutlet(null)).toBe('outlet not stated')
    expect(describeOutlet('The Cradle')).toBe('The Cradle')
  })
})

describe('describeAuthors', () => {
  it('joins names naturally and shortens long lists', () => {
    expect(describeAuthors(['A'])).toBe('A')
    expect(describeAuthors(['A', 'B'])).toBe('A and B')
    expect(describeAuthors(['A', 'B', 'C'])).toBe('A, B and C')
    expect(describeAuthors(['A', 'B', 'C', 'D'])).toBe('A et al.')
    expect(describeAuthors([])).toBe('author not stated')
  })
})
