// @vitest-environment happy-dom
import { act } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { mountPerTest } from './testing/mount-per-test'
import { FilterSelect } from './FilterSelect'

const view = mountPerTest()

const OPTIONS = [
  { value: '', label: 'Any status' },
  { value: 'supported', label: 'Supported' },
  { value: 'refuted', label: 'Refuted' },
] as const

describe('FilterSelect', () => {
  it('wraps the select in its label, so the label text names it, with the options in order', () => {
    act(() =>
      view.root.render(
        <FilterSelect label="Status" value="refuted" options={OPTIONS} onChange={() => {}} />,
      ),
    )
    const label = view.container.querySelector('label')!
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
      view.root.render(
        <FilterSelect label="Status" value="" options={OPTIONS} onChange={onChange} />,
      ),
    )
    const select = view.container.querySelector('select')!
    act(() => {
      select.value = 'supported'
      select.dispatchEvent(new Event('change', { bubbles: true }))
    })
    expect(onChange).toHaveBeenCalledWith('supported')
  })

  it('puts the label beside the select inline, and keeps extra classes, id and title', () => {
    act(() =>
      view.root.render(
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
    const label = view.container.querySelector('label')!
    expect(label.className).toBe('field field-inline extra')
    expect(label.title).toBe('How rows are grouped')
    expect(label.querySelector('span')!.className).toBe('')
    expect(label.querySelector('select')!.id).toBe('group-by')
  })
})
