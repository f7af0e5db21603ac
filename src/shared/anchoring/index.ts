/** Anchoring highlights to canonical text: describe a selection, place it again, hit-test. */
export { CONTEXT_LENGTH, type Selectors, type TextPosition, type TextQuote } from './selectors'
export {
  captureSelection,
  describeSelection,
  selectionProblem,
  trimSelection,
  type CapturedSelection,
  type TextRange,
} from './describe'
export {
  DEFAULT_CONFIDENCE_THRESHOLD,
  maxFarErrors,
  maxQuoteErrors,
  MIN_FUZZY_QUOTE_LENGTH,
  MIN_PLACED_QUOTE_SIMILARITY,
  ORPHAN_SCORE_FLOOR,
  reanchor,
  reanchorAll,
  SEARCH_WINDOW,
  type Placement,
  type ReanchorOptions,
  type StoredAnchor,
} from './reanchor'
export { createIntervalIndex, type Interval, type IntervalIndex } from './interval-index'
