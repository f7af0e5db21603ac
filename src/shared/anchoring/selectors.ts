/**
 * W3C Web Annotation selectors on a document's canonical text. A highlight stores both,
 * plus the document rev they were made on, so it can be placed again after the text
 * changes (see reanchor.ts).
 */

/** TextQuoteSelector: the exact quote with up to 32 characters of context each side. */
export interface TextQuote {
  exact: string
  prefix: string
  suffix: string
}

/** TextPositionSelector: [start, end) in UTF-16 code units of the canonical text. */
export interface TextPosition {
  start: number
  end: number
}

/** Both selectors, as stored on a highlight. */
export interface Selectors {
  quote: TextQuote
  position: TextPosition
}

/** Characters of context kept on each side of a quote. */
export const CONTEXT_LENGTH = 32
