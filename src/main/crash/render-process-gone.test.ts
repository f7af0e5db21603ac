import { describe, expect, it } from 'vitest'
import { renderProcessGoneMessage } from './render-process-gone'

describe('renderProcessGoneMessage', () => {
  it('offers a reload and says the saved work is safe when the window crashed', () => {
    const message = renderProcessGoneMessage('crashed', 139)
    expect(message?.message).toBe('Casefile’s window crashed.')
    expect(message?.detail).toMatch(/nothing you saved is lost/)
    expect(message?.buttons).toEqual(['Reload', 'Quit'])
  })

  it('names running out of memory and what to do about it', () => {
    expect(renderProcessGoneMessage('oom', 0)?.detail).toMatch(/close other programs/)
  })

  it('still speaks plainly of a reason Electron adds later', () => {
    expect(renderProcessGoneMessage('unknown-new-reason', 1)?.message).toBe(
      'Casefile’s window stopped (unknown-new-reason).',
    )
  })

  it('says nothing when the window closed as it should', () => {
    expect(renderProcessGoneMessage('clean-exit', 0)).toBeNull()
  })
})
