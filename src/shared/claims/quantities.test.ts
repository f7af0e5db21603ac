import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { extractQuantities, formatNumber, formatQuantity, type Quantity } from './quantities'

const summary = (q: Quantity) => ({
  text: q.text,
  value: q.value,
  unit: q.unit,
  qualifier: q.qualifier,
  restates: q.restates,
})

describe('extractQuantities: lengths (real corpus phrases)', () => {
  it('reads "over 900 kilometers" as an at-least length in metres', () => {
    const text = 'Iran and Pakistan share a border of over 900 kilometers. Due to a volatile'
    const [q, ...rest] = extractQuantities(text)
    expect(rest).toEqual([])
    expect(q).toMatchObject({
      text: 'over 900 kilometers',
      value: 900,
      unit: 'km',
      dimension: 'length',
      base: 900_000,
      qualifier: 'at-least',
      restates: null,
    })
  })

  it('reads a hyphenated unit adjective and marks the parenthetical as a restatement', () => {
    const text = 'The two countries share a 959-kilometer (596 miles) long border'
    const found = extractQuantities(text)
    expect(found.map(summary)).toEqual([
      { text: '959-kilometer', value: 959, unit: 'km', qualifier: 'exact', restates: null },
      { text: '596 miles', value: 596, unit: 'mi', qualifier: 'exact', restates: 0 },
    ])
    expect(found[1]?.base).toBeCloseTo(596 * 1609.344)
  })

  it('reads a glued unit and a singular mile', () => {
    const text = 'Iran and Pakistan have a 900km (560 mile) border that poses challenges'
    expect(extractQuantities(text).map(summary)).toEqual([
      { text: '900km', value: 900, unit: 'km', qualifier: 'exact', restates: null },
      { text: '560 mile', value: 560, unit: 'mi', qualifier: 'exact', restates: 0 },
    ])
  })

  it('ignores a qualifier that does not sit right before the number', () => {
    const text = 'their shared border that extends over a radius of 565 miles.'
    expect(extractQuantities(text).map(summary)).toEqual([
      { text: '565 miles', value: 565, unit: 'mi', qualifier: 'exact', restates: null },
    ])
  })

  it('accepts spelling variants and converts them to metres', () => {
    const cases: [string, string, number][] = [
      ['a 12 kilometre stretch', 'km', 12_000],
      ['some 3 kms away', 'km', 3000],
      ['a 5 km fence', 'km', 5000],
      ['12 nautical miles offshore', 'nmi', 22_224],
      ['a 300-metre wall', 'm', 300],
      ['1,200 meters long', 'm', 1200],
    ]
    for (const [text, unit, base] of cases) {
      const [q] = extractQuantities(text)
      expect(q?.unit, text).toBe(unit)
      expect(q?.base, text).toBeCloseTo(base)
    }
  })

  it('does not read a bare "m" or a speed as a length', () => {
    expect(extractQuantities('a 5m budget')).toEqual([])
    expect(extractQuantities('driving at 120 km/h and 60 miles per hour')).toEqual([])
  })
})

describe('extractQuantities: areas', () => {
  it('reads square units in their spellings', () => {
    const text =
      'Balochistan covers 347,190 square kilometres; the zone is 40 sq km or 15 sq mi or 20 km².'
    expect(extractQuantities(text).map((q) => [q.text, q.unit, q.dimension])).toEqual([
      ['347,190 square kilometres', 'km2', 'area'],
      ['40 sq km', 'km2', 'area'],
      ['15 sq mi', 'mi2', 'area'],
      ['20 km²', 'km2', 'area'],
    ])
    expect(extractQuantities('500 hectares')[0]?.base).toBe(5_000_000)
  })
})

describe('extractQuantities: money and percentages', () => {
  it('reads the corpus sums with their qualifiers', () => {
    const text =
      'with legal trade worth around $1.5 billion per year ... to escalate their mutual trade to approximately $5 billion within the next five years.'
    expect(extractQuantities(text).map((q) => [q.text, q.base, q.qualifier])).toEqual([
      ['around $1.5 billion', 1.5e9, 'approximate'],
      ['approximately $5 billion', 5e9, 'approximate'],
    ])
  })

  it('reads US$, dollars, USD and abbreviations after $', () => {
    const text =
      'a $7.5 billion deal, US$300 million, 45 million dollars, USD 2 billion, $3bn, $40m'
    expect(extractQuantities(text).map((q) => [q.text, q.base, q.unit])).toEqual([
      ['$7.5 billion', 7.5e9, 'usd'],
      ['US$300 million', 3e8, 'usd'],
      ['45 million dollars', 4.5e7, 'usd'],
      ['USD 2 billion', 2e9, 'usd'],
      ['$3bn', 3e9, 'usd'],
      ['$40m', 4e7, 'usd'],
    ])
  })

  it('does not take another currency’s dollar for US dollars', () => {
    expect(extractQuantities('C$5 million and HK$2 billion')).toEqual([])
  })

  it('reads percent signs and words', () => {
    const text = 'up 12% on the year, nearly 3.5 per cent, under 40 percent'
    expect(extractQuantities(text).map((q) => [q.text, q.base, q.qualifier])).toEqual([
      ['12%', 12, 'exact'],
      ['nearly 3.5 per cent', 3.5, 'approximate'],
      ['under 40 percent', 40, 'at-most'],
    ])
  })
})

