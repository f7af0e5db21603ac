/**
 * English month names, once for the whole app: formatting, the date parser, date
 * suggestions and the dates found in evidence all read months the same way.
 */

export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const

/** Lower-case full names, three-letter abbreviations and "sept", to month numbers 1-12. */
export const MONTH_BY_NAME: ReadonlyMap<string, number> = new Map([
  ...MONTH_NAMES.flatMap((name, i): [string, number][] => [
    [name.toLowerCase(), i + 1],
    [name.slice(0, 3).toLowerCase(), i + 1],
  ]),
  ['sept', 9],
])

/** The month number of a name or abbreviation in any case (a trailing dot allowed). */
export function monthNumber(word: string): number | undefined {
  return MONTH_BY_NAME.get(word.replace(/\.$/, '').toLowerCase())
}
