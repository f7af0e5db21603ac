import { describe, expect, it } from 'vitest'
import {
  formatPartialDate,
  partialDateProblem,
  partialDateSortKey,
  precisionOf,
} from './partial-date'

describe('formatPartialDate', () => {
  it('shows exactly the precision it has', () => {
    expect(formatPartialDate({ year: 2024, month: 1, day: 16, approximate: false })).toBe(
      '16 Jan 2024',
    )
    expect(formatPartialDate({ year: 2024, month: 1, approximate: false })).toBe('Jan 2024')
    expect(formatPartialDate({ year: 2023, approximate: false })).toBe('2023')
  })

  it('marks approximate dates with c.', () => {
    expect(formatPartialDate({ year: 2023, month: 7, approximate: true })).toBe('c. Jul 2023')
  })
})

describe('precisionOf', () => {
  it('is the finest field present', () => {
    expect(precisionOf({ year: 2024, approximate: false })).toBe('year')
    expect(precisionOf({ year: 2024, month: 2, approximate: false })).toBe('month')
    expect(precisionOf({ year: 2024, month: 2, day: 3, approximate: false })).toBe('day')
  })
})

describe('partialDateProblem', () => {
  it('accepts real dates, including 29 Feb in a leap year', () => {
    expect(partialDateProblem({ year: 2024, month: 2, day: 29, approximate: false })).toBeNull()
    expect(partialDateProblem({ year: 2024, approximate: true })).toBeNull()
  })

  it('explains what is wrong', () => {
    expect(partialDateProblem({ year: 2023, month: 2, day: 29, approximate: false })).toBe(
      'the day must be between 1 and 28',
    )
    expect(partialDateProblem({ year: 2023, month: 0, approximate: false })).toMatch(/month/)
    expect(partialDateProblem({ year: 2023, day: 3, approximate: false })).toBe(
      'a day needs a month',
    )
    expect(partialDateProblem({ year: 2023.5, approximate: false })).toMatch(/whole number/)
  })
})

describe('partialDateSortKey', () => {
  it('is the earliest instant the date can mean, so a year sorts before its months', () => {
    const year = partialDateSortKey({ year: 2024, approximate: false })
    const jan = partialDateSortKey({ year: 2024, month: 1, approximate: false })
    const jan16 = partialDateSortKey({ year: 2024, month: 1, day: 16, approximate: false })
    expect(year).toBe(Date.UTC(2024, 0, 1))
    expect(jan).toBe(year)
    expect(jan16).toBeGreaterThan(jan)
  })
})
