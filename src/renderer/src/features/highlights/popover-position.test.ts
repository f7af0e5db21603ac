import { describe, expect, it } from 'vitest'
import { popoverPosition } from './popover-position'

const viewport = { width: 1000, height: 800 }
const size = { width: 200, height: 100 }

describe('popoverPosition', () => {
  it('goes below the anchor, centred on its end', () => {
    expect(
      popoverPosition({ left: 100, top: 100, bottom: 120, right: 400 }, size, viewport),
    ).toEqual({
      left: 300,
      top: 128,
    })
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
})
