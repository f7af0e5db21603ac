import { describe, expect, it } from 'vitest'
import { p, point, range } from './date-builders'
import type { EventDate } from './event-date'
import { formatEventDate, formatOffset } from './format-event-date'
import { resolveEventDate, type DatedEvent } from './resolve'

describe('formatEventDate', () => {
  it('formats points at their precision', () => {
    expect(formatEventDate(point(p(2024, 1, 16)))).toBe('16 Jan 2024')
    expect(formatEventDate(point(p(2024, 1)))).toBe('Jan 2024')
    expect(formatEventDate(point(p(2023, 7, undefined, true)))).toBe('c. Jul 2023')
    expect(formatEventDate(point(p(2023)))).toBe('2023')
  })

  it('shares what the ends of a range have in common, with an en dash', () => {
    expect(formatEventDate(range(p(2024, 1, 16), p(2024, 1, 18)))).toBe('16–18 Jan 2024')
    expect(formatEventDate(range(p(2024, 1, 30), p(2024, 2, 2)))).toBe('30 Jan – 2 Feb 2024')
    expect(formatEventDate(range(p(2024, 1), p(2024, 3)))).toBe('Jan–Mar 2024')
    expect(formatEventDate(range(p(2023, 12), p(2024, 2)))).toBe('Dec 2023 – Feb 2024')
    expect(formatEventDate(range(p(2023, 12, 30), p(2024, 1, 2)))).toBe('30 Dec 2023 – 2 Jan 2024')
    expect(formatEventDate(range(p(2015), p(2016)))).toBe('2015–2016')
    expect(formatEventDate(range(p(2024, 1), p(2024, 2, 3)))).toBe('Jan 2024 – 3 Feb 2024')
  })

  it('puts one c. before a compact range, and one on each end otherwise', () => {
    expect(
      formatEventDate(
        range(p(2015, undefined, undefined, true), p(2016, undefined, undefined, true)),
      ),
    ).toBe('c. 2015–2016')
    expect(formatEventDate(range(p(2024, 1, 16, true), p(2024, 1, 18, true)))).toBe(
      'c. 16–18 Jan 2024',
    )
    expect(formatEventDate(range(p(2015, undefined, undefined, true), p(2016)))).toBe(
      'c. 2015 – 2016',
    )
    expect(formatEventDate(range(p(2015), p(2016, undefined, undefined, true)))).toBe(
      '2015 – c. 2016',
    )
    expect(formatEventDate(range(p(2023, 12, undefined, true), p(2024, 2, undefined, true)))).toBe(
      'c. Dec 2023 – c. Feb 2024',
    )
  })

  it('shows a resolved relative date and what it is relative to', () => {
    const events: DatedEvent[] = [
      { id: 'a', title: 'Iranian strikes in Balochistan', date: point(p(2024, 1, 16)) },
      { id: 'm', title: 'Talks begin', date: point(p(2024, 1)) },
    ]
    const titleOf = (id: string) => events.find((e) => e.id === id)?.title ?? '?'
    const shown = (date: EventDate) => {
      const all = new Map([...events, { id: 'x', title: 'X', date }].map((e) => [e.id, e]))
      return formatEventDate(date, resolveEventDate('x', all), titleOf)
    }
    expect(
      shown({
        kind: 'relative',
        eventId: 'a',
        offset: { amount: 2, unit: 'day' },
        approximate: false,
      }),
    ).toBe('18 Jan 2024 (2 days after: Iranian strikes in Balochistan)')
    expect(
      shown({
        kind: 'relative',
        eventId: 'm',
        offset: { amount: 3, unit: 'week' },
        approximate: false,
      }),
    ).toBe('c. Feb 2024 (3 weeks after: Talks begin)')
  })

  it('shows only the relation when the date does not resolve', () => {
    const before: EventDate = {
      kind: 'relative',
      eventId: 'x',
      offset: { amount: -2, unit: 'day' },
      approximate: false,
    }
    expect(formatEventDate(before, undefined, () => 'X')).toBe('2 days before: X')
    expect(formatEventDate(before, { ok: false, problem: 'gone' }, () => 'X')).toBe(
      '2 days before: X',
    )
    expect(formatEventDate({ ...before, approximate: true }, undefined, () => 'X')).toBe(
      'about 2 days before: X',
    )
    expect(formatEventDate(before)).toBe('2 days before: another event')
    expect(
      formatEventDate({ ...before, offset: { amount: 0, unit: 'week' } }, undefined, () => 'X'),
    ).toBe('same week as: X')
  })
})

describe('formatOffset', () => {
  it('gives the size in words, singular for one', () => {
    expect(formatOffset({ amount: 2, unit: 'day' })).toBe('2 days')
    expect(formatOffset({ amount: -1, unit: 'week' })).toBe('1 week')
    expect(formatOffset({ amount: 3, unit: 'month' })).toBe('3 months')
    expect(formatOffset({ amount: 1, unit: 'year' })).toBe('1 year')
  })
})
