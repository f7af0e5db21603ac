/**
 * Places a stored highlight on a document's current canonical text: the stored position if
 * the text is unchanged, else the quote found again (exactly, then approximately), scored
 * on the quote, its context and nearness; or an orphan when nothing credible is left.
 */
import search from 'approx-string-match'
import { createEditDistance, MAX_PATTERN_LENGTH } from './edit-distance'
import { createNgramIndex, NGRAM_LENGTH, type NgramIndex } from './ngram-index'
import type { Selectors, TextQuote } from './selectors'

/** What a highlight stores to be placed again: its selectors and the rev they were made on. */
export interface StoredAnchor {
  selectors: Selectors
  rev: string
}

/** Tuning for {@link reanchor}. */
export interface ReanchorOptions {
  /** Score in [0, 1] at or above which a match is placed; below it, it is only offered. */
  threshold?: number
}

/**
 * Where a highlight lands on the current text.
 * - `placed`: paint it. `method` says how it was found; `score` in [0, 1] is the
 *   confidence: 1 for an unchanged text or a quote still in place, just under 1 for a
 *   verbatim quote with intact context that moved.
 * - `uncertain`: the best candidate scored below the threshold; offer it to the analyst
 *   to confirm, and do not paint it as placed. `exact` when the quote itself is intact
 *   but its context does not say this is the right occurrence.
 * - `orphan`: nothing credible; keep the highlight and list it, never drop it.
 */
export type Placement =
  | {
      status: 'placed'
      start: number
      end: number
      method: 'position' | 'quote-at-position' | 'exact' | 'fuzzy'
      score: number
    }
  | { status: 'uncertain'; start: number; end: number; method: 'exact' | 'fuzzy'; score: number }
  | { status: 'orphan' }

/**
 * Default confidence needed to place a highlight without asking. With the weights used
 * here, 0.75 is reached by: a verbatim quote of about 40 or more characters on its own; a
 * shorter verbatim quote (a name, a common word) only with at least one side of its
 * context intact; an approximate match only when its context agrees, or, for a quote of
 * about 100 or more characters, when nine tenths of it survive. Below that line the
 * evidence for this place over another is weak: for a highlighted "the" whose paragraph
 * was deleted from the curated corpus, the best other "the" scored 0.53 typically and
 * 0.70 at most; so the analyst decides rather than the tool guessing silently.
 */
export const DEFAULT_CONFIDENCE_THRESHOLD = 0.75

/**
 * Scores below this are orphans rather than uncertain: what an approximate search finds
 * for a passage that is gone (about half the characters wrong, no context) scores under
 * it, and offering such noise for confirmation wastes the analyst's time.
 */
export const ORPHAN_SCORE_FLOOR = 0.5

/**
 * An approximate match is never placed without confirmation if less than this fraction
 * of its quote survives (1 - errors / length), however well the context agrees: the
 * analyst marked those words, and when a quarter of them have changed, what sits between
 * the old context may be a different statement.
 */
export const MIN_PLACED_QUOTE_SIMILARITY = 0.75

/**
 * An approximate match whose context is contradicted on one side (it agrees no better
 * than chance) is placed without confirmation only if this much of its quote survives.
 * When a passage is deleted its neighbours close up, and a short quote that starts or
 * ends like its own context ("trade" before "trade bh…") then matches the neighbour,
 * with the context intact on one side and wrong on the other. Nine tenths is what the
 * threshold already asks of a long quote found with no context at all.
 */
export const MIN_PLACED_SIMILARITY_AGAINST_CONTEXT = 0.9

/** Quotes shorter than this are never matched approximately: too many places fit. */
export const MIN_FUZZY_QUOTE_LENGTH = 3

/** Characters searched each side of the expected place before searching everywhere. */
export const SEARCH_WINDOW = 1000

/** Largest number of errors an approximate match may have: half the quote, at most 256. */
export function maxQuoteErrors(quoteLength: number): number {
  return Math.min(256, Math.floor(quoteLength / 2))
}

/**
 * Largest number of errors for a match found far from both the old position and any
 * surviving context: a tenth of the quote. There nothing but the quote vouches for the
 * place, and a heavier rewrite is indistinguishable from the noise any long passage finds
 * in other text (which would score under {@link ORPHAN_SCORE_FLOOR} anyway). The limit
 * also lets an n-gram filter replace a scan of the whole text, which matters when a
 * deleted section leaves dozens of highlights with nothing to find. Quotes under about
 * 20 characters are not searched for far away with errors at all: the filter cannot
 * tell their matches from chance, and the verbatim search already covered the text.
 */
