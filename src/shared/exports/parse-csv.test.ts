import { describe, expect, it } from 'vitest'
import { parseCsv } from './parse-csv'

describe('parseCsv', () => {
  it('reads quoted fields with doubled quotes, commas and line breaks', () => {
    expect(parseCsv('a,b\r\n"x ""y""","1,\r\n2"\r\n')).toEqual([
      ['a', 'b'],
      ['x "y"', '1,\r\n2'],
    ])
  })

  it('drops a leading BOM and reads empty fields', () => {
    expect(parseCsv('\uFEFFa,,c\r\n,,\r\n')).toEqual([
      ['a', '', 'c'],
      ['', '', ''],
    ])
  })

  it('reads a last record without a line end', () => {
    expect(parseCsv('a\r\nb')).toEqual([['a'], ['b']])
  })

  it.each([
    ['a bare LF between records', 'a\nb\r\n'],
    ['a quote inside an unquoted field', 'a"b\r\n'],
    ['text after a closing quote', '"a"b\r\n'],
    ['a quote left open', '"abc\r\n'],
  ])('refuses %s', (_what, text) => {
    expect(() => parseCsv(text)).toThrow(SyntaxError)
  })
})
