import { describe, expect, it } from 'vitest'
import { dayPattern, monthPattern, YEAR_DIGITS } from './date-phrases'

const whole = (pattern: string) => new RegExp(`^${pattern}$`, 'u')

describe('date phrases', () => {
  it('reads month names capitalised or in capitals, never lower case', () => {
    const month = whole(monthPattern('m'))
    for (const word of ['January', 'JANUARY', 'Jan', 'Jan.', 'Sept.', 'SEP', 'May']) {
      expect(month.test(word), word).toBe(true)
    }
    for (const word of ['may', 'march', 'Janu', 'Mayday'])
      expect(month.test(word), word).toBe(false)
  })

  it('lets a full name take a full stop only when asked', () => {
    expect(whole(monthPattern('m')).test('January.')).toBe(false)
    expect(whole(monthPattern('m', { dotAfterName: true })).test('January.')).toBe(true)
  })

  it('keeps the full stop in the group', () => {
    expect(new RegExp(monthPattern('m'), 'u').exec('on Jan. 16')?.groups?.m).toBe('Jan.')
  })

  it('reads days 1 to 31, with an ordinal suffix, as whole numbers', () => {
    const day = new RegExp(`^${dayPattern('d')}`, 'u')
    expect(day.exec('16th of')?.groups?.d).toBe('16')
    expect(day.exec('01 Jan')?.groups?.d).toBe('01')
    expect(day.test('32 Jan')).toBe(false)
    expect(day.test('160 km')).toBe(false)
  })

  it('reads years from 1800 to 2199', () => {
    const year = whole(YEAR_DIGITS)
    expect(['1800', '2024', '2199'].every((y) => year.test(y))).toBe(true)
    expect(['1799', '2200', '24'].some((y) => year.test(y))).toBe(false)
  })
})
