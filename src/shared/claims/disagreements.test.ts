import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { DEFAULT_TOLERANCE, findDisagreements, type PassageForCheck } from './disagreements'

const passage = (id: string, text: string, referenceYear?: number): PassageForCheck => ({
  id,
  docId: `doc-${id}`,
  text,
  ...(referenceYear === undefined ? {} : { referenceYear }),
})

// The four border passages of the corpus, one per source.
const BORDER: PassageForCheck[] = [
  passage(
    'way-forward',
    'Iran and Pakistan share a border of over 900 kilometers. Due to a volatile situation in Afghanistan there is an influx in trafficking along the Pak Iran border.',
  ),
  passage(
    'new-era',
    'The two countries share a 959-kilometer (596 miles) long border, which runs through their Balochistan provinces.',
  ),
  passage(
    'seeking-stability',
    'Iran and Pakistan have a 900km (560 mile) border that poses challenges for both countries to manage independently.',
  ),
  passage(
    'rivals-to-partners',
    'they established a mutual understanding to strengthen their military cooperation, particularly concerning reinforcing their shared border that extends over a radius of 565 miles.',
  ),
]

const messages = (passages: readonly PassageForCheck[], tolerance?: number) =>
  findDisagreements(passages, tolerance === undefined ? undefined : { tolerance }).map(
    (d) => d.message,
  )

describe('findDisagreements: the border', () => {
  it('finds exactly one length disagreement, 900 km vs 959 km, shown in km', () => {
    const found = findDisagreements(BORDER)
    expect(found).toHaveLength(1)
    const [border] = found
    expect(border).toMatchObject({
      kind: 'quantity',
      dimension: 'length',
      unit: 'km',
      message: 'Sources disagree: 900 km vs 959 km',
    })
    expect(border?.figures).toEqual([
      {
        passageId: 'seeking-stability',
        docId: 'doc-seeking-stability',
        text: '900km',
        display: '900 km',
        passageIds: ['rivals-to-partners', 'seeking-stability', 'way-forward'],
      },
      {
        passageId: 'new-era',
        docId: 'doc-new-era',
        text: '959-kilometer',
        display: '959 km',
        passageIds: ['new-era'],
      },
    ])
  })

  it('converts units first: 565 miles agrees with over 900 kilometers', () => {
    expect(findDisagreements([BORDER[0], BORDER[3]].filter((p) => p !== undefined))).toEqual([])
  })

  it('does not count a parenthetical conversion as a second figure', () => {
    // "(596 miles)" is 959.2 km; were it a figure it would still agree, so check the figures.
    const found = findDisagreements([BORDER[1], BORDER[2]].filter((p) => p !== undefined))
    expect(found).toHaveLength(1)
    expect(found[0]?.figures.map((f) => f.text)).toEqual(['900km', '959-kilometer'])
    // A parenthetical that would disagree with everything is still not a figure.
    const odd = [passage('a', 'a 959 km (100 miles) border'), passage('b', 'the 959 km border')]
    expect(findDisagreements(odd)).toEqual([])
  })

  it('shows the group in the unit most passages used', () => {
    const miles = [
      passage('a', 'a 565 miles border'),
      passage('b', 'a 596-mile border'),
      passage('c', 'a 959 km border'),
    ]
    expect(messages(miles)).toEqual(['Sources disagree: 565 mi vs 596 mi'])
  })

  it('respects the tolerance', () => {
    expect(DEFAULT_TOLERANCE).toBe(0.05)
    expect(messages(BORDER, 0.07)).toEqual([])
    expect(messages(BORDER, 0)).toEqual(['Sources disagree: 900 km vs 909.3 km vs 959 km'])
    expect(() => findDisagreements(BORDER, { tolerance: -1 })).toThrow(RangeError)
    expect(() => findDisagreements(BORDER, { tolerance: Number.NaN })).toThrow(RangeError)
  })

  it('never compares figures within one passage', () => {
    const one = passage(
      'a',
      'Estimates of the border range from 900 km to 959 km, and 1,200 km with the coast.',
    )
    expect(findDisagreements([one])).toEqual([])
    expect(findDisagreements([one, passage('b', 'The border is 959 km long.')])).toHaveLength(1)
  })
})

