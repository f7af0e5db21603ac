// @vitest-environment happy-dom
import { act } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { FilterSelect } from './FilterSelect'

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

const OPTIONS = [
  { value: '', label: 'Any status' },
  { value: 'supported', label: 'Supported' },
  { value: 'refuted', label: 'Refuted' },
] as const

describe('FilterSelect', () => {
  it('wraps the select in its label, so the label text names it, with the options in order', () => {
    act(() =>
      root.render(
        <FilterSelect label="Status" value="refuted" options={OPTIONS} onChange={() => {}} />,
      ),
    )
    const label = container.querySelector('label')!
    const select = label.querySelector('select')!
    expect(label.className).toBe('field')
    expect(label.querySelector('.field-label')!.textContent).toBe('Status')
    expect(select.value).toBe('refuted')
    expect([...select.options].map((o) => [o.value, o.textContent])).toEqual([
      ['', 'Any status'],
      ['supported', 'Supported'],
      ['refuted', 'Refuted'],
    ])
  })

  it("reports the chosen option's value", () => {
    const onChange = vi.fn()
    act(() =>
      root.render(<FilterSelect label="Status" value="" options={OPTIONS} onChange={onChange} />),
    )
    const select = container.querySelector('select')!
    act(() => {
      select.value = 'supported'
      select.dispatchEvent(new Event('change', { bubbles: true }))
    })
    expect(onChange).toHaveBeenCalledWith('supported')
  })

  it('puts the label beside the select inline, and keeps extra classes, id and title', () => {
    act(() =>
      root.render(
        <FilterSelect
          label="Group by"
          value=""
          options={OPTIONS}
          onChange={() => {}}
          layout="inline"
          className="extra"
          id="group-by"
          title="How rows are grouped"
        />,
      ),
    )
    const label = container.querySelector('label')!
    expect(label.className).toBe('field field-inline extra')
    expect(label.title).toBe('How rows are grouped')
    expect(label.querySelector('span')!.className).toBe('')
    expect(label.querySelector('select')!.id).toBe('group-by')
  })
})