export function maxFarErrors(quoteLength: number): number {
  return Math.min(maxQuoteErrors(quoteLength), Math.floor(quoteLength / 10))
}

// Weights after the Hypothesis client's quote matcher: the quote dominates, context
// decides between occurrences, nearness only breaks ties between equals.
const QUOTE_WEIGHT = 50
const CONTEXT_WEIGHT = 20
const POSITION_WEIGHT = 2
// A short quote says little about where it belongs, a long one says nearly everything:
// context weight scales with REFERENCE / quote length, within these bounds.
const CONTEXT_REFERENCE_LENGTH = 16
const MIN_CONTEXT_SCALE = 0.2
const MAX_CONTEXT_SCALE = 1.2
// Context similarity (1 - edit distance / length) at or below this is what unrelated
// English text reaches when the best of many occurrences is taken; it counts as none.
const CHANCE_SIMILARITY = 0.5
// Context of this many characters or more is distinctive enough to search for on its own.
const MIN_HINT_CONTEXT = 12
// Context occurrences nearest the expected place that are tried as hints.
const MAX_HINTS = 2
// Far search needs a match to share at least this many n-grams with the quote; fewer
// happen by chance in any text, so the filter would pass nearly everything.
const MIN_SHARED_NGRAMS = 4
// Past this many windows to verify, one scan of the whole text is cheaper.
const MAX_FAR_WINDOWS = 300

/** The current text and what is worth computing once for it, shared by many highlights. */
interface Haystack {
  text: string
  /** Every verbatim occurrence of `needle`, ascending. */
  occurrences(needle: string): number[]
  /** The n-gram index for a search of the whole text, or null when a scan is cheaper. */
  farIndex(): NgramIndex | null
}

// Grams of a needle sampled to find its rarest one; more rarely pays for the lookups.
const SAMPLED_GRAMS = 8
// Building the n-gram index costs about as much as a few hundred indexOf scans of the
// same text, or five approximate scans: scan until the index is likely to pay off.
const SCANS_BEFORE_INDEX = 200
const FAR_SEARCHES_BEFORE_INDEX = 4

function createHaystack(text: string): Haystack {
  let index: NgramIndex | null = null
  let scans = 0
  let farSearches = 0
  const ngrams = () => (index ??= createNgramIndex(text))
  const scan = (needle: string) => {
    const found: number[] = []
    for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) found.push(i)
    return found
  }
  // Candidates of the rarest of a few sampled n-grams, confirmed in full.
  const lookUp = (grams: NgramIndex, needle: string) => {
    const last = needle.length - NGRAM_LENGTH
    let offset = 0
    let hits = grams.candidates(needle.slice(0, NGRAM_LENGTH))
    for (let i = 1; i < SAMPLED_GRAMS && hits.length > 0; i++) {
      const o = Math.floor((i * last) / (SAMPLED_GRAMS - 1))
      const more = grams.candidates(needle.slice(o, o + NGRAM_LENGTH))
      if (more.length < hits.length) [offset, hits] = [o, more]
    }
    const found: number[] = []
    for (const at of hits) {
      if (at >= offset && text.startsWith(needle, at - offset)) found.push(at - offset)
    }
    return found
  }
  return {
    text,
    occurrences(needle) {
      if (needle.length < NGRAM_LENGTH) return scan(needle)
      if (index === null && ++scans <= SCANS_BEFORE_INDEX) return scan(needle)
      return lookUp(ngrams(), needle)
    },
    farIndex() {
      if (index === null && ++farSearches <= FAR_SEARCHES_BEFORE_INDEX) return null
      return ngrams()
    },
  }
}

// One slot: callers re-anchor every highlight of the open document against the same text,
// often one call at a time, so keeping its index saves rebuilding it per highlight. The
// cache changes no result, only how fast it comes.
let lastHaystack: Haystack | null = null

function haystackFor(text: string): Haystack {
  if (lastHaystack?.text !== text) lastHaystack = createHaystack(text)
  return lastHaystack
}

interface Candidate {
  start: number
  end: number
  score: number
  /** 1 - errors / quote length. */
  similarity: number
  /** Both stored context sides equal the text around the candidate. */
  intact: boolean
  /** A stored context side agrees no better than chance with the text beside it. */
  contradicted: boolean
}

