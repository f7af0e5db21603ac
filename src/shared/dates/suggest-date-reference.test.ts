import { describe, expect, it } from 'vitest'
import { countBack, toReference, yearAtOrBefore } from './suggest-date-reference'

const ref = (published: Parameters<typeof toReference>[0]) => {
  const r = toReference(published)
  if (!r) throw new Error('no reference')
  return r
}

describe('the publication date as reference', () => {
  it('counts from the stated day, else mid-month, else the first of July', () => {
    expect(ref({ year: 2024, month: 1, day: 20, approximate: false }).instant).toBe(
      Date.UTC(2024, 0, 20, 12),
    )
    expect(ref({ year: 2024, month: 1, approximate: false }).instant).toBe(
      Date.UTC(2024, 0, 15, 12),
    )
    expect(ref({ year: 2024, approximate: false }).instant).toBe(Date.UTC(2024, 6, 1, 12))
  })

  it('is an estimate when approximate or inferred', () => {
    expect(ref({ year: 2024, month: 1, approximate: true }).approximate).toBe(true)
    expect(ref({ year: 2024, month: 1, approximate: false, basis: 'inferred' }).approximate).toBe(
      true,
    )
  })

  it('is refused when missing or not a date', () => {
    expect(toReference(null)).toBeNull()
    expect(toReference({ year: 2024, month: 13, approximate: false })).toBeNull()
    expect(toReference({ year: 99, approximate: false })).toBeNull()
  })

  it('gives a year-less month the most recent year at or before it', () => {
    const july = ref({ year: 2023, month: 7, day: 10, approximate: false })
    expect(yearAtOrBefore(july, 6)).toEqual({ year: 2023, approximate: false })
    expect(yearAtOrBefore(july, 8)).toEqual({ year: 2022, approximate: false })
    expect(yearAtOrBefore(july, 7, 11)).toEqual({ year: 2022, approximate: false })
    expect(yearAtOrBefore(july, 7, undefined, true)).toEqual({ year: 2022, approximate: false })
    expect(yearAtOrBefore(ref({ year: 2023, approximate: false }), 6)).toEqual({
      year: 2023,
      approximate: true,
    })
  })

  it('counts back days exactly, weeks approximately, months only from a known month', () => {
    const day = ref({ year: 2024, month: 3, day: 1, approximate: false })
    expect(countBack(day, 1, 'day')).toEqual({ year: 2024, month: 2, day: 29, approximate: false })
    expect(countBack(day, 1, 'week')).toEqual({ year: 2024, month: 2, day: 23, approximate: true })
    expect(countBack(day, 3, 'month')).toEqual({ year: 2023, month: 12, approximate: false })
    expect(countBack(ref({ year: 2024, approximate: false }), 1, 'month')).toBeNull()
    expect(countBack(day, undefined, 'year')).toBeNull()
  })
})
