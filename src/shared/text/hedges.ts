/**
 * The words prose uses to say a figure or a date is not exact, shared by date suggestions
 * ("early 2023", "c. 1990") and quantities ("circa 300 people").
 */

/** Words naming part of a period, written before it: "early 2023", "mid-January", "late June". */
export const PERIOD_PART_WORDS: readonly string[] = ['early', 'late', 'mid']

/** Phrases naming part of a period: "the end of January", "the middle of 2023". */
export const PERIOD_PART_PHRASES: readonly string[] = [
  'the beginning of',
  'the start of',
  'the end of',
  'the middle of',
]

/** "About", the Latin way, before a year or a figure. Quantities also read "ca.". */
export const CIRCA_WORDS: readonly string[] = ['circa', 'c.']