describe('extractQuantities: counts', () => {
  it('reads the corpus casualty counts by noun', () => {
    const text =
      'in the Iranian city of Kerman, claiming the lives of at least 84 people. Conversely, in Iraq, the government is incensed by attacks involving approximately 11 ballistic missiles launched by Iran'
    expect(extractQuantities(text).map(summary)).toEqual([
      {
        text: 'at least 84 people',
        value: 84,
        unit: 'people',
        qualifier: 'at-least',
        restates: null,
      },
      {
        text: 'approximately 11 ballistic missiles',
        value: 11,
        unit: 'missiles',
        qualifier: 'approximate',
        restates: null,
      },
    ])
  })

  it('reads number words before a counted noun, allowing one adjective', () => {
    const text =
      'The Pakistani Foreign Office Spokesperson reported the unfortunate loss of two children during the incident. It killed three US service members and wounded more than 40 others.'
    expect(extractQuantities(text).map((q) => [q.text, q.base, q.unit])).toEqual([
      ['two children', 2, 'children'],
      ['three US service members', 3, 'service members'],
    ])
  })

  it('normalises nouns and keeps participles as their own units', () => {
    const text =
      'nine people killed, 84 killed, 40 wounded, two wounded soldiers, 1 person, 500 troops, twenty-five children, a dozen militants, 1.5 million refugees, 40+ civilians'
    expect(extractQuantities(text).map((q) => [q.text, q.base, q.unit, q.qualifier])).toEqual([
      ['nine people', 9, 'people', 'exact'],
      ['84 killed', 84, 'deaths', 'exact'],
      ['40 wounded', 40, 'injured', 'exact'],
      ['two wounded soldiers', 2, 'soldiers', 'exact'],
      ['1 person', 1, 'people', 'exact'],
      ['500 troops', 500, 'soldiers', 'exact'],
      ['twenty-five children', 25, 'children', 'exact'],
      ['a dozen militants', 12, 'militants', 'approximate'],
      ['1.5 million refugees', 1.5e6, 'refugees', 'exact'],
      ['40+ civilians', 40, 'civilians', 'at-least'],
    ])
  })

  it('does not count things outside the list or nouns used attributively', () => {
    const text =
      'the first of six markets, Pakistan, Iran sign 39 MoUs to boost trade, In two days, Iran launched strikes against targets in three allied countries, two missile strikes, the two countries'
    expect(extractQuantities(text)).toEqual([])
  })

  it('reads each qualifier family', () => {
    const cases: [string, Quantity['qualifier']][] = [
      ['more than 40 people', 'at-least'],
      ['no fewer than 40 people', 'at-least'],
      ['exceeding 40 people', 'at-least'],
      ['about 40 people', 'approximate'],
      ['some 40 people', 'approximate'],
      ['c. 40 people', 'approximate'],
      ['almost 40 people', 'approximate'],
      ['up to 40 people', 'at-most'],
      ['fewer than 40 people', 'at-most'],
      ['no more than 40 people', 'at-most'],
      ['40 people', 'exact'],
    ]
    for (const [text, qualifier] of cases) {
      const [q] = extractQuantities(text)
      expect(q?.qualifier, text).toBe(qualifier)
      expect(q?.text, text).toBe(text)
    }
  })
})

describe('extractQuantities: what is not a quantity', () => {
  it('skips years, dates and ordinals (real corpus sentences)', () => {
    const texts = [
      'On January 16, 2024, Iran and Pakistan entered a phase of heightened military conflict',
      'On 29 January 2024 Iran’s foreign minister Hossein Amirabdollahian landed in Islamabad',
      'After the January 29th meeting, both the nations have embarked on an ambitious journey',
      'The year 2024 has ushered in a pivotal moment for Pakistan-Iran relations',
      'has been established since 2015-16, and this affiliation has progressively intensified',
      'the page header says "Vol.6 No.4 2023"',
      'Raza, F. (2020). Strategic Studies, 40(2), 79-97.',
      'the 16th attack this year',
    ]
    for (const text of texts) expect(extractQuantities(text), text).toEqual([])
  })

  it('skips a year before a counted noun, paragraph numbers, clock times and ranges', () => {
    const texts = [
      'in 2024 people went to the polls',
      'On 16 January 2024 people marched',
      'On January 16, 2024 people marched',
      'see ¶ 12 people, §4 people',
      'at 10:30 people gathered',
      'between 80-90 people',
      'F-16 soldiers',
      'the km2 figure',
    ]
    for (const text of texts) expect(extractQuantities(text), text).toEqual([])
    expect(extractQuantities('a crowd of 2000 people')[0]?.base).toBe(2000)
    expect(extractQuantities('On 16 January 2024 two children died').map((q) => q.text)).toEqual([
      'two children',
    ])
  })

  it('reads thousands separators without splitting a list', () => {
    expect(extractQuantities('1,000, 2,000 people and 12,345.5 km').map((q) => q.text)).toEqual([
      '2,000 people',
      '12,345.5 km',
    ])
  })
})

