import { describe, expect, it } from 'vitest'
import { publishedDateFromText } from './date-hint'

describe('publishedDateFromText', () => {
  it('reads a day in ISO form and in words', () => {
    const day = { year: 2024, month: 1, day: 18, approximate: false }
    expect(publishedDateFromText('2024-01-18')).toEqual(day)
    expect(publishedDateFromText('18 January 2024')).toEqual(day)
    expect(publishedDateFromText('January 18, 2024')).toEqual(day)
    expect(publishedDateFromText('2024/01/18')).toEqual(day)
  })

  it('keeps the precision written: a month, a year', () => {
    expect(publishedDateFromText('January 2024')).toEqual({
      year: 2024,
      month: 1,
      approximate: false,
    })
    expect(publishedDateFromText('2024')).toEqual({ year: 2024, approximate: false })
    expect(publishedDateFromText('c. 2024')).toEqual({ year: 2024, approximate: true })
  })

  it('takes the date as written from a timestamp, without shifting it to UTC', () => {
    expect(publishedDateFromText('2024-01-18T23:30:00-05:00')).toEqual({
      year: 2024,
      month: 1,
      day: 18,
      approximate: false,
    })
    expect(publishedDateFromText('Thu, 18 Jan 2024 10:00:00 +0000')).toEqual({
      year: 2024,
      month: 1,
      day: 18,
      approximate: false,
    })
    expect(publishedDateFromText('Thursday, 18 January 2024, 9:30 am PKT')).toEqual({
      year: 2024,
      month: 1,
      day: 18,
      approximate: false,
    })
  })

  it('gives null for what is not one date', () => {
    expect(publishedDateFromText('')).toBeNull()
    expect(publishedDateFromText('last week')).toBeNull()
    expect(publishedDateFromText('01/02/2024')).toBeNull()
    expect(publishedDateFromText('2015–2016')).toBeNull()
    expect(publishedDateFromText('2024-02-30')).toBeNull()
  })
})
