/**
 * Where a floating panel goes next to an anchor rectangle: below it when there is room,
 * else above, else on the roomier side over part of the anchor; always inside the usable
 * viewport (the window above the status strip), so no message covers it and no edge
 * clips it. Fixed positioning, viewport coordinates.
 */
import { usableViewport } from './usable-viewport'

/** Inline style for a `position: fixed` panel; `maxHeight` lets a panel taller than the room scroll. */
export interface PopoverPlacement {
  left: number
  top: number
  maxHeight: number
}

const MARGIN = 8

/**
 * Places a panel of `size` beside `anchor` (its end: panels are centred on `anchor.right`,
 * where a selection ends) within `viewport`, keeping `MARGIN` px clear of every edge. A
 * panel wider than the viewport starts at the left margin; one taller than the room
 * starts at the top margin and gets a `maxHeight` to scroll within.
 */
export function popoverPosition(
  anchor: { left: number; top: number; bottom: number; right: number },
  size: { width: number; height: number },
  viewport: { width: number; height: number } = usableViewport(),
  gap = 8,
): PopoverPlacement {
  const floor = viewport.height - MARGIN
  const roomBelow = floor - (anchor.bottom + gap)
  const roomAbove = anchor.top - gap - MARGIN
  const height = Math.min(size.height, floor - MARGIN)
  let top: number
  if (size.height <= roomBelow) top = anchor.bottom + gap
  else if (size.height <= roomAbove) top = anchor.top - gap - size.height
  else top = roomBelow >= roomAbove ? floor - height : MARGIN
  top = Math.min(Math.max(MARGIN, top), floor - height)
  const left = Math.max(
    MARGIN,
    Math.min(anchor.right - size.width / 2, viewport.width - size.width - MARGIN),
  )
  const rounded = Math.round(top)
  return { left: Math.round(left), top: rounded, maxHeight: Math.max(0, floor - rounded) }
}
