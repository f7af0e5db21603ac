/**
 * The words of a text as text-reuse detection compares them: one 32-bit hash per word of the
 * folded form (case, accents and Arabic-script variants folded as full-text search folds them,
 * apostrophes dropped, numbers kept), with the word's offsets in the text. Punctuation, quote
 * styles, dashes and hyphens separate words and are otherwise ignored, so "Iran's 959-km
 * border — 'tense'" and "Iran’s 959 km border, “tense”" give the same words. Scanned by
 * character code into typed arrays: no string or object per word for plain ASCII words.
 */
import { foldTerm } from '../search/tokenise'

/** The words of one text, in order; arrays are `length` long (no spare capacity). */
export interface ReuseWords {
  /** Number of words. */
  length: number
  /** Hash of each word's folded form ({@link hashWord}). */
  hashes: Uint32Array
  /** Offset of each word's first UTF-16 unit in the text. */
  starts: Uint32Array
  /** Offset just past each word's last unit. */
  ends: Uint32Array
}

const FNV_OFFSET = 0x811c9dc5
const FNV_PRIME = 0x01000193

/** Murmur3's finaliser: FNV-1a leaves the low bits poorly mixed for short words. */
export function fmix32(h: number): number {
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  h ^= h >>> 16
  return h >>> 0
}

/** The hash of an already folded word (FNV-1a over its UTF-16 units, then mixed). */
export function hashWord(folded: string): number {
  let h = FNV_OFFSET
  for (let i = 0; i < folded.length; i++) h = Math.imul(h ^ folded.charCodeAt(i), FNV_PRIME)
  return fmix32(h)
}

/**
 * Whether each non-ASCII UTF-16 unit is part of a word (a letter, digit or combining mark):
 * 1 yes, 2 no, 0 not looked at yet. Filled lazily, one regex test per distinct character
 * ever met, so the scan of a text allocates nothing for characters seen before. Lone
 * surrogates (emoji, rare scripts outside the BMP) test as not part of a word.
 */
const WORD_UNIT = new Uint8Array(0x10000)
const WORD_CHAR = /^[\p{L}\p{N}\p{M}]$/u

function isWordUnit(code: number): boolean {
  if (code < 0x80) {
    return (
      (code >= 0x61 && code <= 0x7a) ||
      (code >= 0x41 && code <= 0x5a) ||
      (code >= 0x30 && code <= 0x39)
    )
  }
  let known = WORD_UNIT[code]
  if (known === 0) {
    known = WORD_CHAR.test(String.fromCharCode(code)) ? 1 : 2
    WORD_UNIT[code] = known
  }
  return known === 1
}

/** Apostrophes: ASCII, typographic and the modifier letters of transliterated Arabic. */
function isApostrophe(code: number): boolean {
  return code === 0x27 || code === 0x2019 || code === 0x2018 || code === 0x2bc || code === 0x2bb
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39
}

/** Growable typed scratch, reused between calls (texts are scanned one at a time). */
let scratchHashes = new Uint32Array(4096)
let scratchStarts = new Uint32Array(4096)
let scratchEnds = new Uint32Array(4096)

function grow(): void {
  const size = scratchHashes.length * 2
  const h = new Uint32Array(size)
  h.set(scratchHashes)
  const s = new Uint32Array(size)
  s.set(scratchStarts)
  const e = new Uint32Array(size)
  e.set(scratchEnds)
  scratchHashes = h
  scratchStarts = s
  scratchEnds = e
}

/**
 * The hash of the word at [start, end) of `text` that has a non-ASCII unit: its word units
 * (apostrophes and digit separators left out) folded by {@link foldTerm}, so "Şahin" and
 * "Sahin" hash alike. The only path that builds a string.
 */
function hashFoldedSlice(text: string, start: number, end: number): number {
  let raw = ''
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i)
    if (isApostrophe(c) || c === 0x2c) continue
    raw += text[i]
  }
  const folded = foldTerm(raw)
  return folded ? hashWord(folded) : 0
}

/**
 * The words of `text`. A word is a run of letters, digits and combining marks; an apostrophe
 * between two word characters joins ("don't" is "dont", "Pakistan’s" is "pakistans"), and so
 * do a point or comma between two digits ("1,000" is "1000", "2.5" stays "2.5"). Hyphens and
 * dashes separate ("959-kilometer" is "959" "kilometer"), so a rewrite that adds or drops a
 * hyphen still matches. A word made only of marks that fold away is skipped.
 */
export function reuseWords(text: string): ReuseWords {
  let count = 0
  const length = text.length
  let i = 0
  while (i < length) {
    let c = text.charCodeAt(i)
    if (!isWordUnit(c)) {
      i++
      continue
    }
    const start = i
    let h = FNV_OFFSET
    let ascii = true
    for (;;) {
      if (c < 0x80) {
        // ASCII fast path: lower-case on the fly.
        h = Math.imul(h ^ (c >= 0x41 && c <= 0x5a ? c + 32 : c), FNV_PRIME)
      } else ascii = false
      i++
      if (i >= length) break
      c = text.charCodeAt(i)
      if (isWordUnit(c)) continue
      // A joiner continues the word only with a word unit on its other side.
      const next = i + 1 < length ? text.charCodeAt(i + 1) : 0
      if (isApostrophe(c) && isWordUnit(next)) {
        i++
        c = next
        continue
      }
      if ((c === 0x2c || c === 0x2e) && isDigit(text.charCodeAt(i - 1)) && isDigit(next)) {
        if (c === 0x2e) h = Math.imul(h ^ c, FNV_PRIME)
        i++
        c = next
        continue
      }
      break
    }
    const hash = ascii ? fmix32(h) : hashFoldedSlice(text, start, i)
    if (!ascii && hash === 0) continue
    if (count === scratchHashes.length) grow()
    scratchHashes[count] = hash
    scratchStarts[count] = start
    scratchEnds[count] = i
    count++
  }
  return {
    length: count,
    hashes: scratchHashes.slice(0, count),
    starts: scratchStarts.slice(0, count),
    ends: scratchEnds.slice(0, count),
  }
}
