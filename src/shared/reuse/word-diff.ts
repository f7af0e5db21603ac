/**
 * Word-level differences between two short texts (two versions of a quote, two sides of a
 * shared passage), for marking what changed. Words are compared folded (case, diacritics and
 * curly apostrophes do not count) and punctuation is not a word, so "Peace," and "peace" are
 * the same word. The alignment is jsdiff's Myers diff over the word arrays; this module only
 * cuts the texts into words and names the runs.
 */
import { diffArrays } from 'diff'
import { foldText } from '../entities/entity-key'

/** One word of a text: as written, folded for comparison, and where it is, [start, end). */
export interface DiffWord {
  text: string
  folded: string
  start: number
  end: number
}

/**
 * A run of the alignment. `same` words are in both texts; `deleted` only in the first,
 * `inserted` only in the second; `changed` is a deletion next to an insertion (the first
 * text's words replaced by the second's), which reads better than two runs.
 */
export type WordDiffPart =
  | { kind: 'same'; a: DiffWord[]; b: DiffWord[] }
  | { kind: 'deleted'; a: DiffWord[] }
  | { kind: 'inserted'; b: DiffWord[] }
  | { kind: 'changed'; a: DiffWord[]; b: DiffWord[] }

/** Letters and digits, with the apostrophes and hyphens inside a word ("Iran's", "tit-for-tat"). */
const WORD = /[\p{L}\p{N}]+(?:['’\-‐‑][\p{L}\p{N}]+)*/gu

/**
 * The words of a text in order, with offsets into it. A word's folded form drops diacritics,
 * case and a possessive's apostrophe kind ("Iran’s" and "iran's" fold alike).
 */
export function wordsOf(text: string): DiffWord[] {
  const words: DiffWord[] = []
  for (const match of text.matchAll(WORD)) {
    const start = match.index
    words.push({ text: match[0], folded: foldWord(match[0]), start, end: start + match[0].length })
  }
  return words
}

/** A word as comparisons see it: folded, with typographic hyphens made plain. */
export function foldWord(word: string): string {
  return foldText(word).replace(/[‐‑]/g, '-')
}

/**
 * The word runs that turn `a` into `b`, in order. Two texts with the same words (after
 * folding) give one `same` run, or nothing when both have no words. Offsets in each part are
 * into the text the words came from.
 */
export function diffWords(a: string, b: string): WordDiffPart[] {
  return diffWordLists(wordsOf(a), wordsOf(b))
}

/** {@link diffWords} over words already cut (and possibly shifted to other offsets). */
export function diffWordLists(a: readonly DiffWord[], b: readonly DiffWord[]): WordDiffPart[] {
  const changes = diffArrays(a as DiffWord[], b as DiffWord[], {
    comparator: (left: DiffWord, right: DiffWord) => left.folded === right.folded,
  })
  const parts: WordDiffPart[] = []
  let ai = 0
  let bi = 0
  for (const change of changes) {
    const n = change.count
    if (change.removed) {
      const words = a.slice(ai, ai + n)
      ai += n
      const last = parts[parts.length - 1]
      // jsdiff gives a replacement as removal then insertion, or the other way round.
      if (last?.kind === 'inserted')
        parts[parts.length - 1] = { kind: 'changed', a: words, b: last.b }
      else parts.push({ kind: 'deleted', a: words })
    } else if (change.added) {
      const words = b.slice(bi, bi + n)
      bi += n
      const last = parts[parts.length - 1]
      if (last?.kind === 'deleted')
        parts[parts.length - 1] = { kind: 'changed', a: last.a, b: words }
      else parts.push({ kind: 'inserted', b: words })
    } else {
      parts.push({ kind: 'same', a: a.slice(ai, ai + n), b: b.slice(bi, bi + n) })
      ai += n
      bi += n
    }
  }
  return parts
}

/** The same words moved by `offset` characters: from quote-relative to canonical offsets. */
export function shiftWords(words: readonly DiffWord[], offset: number): DiffWord[] {
  return words.map((word) => ({ ...word, start: word.start + offset, end: word.end + offset }))
}

/**
 * The diff as one line of text, for tests, logs and plain-text exports: changed words as
 * "[old → new]", deletions as "[-old]", insertions as "[+new]".
 */
export function formatWordDiff(parts: readonly WordDiffPart[]): string {
  const text = (words: readonly DiffWord[]) => words.map((w) => w.text).join(' ')
  return parts
    .map((part) => {
      switch (part.kind) {
        case 'same':
          return text(part.b)
        case 'deleted':
          return `[-${text(part.a)}]`
        case 'inserted':
          return `[+${text(part.b)}]`
        case 'changed':
          return `[${text(part.a)} → ${text(part.b)}]`
      }
    })
    .join(' ')
}