/** Scores candidate ranges for one quote; built once per highlight, used per candidate. */
type Scorer = (start: number, end: number, errors: number) => Candidate

function contextScale(quoteLength: number): number {
  const scale = CONTEXT_REFERENCE_LENGTH / Math.max(1, quoteLength)
  return Math.min(MAX_CONTEXT_SCALE, Math.max(MIN_CONTEXT_SCALE, scale))
}

function agreement(distance: number, length: number): number {
  const similarity = 1 - distance / length
  return Math.max(0, (similarity - CHANCE_SIMILARITY) / (1 - CHANCE_SIMILARITY))
}

/**
 * The scorer for `quote` on `text`, nearness measured from `expected`. A candidate's
 * score is the weighted mean of quote similarity (1 - errors / length), prefix and suffix
 * agreement beyond chance, and nearness (1 - distance / text length). Context weight
 * shrinks with quote length and with how much context was stored (none at a text edge:
 * absent context is no evidence either way).
 */
function createScorer(text: string, quote: TextQuote, expected: number): Scorer {
  const m = quote.exact.length
  // Stored context is at most CONTEXT_LENGTH, but a record from elsewhere may have more:
  // keep the part next to the quote, which says most about the place.
  const prefix = quote.prefix.slice(-MAX_PATTERN_LENGTH)
  const suffix = quote.suffix.slice(0, MAX_PATTERN_LENGTH)
  const prefixDistance = createEditDistance(prefix)
  const suffixDistance = createEditDistance(suffix)
  const contextWeight = CONTEXT_WEIGHT * contextScale(m)
  const prefixWeight = (contextWeight * prefix.length) / MAX_PATTERN_LENGTH
  const suffixWeight = (contextWeight * suffix.length) / MAX_PATTERN_LENGTH
  const total = QUOTE_WEIGHT + prefixWeight + suffixWeight + POSITION_WEIGHT
  const span = Math.max(1, text.length)

  return (start, end, errors) => {
    let intact = true
    let prefixAgreement = 1
    // startsWith clamps a negative position to 0: a candidate too near the start of the
    // text to have the stored prefix before it would otherwise count as having it.
    const prefixHere = start >= prefix.length && text.startsWith(prefix, start - prefix.length)
    if (prefix.length > 0 && !prefixHere) {
      intact = false
      const distance = prefixDistance(text, start - prefix.length, start)
      prefixAgreement = agreement(distance, prefix.length)
    }
    let suffixAgreement = 1
    if (suffix.length > 0 && !text.startsWith(suffix, end)) {
      intact = false
      suffixAgreement = agreement(suffixDistance(text, end, end + suffix.length), suffix.length)
    }
    const quoteSimilarity = Math.max(0, 1 - errors / m)
    const nearness = 1 - Math.min(1, Math.abs(start - expected) / span)
    const weighted =
      QUOTE_WEIGHT * quoteSimilarity +
      prefixWeight * prefixAgreement +
      suffixWeight * suffixAgreement +
      POSITION_WEIGHT * nearness
    const contradicted =
      (prefix.length > 0 && prefixAgreement === 0) || (suffix.length > 0 && suffixAgreement === 0)
    return {
      start,
      end,
      score: Math.min(1, weighted / total),
      similarity: quoteSimilarity,
      intact,
      contradicted,
    }
  }
}

function better(a: Candidate | null, b: Candidate | null): Candidate | null {
  if (a === null) return b
  if (b === null) return a
  return b.score > a.score ? b : a
}

/**
 * Best exact occurrence of the quote: first within {@link SEARCH_WINDOW} of `expected`,
 * returning at once if one there has intact context (nothing outside can beat it: it
 * could at most tie on context and is farther); otherwise every occurrence in the text.
 * `found` says whether the quote occurs at all.
 */
function bestExact(haystack: Haystack, exact: string, score: Scorer, expected: number) {
  const { text } = haystack
  const m = exact.length
  const from = Math.max(0, expected - SEARCH_WINDOW)
  const to = Math.min(text.length, expected + m + SEARCH_WINDOW)
  // A slice bounds indexOf to the window; V8 makes it a view, not a copy.
  const window = text.slice(from, to)
  let best: Candidate | null = null
  for (let i = window.indexOf(exact); i >= 0; i = window.indexOf(exact, i + 1)) {
    best = better(best, score(from + i, from + i + m, 0))
  }
  if (best?.intact) return { best, found: true }
  let found = best !== null
  for (const i of haystack.occurrences(exact)) {
    found = true
    if (i >= from && i + m <= to) continue
    best = better(best, score(i, i + m, 0))
  }
  return { best, found }
}

