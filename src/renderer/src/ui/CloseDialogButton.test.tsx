// @vitest-environment happy-dom
import { act } from 'react'
import { createRoot } from 'react-dom/client'
import { describe, expect, it } from 'vitest'
import { CloseDialogButton } from './CloseDialogButton'

;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true

describe('CloseDialogButton', () => {
  it('closes the dialog it sits in, and only that one', async () => {
    const outer = document.createElement('dialog')
    const inner = document.createElement('dialog')
    outer.append(inner)
    document.body.append(outer)
    outer.setAttribute('open', '')
    inner.setAttribute('open', '')
    const root = createRoot(inner)
    await act(async () => root.render(<CloseDialogButton>Cancel</CloseDialogButton>))
    const button = inner.querySelector('button')!
    expect(button.type).toBe('button')
    expect(button.className).toBe('button-quiet')
    await act(async () => button.click())
    expect(inner.open).toBe(false)
    expect(outer.open).toBe(true)
    await act(async () => root.unmount())
  })
})
