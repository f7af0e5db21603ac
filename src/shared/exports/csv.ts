/**
 * An RFC 4180 CSV writer for the open exports (claims table, TimelineJS spreadsheet),
 * guarded against spreadsheet formula injection because quotes and titles come from
 * sources nobody vetted.
 */

/** One cell: text, a number, or null for an empty cell. */
export type CsvCell = string | number | null

export interface CsvOptions {
  /**
   * Start with a UTF-8 byte order mark. Default true: the usual reader of an analyst's
   * CSV is a spreadsheet, and Excel reads UTF-8 without a BOM as a legacy code page,
   * garbling Urdu, Persian or Arabic names. Set false for tools that keep the BOM as
   * part of the first column's name.
   */
  bom?: boolean
  /**
   * Prefix text cells that a spreadsheet would run as a formula with `'` (OWASP CSV
   * injection advice). Default true. Numbers are never prefixed, so they stay numbers.
   */
  formulaGuard?: boolean
}

/** The UTF-8 byte order mark as a string: the encoder writes it as EF BB BF. */
export const UTF8_BOM = '\uFEFF'

const LINE_END = '\r\n'

/** First characters that make Excel, LibreOffice or Sheets read a cell as a formula. */
const FORMULA_TRIGGERS = new Set(['=', '+', '-', '@', '\t', '\r'])

const NEEDS_QUOTES = /[",\r\n]/

/**
 * A text cell made safe to open in a spreadsheet: `'` before a leading `=`, `+`, `-`,
 * `@`, TAB or CR. Other text is returned as it is.
 */
export function guardFormula(text: string): string {
  return FORMULA_TRIGGERS.has(text.charAt(0)) ? `'${text}` : text
}

/**
 * One field as RFC 4180 writes it: quoted (with `"` doubled) when it holds `"`, `,`,
 * CR or LF. A number is written in JavaScript's shortest form; a number that is not
 * finite (NaN, Infinity) and null are written as an empty field.
 */
export function csvField(cell: CsvCell, formulaGuard = true): string {
  if (cell === null) return ''
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : ''
  const text = formulaGuard ? guardFormula(cell) : cell
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}

/**
 * A table as CSV: the header, then each row, every line ending in CRLF (the last one
 * too). Throws a RangeError when a row has a different number of cells than the
 * header, because a shifted column silently misfiles every value after it.
 */
export function toCsv(
  header: readonly string[],
  rows: readonly (readonly CsvCell[])[],
  options: CsvOptions = {},
): string {
  const { bom = true, formulaGuard = true } = options
  const line = (cells: readonly CsvCell[]) =>
    cells.map((cell) => csvField(cell, formulaGuard)).join(',') + LINE_END
  const lines = [line(header)]
  rows.forEach((row, index) => {
    if (row.length !== header.length) {
      throw new RangeError(
        `Row ${index + 1} has ${row.length} cells but the header has ${header.length}.`,
      )
    }
    lines.push(line(row))
  })
  return (bom ? UTF8_BOM : '') + lines.join('')
}