/** Best approximate match with at most `k` errors inside text[from, to). */
function bestFuzzyIn(
  text: string,
  exact: string,
  k: number,
  from: number,
  to: number,
  score: Scorer,
): Candidate | null {
  const start = Math.max(0, from)
  const end = Math.min(text.length, to)
  if (end - start < exact.length - k) return null
  let best: Candidate | null = null
  // The search reports only the matches with the fewest errors; context then decides.
  for (const match of search(text.slice(start, end), exact, k)) {
    best = better(best, score(start + match.start, start + match.end, match.errors))
  }
  return best
}

/**
 * Approximate matches with at most `k` errors anywhere in the text, found through the
 * n-gram index rather than a scan (the q-gram lemma): a match with k errors still shares
 * at least (m - q + 1) - q·k of the quote's n-grams, each within k of its own diagonal
 * (text position minus offset in the quote). Votes are counted per band of 2k + 1
 * diagonals, and only the text under a pair of neighbouring bands with enough votes is
 * searched. Returns null when the quote is too short for that count to mean anything.
 */
function bestFar(haystack: Haystack, exact: string, k: number, score: Scorer): Candidate | null {
  const m = exact.length
  const grams = m - NGRAM_LENGTH + 1
  const needed = grams - NGRAM_LENGTH * k
  // k = 0 is the exact search, already done.
  if (k === 0 || needed < MIN_SHARED_NGRAMS) return null
  const { text } = haystack
  const index = haystack.farIndex()
  if (index === null) return bestFuzzyIn(text, exact, k, 0, text.length, score)
  const band = 2 * k + 1
  // Diagonals run from -k (a match starting before the text would) to the text's end.
  const votes = new Int32Array(Math.ceil((text.length + k + 1) / band) + 1)
  const touched: number[] = []
  for (let offset = 0; offset < grams; offset++) {
    const gram = exact.slice(offset, offset + NGRAM_LENGTH)
    for (const at of index.candidates(gram)) {
      const diagonal = at - offset
      if (diagonal < -k || !text.startsWith(gram, at)) continue
      const b = Math.floor((diagonal + k) / band)
      const before = votes[b] ?? 0
      votes[b] = before + 1
      if (before === 0) touched.push(b)
    }
  }
  touched.sort((a, b) => a - b)
  let best: Candidate | null = null
  let open: [number, number] | null = null
  let searched = 0
  for (const b of touched) {
    if ((votes[b] ?? 0) + (votes[b + 1] ?? 0) < needed) continue
    // Bands b and b + 1 hold diagonals [b·band - k, (b + 2)·band - k); the match starts
    // within k of one of them and may run k longer than the quote.
    const from = b * band - 2 * k
    const to = (b + 2) * band + m + k
    if (open !== null && from <= open[1]) {
      open[1] = Math.max(open[1], to)
      continue
    }
    if (open !== null) best = better(best, bestFuzzyIn(text, exact, k, open[0], open[1], score))
    if (++searched > MAX_FAR_WINDOWS) return bestFuzzyIn(text, exact, k, 0, text.length, score)
    open = [from, to]
  }
  if (open !== null) best = better(best, bestFuzzyIn(text, exact, k, open[0], open[1], score))
  return best
}

/** Occurrences of `needle` nearest `near` (at most {@link MAX_HINTS}), as offsets. */
function nearestOccurrences(haystack: Haystack, needle: string, near: number): number[] {
  if (needle.length < MIN_HINT_CONTEXT) return []
  return haystack
    .occurrences(needle)
    .sort((a, b) => Math.abs(a - near) - Math.abs(b - near))
    .slice(0, MAX_HINTS)
}

/**
 * Approximate search, cheapest places first, stopping once a candidate reaches the
 * threshold: next to where the stored context still occurs verbatim (an edited quote in
 * an untouched paragraph, wherever it moved), then around `expected`, then (only when the
 * quote occurs nowhere exactly, since the search reports only the fewest-error matches
 * and would return those occurrences again) the whole text, with the tighter
 * {@link maxFarErrors} budget.
 */
