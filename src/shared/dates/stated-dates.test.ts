import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { partialDateProblem } from './partial-date'
import { extractStatedDates } from './stated-dates'

const day = (year: number, month: number, d: number) => ({
  year,
  month,
  day: d,
  approximate: false,
})

describe('extractStatedDates (real corpus sentences)', () => {
  it('reads "Month D, YYYY"', () => {
    const text =
      'On January 16, 2024, Iran and Pakistan entered a phase of heightened military conflict'
    expect(extractStatedDates(text)).toEqual([
      { text: 'January 16, 2024', start: 3, end: 19, date: day(2024, 1, 16) },
    ])
  })

  it('reads "D Month YYYY" rather than its head or tail', () => {
    const text = 'On 29 January 2024 Iran’s foreign minister Hossein Amirabdollahian landed'
    expect(extractStatedDates(text)).toEqual([
      { text: '29 January 2024', start: 3, end: 18, date: day(2024, 1, 29) },
    ])
  })

  it('reads dates without a year only with a reference year', () => {
    const text =
      'On January 16, Iran conducted an unforeseen missile strike in the Southwestern region of Balochistan'
    expect(extractStatedDates(text)).toEqual([])
    expect(extractStatedDates(text, 2024)).toEqual([
      { text: 'January 16', start: 3, end: 13, date: day(2024, 1, 16) },
    ])
    const cradle =
      'the historic China-brokered peace deal between Saudi Arabia and Iran on 10 March this year.'
    expect(extractStatedDates(cradle, 2023).map((d) => [d.text, d.date])).toEqual([
      ['10 March', day(2023, 3, 10)],
    ])
    expect(
      extractStatedDates('After the January 29th meeting, both the nations', 2024)[0]?.date,
    ).toEqual(day(2024, 1, 29))
  })

  it('reads a month and year at month precision, and mid-/early-/late- as approximate', () => {
    const text =
      'Despite the tensions marked by military confrontations in January 2024, both nations'
    expect(extractStatedDates(text).map((d) => [d.text, d.date])).toEqual([
      ['January 2024', { year: 2024, month: 1, approximate: false }],
    ])
    const mid = 'the strikes of mid-January 2024 (Iran’s on January 16, Pakistan’s two days later)'
    expect(extractStatedDates(mid).map((d) => [d.text, d.date])).toEqual([
      ['mid-January 2024', { year: 2024, month: 1, approximate: true }],
    ])
    expect(extractStatedDates(mid, 2024)).toHaveLength(2)
    expect(extractStatedDates('in early March, 2024')[0]?.date).toEqual({
      year: 2024,
      month: 3,
      approximate: true,
    })
  })

  it('reads reference-list and ISO dates', () => {
    const text =
      'Al Jazeera. (2024, January 22). Iran and Pakistan rebuilding. Shah, A. (2024 February 20). Decoding. Logged 2024-01-16.'
    expect(extractStatedDates(text).map((d) => d.date)).toEqual([
      day(2024, 1, 22),
      day(2024, 2, 20),
      day(2024, 1, 16),
    ])
  })

  it('reads abbreviations, ordinals and "the 16th of"', () => {
    expect(extractStatedDates('29 Jan 2024, Sept. 3, 2023 and the 16th of January 2024')).toEqual([
      { text: '29 Jan 2024', start: 0, end: 11, date: day(2024, 1, 29) },
      { text: 'Sept. 3, 2023', start: 13, end: 26, date: day(2023, 9, 3) },
      { text: '16th of January 2024', start: 35, end: 55, date: day(2024, 1, 16) },
    ])
  })
})

describe('what is not a stated date', () => {
  it('skips relative phrases, bare years, bare months and page furniture', () => {
    const texts = [
      'Two days after the Iranian missile strike, Pakistan executed a retaliatory airstrike',
      'The year 2024 has ushered in a pivotal moment',
      'Early in January, an aggressive military action took place',
      'In a late-January meeting caretaker Foreign Minister of Pakistan',
      'the page header says "Vol.6 No.4 2023"',
      'since 2015-16, and this affiliation',
      'it may 5 times',
      'last week',
    ]
    for (const text of texts) expect(extractStatedDates(text, 2024), text).toEqual([])
  })

  it('skips impossible days without falling back to the month', () => {
    expect(extractStatedDates('February 30, 2024 and 30 February 2024 and 2023-02-29')).toEqual([])
    expect(extractStatedDates('29 February 2024')[0]?.date).toEqual(day(2024, 2, 29))
    expect(extractStatedDates('February 29', 2023)).toEqual([])
  })

  it('reads a day range as its month, since it states no single day', () => {
    expect(extractStatedDates('16-18 January 2024').map((d) => [d.text, d.date])).toEqual([
      ['January 2024', { year: 2024, month: 1, approximate: false }],
    ])
  })
})

describe('properties', () => {
  const pieces = fc.constantFrom(
    ' ',
    'January',
    'Jan.',
    'mid-',
    '16',
    '29th',
    ', ',
    '2024',
    '-',
    '01',
    'of ',
    'May',
    '30',
    'February',
  )
  const texts = fc.oneof(
    fc.string(),
    fc.array(pieces, { maxLength: 20 }).map((p) => p.join('')),
  )

  it('never throws; each date is its slice of the input, valid and non-overlapping', () => {
    fc.assert(
      fc.property(texts, fc.option(fc.integer({ min: 1900, max: 2100 })), (text, year) => {
        const found = extractStatedDates(text, year ?? undefined)
        let lastEnd = 0
        for (const d of found) {
          expect(d.text).toBe(text.slice(d.start, d.end))
          expect(d.start).toBeGreaterThanOrEqual(lastEnd)
          expect(partialDateProblem(d.date)).toBeNull()
          lastEnd = d.end
        }
      }),
      { numRuns: 500 },
    )
  })

  it('reads back any valid day written in each supported style', () => {
    const names = ['January', 'February', 'March', 'April', 'May', 'June', 'July']
    fc.assert(
      fc.property(
        fc.integer({ min: 1900, max: 2100 }),
        fc.integer({ min: 1, max: 7 }),
        fc.integer({ min: 1, max: 28 }),
        (year, month, d) => {
          const name = names[month - 1] ?? 'January'
          const mm = String(month).padStart(2, '0')
          const dd = String(d).padStart(2, '0')
          for (const text of [
            `${name} ${d}, ${year}`,
            `${d} ${name} ${year}`,
            `${year}-${mm}-${dd}`,
          ]) {
            expect(extractStatedDates(`said on ${text}.`)[0]?.date, text).toEqual(
              day(year, month, d),
            )
          }
        },
      ),
    )
  })
})