describe('findDisagreements: money and percent', () => {
  it('compares sums with the same tolerance', () => {
    const trade = [
      passage('a', 'with legal trade worth around $1.5 billion per year'),
      passage('b', 'bilateral trade of US$1.45 billion'),
    ]
    expect(findDisagreements(trade)).toEqual([])
    const target = [
      passage('a', 'to escalate their mutual trade to approximately $5 billion'),
      passage('b', 'a trade target of $7.5 billion'),
    ]
    expect(messages(target)).toEqual(['Sources disagree: $5 billion vs $7.5 billion'])
  })

  it('compares percentages', () => {
    const ps = [passage('a', 'up 12%'), passage('b', 'up 12.5 percent'), passage('c', 'up 20 %')]
    expect(findDisagreements(ps)).toMatchObject([
      { dimension: 'percent', unit: '%', message: 'Sources disagree: 12% vs 20%' },
    ])
  })
})

describe('findDisagreements: counts', () => {
  it('compares counts of the same noun exactly', () => {
    const ps = [
      passage(
        'a',
        'The Pakistani Foreign Office Spokesperson reported the unfortunate loss of two children during the incident',
      ),
      passage('b', 'Officials said three children died in the strike.'),
    ]
    expect(findDisagreements(ps)).toMatchObject([
      {
        kind: 'quantity',
        dimension: 'count',
        unit: 'children',
        message: 'Sources disagree: 2 children vs 3 children',
      },
    ])
    expect(
      findDisagreements([ps[0], passage('c', 'killing 2 children')].flatMap((p) => p ?? [])),
    ).toEqual([])
  })

  it('never compares counts of different nouns', () => {
    const ps = [
      passage('a', 'claiming the lives of at least 84 people'),
      passage('b', 'resulting in the tragic deaths of him, his wife, and two children'),
      passage('c', 'killed three US service members and wounded more than 40 others'),
      passage('d', 'approximately 11 ballistic missiles launched by Iran'),
    ]
    expect(findDisagreements(ps)).toEqual([])
  })

  it('treats "at least" as consistent with any count it allows', () => {
    const atLeast = passage('a', 'claiming the lives of at least 84 people')
    expect(findDisagreements([atLeast, passage('b', 'killing 90 people')])).toEqual([])
    expect(findDisagreements([atLeast, passage('b', 'over 95 people died')])).toEqual([])
    expect(messages([atLeast, passage('b', 'killing 80 people')])).toEqual([
      'Sources disagree: 80 people vs at least 84 people',
    ])
    expect(messages([atLeast, passage('b', 'no more than 70 people')])).toEqual([
      'Sources disagree: at most 70 people vs at least 84 people',
    ])
  })

  it('lets an approximate count agree within the tolerance', () => {
    const ps = [
      passage('a', 'approximately 11 ballistic missiles launched by Iran'),
      passage('b', 'Iran fired 11 missiles'),
    ]
    expect(findDisagreements(ps)).toEqual([])
    expect(
      messages([ps[0], passage('c', 'Iran fired 14 missiles')].flatMap((p) => p ?? [])),
    ).toEqual(['Sources disagree: about 11 missiles vs 14 missiles'])
  })

  it('shows nine people and 84 people as a disagreement between passages on one claim', () => {
    const ps = [passage('a', 'nine people were killed'), passage('b', 'at least 84 people')]
    expect(messages(ps)).toEqual(['Sources disagree: 9 people vs at least 84 people'])
  })
})

