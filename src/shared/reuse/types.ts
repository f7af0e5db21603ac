/**
 * The shapes text-reuse detection speaks in: the passages two documents share, and how much
 * of each document they cover. Offsets are into a document's canonical text (UTF-16 code
 * units, as JavaScript strings count), the same offsets highlights are anchored on.
 */

/** A span of a document's canonical text (character offsets, end exclusive). */
export interface TextSpan {
  docId: string
  /** Offset of the span's first character. */
  start: number
  /** Offset just past the span's last character. */
  end: number
}

/**
 * One passage two documents share, verbatim or nearly (small edits, changed punctuation or
 * quote styles, a reordered clause inside a passage counts as its own passage).
 * `a.docId < b.docId` (string order), so a pair of documents has one key whichever was
 * added first. Each side starts at the first and ends at the last word of the passage.
 */
export interface SharedPassage {
  a: TextSpan
  b: TextSpan
  /** Words in the shorter side. */
  words: number
  /** 0..1: the share of words aligned between the sides (2 × aligned / (words a + words b)). */
  similarity: number
  /** Word positions of the passage in each document (index of the first word, end exclusive). */
  aWords: { start: number; end: number }
  bWords: { start: number; end: number }
}

/**
 * How much text two documents share, for a "sources overview" matrix. `a < b` as in
 * {@link SharedPassage}. Shares are of each document's own word count (0..1); a word covered
 * by two overlapping passages counts once.
 */
export interface PairOverview {
  a: string
  b: string
  /** Words shared, counted on each side (sum over passages, overlaps merged). */
  wordsA: number
  wordsB: number
  /** Share of document a's words that are in a passage shared with b, and the same for b. */
  shareA: number
  shareB: number
  passages: number
}

/** A document as the reuse index takes it: its id and its canonical text. */
export interface ReuseDocument {
  id: string
  text: string
}
