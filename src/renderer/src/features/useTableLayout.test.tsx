// @vitest-environment happy-dom
import { act, useEffect } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { db } from '../db'
import { readTableLayout, saveTableLayout } from '../db/table-layouts'
import { useTableLayout, type TableLayoutControls } from './useTableLayout'

vi.mock('../db', async () => {
  const { createTestDatabase } = await import('../db/test-db')
  return { db: createTestDatabase('table-layout-hook') }
})

const COLUMNS = ['quote', 'note', 'tags']

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean
}
globalThis.IS_REACT_ACT_ENVIRONMENT = true

let root: Root | null = null
let latest: TableLayoutControls | null = null

function Probe({ columns, hidden }: { columns: string[]; hidden?: Record<string, boolean> }) {
  const layout = useTableLayout('probe', columns, { columnVisibility: hidden })
  useEffect(() => {
    latest = layout
  })
  return null
}

async function mount(columns = COLUMNS, hidden?: Record<string, boolean>) {
  act(() => root?.unmount())
  latest = null
  root = createRoot(document.createElement('div'))
  await act(async () => root?.render(<Probe columns={columns} hidden={hidden} />))
  await untilLoaded()
  return () => latest as TableLayoutControls
}

/** The stored layout arrives from IndexedDB later; each wait is inside act, as is its update. */
async function untilLoaded() {
  for (let tries = 0; tries < 50 && !latest?.loaded; tries++) {
    await act(() => new Promise((resolve) => setTimeout(resolve, 10)))
  }
  expect(latest?.loaded).toBe(true)
}

beforeEach(async () => {
  await db.settings.clear()
  latest = null
})

afterEach(() => {
  act(() => root?.unmount())
  root = null
})

describe('useTableLayout', () => {
  it('starts from the defined order and the default visibility', async () => {
    const layout = await mount(COLUMNS, { tags: false })
    expect(layout().columnOrder).toEqual(COLUMNS)
    expect(layout().columnVisibility).toEqual({ tags: false })
    expect(await readTableLayout(db, 'probe')).toBeNull()
  })

  it('saves changes made through TanStack updaters and reads them back next time', async () => {
    let layout = await mount()
    await act(async () => layout().setColumnVisibility((old) => ({ ...old, note: false })))
    await act(async () => layout().setColumnOrder((old) => [...old].reverse()))
    expect(layout().columnOrder).toEqual(['tags', 'note', 'quote'])
    await vi.waitFor(async () =>
      expect(await readTableLayout(db, 'probe')).toEqual({
        columnOrder: ['tags', 'note', 'quote'],
        columnVisibility: { note: false },
      }),
    )

    layout = await mount()
    expect(layout().columnOrder).toEqual(['tags', 'note', 'quote'])
    expect(layout().columnVisibility).toEqual({ note: false })
  })

  it('adds a column defined since the layout was stored, and drops one removed', async () => {
    await saveTableLayout(db, 'probe', {
      columnOrder: ['tags', 'gone', 'quote'],
      columnVisibility: { gone: false, quote: false },
    })
    const layout = await mount([...COLUMNS, 'created'])
    expect(layout().columnOrder).toEqual(['tags', 'quote', 'note', 'created'])
    expect(layout().columnVisibility).toEqual({ quote: false })
  })

  it('reset restores the defaults and forgets the stored layout', async () => {
    await saveTableLayout(db, 'probe', { columnOrder: ['tags'], columnVisibility: { note: false } })
    const layout = await mount(COLUMNS, { quote: false })
    expect(layout().columnOrder[0]).toBe('tags')
    await act(async () => layout().reset())
    expect(layout().columnOrder).toEqual(COLUMNS)
    expect(layout().columnVisibility).toEqual({ quote: false })
    await vi.waitFor(async () => expect(await readTableLayout(db, 'probe')).toBeNull())
  })

  it('keeps a change made before the stored layout arrived', async () => {
    await saveTableLayout(db, 'probe', { columnOrder: ['tags'], columnVisibility: {} })
    root = createRoot(document.createElement('div'))
    act(() => root?.render(<Probe columns={COLUMNS} />))
    expect(latest?.loaded).toBe(false)
    act(() => latest?.setColumnOrder(['note', 'quote', 'tags']))
    await untilLoaded()
    expect(latest?.columnOrder).toEqual(['note', 'quote', 'tags'])
    await vi.waitFor(async () =>
      expect((await readTableLayout(db, 'probe'))?.columnOrder).toEqual(['note', 'quote', 'tags']),
    )
  })

  it('uses the defaults when the stored layout is malformed', async () => {
    await db.settings.put({ key: 'table-layout:probe', value: 'tags,quote', updatedAt: 0 })
    const layout = await mount()
    expect(layout().columnOrder).toEqual(COLUMNS)
    expect(layout().columnVisibility).toEqual({})
  })
})
