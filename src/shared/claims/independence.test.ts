import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  authorKey,
  countIndependent,
  createIndependenceCounter,
  independentGroups,
  outletKey,
} from './independence'
import type { SourceIdentity } from './types'

const source = (docId: string, outlet: string | null, ...authors: string[]): SourceIdentity => ({
  docId,
  outlet,
  authors,
})

describe('outletKey', () => {
  it.each([
    ['Dawn', 'dawn'],
    ['  DAWN  ', 'dawn'],
    ['The Express Tribune', 'express tribune'],
    ['the   express\ttribune.', 'express tribune'],
    ['Le Monde Diplomatique', 'le monde diplomatique'],
    ['Le Monde Diplomatiqué', 'le monde diplomatique'],
    ['Straße Zeitung', 'strasse zeitung'],
    ['“The Diplomat”', 'diplomat'],
  ])('%j → %j', (outlet, key) => {
    expect(outletKey(outlet)).toBe(key)
  })

  it.each([null, undefined, '', '   ', 'Unknown', 'N/A', '—', 'The '])(
    'treats %j as unknown',
    (outlet) => {
      expect(outletKey(outlet)).toBeNull()
    },
  )
})

describe('authorKey', () => {
  it('makes "Last, First" and "First Last" one author, with initials or full given names', () => {
    const keys = [
      'Samiha Fakhar',
      'Fakhar, Samiha',
      'S. Fakhar',
      'Fakhar, S.',
      'Fakhar S.',
      'Fakhar S.A.',
      'Dr. Samiha Fakhar',
      'Prof S. A. Fakhar',
      'SAMIHA FAKHAR',
      'Samiha Fākhar',
      'Samiha Fakhar et al.',
      'Fakhar, S., et al.',
    ].map(authorKey)
    expect(new Set(keys)).toEqual(new Set(['fakhar|s']))
  })

  it('keeps apart different surnames and different initials', () => {
    expect(authorKey('S. Khan')).not.toBe(authorKey('A. Khan'))
    expect(authorKey('Samiha Khan')).not.toBe(authorKey('Samiha Fakhar'))
  })

  it('does not link a bare surname to any initial', () => {
    expect(authorKey('Fakhar')).toBe('fakhar|')
    expect(authorKey('Fakhar')).not.toBe(authorKey('S. Fakhar'))
  })

  it('keeps surname particles and joins spelling variants of a surname', () => {
    expect(authorKey('Jan van der Berg')).toBe('vanderberg|j')
    expect(authorKey('van der Berg, Jan')).toBe('vanderberg|j')
    expect(authorKey('Ahmed Al Hassan')).toBe(authorKey('Ahmed Al-Hassan'))
    expect(authorKey("Sean O'Brien")).toBe(authorKey('O’Brien, S.'))
    expect(authorKey('Van Morrison')).toBe(authorKey('Morrison, Van'))
    expect(authorKey('Ali Khan Jr.')).toBe(authorKey('Khan, Ali'))
  })

  it.each([
    null,
    '',
    '  ',
    'et al.',
    'Et Al',
    'and others',
    'Staff Reporter',
    'Our Correspondent',
    'Web Desk',
    'Editorial Board',
    'Anonymous',
    'Unknown',
    'S.',
    'Dr.',
  ])('finds no person in %j', (author) => {
    expect(authorKey(author)).toBeNull()
  })
})

