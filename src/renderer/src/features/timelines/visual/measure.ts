/**
 * Label widths for collision checks, measured on a canvas in the labels' font (the SVG
 * text itself is not laid out yet when the scene is built) and cached per string.
 */

/** The font of `.tc-label` in timeline-chart.css. */
const LABEL_FONT = '12px "Inter Variable", system-ui, -apple-system, "Segoe UI", sans-serif'
/** Average glyph width for the same font, where no canvas is available (tests). */
const FALLBACK_CHAR_WIDTH = 6.6
const CACHE_LIMIT = 20_000

const cache = new Map<string, number>()
let context: CanvasRenderingContext2D | null | undefined

function canvas(): CanvasRenderingContext2D | null {
  if (context !== undefined) return context
  try {
    context = document.createElement('canvas').getContext('2d')
  } catch {
    context = null
  }
  if (context) {
    context.font = LABEL_FONT
    // Widths taken before the web font arrived are a fallback font's: measure again.
    void document.fonts?.ready.then(() => cache.clear())
  }
  return context
}

/** The width in pixels of `text` set as a chart label. */
export function measureLabel(text: string): number {
  const known = cache.get(text)
  if (known !== undefined) return known
  const ctx = canvas()
  const width = ctx ? ctx.measureText(text).width : text.length * FALLBACK_CHAR_WIDTH
  if (cache.size >= CACHE_LIMIT) cache.clear()
  cache.set(text, width)
  return width
}
