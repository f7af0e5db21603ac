/**
 * Where a floating panel goes next to an anchor rectangle: below it when there is room,
 * else above, else on the roomier side, scrolling within that room; only when neither side
 * has room to scroll in does it go over part of the anchor. Always inside the usable
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
 * Less room than this beside the anchor is too cramped to scroll a panel in (a few lines
 * of a form): the panel then covers part of the anchor rather than become a slit.
 */
export const MIN_SCROLL_ROOM = 160

/**
 * Places a panel of `size` beside `anchor` (its end: panels are centred on `anchor.right`,
 * where a selection ends) within `viewport`, keeping `MARGIN` px clear of every edge. A
 * panel wider than the viewport starts at the left margin. A panel taller than the room on
 * either side keeps clear of the anchor on the roomier side and gets a `maxHeight` to
 * scroll within, unless that side has less than `MIN_SCROLL_ROOM`; then it is placed on
 * that side's edge of the viewport, over the anchor.
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
  let top: number
  let cap = Infinity
  if (size.height <= roomBelow) top = anchor.bottom + gap
  else if (size.height <= roomAbove) top = anchor.top - gap - size.height
  else if (Math.max(roomBelow, roomAbove) >= MIN_SCROLL_ROOM) {
    if (roomBelow >= roomAbove) {
      top = anchor.bottom + gap
      cap = Math.floor(roomBelow)
    } else {
      top = MARGIN
      cap = Math.floor(roomAbove)
    }
  } else {
    const height = Math.min(size.height, floor - MARGIN)
    top = roomBelow >= roomAbove ? floor - height : MARGIN
  }
  const shown = Math.min(size.height, cap, floor - MARGIN)
  const rounded = Math.round(Math.min(Math.max(MARGIN, top), floor - shown))
  const left = Math.max(
    MARGIN,
    Math.min(anchor.right - size.width / 2, viewport.width - size.width - MARGIN),
  )
  return {
    left: Math.round(left),
    top: rounded,
    maxHeight: Math.max(0, Math.min(cap, floor - rounded)),
  }
}

/** A rectangle in viewport coordinates. */
export interface AnchorRect {
  left: number
  top: number
  right: number
  bottom: number
}

/**
 * The anchor for a panel about a passage that may span lines: centred on `end` (where the
 * selection ends, as the toolbar is) but kept clear of the whole `passage` above and below.
 * Without a passage rectangle (not on screen, not placed) it is `end` alone.
 */
export function passageAnchor(end: AnchorRect, passage: AnchorRect | null): AnchorRect {
  if (!passage) return end
  return {
    left: end.left,
    right: end.right,
    top: Math.min(end.top, passage.top),
    bottom: Math.max(end.bottom, passage.bottom),
  }
}
