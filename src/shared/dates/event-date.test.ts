import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ALL_YEARS, absoluteDateArb } from './date-arbitraries'
import { eventDateProblem, type EventDate } from './event-date'

const day = (year: number, month: number, d: number, approximate = false) => ({
  year,
  month,
  day: d,
  approximate,
})

describe('eventDateProblem', () => {
  it('accepts points, ranges and relative dates that make sense', () => {
    expect(eventDateProblem({ kind: 'point', date: day(2024, 1, 16) })).toBeNull()
    expect(
      eventDateProblem({ kind: 'range', start: day(2024, 1, 16), end: day(2024, 1, 18) }),
    ).toBeNull()
    expect(
      eventDateProblem({ kind: 'range', start: day(2024, 1, 16), end: day(2024, 1, 16) }),
    ).toBeNull()
    expect(
      eventDateProblem({
        kind: 'range',
        start: { year: 2024, month: 1, approximate: false },
        end: { year: 2024, approximate: false },
      }),
    ).toBeNull()
    expect(
      eventDateProblem({
        kind: 'relative',
        eventId: 'e1',
        offset: { amount: -2, unit: 'day' },
        approximate: true,
      }),
    ).toBeNull()
  })

  it('passes on the partial date problem, saying which end of a range it is in', () => {
    expect(eventDateProblem({ kind: 'point', date: day(2023, 2, 29) })).toBe(
      'the day must be between 1 and 28',
    )
    expect(eventDateProblem({ kind: 'range', start: day(2023, 2, 29), end: day(2023, 3, 1) })).toBe(
      'in the start date, the day must be between 1 and 28',
    )
    expect(
      eventDateProblem({
        kind: 'range',
        start: day(2023, 2, 1),
        end: { year: 2023, day: 3, approximate: false },
      }),
    ).toBe('in the end date, a day needs a month')
  })

  it('wants four-digit years', () => {
    expect(eventDateProblem({ kind: 'point', date: { year: 16, approximate: false } })).toBe(
      'the year must be between 1000 and 9999',
    )
  })

  it('refuses a range that ends before it starts, at any precision', () => {
    const problem = 'the range ends before it starts'
    expect(
      eventDateProblem({ kind: 'range', start: day(2024, 1, 18), end: day(2024, 1, 16) }),
    ).toBe(problem)
    expect(
      eventDateProblem({
        kind: 'range',
        start: day(2024, 1, 16),
        end: { year: 2024, month: 1, approximate: false },
      }),
    ).toBe(problem)
    expect(
      eventDateProblem({
        kind: 'range',
        start: { year: 2024, approximate: false },
        end: { year: 2024, month: 6, approximate: false },
      }),
    ).toBe(problem)
  })

  it('wants a relative date to name its event and a whole offset', () => {
    const relative = (eventId: string, amount: number): EventDate => ({
      kind: 'relative',
      eventId,
      offset: { amount, unit: 'week' },
      approximate: false,
    })
    expect(eventDateProblem(relative('', 1))).toMatch(/choose the event/)
    expect(eventDateProblem(relative('e1', 1.5))).toBe('the offset must be a whole number')
    expect(
      eventDateProblem({
        kind: 'relative',
        eventId: 'e1',
        offset: { amount: 1, unit: 'fortnight' as 'week' },
        approximate: false,
      }),
    ).toMatch(/days, weeks, months or years/)
  })

  it('finds no problem in any generated date', () => {
    fc.assert(fc.property(absoluteDateArb(ALL_YEARS), (date) => eventDateProblem(date) === null))
  })
})
