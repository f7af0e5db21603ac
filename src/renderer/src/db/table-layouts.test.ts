import { describe, expect, it } from 'vitest'
import { clearTableLayout, readTableLayout, saveTableLayout, tableLayoutKey } from './table-layouts'
import { createTestDatabase } from './test-db'

describe('readTableLayout and saveTableLayout', () => {
  it('round-trips a layout under table-layout:<key>, separately per table', async () => {
    const db = createTestDatabase()
    const layout = { columnOrder: ['note', 'quote'], columnVisibility: { tags: false } }
    await saveTableLayout(db, 'notebook', layout)
    expect(await readTableLayout(db, 'notebook')).toEqual(layout)
    expect((await db.settings.get('table-layout:notebook'))?.value).toEqual(layout)
    expect(await readTableLayout(db, 'claims')).toBeNull()
  })

  it('replaces the previous layout and forgets it on clear', async () => {
    const db = createTestDatabase()
    await saveTableLayout(db, 'notebook', { columnOrder: ['a'], columnVisibility: { a: false } })
    await saveTableLayout(db, 'notebook', { columnOrder: ['b'], columnVisibility: {} })
    expect(await readTableLayout(db, 'notebook')).toEqual({
      columnOrder: ['b'],
      columnVisibility: {},
    })
    await clearTableLayout(db, 'notebook')
    expect(await readTableLayout(db, 'notebook')).toBeNull()
  })

  it.each([
    ['a string', 'quote,note'],
    ['null', null],
    ['an array', ['quote']],
    ['a number', 42],
    ['wrong types in both parts', { columnOrder: [1, 2], columnVisibility: { quote: 'no' } }],
    ['neither part', { order: ['quote'] }],
  ])('reads nothing from a malformed layout (%s)', async (_, value) => {
    const db = createTestDatabase()
    await db.settings.put({ key: tableLayoutKey('notebook'), value, updatedAt: 0 })
    expect(await readTableLayout(db, 'notebook')).toBeNull()
  })

  it('keeps the part that validates when only the other is malformed', async () => {
    const db = createTestDatabase()
    await db.settings.put({
      key: tableLayoutKey('notebook'),
      value: { columnOrder: ['note', 7], columnVisibility: { tags: false } },
      updatedAt: 0,
    })
    expect(await readTableLayout(db, 'notebook')).toEqual({ columnVisibility: { tags: false } })
  })
})
