import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { MIN_SCROLL_ROOM, passageAnchor, popoverPosition } from './popover-position'

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

  it('fits on neither side: goes to the roomier side, clear of the anchor, and scrolls there', () => {
    const tall = { width: 420, height: 500 }
    const low = popoverPosition({ left: 100, top: 500, bottom: 520, right: 300 }, tall, viewport)
    expect(low).toMatchObject({ top: 8, maxHeight: 484 })
    expect(low.top + low.maxHeight).toBeLessThanOrEqual(500 - 8)
    const high = popoverPosition({ left: 100, top: 300, bottom: 320, right: 300 }, tall, viewport)
    expect(high).toMatchObject({ top: 328, maxHeight: 464 })
    const huge = popoverPosition(
      { left: 100, top: 400, bottom: 420, right: 300 },
      { width: 420, height: 2000 },
      viewport,
    )
    expect(huge).toMatchObject({ top: 8, maxHeight: 384 })
  })

  it('covers part of an anchor that leaves too little room on both sides to scroll in', () => {
    const tall = { width: 420, height: 500 }
    const place = popoverPosition({ left: 100, top: 100, bottom: 700, right: 300 }, tall, viewport)
    expect(place).toMatchObject({ top: 292, maxHeight: 500 })
  })

  it('never covers an on-screen anchor while one side has room to scroll in', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 780 }),
        fc.integer({ min: 0, max: 400 }),
        fc.integer({ min: 20, max: 1200 }),
        (y, h, height) => {
          const anchor = { left: 100, top: y, right: 300, bottom: Math.min(y + h, 792) }
          const roomAbove = anchor.top - 16
          const roomBelow = 792 - anchor.bottom - 8
          fc.pre(Math.max(roomAbove, roomBelow) >= MIN_SCROLL_ROOM)
          const place = popoverPosition(anchor, { width: 200, height }, viewport)
          const bottom = place.top + Math.min(height, place.maxHeight)
          expect(bottom <= anchor.top || place.top >= anchor.bottom).toBe(true)
        },
      ),
    )
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

describe('passageAnchor', () => {
  const end = { left: 300, top: 140, right: 420, bottom: 160 }

  it('keeps the end’s sides and spans the passage’s lines', () => {
    const passage = { left: 100, top: 100, right: 600, bottom: 160 }
    expect(passageAnchor(end, passage)).toEqual({ left: 300, right: 420, top: 100, bottom: 160 })
  })

  it('is the end alone without a passage', () => {
    expect(passageAnchor(end, null)).toBe(end)
  })

  it('places a panel clear of every line of a two-line passage', () => {
    const passage = { left: 100, top: 500, right: 600, bottom: 540 }
    const last = { left: 100, top: 520, right: 250, bottom: 540 }
    const place = popoverPosition(
      passageAnchor(last, passage),
      { width: 300, height: 480 },
      viewport,
    )
    expect(place.top + Math.min(480, place.maxHeight)).toBeLessThanOrEqual(500 - 8)
  })
})
