// @vitest-environment happy-dom
import {
  columnGroupingFeature,
  createColumnHelper,
  createExpandedRowModel,
  createGroupedRowModel,
  metaHelper,
  rowExpandingFeature,
  tableFeatures,
  useTable,
  type Row,
} from '@tanstack/react-table'
import { act } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { DataTable, type DataTableColumnMeta } from '../DataTable'
import { mountPerTest } from '../testing/mount-per-test'

interface Claim {
  id: string
  title: string
  status?: string
}

const features = tableFeatures({
  columnGroupingFeature,
  groupedRowModel: createGroupedRowModel(),
  rowExpandingFeature,
  expandedRowModel: createExpandedRowModel(),
  columnMeta: metaHelper<DataTableColumnMeta>(),
})

const helper = createColumnHelper<typeof features, Claim>()
const STATUS_LABELS: Record<string, string> = { contested: 'Contested', supported: 'Supported' }

const columns = helper.columns([
  helper.accessor('title', { header: 'Claim' }),
  helper.accessor('status', {
    header: 'Status',
    meta: { groupLabel: (value) => STATUS_LABELS[String(value)] ?? '' },
  }),
])

const DATA: Claim[] = [
  { id: 'c1', title: 'The strike was on 16 January', status: 'contested' },
  { id: 'c2', title: 'The border is 959 km long', status: 'supported' },
  { id: 'c3', title: 'The visit was the first in years', status: 'contested' },
  { id: 'c4', title: 'Talks resumed within weeks' },
]

const view = mountPerTest()

function Claims({ onActivate }: { onActivate: (row: Row<typeof features, Claim>) => void }) {
  const table = useTable({
    features,
    columns,
    data: DATA,
    getRowId: (claim) => claim.id,
    initialState: { grouping: ['status'] },
  })
  return (
    <DataTable
      table={table}
      label="Claims"
      onRowActivate={onActivate}
      groupCountLabel={(count) => `${count} ${count === 1 ? 'claim' : 'claims'}`}
    />
  )
}

const groupButtons = () => [...view.container.querySelectorAll<HTMLButtonElement>('tbody button')]
const bodyRows = () => [...view.container.querySelectorAll<HTMLElement>('tbody tr[data-index]')]
const press = (target: Element, key: string) =>
  act(() => {
    target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }))
  })

describe('DataTable with grouped rows', () => {
  it('draws one collapsed header per group with its label and count', () => {
    act(() => view.root.render(<Claims onActivate={() => {}} />))
    const buttons = groupButtons()
    expect(buttons.map((button) => button.textContent)).toEqual([
      'Contested· 2, 2 claims',
      'Supported· 1, 1 claim',
      '(none)· 1, 1 claim',
    ])
    expect(buttons.every((button) => button.getAttribute('aria-expanded') === 'false')).toBe(true)
    const cell = buttons[0]?.closest('td')
    expect(cell?.colSpan).toBe(2)
    expect(bodyRows()).toHaveLength(3)
  })

  it('expands and collapses a group from its button; its rows are indented', () => {
    const onActivate = vi.fn()
    act(() => view.root.render(<Claims onActivate={onActivate} />))
    act(() => groupButtons()[0]?.click())
    expect(groupButtons()[0]?.getAttribute('aria-expanded')).toBe('true')
    const rows = bodyRows()
    expect(rows).toHaveLength(5)
    expect(rows[1]?.classList.contains('data-table-leaf')).toBe(true)
    expect(rows[1]?.textContent).toContain('The strike was on 16 January')
    expect(rows[0]?.classList.contains('data-table-leaf')).toBe(false)
    expect(onActivate).not.toHaveBeenCalled()

    act(() => rows[1]?.querySelector('td')?.click())
    expect(onActivate).toHaveBeenCalledTimes(1)
    expect(onActivate.mock.calls[0]?.[0].original.id).toBe('c1')

    act(() => groupButtons()[0]?.click())
    expect(bodyRows()).toHaveLength(3)
  })

  it('moves focus between group buttons and rows by keyboard, one tab stop in all', () => {
    const onActivate = vi.fn()
    act(() => view.root.render(<Claims onActivate={onActivate} />))
    act(() => groupButtons()[0]?.click())
    const tabStops = view.container.querySelectorAll('tbody [tabindex="0"]')
    expect([...tabStops]).toEqual([groupButtons()[0]])

    act(() => groupButtons()[0]?.focus())
    press(groupButtons()[0] as Element, 'ArrowDown')
    expect(document.activeElement).toBe(bodyRows()[1])
    press(bodyRows()[1] as Element, 'Enter')
    expect(onActivate).toHaveBeenCalledTimes(1)

    press(bodyRows()[1] as Element, 'End')
    expect(document.activeElement).toBe(groupButtons()[2])
    // Enter on a group's button is the button's own (a click), never a row activation.
    press(groupButtons()[2] as Element, 'Enter')
    expect(onActivate).toHaveBeenCalledTimes(1)
    press(groupButtons()[2] as Element, 'Home')
    expect(document.activeElement).toBe(groupButtons()[0])
  })
})