function bestFuzzy(
  haystack: Haystack,
  quote: TextQuote,
  score: Scorer,
  expected: number,
  threshold: number,
  exactFound: boolean,
): Candidate | null {
  const { text } = haystack
  const { exact } = quote
  const m = exact.length
  const k = maxQuoteErrors(m)
  const slack = k + 8
  let best: Candidate | null = null
  const enough = () => best !== null && best.score >= threshold
  const prefix = quote.prefix.slice(-MAX_PATTERN_LENGTH)
  for (const at of nearestOccurrences(haystack, prefix, expected - prefix.length)) {
    const start = at + prefix.length
    best = better(best, bestFuzzyIn(text, exact, k, start - slack, start + m + slack, score))
  }
  if (enough()) return best
  const suffix = quote.suffix.slice(0, MAX_PATTERN_LENGTH)
  for (const at of nearestOccurrences(haystack, suffix, expected + m)) {
    best = better(best, bestFuzzyIn(text, exact, k, at - m - slack, at + slack, score))
  }
  if (enough()) return best
  const reach = m + SEARCH_WINDOW
  best = better(best, bestFuzzyIn(text, exact, k, expected - reach, expected + m + reach, score))
  if (enough() || exactFound) return best
  return better(best, bestFar(haystack, exact, maxFarErrors(m), score))
}

function verdict(best: Candidate | null, method: 'exact' | 'fuzzy', threshold: number): Placement {
  // A caller's threshold under the floor lowers the floor too, or nothing could land
  // between them.
  if (best === null || best.score < Math.min(ORPHAN_SCORE_FLOOR, threshold)) {
    return { status: 'orphan' }
  }
  const { start, end, score } = best
  const minimum = best.contradicted
    ? MIN_PLACED_SIMILARITY_AGAINST_CONTEXT
    : MIN_PLACED_QUOTE_SIMILARITY
  return score >= threshold && best.similarity >= minimum
    ? { status: 'placed', start, end, method, score }
    : { status: 'uncertain', start, end, method, score }
}

/** What the steps without approximate search concluded. */
interface Attempt {
  /** Final when not null. */
  placement: Placement | null
  /** Best exact occurrence, which fell short of the threshold. */
  exact: Candidate | null
  /** Whether the quote occurs verbatim anywhere. */
  exactFound: boolean
}

function isValidPosition(text: string, start: number, end: number): boolean {
  return Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end <= text.length
}

/** Steps 1 to 3: unchanged text, the quote still in place, the quote found verbatim. */
function placeCheaply(
  haystack: Haystack,
  rev: string,
  stored: StoredAnchor,
  threshold: number,
  expected: number,
): Attempt {
  const { text } = haystack
  const { quote, position } = stored.selectors
  const { exact } = quote
  if (exact.length === 0 || text.length === 0) {
    return { placement: { status: 'orphan' }, exact: null, exactFound: false }
  }
  const { start, end } = position
  // Same rev means the same text, so the position holds; the quote check only guards
  // against a record whose selectors disagree with its rev.
  if (rev === stored.rev && isValidPosition(text, start, end) && text.slice(start, end) === exact) {
    return {
      placement: { status: 'placed', start, end, method: 'position', score: 1 },
      exact: null,
      exactFound: true,
    }
  }
  const score = createScorer(text, quote, expected)
  if (isValidPosition(text, start, start) && text.startsWith(exact, start)) {
    // The quote alone at the old offset is not enough for a short quote: another "the"
    // may sit there after an edit, so its context must agree too.
    const here = score(start, start + exact.length, 0)
    if (here.score >= threshold) {
      return {
        placement: {
          status: 'placed',
          start,
          end: here.end,
          method: 'quote-at-position',
          score: here.score,
        },
        exact: null,
        exactFound: true,
      }
    }
  }
  const { best, found } = bestExact(haystack, exact, score, expected)
  const placement =
    best !== null && best.score >= threshold ? verdict(best, 'exact', threshold) : null
  return { placement, exact: best, exactFound: found }
}

/** Step 4: approximate search, then the better of it and the best exact occurrence. */
function placeFuzzily(
  haystack: Haystack,
  stored: StoredAnchor,
  threshold: number,
  expected: number,
  attempt: Attempt,
): Placement {
  const { quote } = stored.selectors
  if (quote.exact.length < MIN_FUZZY_QUOTE_LENGTH) return verdict(attempt.exact, 'exact', threshold)
  const score = createScorer(haystack.text, quote, expected)
  const best = bestFuzzy(haystack, quote, score, expected, threshold, attempt.exactFound)
  // On equal scores the verbatim reading wins.
  if (attempt.exact !== null && (best === null || attempt.exact.score >= best.score)) {
    return verdict(attempt.exact, 'exact', threshold)
  }
  return verdict(best, 'fuzzy', threshold)
}

