/**
 * Where a floating panel goes next to an anchor rectangle: below it when there is room,
 * else above, kept inside the viewport. Fixed positioning, viewport coordinates.
 */
export function popoverPosition(
  anchor: { left: number; top: number; bottom: number; right: number },
  size: { width: number; height: number },
  viewport: { width: number; height: number } = {
    width: window.innerWidth,
    height: window.innerHeight,
  },
  gap = 8,
): { left: number; top: number } {
  const margin = 8
  const below = anchor.bottom + gap
  const above = anchor.top - gap - size.height
  const top = below + size.height <= viewport.height - margin || above < margin ? below : above
  const left = Math.min(
    Math.max(margin, anchor.right - size.width / 2),
    viewport.width - size.width - margin,
  )
  return {
    left: Math.round(left),
    top: Math.round(Math.min(Math.max(margin, top), viewport.height - size.height - margin)),
  }
}