describe('independentGroups', () => {
  it('links by outlet and by shared author, transitively', () => {
    const groups = independentGroups([
      source('a', 'Dawn', 'Samiha Yousaf'),
      source('b', 'The News'),
      source('c', 'dawn.', 'F.M. Shakil'),
      source('d', 'Asia Times', 'Shakil, F.'),
      source('e', null, 'Yousaf, S.'),
      source('f', 'Reuters'),
    ])
    expect(groups).toEqual([['a', 'c', 'd', 'e'], ['b'], ['f']])
  })

  it('links through a chain that only closes late, keeping first-appearance order', () => {
    const groups = independentGroups([
      source('a', 'One'),
      source('b', 'Two'),
      source('c', 'Three'),
      source('d', 'Three', 'X. Author'),
      source('e', 'Two', 'Author, X.'),
    ])
    expect(groups).toEqual([['a'], ['b', 'c', 'd', 'e']])
  })

  it('never links on unknown outlets or non-person bylines', () => {
    const groups = independentGroups([
      source('a', null, 'Staff reporter'),
      source('b', null, 'Staff reporter'),
      source('c', '', 'et al.'),
      source('d', 'Unknown'),
      source('e', 'unknown'),
    ])
    expect(groups).toEqual([['a'], ['b'], ['c'], ['d'], ['e']])
  })

  it('takes a repeated docId as one source carrying both entries', () => {
    const groups = independentGroups([
      source('a', 'Dawn'),
      source('b', 'The News', 'A. Writer'),
      source('a', null, 'Writer, A.'),
    ])
    expect(groups).toEqual([['a', 'b']])
  })

  it('does not link an outlet to an author of the same name', () => {
    expect(independentGroups([source('a', 'Reuters'), source('b', null, 'Reuters')])).toHaveLength(
      2,
    )
  })

  const identities = fc.array(
    fc.record({
      docId: fc.constantFrom('d1', 'd2', 'd3', 'd4', 'd5', 'd6', 'd7', 'd8'),
      outlet: fc.option(fc.constantFrom('Dawn', 'the dawn', 'The News', 'Unknown', ''), {
        nil: null,
      }),
      authors: fc.array(
        fc.constantFrom('S. Yousaf', 'Yousaf, Samiha', 'A. Khan', 'Khan', 'et al.', 'Staff'),
        { maxLength: 3 },
      ),
    }),
    { maxLength: 12 },
  )

  it('partitions the distinct docIds', () => {
    fc.assert(
      fc.property(identities, (sources) => {
        const groups = independentGroups(sources)
        const flat = groups.flat()
        expect(flat.sort()).toEqual([...new Set(sources.map((s) => s.docId))].sort())
        for (const group of groups) expect(group.length).toBeGreaterThan(0)
      }),
    )
  })

  it('groups the same way whatever the input order', () => {
    const asSets = (groups: string[][]) => groups.map((g) => [...g].sort().join()).sort()
    fc.assert(
      fc.property(
        identities.chain((sources) =>
          fc.tuple(
            fc.constant(sources),
            fc.shuffledSubarray(sources, { minLength: sources.length }),
          ),
        ),
        ([sources, shuffled]) => {
          expect(asSets(independentGroups(shuffled))).toEqual(asSets(independentGroups(sources)))
        },
      ),
    )
  })

  it('puts sources sharing an outlet or author key in one group', () => {
    fc.assert(
      fc.property(identities, (sources) => {
        const groupOf = new Map<string, number>()
        independentGroups(sources).forEach((g, i) => g.forEach((d) => groupOf.set(d, i)))
        for (const x of sources) {
          for (const y of sources) {
            const sameOutlet =
              outletKey(x.outlet) !== null && outletKey(x.outlet) === outletKey(y.outlet)
            const xAuthors = new Set<string | null>(
              x.authors.map(authorKey).filter((k) => k !== null),
            )
            const sharedAuthor = y.authors.some((a) => xAuthors.has(authorKey(a)))
            if (sameOutlet || sharedAuthor) expect(groupOf.get(x.docId)).toBe(groupOf.get(y.docId))
          }
        }
      }),
    )
  })
})

describe('countIndependent', () => {
  const identities = new Map(
    [
      source('a', 'Dawn'),
      source('b', 'Dawn'),
      source('c', 'The News', 'S. Yousaf'),
      source('d', 'Asia Times', 'Yousaf, Samiha'),
      source('e', 'Reuters'),
    ].map((s) => [s.docId, s]),
  )

  it('counts linked documents once and unknown documents as their own source', () => {
    expect(countIndependent([], identities)).toBe(0)
    expect(countIndependent(['a'], identities)).toBe(1)
    expect(countIndependent(['a', 'b'], identities)).toBe(1)
    expect(countIndependent(['a', 'b', 'c', 'd', 'e'], identities)).toBe(3)
    expect(countIndependent(['a', 'a', 'x', 'y', 'x'], identities)).toBe(3)
  })

  it('judges only within the given documents', () => {
    // b would not link a to c anyway; c and d share an author.
    expect(countIndependent(['a', 'c'], identities)).toBe(2)
    expect(countIndependent(new Set(['c', 'd']), identities)).toBe(1)
  })

  it('gives the same answers through the caching counter', () => {
    const count = createIndependenceCounter(identities)
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'x', 'y')), (docIds) => {
        expect(count(docIds)).toBe(countIndependent(docIds, identities))
        expect(count([...docIds].reverse())).toBe(countIndependent(docIds, identities))
      }),
    )
  })
})
