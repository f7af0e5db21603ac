import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { popoverPosition } from './popover-position'

const viewport = { width: 1000, height: 800 }
const size = { width: 200, height: 100 }

describe('popoverPosition', () => {
  it('goes below the anchor, centred on its end', () => {
    expect(
      popoverPosition({ left: 100, top: 100, bottom: 120, right: 400 }, size, viewport),
    ).toMatchObject({ left: 300, top: 128 })
  })

  it('goes above when there is no room below', () => {
    expect(
      popoverPosition({ left: 100, top: 700, bottom: 720, right: 400 }, size, viewport).top,
    ).toBe(592)
  })

  it('stays inside the viewport at the edges', () => {
    expect(popoverPosition({ left: 0, top: 10, bottom: 20, right: 10 }, size, viewport).left).toBe(
      8,
    )
    expect(
      popoverPosition({ left: 990, top: 10, bottom: 20, right: 999 }, size, viewport).left,
    ).toBe(792)
  })

  it('goes above a selection that ends just above the usable area’s bottom (the status strip)', () => {
    // A 720 px window less a 32 px status strip: the toolbar must not sit on the strip.
    const usable = { width: 1280, height: 688 }
    const toolbar = { width: 470, height: 44 }
    const place = popoverPosition({ left: 500, top: 640, bottom: 662, right: 700 }, toolbar, usable)
    expect(place.top + toolbar.height).toBeLessThanOrEqual(640 - 8)
  })

  it('fits on neither side: keeps it on screen on the roomier side, scrolling if it must', () => {
    const tall = { width: 420, height: 500 }
    const low = popoverPosition({ left: 100, top: 500, bottom: 520, right: 300 }, tall, viewport)
    expect(low).toMatchObject({ top: 8, maxHeight: 784 })
    const high = popoverPosition({ left: 100, top: 300, bottom: 320, right: 300 }, tall, viewport)
    expect(high.top + 500).toBe(792)
    const huge = popoverPosition(
      { left: 100, top: 400, bottom: 420, right: 300 },
      { width: 420, height: 2000 },
      viewport,
    )
    expect(huge).toMatchObject({ top: 8, maxHeight: 784 })
  })

  it('a panel wider than the viewport starts at its left margin', () => {
    expect(
      popoverPosition(
        { left: 100, top: 10, bottom: 20, right: 300 },
        { width: 1200, height: 40 },
        viewport,
      ).left,
    ).toBe(8)
  })

  it('never leaves the viewport, wherever the anchor is (even scrolled off screen)', () => {
    const edge = fc.integer({ min: -2000, max: 3000 })
    fc.assert(
      fc.property(
        edge,
        edge,
        fc.integer({ min: 0, max: 400 }),
        fc.integer({ min: 0, max: 300 }),
        fc.integer({ min: 20, max: 900 }),
        fc.integer({ min: 20, max: 1200 }),
        fc.integer({ min: 300, max: 2000 }),
        fc.integer({ min: 300, max: 1400 }),
        (x, y, w, h, width, height, vw, vh) => {
          const anchor = { left: x, top: y, right: x + w, bottom: y + h }
          const view = { width: vw, height: vh }
          const place = popoverPosition(anchor, { width, height }, view)
          const shown = Math.min(height, place.maxHeight)
          expect(place.top).toBeGreaterThanOrEqual(8)
          expect(place.top + shown).toBeLessThanOrEqual(vh - 8)
          expect(place.left).toBeGreaterThanOrEqual(8)
          if (width <= vw - 16) expect(place.left + width).toBeLessThanOrEqual(vw - 8)
        },
      ),
    )
  })
})
