// @vitest-environment happy-dom
import { act } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { mountPerTest } from './testing/mount-per-test'
import { TableEmpty } from './TableEmpty'

const view = mountPerTest()

describe('TableEmpty', () => {
  it('says the "nothing yet" sentence, with no button, when there are no rows at all', () => {
    act(() =>
      view.root.render(
        <TableEmpty
          nothingYet
          nothingYetText="No highlights yet."
          noun="highlight"
          onClearFilters={() => {}}
          className="nb-empty"
        />,
      ),
    )
    const p = view.container.querySelector('p.nb-empty')!
    expect(p.textContent).toBe('No highlights yet.')
    expect(view.container.querySelector('button')).toBeNull()
  })

  it('says filters hide every row and clears them with a real button', () => {
    const onClear = vi.fn()
    act(() =>
      view.root.render(
        <TableEmpty
          nothingYet={false}
          nothingYetText="No highlights yet."
          noun="highlight"
          onClearFilters={onClear}
        />,
      ),
    )
    expect(view.container.querySelector('p')!.textContent).toBe(
      'No highlight matches these filters. Clear filters',
    )
    const button = view.container.querySelector('button')!
    expect(button.type).toBe('button')
    act(() => button.click())
    expect(onClear).toHaveBeenCalledOnce()
  })
})
