import { describe, expect, it } from 'vitest'
import {
  DAY_MS,
  TILE_VIEWS,
  MAX_SPAN,
  MIN_SPAN,
  boundView,
  fitView,
  layerOrigin,
  layerTransform,
  panView,
  revealView,
  viewAround,
  zoomView,
} from './view-math'

const JAN_16 = Date.UTC(2024, 0, 16)
const JAN_29 = Date.UTC(2024, 0, 29)

describe('fitView', () => {
  it('shows everything with a margin', () => {
    const view = fitView(JAN_16, JAN_29, 0)
    expect(view.start).toBeLessThan(JAN_16)
    expect(view.end).toBeGreaterThan(JAN_29)
    expect(view.end - JAN_29).toBeGreaterThan(JAN_16 - view.start)
  })

  it('gives a single day some room and an empty chart the month around the fallback', () => {
    const single = fitView(JAN_16, JAN_16 + DAY_MS, 0)
    expect(single.end - single.start).toBeGreaterThan(2 * DAY_MS)
    const empty = fitView(NaN, NaN, JAN_16)
    expect(empty.start).toBeLessThan(JAN_16)
    expect(empty.end).toBeGreaterThan(JAN_16)
  })

  it('never goes beyond the widest zoom', () => {
    const view = fitView(Date.UTC(1000, 0, 1), Date.UTC(2024, 0, 1), 0)
    expect(view.end - view.start).toBe(MAX_SPAN)
  })
})

describe('zoomView', () => {
  const view = { start: 0, end: 100 * DAY_MS }

  it('keeps the anchor instant in place', () => {
    const zoomed = zoomView(view, 2, 0.25)
    expect(zoomed.end - zoomed.start).toBe(50 * DAY_MS)
    expect(zoomed.start + (zoomed.end - zoomed.start) * 0.25).toBe(25 * DAY_MS)
  })

  it('stops at a day across and at two centuries across', () => {
    const closest = zoomView(view, 1e6)
    expect(closest.end - closest.start).toBe(MIN_SPAN)
    const widest = zoomView(view, 1e-6)
    expect(widest.end - widest.start).toBe(MAX_SPAN)
  })
})

describe('viewAround', () => {
  it('centres a view of whole milliseconds within the limits', () => {
    expect(viewAround(10 * DAY_MS, 2.5)).toEqual({ start: 9.5 * DAY_MS, end: 10.5 * DAY_MS })
  })
})

describe('boundView and revealView', () => {
  it('pulls a view that drifted far from the data back within half a view', () => {
    const far = panView({ start: 0, end: 10 }, 1000)
    expect(boundView(far, 0, 100)).toEqual({ start: 100, end: 110 })
    const near = { start: 20, end: 30 }
    expect(boundView(near, 0, 100)).toBe(near)
  })

  it('leaves a view that shows some of a stretch, else centres it', () => {
    const view = { start: 0, end: 100 }
    expect(revealView(view, 40, 50)).toBe(view)
    expect(revealView(view, -500, 10)).toBe(view)
    expect(revealView(view, 98, 99)).toEqual({ start: 49, end: 149 })
    expect(revealView(view, -50, -49)).toEqual({ start: -99, end: 1 })
    expect(revealView(view, 200, 1000)).toEqual({ start: 190, end: 290 })
  })
})

describe('layerOrigin and layerTransform', () => {
  it('keeps the origin while the view pans within a tile', () => {
    const view = { start: 1000, end: 1100 }
    const origin = layerOrigin(view)
    expect(origin).toBeLessThanOrEqual(view.start)
    expect(layerOrigin(panView(view, 150))).toBe(origin)
    expect(layerOrigin(panView(view, 100 * TILE_VIEWS))).not.toBe(origin)
  })

  it('maps an instant of the layer to where the live view shows it', () => {
    const width = 400
    const drawn = { start: 1000, end: 2000 }
    const origin = layerOrigin(drawn)
    const drawnPerPx = 1000 / width
    const instant = 1500
    const layerX = (instant - origin) / drawnPerPx
    const still = layerTransform(origin, drawnPerPx, drawn, width)
    expect(still.scale).toBe(1)
    expect(still.scale * layerX + still.offset).toBeCloseTo(200)
    const live = { start: 1200, end: 1700 }
    const { scale, offset } = layerTransform(origin, drawnPerPx, live, width)
    expect(scale * layerX + offset).toBeCloseTo(((instant - live.start) / 500) * width)
  })
})
