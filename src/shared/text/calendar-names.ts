/**
 * English month and weekday names, once for the whole app: formatting, the date parser, date
 * suggestions, the dates stated in evidence and the year test of quantities all read months
 * the same way.
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

/**
 * The abbreviations prose writes, capitalised: the first three letters of each month and
 * "Sept". May has none: its name is already three letters.
 */
export const MONTH_ABBREVIATIONS: readonly string[] = [
  'Sept',
  ...MONTH_NAMES.filter((m) => m !== 'May').map((m) => m.slice(0, 3)),
]

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

/** Weekday names, Sunday first, so that an index is a `Date#getUTCDay()` value. */
export const WEEKDAY_NAMES = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
] as const
