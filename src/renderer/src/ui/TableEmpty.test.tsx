// @vitest-environment happy-dom
import { act } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { TableEmpty } from './TableEmpty'

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean
}
globalThis.IS_REACT_ACT_ENVIRONMENT = true

let container: HTMLDivElement
let root: Root
beforeEach(() => {
  container = document.createElement('div')
  document.body.append(container)
  root = createRoot(container)
})
afterEach(() => {
  act(() => root.unmount())
  container.remove()
})

describe('TableEmpty', () => {
  it('says the "nothing yet" sentence, with no button, when there are no rows at all', () => {
    act(() =>
      root.render(
        <TableEmpty
          nothingYet
          nothingYetText="No highlights yet."
          noun="highlight"
          onClearFilters={() => {}}
          className="nb-empty"
        />,
      ),
    )
    const p = container.querySelector('p.nb-empty')!
    expect(p.textContent).toBe('No highlights yet.')
    expect(container.querySelector('button')).toBeNull()
  })

  it('says filters hide every row and clears them with a real button', () => {
    const onClear = vi.fn()
    act(() =>
      root.render(
        <TableEmpty
          nothingYet={false}
          nothingYetText="No highlights yet."
          noun="highlight"
          onClearFilters={onClear}
        />,
      ),
    )
    expect(container.querySelector('p')!.textContent).toBe(
      'No highlight matches these filters. Clear filters',
    )
    const button = container.querySelector('button')!
    expect(button.type).toBe('button')
    act(() => button.click())
    expect(onClear).toHaveBeenCalledOnce()
  })
})
