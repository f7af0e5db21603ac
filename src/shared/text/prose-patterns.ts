/**
 * Regular-expression pieces for reading English prose, shared by every extractor that builds
 * its patterns from strings (dates, quantities), so that "a word boundary" or "a space" means
 * the same thing in all of them.
 */

/**
 * One or more spaces, a no-break space included: copy from the web keeps `&nbsp;` between a
 * number and its unit ("16&nbsp;January").
 */
export const SPACE = '[\\s\\u00a0]+'

/** Asserts that no letter or digit comes just before: `\b` knows only ASCII letters. */
export const WORD_START = '(?<![\\p{L}\\p{N}])'

/** Asserts that no letter or digit comes just after. */
export const WORD_END = '(?![\\p{L}\\p{N}])'

/** A day's ordinal suffix, optional: "16th", "1st", "22nd", "3rd". */
export const ORDINAL_SUFFIX = '(?:st|nd|rd|th)?'

/**
 * A phrase as a pattern: a full stop matches itself only ("c." is not "cx") and a space any
 * run of spaces ("at  least").
 */
export function phrasePattern(phrase: string): string {
  return phrase.replace(/\./g, '\\.').replace(/ /g, SPACE)
}

/**
 * Phrases as one alternation, longest first so that, without a boundary after it, the longer
 * of two phrases sharing a start is the one tried first ("no more than" before "more than").
 */
export function phraseAlternation(phrases: Iterable<string>): string {
  return [...phrases]
    .sort((a, b) => b.length - a.length)
    .map(phrasePattern)
    .join('|')
}

/**
 * "in|on" as "(?:[Ii]n|[Oo]n)": each word lower case, as mid-sentence, or with a capital first
 * letter, as at a sentence start, but never in capitals throughout. Words are written in lower
 * case, separated by "|", and may hold spaces and full stops (see {@link phrasePattern}).
 */
export function sentenceCase(words: string): string {
  const alternatives = words
    .split('|')
    .map((w) => {
      const first = w[0] ?? ''
      return `[${first.toUpperCase()}${first.toLowerCase()}]${phrasePattern(w.slice(1))}`
    })
    .join('|')
  return `(?:${alternatives})`
}

/**
 * Names as an alternation of their capitalised and all-capitals forms ("May|MAY"): names are
 * read only where the text writes them as names, since "may" and "march" in lower case are
 * verbs far more often than months.
 */
export function capitalisedAlternation(names: Iterable<string>): string {
  return [...names]
    .flatMap((name) => {
      const capitalised = (name[0] ?? '').toUpperCase() + name.slice(1)
      return [capitalised, name.toUpperCase()]
    })
    .join('|')
}
