import { describe, expect, it } from 'vitest'
import * as calendar from './calendar-names'

describe('calendar names', () => {
  it('numbers months by name or abbreviation in any case, a full stop allowed', () => {
    expect(calendar.monthNumber('January')).toBe(1)
    expect(calendar.monthNumber('JAN')).toBe(1)
    expect(calendar.monthNumber('Sept.')).toBe(9)
    expect(calendar.monthNumber('sep')).toBe(9)
    expect(calendar.monthNumber('may')).toBe(5)
    expect(calendar.monthNumber('Janu')).toBeUndefined()
  })

  it('maps every name and abbreviation, and nothing else', () => {
    expect(calendar.MONTH_BY_NAME.size).toBe(12 + 11 + 1)
    for (const [i, name] of calendar.MONTH_NAMES.entries())
      expect(calendar.MONTH_BY_NAME.get(name.toLowerCase())).toBe(i + 1)
  })

  it('abbreviates every month but May, and September twice', () => {
    expect(calendar.MONTH_ABBREVIATIONS).toHaveLength(12)
    expect(calendar.MONTH_ABBREVIATIONS).toContain('Sept')
    expect(calendar.MONTH_ABBREVIATIONS).toContain('Sep')
    expect(calendar.MONTH_ABBREVIATIONS).not.toContain('May')
    expect(calendar.MONTH_ABBREVIATIONS.every((a) => calendar.monthNumber(a) !== undefined)).toBe(
      true,
    )
  })

  it('orders weekdays as Date#getUTCDay counts them', () => {
    for (let day = 1; day <= 7; day++) {
      const date = new Date(Date.UTC(2024, 0, day))
      const name = date.toLocaleDateString('en-GB', { weekday: 'long', timeZone: 'UTC' })
      expect(calendar.WEEKDAY_NAMES[date.getUTCDay()]).toBe(name)
    }
  })
})