describe('findDisagreements: dates', () => {
  it('compares the one day-precision date each passage states', () => {
    const ps = [
      passage('a', 'On January 16, 2024, Iran and Pakistan entered a phase of conflict'),
      passage('b', 'Iran struck Panjgur on 17 January 2024.'),
      passage('c', 'On January 16, Iran conducted an unforeseen missile strike', 2024),
    ]
    expect(findDisagreements(ps)).toEqual([
      {
        kind: 'date',
        dimension: 'date',
        unit: 'day',
        figures: [
          {
            passageId: 'a',
            docId: 'doc-a',
            text: 'January 16, 2024',
            display: '16 Jan 2024',
            passageIds: ['a', 'c'],
          },
          {
            passageId: 'b',
            docId: 'doc-b',
            text: '17 January 2024',
            display: '17 Jan 2024',
            passageIds: ['b'],
          },
        ],
        message: 'Sources disagree: 16 Jan 2024 vs 17 Jan 2024',
      },
    ])
  })

  it('skips passages stating several dates, or none to the day', () => {
    const ps = [
      passage('a', 'On January 16, 2024, Iran struck; on January 18, 2024, Pakistan replied.'),
      passage('b', 'Iran struck Panjgur on 17 January 2024.'),
      passage('c', 'military confrontations in January 2024'),
      passage('d', 'On January 16, Iran conducted a strike'),
    ]
    expect(findDisagreements(ps)).toEqual([])
  })

  it('orders quantity groups by dimension then unit, then dates', () => {
    const ps = [
      passage('a', 'On 16 January 2024 two children and 84 people died; the border is 900 km.'),
      passage('b', 'On 17 January 2024 three children and 90 people died; the border is 959 km.'),
    ]
    expect(findDisagreements(ps).map((d) => `${d.dimension}/${d.unit}`)).toEqual([
      'length/km',
      'count/children',
      'count/people',
      'date/day',
    ])
  })
})

describe('properties', () => {
  const phrases = [
    'over 900 kilometers',
    '959-kilometer (596 miles)',
    '900km (560 mile)',
    '565 miles',
    'at least 84 people',
    'two children',
    'three children',
    'nine people',
    '$7.5 billion',
    'around $1.5 billion',
    '12%',
    'On January 16, 2024',
    'On 29 January 2024',
    '16 January',
    'January 2024',
  ]
  const passages = fc
    .uniqueArray(
      fc.record({
        id: fc.string({ minLength: 1, maxLength: 4 }),
        docId: fc.constantFrom('d1', 'd2', 'd3'),
        parts: fc.array(fc.constantFrom(...phrases), { minLength: 1, maxLength: 3 }),
        referenceYear: fc.option(fc.constantFrom(2023, 2024), { nil: undefined }),
      }),
      { selector: (p) => p.id, maxLength: 8 },
    )
    .map((list) =>
      list.map(({ id, docId, parts, referenceYear }) => ({
        id,
        docId,
        text: `Reports say ${parts.join(' and ')}.`,
        ...(referenceYear === undefined ? {} : { referenceYear }),
      })),
    )

  it('is invariant under permuting the passages', () => {
    fc.assert(
      fc.property(
        passages.chain((list) =>
          fc.tuple(fc.constant(list), fc.shuffledSubarray(list, { minLength: list.length })),
        ),
        ([list, shuffled]) => {
          expect(findDisagreements(shuffled)).toEqual(findDisagreements(list))
        },
      ),
    )
  })

  it('never finds a figure repeated in many passages disagreeing with itself', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...phrases),
        fc.integer({ min: 2, max: 12 }),
        (phrase, copies) => {
          const list = Array.from({ length: copies }, (_, i) =>
            passage(`p${i}`, `Officials said ${phrase} on record.`, 2024),
          )
          expect(findDisagreements(list)).toEqual([])
        },
      ),
    )
  })

  it('every message lists its figures, drawn from at least two passages', () => {
    fc.assert(
      fc.property(passages, (list) => {
        for (const d of findDisagreements(list)) {
          expect(d.figures.length).toBeGreaterThanOrEqual(2)
          expect(d.message).toBe(
            `Sources disagree: ${d.figures.map((f) => f.display).join(' vs ')}`,
          )
          const sources = new Set(d.figures.flatMap((f) => f.passageIds))
          expect(sources.size).toBeGreaterThanOrEqual(2)
        }
      }),
    )
  })
})
