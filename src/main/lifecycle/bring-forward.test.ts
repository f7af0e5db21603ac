import { describe, expect, it } from 'vitest'
import { bringForwardSteps } from './bring-forward'

const shown = { destroyed: false, minimized: false, visible: true }

describe('bringForwardSteps', () => {
  it('does nothing before the app is ready (the first window is on its way)', () => {
    expect(bringForwardSteps(false, null)).toEqual([])
    expect(bringForwardSteps(false, shown)).toEqual([])
  })

  it('focuses a window that is already on screen', () => {
    expect(bringForwardSteps(true, shown)).toEqual(['focus'])
  })

  it('restores a minimised window before focusing it', () => {
    expect(bringForwardSteps(true, { ...shown, minimized: true })).toEqual(['restore', 'focus'])
  })

  it('shows a hidden window before focusing it', () => {
    expect(bringForwardSteps(true, { ...shown, visible: false })).toEqual(['show', 'focus'])
    expect(bringForwardSteps(true, { destroyed: false, minimized: true, visible: false })).toEqual([
      'restore',
      'show',
      'focus',
    ])
  })

  it('opens a new window when there is none or it was destroyed', () => {
    expect(bringForwardSteps(true, null)).toEqual(['create'])
    expect(bringForwardSteps(true, { ...shown, destroyed: true })).toEqual(['create'])
  })
})
