/**
 * A strict RFC 4180 reader, so tests can read the CSV exports back the way a careful
 * spreadsheet would and fail on anything a lenient reader would quietly guess at.
 */

import { UTF8_BOM } from './csv'

/**
 * The records of a CSV text as rows of fields. A leading BOM is dropped; records end
 * in CRLF, and a final CRLF does not start an empty record. Throws a SyntaxError on a
 * bare CR or LF outside quotes, a `"` inside an unquoted field, anything but a comma or
 * line end after a closing quote, or a quote left open.
 */
export function parseCsv(input: string): string[][] {
  const text = input.startsWith(UTF8_BOM) ? input.slice(UTF8_BOM.length) : input
  const records: string[][] = []
  if (text === '') return records
  let record: string[] = []
  let i = 0
  const fail = (what: string): never => {
    throw new SyntaxError(`${what} at character ${i} (record ${records.length + 1})`)
  }
  for (;;) {
    let field = ''
    if (text[i] === '"') {
      i++
      for (;;) {
        if (i >= text.length) fail('Unclosed quote')
        const ch = text[i]
        if (ch === '"') {
          if (text[i + 1] === '"') {
            field += '"'
            i += 2
            continue
          }
          i++
          break
        }
        field += ch
        i++
      }
    } else {
      while (i < text.length && text[i] !== ',' && text[i] !== '\r' && text[i] !== '\n') {
        if (text[i] === '"') fail('Quote inside an unquoted field')
        field += text[i]
        i++
      }
    }
    record.push(field)
    if (i >= text.length) {
      records.push(record)
      return records
    }
    const next = text[i]
    if (next === ',') {
      i++
      continue
    }
    if (next !== '\r' || text[i + 1] !== '\n') fail('Expected a comma or CRLF')
    i += 2
    records.push(record)
    record = []
    if (i >= text.length) return records
  }
}