describe('restatements', () => {
  it('chains further conversions in the same parenthesis to the original', () => {
    const found = extractQuantities('a 959 km (596 miles, or 518 nautical miles) border')
    expect(found.map((q) => q.restates)).toEqual([null, 0, 0])
  })

  it('needs the same dimension and, for counts, the same noun', () => {
    expect(
      extractQuantities('900 km (12%)').map((q) => q.restates),
      'different dimensions',
    ).toEqual([null, null])
    expect(
      extractQuantities('84 people (two children)').map((q) => q.restates),
      'different nouns',
    ).toEqual([null, null])
    expect(extractQuantities('900 km and 560 miles').map((q) => q.restates)).toEqual([null, null])
  })
})

describe('formatQuantity', () => {
  it('formats in the figure’s own unit', () => {
    const show = (text: string) => extractQuantities(text).map(formatQuantity)
    expect(show('959-kilometer (596 miles)')).toEqual(['959 km', '596 mi'])
    expect(show('$7.5 billion, $45,000, $300 million')).toEqual([
      '$7.5 billion',
      '$45,000',
      '$300 million',
    ])
    expect(show('at least 84 people, 1 person, 12%, 40 sq km')).toEqual([
      '84 people',
      '1 person',
      '12%',
      '40 km²',
    ])
  })

  it('converts a base value to a chosen unit without false precision', () => {
    expect(formatQuantity({ base: 565 * 1609.344, dimension: 'length', unit: 'km' })).toBe(
      '909.3 km',
    )
    expect(formatQuantity({ base: 959_000, dimension: 'length', unit: 'mi' })).toBe('595.9 mi')
    expect(formatQuantity({ base: 900_000, dimension: 'length', unit: 'usd' })).toBe('900,000 m')
  })

  it('rounds numbers by magnitude', () => {
    expect(formatNumber(1234.5)).toBe('1,235')
    expect(formatNumber(909.28)).toBe('909.3')
    expect(formatNumber(7.5)).toBe('7.5')
    expect(formatNumber(12.346)).toBe('12.35')
    expect(formatNumber(0)).toBe('0')
  })
})

describe('properties', () => {
  const pieces = fc.constantFrom(
    ' ',
    'over ',
    'at least ',
    '900',
    '1,000',
    '7.5',
    '-',
    'km',
    'kilometers',
    ' miles',
    '(',
    ')',
    '$',
    'US$',
    ' billion',
    '%',
    ' people',
    'two',
    ' children',
    '¶',
    ':',
    '2024',
    'January 16, ',
    '16th',
    'a dozen',
    ' square ',
    '²',
  )
  const texts = fc.oneof(
    fc.string(),
    fc.string({ unit: 'grapheme' }),
    fc.array(pieces, { maxLength: 30 }).map((p) => p.join('')),
  )

  it('never throws, and every figure’s text is its slice of the input', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const found = extractQuantities(text)
        let lastEnd = 0
        found.forEach((q, i) => {
          expect(q.text).toBe(text.slice(q.start, q.end))
          expect(q.start).toBeGreaterThanOrEqual(lastEnd)
          expect(Number.isFinite(q.base)).toBe(true)
          if (q.restates !== null) expect(q.restates).toBeLessThan(i)
          lastEnd = q.end
        })
      }),
      { numRuns: 500 },
    )
  })

  it('reads a written number back as its value in any supported unit', () => {
    const units: [string, string][] = [
      [' km', 'km'],
      [' kilometres', 'km'],
      [' miles', 'mi'],
      ['%', '%'],
      [' people', 'people'],
    ]
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 999_999 }),
        fc.constantFrom(...units),
        (n, [suffix, unit]) => {
          const written = n.toLocaleString('en-US')
          const [q, ...rest] = extractQuantities(`reported ${written}${suffix} on Friday`)
          expect(rest).toEqual([])
          expect(q?.value).toBe(n)
          expect(q?.unit).toBe(unit)
        },
      ),
    )
  })
})
