import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { csvField, guardFormula, toCsv, UTF8_BOM, type CsvCell } from './csv'
import { parseCsv } from './parse-csv'

const plain = { bom: false }

describe('toCsv', () => {
  it('ends every record, the last included, in CRLF', () => {
    expect(toCsv(['a', 'b'], [['1', '2']], plain)).toBe('a,b\r\n1,2\r\n')
  })

  it('quotes fields holding a quote, comma, CR or LF, and doubles the quotes', () => {
    const csv = toCsv(
      ['text'],
      [['He said "no"'], ['Quetta, Pakistan'], ['line one\nline two'], ['a\r\nb'], ['plain']],
      plain,
    )
    expect(csv).toBe(
      'text\r\n"He said ""no"""\r\n"Quetta, Pakistan"\r\n"line one\nline two"\r\n"a\r\nb"\r\nplain\r\n',
    )
  })

  it('keeps newlines inside cells as part of the cell when read back', () => {
    const rows = [
      ['first\nsecond', 'x'],
      ['a\r\nb\rc', 'y'],
    ]
    expect(parseCsv(toCsv(['note', 'id'], rows, plain)).slice(1)).toEqual(rows)
  })

  it('starts with a UTF-8 BOM by default so spreadsheets read non-Latin text', () => {
    const csv = toCsv(['name'], [['پاکستان']])
    expect(csv.startsWith(UTF8_BOM)).toBe(true)
    expect(new TextEncoder().encode(csv).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]))
    expect(toCsv(['name'], [['x']], plain).startsWith(UTF8_BOM)).toBe(false)
  })

  it('writes unicode text unchanged: scripts, right-to-left text and emoji', () => {
    const rows = [
      ['ایران', 'Ünïcödé'],
      ['😀 👍🏽', '中文, 日本語'],
    ]
    expect(parseCsv(toCsv(['a', 'b'], rows)).slice(1)).toEqual(rows)
  })

  it('writes numbers plainly and null, NaN and Infinity as empty fields', () => {
    const rows: CsvCell[][] = [[-5, 2.5, null, Number.NaN, Number.POSITIVE_INFINITY]]
    expect(toCsv(['a', 'b', 'c', 'd', 'e'], rows, plain).split('\r\n')[1]).toBe('-5,2.5,,,')
  })

  it('refuses a row whose length differs from the header', () => {
    expect(() => toCsv(['a', 'b'], [['1', '2'], ['3']])).toThrow(/Row 2 has 1 cells/)
  })
})

describe('the formula-injection guard', () => {
  it.each(['=HYPERLINK("http://x","y")', '+1', '-2+3', '@SUM(A1)', '\tcmd', '\rcmd'])(
    'prefixes %j with an apostrophe',
    (text) => {
      expect(guardFormula(text)).toBe(`'${text}`)
      const [, row] = parseCsv(toCsv(['cell'], [[text]], plain))
      expect(row).toEqual([`'${text}`])
    },
  )

  it('leaves text that cannot start a formula alone', () => {
    for (const text of ['Iran', ' =not first', "'already", 'a=b', '']) {
      expect(guardFormula(text)).toBe(text)
    }
  })

  it('never touches numbers, so negative numbers stay numbers', () => {
    expect(csvField(-3)).toBe('-3')
  })

  it('can be switched off for tools that read the cells literally', () => {
    expect(toCsv(['h'], [['=1+1']], { bom: false, formulaGuard: false })).toBe('h\r\n=1+1\r\n')
  })
})

describe('round trip through an RFC 4180 reader', () => {
  const textCell = fc.string({ unit: 'grapheme', maxLength: 12 })
  const hostileCell = fc.constantFrom('"', ',', '\r\n', '\n', '\r', '""', '=', '-', '@x', '\t')
  const cell = fc.oneof(
    textCell,
    hostileCell,
    fc.array(hostileCell).map((p) => p.join('')),
  )

  it('gives back every table of strings, apart from the guard apostrophe', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }).chain((width) =>
          fc.record({
            header: fc.array(cell, { minLength: width, maxLength: width }),
            rows: fc.array(fc.array(cell, { minLength: width, maxLength: width }), {
              maxLength: 6,
            }),
          }),
        ),
        ({ header, rows }) => {
          const parsed = parseCsv(toCsv(header, rows))
          expect(parsed).toEqual([header, ...rows].map((row) => row.map(guardFormula)))
        },
      ),
    )
  })

  it('gives back the exact table when the guard is off', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 2, maxLength: 2 }), { maxLength: 6 }),
        (rows) => {
          const csv = toCsv(['a', 'b'], rows, { bom: true, formulaGuard: false })
          expect(parseCsv(csv)).toEqual([['a', 'b'], ...rows])
        },
      ),
    )
  })
})
