// @vitest-environment happy-dom
import { act, useRef, useState } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { mountPerTest } from './testing/mount-per-test'
import { Popover, type PopoverAnchor } from './Popover'

const view = mountPerTest()

/** An opener button and the popover it opens, which closes by unmounting. */
function Harness(props: {
  anchor: PopoverAnchor
  keepClear?: () => PopoverAnchor
  onClose?: () => void
}) {
  const [open, setOpen] = useState(false)
  const fieldRef = useRef<HTMLInputElement>(null)
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Open
      </button>
      {open && (
        <Popover
          label="Test popover"
          anchor={props.anchor}
          keepClear={props.keepClear}
          sizeGuess={{ width: 100, height: 100 }}
          className="test"
          initialFocus={fieldRef}
          onClose={() => {
            props.onClose?.()
            setOpen(false)
          }}
        >
          <input ref={fieldRef} aria-label="Field" />
        </Popover>
      )}
    </>
  )
}

function openFrom(anchor: PopoverAnchor, onClose?: () => void, keepClear?: () => PopoverAnchor) {
  act(() => view.root.render(<Harness anchor={anchor} keepClear={keepClear} onClose={onClose} />))
  const opener = view.container.querySelector('button')!
  opener.focus()
  act(() => opener.click())
  return opener
}

const dialog = () => view.container.querySelector<HTMLElement>('[role="dialog"]')

describe('Popover', () => {
  it('is a dialog named by its label that takes the focus when it opens', () => {
    openFrom({ left: 10, top: 10, right: 60, bottom: 30 })
    expect(dialog()?.getAttribute('aria-label')).toBe('Test popover')
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Field')
  })

  it('closes on Escape and gives the focus back to what had it', () => {
    const onClose = vi.fn()
    const opener = openFrom({ left: 10, top: 10, right: 60, bottom: 30 }, onClose)
    act(() => {
      document.activeElement!.dispatchEvent(
        new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }),
      )
    })
    expect(onClose).toHaveBeenCalledOnce()
    expect(dialog()).toBeNull()
    expect(document.activeElement).toBe(opener)
  })

  it('closes on a pointer down outside it, not inside', () => {
    const onClose = vi.fn()
    openFrom({ left: 10, top: 10, right: 60, bottom: 30 }, onClose)
    act(() => {
      dialog()!
        .querySelector('input')!
        .dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }))
    })
    expect(onClose).not.toHaveBeenCalled()
    act(() => {
      document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }))
    })
    expect(onClose).toHaveBeenCalledOnce()
  })

  it('is placed from its measured size, inside the viewport and clear of its anchor', () => {
    // Measured far larger than the guess: placed from the guess it would run off the bottom.
    vi.spyOn(HTMLElement.prototype, 'offsetWidth', 'get').mockReturnValue(300)
    vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockReturnValue(400)
    vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(400)
    vi.spyOn(HTMLElement.prototype, 'scrollHeight', 'get').mockReturnValue(400)
    const view = { width: window.innerWidth, height: window.innerHeight }
    const anchor = { left: view.width - 200, top: view.height - 120, right: view.width - 20 }
    openFrom({ ...anchor, bottom: anchor.top + 20 })
    const style = dialog()!.style
    const top = parseFloat(style.top)
    const left = parseFloat(style.left)
    expect(top).toBeGreaterThanOrEqual(8)
    expect(top + 400).toBeLessThanOrEqual(anchor.top - 8)
    expect(left).toBeGreaterThanOrEqual(8)
    expect(left + 300).toBeLessThanOrEqual(view.width - 8)
  })

  it('keeps clear of every line it belongs to, not only the line it is centred on', () => {
    vi.spyOn(HTMLElement.prototype, 'offsetWidth', 'get').mockReturnValue(300)
    vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockReturnValue(200)
    vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(200)
    vi.spyOn(HTMLElement.prototype, 'scrollHeight', 'get').mockReturnValue(200)
    const lastLine = { left: 100, top: 640, right: 400, bottom: 660 }
    const passage = { left: 100, top: 560, right: 700, bottom: 660 }
    openFrom(lastLine, undefined, () => passage)
    const top = parseFloat(dialog()!.style.top)
    expect(top + 200 <= passage.top || top >= passage.bottom).toBe(true)
  })
})
