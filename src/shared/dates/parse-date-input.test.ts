import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { p, point, range } from './date-builders'
import { ALL_YEARS, NARROW_YEARS, absoluteDateArb } from './date-arbitraries'
import { formatEventDate } from './format-event-date'
import { parseDateInput } from './parse-date-input'

const parsed = (text: string) => {
  const result = parseDateInput(text)
  return result.ok ? result.date : result.problem
}

describe('parseDateInput', () => {
  it('reads single dates at the precision typed', () => {
    const jan16 = point(p(2024, 1, 16))
    expect(parsed('2024-01-16')).toEqual(jan16)
    expect(parsed('16 Jan 2024')).toEqual(jan16)
    expect(parsed('16 January 2024')).toEqual(jan16)
    expect(parsed('16th of January, 2024')).toEqual(jan16)
    expect(parsed('January 16, 2024')).toEqual(jan16)
    expect(parsed('Jan. 16 2024')).toEqual(jan16)
    expect(parsed('  16  jan  2024 ')).toEqual(jan16)
    expect(parsed('Jan 2024')).toEqual(point(p(2024, 1)))
    expect(parsed('September 2023')).toEqual(point(p(2023, 9)))
    expect(parsed('Sept 2023')).toEqual(point(p(2023, 9)))
    expect(parsed('2024-01')).toEqual(point(p(2024, 1)))
    expect(parsed('2015-12')).toEqual(point(p(2015, 12)))
    expect(parsed('2023')).toEqual(point(p(2023)))
  })

  it('reads approximate dates', () => {
    expect(parsed('c. Jul 2023')).toEqual(point(p(2023, 7, undefined, true)))
    expect(parsed('c.2023')).toEqual(point(p(2023, undefined, undefined, true)))
    expect(parsed('circa 2023')).toEqual(point(p(2023, undefined, undefined, true)))
    expect(parsed('~2023')).toEqual(point(p(2023, undefined, undefined, true)))
    expect(parsed('about March 2023')).toEqual(point(p(2023, 3, undefined, true)))
    expect(parsed('ca. 16 Jan 2024')).toEqual(point(p(2024, 1, 16, true)))
  })

  it('reads ranges', () => {
    const days = range(p(2024, 1, 16), p(2024, 1, 18))
    expect(parsed('16–18 Jan 2024')).toEqual(days)
    expect(parsed('16-18 January 2024')).toEqual(days)
    expect(parsed('16 – 18 Jan 2024')).toEqual(days)
    expect(parsed('2024-01-16 to 2024-01-18')).toEqual(days)
    expect(parsed('2024-01-16 - 2024-01-18')).toEqual(days)
    expect(parsed('30 Jan – 2 Feb 2024')).toEqual(range(p(2024, 1, 30), p(2024, 2, 2)))
    expect(parsed('Jan–Mar 2024')).toEqual(range(p(2024, 1), p(2024, 3)))
    expect(parsed('Jan-Mar 2024')).toEqual(range(p(2024, 1), p(2024, 3)))
    expect(parsed('2015-16')).toEqual(range(p(2015), p(2016)))
    expect(parsed('1999-00')).toEqual(range(p(1999), p(2000)))
    expect(parsed('Jan 16–18, 2024')).toEqual(days)
    expect(parsed('Jan 30 – Feb 2, 2024')).toEqual(range(p(2024, 1, 30), p(2024, 2, 2)))
    expect(parsed('2015–2016')).toEqual(range(p(2015), p(2016)))
    expect(parsed('2015-2016')).toEqual(range(p(2015), p(2016)))
    expect(parsed('Dec 2023 – Feb 2024')).toEqual(range(p(2023, 12), p(2024, 2)))
    expect(parsed('Dec–Feb 2024')).toEqual(range(p(2023, 12), p(2024, 2)))
    expect(parsed('30 Dec – 2 Jan 2024')).toEqual(range(p(2023, 12, 30), p(2024, 1, 2)))
    expect(parsed('December 2023 to February 2024')).toEqual(range(p(2023, 12), p(2024, 2)))
  })

  it('applies a leading c. to both ends of a compact range, and to its own end otherwise', () => {
    expect(parsed('c. 2015–2016')).toEqual(
      range(p(2015, undefined, undefined, true), p(2016, undefined, undefined, true)),
    )
    expect(parsed('c. 16–18 Jan 2024')).toEqual(range(p(2024, 1, 16, true), p(2024, 1, 18, true)))
    expect(parsed('c. 2015 – 2016')).toEqual(range(p(2015, undefined, undefined, true), p(2016)))
    expect(parsed('2015 – c. 2016')).toEqual(range(p(2015), p(2016, undefined, undefined, true)))
  })

  it('says what is wrong', () => {
    expect(parsed('')).toBe('Enter a date.')
    expect(parsed('16 Jan')).toBe('Add the year.')
    expect(parsed('Jan 16')).toBe('Add the year.')
    expect(parsed('30 Feb 2024')).toBe('The day must be between 1 and 29.')
    expect(parsed('18–16 Jan 2024')).toBe('The range ends before it starts.')
    expect(parsed('16 Jan 202')).toMatch(/^This does not read as a date/)
    expect(parsed('yesterday')).toMatch(
      /^This does not read as a date\. Try a form like 16 Jan 2024/,
    )
    expect(parsed('01/02/2024')).toMatch(/^Write the month as a word/)
    expect(parsed('16')).toMatch(/^Add a month and year/)
    expect(parsed('2015-14')).toBe('The range ends before it starts.')
    expect(parsed('18, 2024')).toBe('A day needs a month.')
  })

  it('reads back every date it formats', () => {
    for (const years of [NARROW_YEARS, ALL_YEARS]) {
      fc.assert(
        fc.property(absoluteDateArb(years), (date) => {
          const text = formatEventDate(date)
          expect(parseDateInput(text), text).toEqual({ ok: true, date })
        }),
        { numRuns: 3000 },
      )
    }
  })

  it('formats what it reads so that it reads the same again', () => {
    const typed = fc.oneof(
      fc.constantFrom(
        '16-18 January 2024',
        'January 16, 2024',
        '2015-16',
        'about March 2023',
        '~2023',
        '2024-01',
        'c. 30 Jan – 2 Feb 2024',
      ),
      fc.string(),
    )
    fc.assert(
      fc.property(typed, (text) => {
        const first = parseDateInput(text)
        if (!first.ok) return
        expect(parseDateInput(formatEventDate(first.date))).toEqual(first)
      }),
    )
  })
})
