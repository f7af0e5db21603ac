/**
 * Paints highlights with the CSS Custom Highlight API: one Highlight per colour over
 * the text rendered once, so thousands of highlights cost no DOM changes. Overlaps and
 * passages across paragraphs paint naturally (a Range can span blocks).
 */
import { HIGHLIGHT_COLOR_IDS, type HighlightColorId } from '@shared/highlights/colors'
import { rangeMapperFor } from './dom-offsets'

/** A placed highlight as the painter needs it. */
export interface PaintItem {
  id: string
  color: HighlightColorId
  start: number
  end: number
}

const NAMES = {
  color: (color: HighlightColorId) => `cf-${color}`,
  active: 'cf-active',
  flash: 'cf-flash',
  pending: 'cf-uncertain',
} as const

/** False where the browser lacks the API; the reader then says highlights cannot show. */
export function canPaintHighlights(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight !== 'undefined'
}

/** Ranges already built for a document body, by "id:start:end"; its text never changes. */
const rangeCache = new WeakMap<Element, Map<string, Range>>()

/**
 * Replaces the painted highlights with `items` (and the active one, and uncertain
 * placements drawn as a dotted underline); returns the ranges by highlight id for
 * scrolling. Call after the document's DOM is rendered. Ranges are reused between
 * paints, so adding one highlight to thousands builds one range.
 */
export function paintHighlights(
  root: Element,
  items: readonly PaintItem[],
  uncertain: readonly PaintItem[],
  activeId: string | null,
): Map<string, Range> {
  const ranges = new Map<string, Range>()
  if (!canPaintHighlights()) return ranges
  const previous = rangeCache.get(root) ?? new Map<string, Range>()
  const cache = new Map<string, Range>()
  const rangeFor = (item: PaintItem): Range | null => {
    const key = `${item.id}:${item.start}:${item.end}`
    let range = previous.get(key) ?? null
    range ??= rangeMapperFor(root)(item.start, item.end)
    if (range) cache.set(key, range)
    return range
  }
  const byColor = new Map<HighlightColorId, Range[]>(HIGHLIGHT_COLOR_IDS.map((c) => [c, []]))
  const active: Range[] = []
  for (const item of items) {
    const range = rangeFor(item)
    if (!range) continue
    ranges.set(item.id, range)
    byColor.get(item.color)?.push(range)
    if (item.id === activeId) active.push(range)
  }
  const pending: Range[] = []
  for (const item of uncertain) {
    const range = rangeFor(item)
    if (!range) continue
    ranges.set(item.id, range)
    pending.push(range)
  }
  rangeCache.set(root, cache)
  for (const [color, list] of byColor)
    CSS.highlights.set(NAMES.color(color), new Highlight(...list))
  CSS.highlights.set(NAMES.active, new Highlight(...active))
  CSS.highlights.set(NAMES.pending, new Highlight(...pending))
  return ranges
}

/**
 * Paints one just-created highlight straight away, without waiting for the database's
 * live query to come back round; the next full paint includes it anyway.
 */
export function paintOne(root: Element, item: PaintItem): Range | null {
  if (!canPaintHighlights()) return null
  const range = rangeMapperFor(root)(item.start, item.end)
  if (!range) return null
  const key = NAMES.color(item.color)
  const existing = CSS.highlights.get(key)
  if (existing) existing.add(range)
  else CSS.highlights.set(key, new Highlight(range))
  return range
}

/** Removes every painted highlight (the reader unmounted or changed document). */
export function clearHighlights(): void {
  if (!canPaintHighlights()) return
  for (const color of HIGHLIGHT_COLOR_IDS) CSS.highlights.delete(NAMES.color(color))
  CSS.highlights.delete(NAMES.active)
  CSS.highlights.delete(NAMES.pending)
  CSS.highlights.delete(NAMES.flash)
}

let flashTimer: ReturnType<typeof setTimeout> | undefined

/** Scrolls a passage into view and flashes it briefly so the eye finds it. */
export function flashRange(range: Range, scroller: Element | null): void {
  const rect = range.getBoundingClientRect()
  if (scroller) {
    const box = scroller.getBoundingClientRect()
    const target = scroller.scrollTop + rect.top - box.top - box.height / 3
    scroller.scrollTo({ top: Math.max(0, target), behavior: 'smooth' })
  }
  flashInPlace(range)
}

/** Flashes a passage where it is (the caller has scrolled to it). */
export function flashInPlace(range: Range): void {
  if (!canPaintHighlights()) return
  CSS.highlights.set(NAMES.flash, new Highlight(range))
  clearTimeout(flashTimer)
  flashTimer = setTimeout(() => CSS.highlights.delete(NAMES.flash), 1400)
}
