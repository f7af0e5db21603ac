/**
 * Search snippets: a window of a text around its best cluster of hits, cut at word
 * boundaries, with the hits as offset ranges into the snippet so a view can mark them with
 * elements (never innerHTML).
 */
import { allowedEdits, matchesByPrefix } from './search-engine'
import { foldTerm, queryWords, wordSpans } from './tokenise'

/** A marked range of a snippet: `text.slice(start, end)` is the hit. */
export interface HitRange {
  start: number
  end: number
}

/** A snippet and its hits, in order, not overlapping, all inside `text`. */
export interface Snippet {
  /** The excerpt, with "…" where it was cut from a longer text. */
  text: string
  hits: HitRange[]
}

/** Decides whether a folded word (or part of a compound) is a hit. */
export type TermMatcher = (term: string) => boolean

/** Options of {@link termMatcher}. */
export interface TermMatcherOptions {
  /** Whether a word that starts with the last query word is a hit (search as you type). */
  prefix?: boolean
  /** Whether words an edit or two away are hits, as the index allows ({@link allowedEdits}). */
  fuzzy?: boolean
}

/** Whether `a` and `b` are within `max` insertions, deletions or substitutions. */
export function withinEdits(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false
  if (a === b) return true
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const row = [i]
    let best = i
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1
      const value = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost)
      row.push(value)
      if (value < best) best = value
    }
    if (best > max) return false
    prev = row
  }
  return (prev[b.length] ?? Infinity) <= max
}

/**
 * A matcher for the words of `query` (folded as the index folds them, compound parts
 * included): a word is a hit when it equals one, starts with the last one (`prefix`), or is
 * (`fuzzy`) within the edits {@link allowedEdits} gives a query word.
 */
export function termMatcher(query: string, options: TermMatcherOptions = {}): TermMatcher {
  const words = queryWords(query)
  const terms = new Set<string>()
  for (const w of words) {
    terms.add(w.term)
    for (const p of w.parts) terms.add(p)
  }
  const last = words[words.length - 1]
  const prefixes = (options.prefix && last ? [last.term, ...last.parts.slice(-1)] : []).filter(
    matchesByPrefix,
  )
  const fuzzy = options.fuzzy
    ? [...terms].map((t) => ({ t, edits: allowedEdits(t) })).filter((f) => f.edits > 0)
    : []
  return (term) => {
    if (terms.has(term)) return true
    if (prefixes.some((p) => term.startsWith(p))) return true
    return fuzzy.some(({ t, edits }) => withinEdits(term, t, edits))
  }
}

/** Hit ranges of `text` by `isHit`: a whole word when it matches whole, else its parts. */
export function findHits(text: string, isHit: TermMatcher): HitRange[] {
  const hits: HitRange[] = []
  for (const span of wordSpans(text)) {
    if (isHit(span.term)) {
      hits.push({ start: span.start, end: span.end })
      continue
    }
    for (const part of span.parts) {
      if (isHit(part.term)) hits.push({ start: part.start, end: part.end })
    }
  }
  return hits
}

const ELLIPSIS = '…'

/** Only spaces and hyphens (of every kind) between two hits: they read as one phrase. */
const JOINER = /^[\s\-\u2010-\u2014]{1,3}$/

/**
 * `hits` with the ones separated only by a space or a hyphen joined, so "Jaish-al-Adl"
 * or "Marg Bar Sarmachar" is marked as one phrase rather than word by word.
 */
export function joinHits(text: string, hits: readonly HitRange[]): HitRange[] {
  const joined: HitRange[] = []
  for (const hit of hits) {
    const last = joined.at(-1)
    if (last && JOINER.test(text.slice(last.end, hit.start))) last.end = hit.end
    else joined.push({ ...hit })
  }
  return joined
}

/** Whether the character at `i` of `text` is whitespace (the ends count as boundaries). */
function isSpaceAt(text: string, i: number): boolean {
  return i <= 0 || i >= text.length || /\s/.test(text.charAt(i))
}

/**
 * A window of about `maxLength` characters (160 by default) of `text` around its best
 * cluster of hits: the window with the most distinct hit words, then the most hits, then
 * the earliest. The window is widened evenly on both sides, moved to whole words (never
 * cutting one unless a single word is longer than the window) and trimmed of spaces; "…"
 * marks each cut end. A text with no hit gives its beginning with no hits. Hit ranges are
 * offsets into the returned text (after a leading "…"); a hit cut by the window is dropped.
 */
export function makeSnippet(text: string, isHit: TermMatcher, maxLength = 160): Snippet {
  const hits = findHits(text, isHit)
  if (text.length <= maxLength) return { text, hits: joinHits(text, hits) }
  let from = 0
  let to = maxLength
  if (hits.length > 0) {
    const keys = hits.map((h) => foldTerm(text.slice(h.start, h.end)))
    let best = { first: 0, last: 0, distinct: 0, count: 0 }
    for (let i = 0; i < hits.length; i++) {
      const seen = new Set<string>()
      let j = i
      const start = hits[i]!.start
      while (j < hits.length && hits[j]!.end - start <= maxLength) seen.add(keys[j++]!)
      const count = j - i
      if (seen.size > best.distinct || (seen.size === best.distinct && count > best.count)) {
        best = { first: i, last: Math.max(i, j - 1), distinct: seen.size, count }
      }
    }
    const start = hits[best.first]!.start
    const end = Math.max(hits[best.last]!.end, Math.min(text.length, start + 1))
    const slack = Math.max(0, maxLength - (end - start))
    from = Math.max(0, start - Math.floor(slack / 2))
    to = Math.min(text.length, from + Math.max(maxLength, end - start))
    from = Math.max(0, to - maxLength)
    if (from > start) from = start
    if (to < end) to = end
  }
  // Move inward to word boundaries, unless that would empty the window.
  let a = from
  while (a < to && !isSpaceAt(text, a - 1) && !isSpaceAt(text, a)) a++
  let b = to
  while (b > a && !isSpaceAt(text, b) && !isSpaceAt(text, b - 1)) b--
  if (b - a > 0 && (hits.length === 0 || hits.some((h) => h.start >= a && h.end <= b))) {
    from = a
    to = b
  }
  while (from < to && /\s/.test(text.charAt(from))) from++
  while (to > from && /\s/.test(text.charAt(to - 1))) to--
  const lead = from > 0 ? ELLIPSIS : ''
  const tail = to < text.length ? ELLIPSIS : ''
  const shift = lead.length - from
  const shown = lead + text.slice(from, to) + tail
  return {
    text: shown,
    hits: joinHits(
      shown,
      hits
        .filter((h) => h.start >= from && h.end <= to)
        .map((h) => ({ start: h.start + shift, end: h.end + shift })),
    ),
  }
}
