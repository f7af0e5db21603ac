/**
 * Find in one document: every occurrence of a query in a document's canonical text, as
 * offsets into that text, matching the way a reader expects rather than byte for byte.
 *
 * Both the text and the query are folded character by character: letters to lower case,
 * diacritics removed (é, ç, ā match e, c, a), curly and straight quotes and apostrophes
 * made one (’ ‘ ʼ ′ match ', “ ” „ ″ match "), invisible characters (soft hyphens,
 * zero-width spaces, stray combining marks) ignored, and every run of whitespace (a space,
 * the "\n\n" between blocks, a no-break space) made one space. The folded text keeps, for
 * each of its characters, the offset of the original character it came from, so a match
 * in the folded text maps back to exact offsets in the original.
 */

/** A document's text folded once for finding; reuse it for every query on that text. */
export interface FindableText {
  /** The original text, whose offsets the matches use. */
  readonly text: string
  /** The folded text that queries are searched in. */
  readonly folded: string
  /**
   * For each folded character i, the offset in `text` of the character it came from;
   * entry `folded.length` is `text.length`.
   */
  readonly origin: Uint32Array
}

/** One occurrence: [start, end) in the original text. */
export interface FindMatch {
  start: number
  end: number
}

/** The occurrences of a query, in text order, at most `limit` of them. */
export interface FindResult {
  matches: FindMatch[]
  /** True when there were more than `limit`; only the first `limit` are listed. */
  capped: boolean
}

/** Matches listed at most, so a one-letter query on a huge document stays quick to show. */
export const FIND_MATCH_LIMIT = 10_000

const SINGLE_QUOTES = new Set(['\u2018', '\u2019', '\u201a', '\u201b', '\u02bc', '\u2032'])
const DOUBLE_QUOTES = new Set(['\u201c', '\u201d', '\u201e', '\u201f', '\u2033'])
const IGNORED = /^[\p{M}\u00ad\u200b-\u200d\u2060\ufeff]$/u
const SPACE = /^\s$/u
const MARKS = /\p{M}/gu

/** The fold of one non-ASCII character (a code point), cached: texts repeat few of them. */
const foldCache = new Map<string, string>()

function foldChar(char: string): string {
  let folded = foldCache.get(char)
  if (folded !== undefined) return folded
  if (IGNORED.test(char)) folded = ''
  else if (SPACE.test(char)) folded = ' '
  else if (SINGLE_QUOTES.has(char)) folded = "'"
  else if (DOUBLE_QUOTES.has(char)) folded = '"'
  else folded = char.normalize('NFD').replace(MARKS, '').toLowerCase().replace(MARKS, '')
  foldCache.set(char, folded)
  return folded
}

// Present in browsers and Node; src/shared is typed without either's globals.
declare const TextDecoder: new (label: string) => { decode(input: Uint16Array): string }
const utf16 = new TextDecoder('utf-16le')

/** ASCII folds by table: lower case, and every whitespace character a space (32). */
const ASCII_FOLD: Uint16Array = Uint16Array.from({ length: 128 }, (_, code) => {
  const char = String.fromCharCode(code)
  return /\s/.test(char) ? 32 : char.toLowerCase().charCodeAt(0)
})

/**
 * Folds `text` for finding (see the module comment). Linear in the text's length, with
 * no allocation per character; call once per document text and keep the result.
 */
export function prepareFindText(text: string): FindableText {
  // Folding can lengthen a character (a ligature-like capital), rarely: grow if needed.
  let out = new Uint16Array(text.length + 16)
  let origin = new Uint32Array(text.length + 17)
  let length = 0
  let lastWasSpace = true // drops leading whitespace
  const emit = (code: number, from: number) => {
    if (length === out.length) {
      const grown = new Uint16Array(out.length * 2)
      grown.set(out)
      out = grown
      const grownOrigin = new Uint32Array(out.length + 1)
      grownOrigin.set(origin)
      origin = grownOrigin
    }
    out[length] = code
    origin[length++] = from
  }
  let i = 0
  while (i < text.length) {
    const code = text.charCodeAt(i)
    if (code < 128) {
      const folded = ASCII_FOLD[code]!
      if (folded !== 32 || !lastWasSpace) {
        if (length === out.length) emit(folded, i)
        else {
          out[length] = folded
          origin[length++] = i
        }
        lastWasSpace = folded === 32
      }
      i++
      continue
    }
    const width = code >= 0xd800 && code <= 0xdbff && i + 1 < text.length ? 2 : 1
    const folded = foldChar(text.slice(i, i + width))
    if (folded === ' ') {
      if (!lastWasSpace) emit(32, i)
      lastWasSpace = true
    } else if (folded.length > 0) {
      for (let k = 0; k < folded.length; k++) emit(folded.charCodeAt(k), i)
      lastWasSpace = false
    }
    i += width
  }
  origin[length] = text.length
  // Decoding the code units is several times faster than building the string in chunks.
  // A lone surrogate becomes U+FFFD, one unit for one, so the origin map stays aligned.
  const folded = utf16.decode(out.subarray(0, length))
  return { text, folded, origin: origin.subarray(0, length + 1) }
}

/** The query as it is searched for: folded like the text, whitespace runs one space, trimmed. */
export function foldQuery(query: string): string {
  let out = ''
  for (const char of query) {
    const code = char.charCodeAt(0)
    out += code < 128 ? String.fromCharCode(ASCII_FOLD[code]!) : foldChar(char)
  }
  return out.replace(/ {2,}/g, ' ').trim()
}

/**
 * Every occurrence of `query` in the prepared text, in order and not overlapping, as
 * offsets into the original text. A match that ends before ignored characters (a
 * combining accent after its last letter) includes them; a match never begins or ends
 * with whitespace. An empty or all-whitespace query (or one of ignored characters only)
 * finds nothing. Stops after `limit` matches and says so with `capped`.
 */
export function findInText(
  prepared: FindableText,
  query: string,
  limit: number = FIND_MATCH_LIMIT,
): FindResult {
  const needle = foldQuery(query)
  const matches: FindMatch[] = []
  if (needle.length === 0 || limit <= 0) return { matches, capped: false }
  const { folded, origin } = prepared
  let at = folded.indexOf(needle)
  while (at !== -1) {
    const start = origin[at]!
    const end = origin[at + needle.length]!
    if (end > start) {
      if (matches.length === limit) return { matches, capped: true }
      matches.push({ start, end })
    }
    at = folded.indexOf(needle, at + needle.length)
  }
  return { matches, capped: false }
}
