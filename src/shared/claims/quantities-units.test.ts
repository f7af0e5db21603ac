import { describe, expect, it } from 'vitest'
import { MULTIPLIER_WORD, readMeasureUnit, unitInfo } from './quantities-units'

describe('units', () => {
  it('reads area before length and nautical miles before miles', () => {
    expect(readMeasureUnit(' square kilometres of')).toEqual({ unit: 'km2', length: 18 })
    expect(readMeasureUnit(' nautical miles')).toEqual({ unit: 'nmi', length: 15 })
    expect(readMeasureUnit('-kilometer border')).toEqual({ unit: 'km', length: 10 })
    expect(readMeasureUnit('km')).toEqual({ unit: 'km', length: 2 })
  })

  it('reads no speed, no bare "m" glued to a longer word, and no unit inside a word', () => {
    expect(readMeasureUnit(' km/h')).toBeNull()
    expect(readMeasureUnit(' miles per hour')).toBeNull()
    expect(readMeasureUnit(' kmph')).toBeNull()
    expect(readMeasureUnit(' minutes')).toBeNull()
  })

  it('knows its units and nothing inherited', () => {
    expect(unitInfo('mi')?.factor).toBe(1609.344)
    expect(unitInfo('people')).toBeNull()
    expect(unitInfo('constructor')).toBeNull()
  })

  it('reads magnitude words after digits, lakh and crore among them', () => {
    expect(MULTIPLIER_WORD.exec(' crore rupees')?.[1]).toBe('crore')
    expect(MULTIPLIER_WORD.exec(' Billion')?.[1]).toBe('Billion')
    expect(MULTIPLIER_WORD.exec(' hundred')).toBeNull()
  })
})
