/**
 * English number words, once for every extractor: the offsets of date suggestions ("two days
 * after") and the counts of quantities ("twenty-three soldiers", "two hundred people").
 */

/** "one" to "nineteen", the numbers English names with one word of their own. */
export const CARDINAL_WORDS: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
}

/** "twenty" to "ninety"; "twenty-three" joins one of these to a cardinal below ten. */
export const TENS_WORDS: Readonly<Record<string, number>> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
}

/**
 * Words that multiply the number before them, the South Asian "lakh" (10⁵) and "crore" (10⁷)
 * among them. Each reader picks the ones it accepts (see {@link scaleWords}): a count reads
 * "two hundred people", a sum "$5 billion" or "5 crore".
 */
export const SCALE_WORDS: Readonly<Record<ScaleWord, number>> = {
  hundred: 100,
  thousand: 1e3,
  lakh: 1e5,
  crore: 1e7,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
}

/** A word of {@link SCALE_WORDS}. */
export type ScaleWord =
  'hundred' | 'thousand' | 'lakh' | 'crore' | 'million' | 'billion' | 'trillion'

/** The cardinal words from "one" up to `max` (at most 19), in increasing order. */
export function cardinalWordsUpTo(max: number): Readonly<Record<string, number>> {
  return Object.fromEntries(Object.entries(CARDINAL_WORDS).filter(([, n]) => n <= max))
}

/** The scale words named, in the order named, with their values. */
export function scaleWords(...words: readonly ScaleWord[]): Readonly<Record<string, number>> {
  return Object.fromEntries(words.map((w) => [w, SCALE_WORDS[w]]))
}
