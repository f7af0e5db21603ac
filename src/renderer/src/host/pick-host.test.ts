// @vitest-environment happy-dom
import { CASEFILE_API_METHODS } from '@shared/api-methods'
import { describe, expect, it } from 'vitest'
import { isBridge } from './pick-host'

describe('choosing the host', () => {
  it('takes the preload bridge only when every method is a function', () => {
    const bridge = Object.fromEntries(CASEFILE_API_METHODS.map((m) => [m, () => undefined]))
    expect(isBridge(bridge)).toBe(true)
    expect(isBridge({ ...bridge, getDocument: 'not a function' })).toBe(false)
    expect(isBridge(undefined)).toBe(false)
  })

  it('is not fooled by an element with id="casefile" (DOM clobbering)', () => {
    const clobber = document.createElement('form')
    clobber.id = 'casefile'
    for (const method of CASEFILE_API_METHODS) {
      const input = document.createElement('input')
      input.name = method
      clobber.append(input)
    }
    document.body.append(clobber)
    // In a browser `window.casefile` is this form, and `casefile.getDocument` its input.
    expect(isBridge(clobber)).toBe(false)
  })
})
