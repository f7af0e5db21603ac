/**
 * The one tokeniser of full-text search: the index and the query both go through it, so a
 * word is folded the same way on both sides (case, Latin diacritics, Arabic-script letter
 * variants and harakat, native digits), apostrophes are dropped, and a hyphenated compound
 * ("959-kilometer", "Jaish-al-Adl", "Amir-Abdollahian") is indexed whole (hyphens removed:
 * "amirabdollahian") and in its parts ("amir", "abdollahian").
 */

/** One word of a text, with where it sits, its folded whole form and its folded parts. */
export interface WordSpan {
  /** Offset of the word's first UTF-16 unit in the text. */
  start: number
  /** Offset just past the word's last unit. */
  end: number
  /** The folded word, compound joiners removed ("jaishaladl"). Never empty. */
  term: string
  /**
   * The folded parts of a compound with their offsets, in order; empty for a simple word.
   * A part is never empty; there are always at least two when there are any.
   */
  parts: { term: string; start: number; end: number }[]
}

/**
 * A word: letters, digits and combining marks, joined inside by hyphens, apostrophes, the
 * zero-width non-joiner (Persian) and, between two digits, a point or comma ("1,000", "2.5").
 */
const WORD =
  /[\p{L}\p{N}\p{M}]+(?:(?:[-\u2010\u2011'\u2018\u2019\u02bb\u02bc\u200c]|(?<=\p{N})[.,](?=\p{N}))[\p{L}\p{N}\p{M}]+)*/gu

/** Characters that join the parts of a compound. */
const PART_JOINER = /[-\u2010\u2011\u200c]/

/** Apostrophes (ASCII, typographic, and the modifier letters of transliterated Arabic). */
const APOSTROPHES = /['\u2018\u2019\u02bb\u02bc]/g

/** A trailing English possessive: "Pakistan's" is indexed as "pakistan". */
const POSSESSIVE = /['\u2019]s$/i

/** Combining marks that fold away: Latin diacritics, Arabic harakat, superscript alef. */
const FOLDED_MARKS = /[\u0300-\u036f\u064b-\u065f\u0670]/g

/** Arabic letters written differently in Persian and Urdu, and the tatweel, folded. */
const ARABIC_VARIANTS: Record<string, string> = {
  '\u064a': '\u06cc', // Arabic yeh → Farsi yeh
  '\u0649': '\u06cc', // alef maksura → Farsi yeh
  '\u0643': '\u06a9', // Arabic kaf → keheh
  '\u0629': '\u0647', // teh marbuta → heh
  '\u0640': '', // tatweel
}
const ARABIC_VARIANT = /[\u064a\u0649\u0643\u0629\u0640]/g

/** Arabic-Indic (U+0660…) and extended Arabic-Indic (U+06F0…) digits become ASCII. */
const NATIVE_DIGIT = /[\u0660-\u0669\u06f0-\u06f9]/g

/** A word that folds by lower-casing alone (most of an English text): the fast path. */
const PLAIN = /^[A-Za-z0-9]+$/

/** Thousands separators between digits: "1,000" is "1000". */
const DIGIT_COMMA = /(?<=\d),(?=\d)/g

/**
 * Folds one word (or a piece of one) for comparison: NFKD (ligatures, full-width and
 * Arabic presentation forms to their base letters), Latin diacritics and Arabic harakat
 * removed, Arabic-script variants unified, native digits to ASCII, lower case, apostrophes
 * removed. Other scripts' marks (Devanagari vowel signs) are kept. May return "" for a
 * piece made only of folded marks.
 */
export function foldTerm(word: string): string {
  if (PLAIN.test(word)) return word.toLowerCase()
  return word
    .replace(POSSESSIVE, '')
    .normalize('NFKD')
    .replace(FOLDED_MARKS, '')
    .replace(ARABIC_VARIANT, (c) => ARABIC_VARIANTS[c] ?? c)
    .replace(NATIVE_DIGIT, (c) => String((c.charCodeAt(0) & 0xf) % 10))
    .toLowerCase()
    .replace(APOSTROPHES, '')
    .replace(DIGIT_COMMA, '')
    .normalize('NFC')
}

/**
 * The words of `text` in order, with offsets into `text` (so a snippet can mark them) and
 * their folded forms. Punctuation, spaces and symbols separate words; a word whose folded
 * form is empty is skipped.
 */
export function wordSpans(text: string): WordSpan[] {
  const spans: WordSpan[] = []
  for (const match of text.matchAll(WORD)) {
    const raw = match[0]
    const start = match.index
    const parts: WordSpan['parts'] = []
    if (PART_JOINER.test(raw)) {
      let offset = 0
      for (const piece of raw.split(PART_JOINER)) {
        const term = foldTerm(piece)
        if (term) parts.push({ term, start: start + offset, end: start + offset + piece.length })
        offset += piece.length + 1
      }
    }
    const term = parts.length > 0 ? parts.map((p) => p.term).join('') : foldTerm(raw)
    if (!term) continue
    spans.push({ start, end: start + raw.length, term, parts: parts.length > 1 ? parts : [] })
  }
  return spans
}

/**
 * The terms to index for `text`: each word's folded form, and for a compound its parts as
 * well ("959-kilometer" → "959kilometer", "959", "kilometer"). Repeats are kept (engines
 * count term frequency).
 */
export function indexTerms(text: string): string[] {
  const terms: string[] = []
  for (const span of wordSpans(text)) {
    terms.push(span.term)
    for (const part of span.parts) terms.push(part.term)
  }
  return terms
}

/**
 * One word of a query: it matches a text that has the word whole (`term`), or, for a
 * compound, a text that has all its `parts` (so "Jaish-al-Adl" finds "Jaish al-Adl" and
 * "959-kilometer" finds "959 kilometer").
 */
export interface QueryWord {
  term: string
  /** The compound's parts; empty for a simple word. */
  parts: string[]
}

/** The words of a query, folded as the index folds them. An empty query gives []. */
export function queryWords(query: string): QueryWord[] {
  return wordSpans(query).map((span) => ({
    term: span.term,
    parts: span.parts.map((p) => p.term),
  }))
}