function clampedStart(text: string, stored: StoredAnchor): number {
  const { start } = stored.selectors.position
  return Number.isFinite(start) ? Math.max(0, Math.min(text.length, Math.trunc(start))) : 0
}

/**
 * Places one stored highlight on `text`, the document's current canonical text, whose rev
 * is `rev`. In order: (1) same rev and the stored position holds the quote: `position`,
 * score 1; (2) the quote still at the stored start and its context agrees:
 * `quote-at-position`; (3) the best-scoring verbatim occurrence, nearness breaking ties:
 * `exact`; (4) for quotes of {@link MIN_FUZZY_QUOTE_LENGTH} or more characters, the
 * best approximate match with at most {@link maxQuoteErrors} errors near the surviving
 * context or the old position, else at most {@link maxFarErrors} anywhere: `fuzzy`.
 * The best candidate is `placed` at or above `options.threshold` (default
 * {@link DEFAULT_CONFIDENCE_THRESHOLD}) if at least {@link MIN_PLACED_QUOTE_SIMILARITY}
 * of its quote survives, `uncertain` from {@link ORPHAN_SCORE_FLOOR} (or the threshold,
 * if lower), else an `orphan`; an empty quote or empty text is always an orphan. Stored offsets that are
 * out of range or not integers are never trusted, only used as a hint.
 */
export function reanchor(
  text: string,
  rev: string,
  stored: StoredAnchor,
  options: ReanchorOptions = {},
): Placement {
  const threshold = options.threshold ?? DEFAULT_CONFIDENCE_THRESHOLD
  const expected = clampedStart(text, stored)
  const haystack = haystackFor(text)
  const attempt = placeCheaply(haystack, rev, stored, threshold, expected)
  return attempt.placement ?? placeFuzzily(haystack, stored, threshold, expected, attempt)
}

/**
 * Places many highlights of one document; the result is in the order of `stored`, each
 * as {@link reanchor} would describe it. Prefer it to a loop over {@link reanchor}:
 * highlights found verbatim tell how far their stretch of text shifted, so each one that needs an approximate search
 * starts from its old position plus the shift of its nearest such neighbour (in old
 * positions) rather than from a stale offset.
 */
export function reanchorAll(
  text: string,
  rev: string,
  stored: readonly StoredAnchor[],
  options: ReanchorOptions = {},
): Placement[] {
  const threshold = options.threshold ?? DEFAULT_CONFIDENCE_THRESHOLD
  const haystack = haystackFor(text)
  const attempts = stored.map((anchor) =>
    placeCheaply(haystack, rev, anchor, threshold, clampedStart(text, anchor)),
  )
  const shifts: Shift[] = []
  stored.forEach((anchor, i) => {
    const placement = attempts[i]?.placement
    if (placement?.status === 'placed') {
      const from = clampedStart(text, anchor)
      shifts.push({ from, by: placement.start - from })
    }
  })
  shifts.sort((a, b) => a.from - b.from)
  return stored.map((anchor, i) => {
    let attempt = attempts[i] ?? placeCheaply(haystack, rev, anchor, threshold, 0)
    if (attempt.placement !== null) return attempt.placement
    const old = clampedStart(text, anchor)
    const expected = Math.max(0, Math.min(text.length, old + nearestShift(shifts, old)))
    // Nearness decides between equally good verbatim occurrences, so rank them again
    // from the better estimate of where the highlight should be.
    if (expected !== old) attempt = placeCheaply(haystack, rev, anchor, threshold, expected)
    return attempt.placement ?? placeFuzzily(haystack, anchor, threshold, expected, attempt)
  })
}

interface Shift {
  /** Old start offset of a placed highlight. */
  from: number
  /** How far it moved. */
  by: number
}

/** The shift of the placed highlight whose old start is nearest `at`; 0 if none. */
function nearestShift(shifts: readonly Shift[], at: number): number {
  let lo = 0
  let hi = shifts.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if ((shifts[mid]?.from ?? 0) <= at) lo = mid + 1
    else hi = mid
  }
  const before = shifts[lo - 1]
  const after = shifts[lo]
  if (!before) return after?.by ?? 0
  if (!after) return before.by
  return at - before.from <= after.from - at ? before.by : after.by
}
