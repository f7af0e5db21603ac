/**
 * The part of the window a floating panel (toolbar, popover) may use: all of it above the
 * status strip, which is reserved for messages so that neither ever covers the other.
 */

/** Marks the status strip; its top edge is the bottom of the usable area. */
export const STATUS_STRIP_ATTRIBUTE = 'data-status-strip'

/**
 * The usable area's size in CSS pixels, from the window's top-left corner. Without a strip
 * on the page (a test, a view that has none) it is the whole window, scrollbars excluded.
 */
export function usableViewport(): { width: number; height: number } {
  const width = document.documentElement.clientWidth || window.innerWidth
  const height = window.innerHeight
  const strip = document.querySelector(`[${STATUS_STRIP_ATTRIBUTE}]`)
  const top = strip?.getBoundingClientRect().top
  return { width, height: top !== undefined && top > 0 ? Math.min(height, top) : height }
}
