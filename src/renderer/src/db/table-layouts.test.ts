import { describe, expect, it } from 'vitest'
import {
  clearTableLayout,
  readTableLayout,
  resolveTableLayout,
  saveTableLayout,
  tableLayoutKey,
} from './table-layouts'
import { createTestDatabase } from './test-db'

const COLUMNS = ['quote', 'note', 'tags', 'source']

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

describe('resolveTableLayout', () => {
  it('gives the defined order and the default visibility when nothing is stored', () => {
    expect(resolveTableLayout(null, COLUMNS, { columnVisibility: { tags: false } })).toEqual({
      columnOrder: COLUMNS,
      columnVisibility: { tags: false },
    })
  })

  it('drops unknown and repeated ids and appends columns the stored order lacks', () => {
    const stored = { columnOrder: ['source', 'gone', 'quote', 'source'] }
    expect(resolveTableLayout(stored, COLUMNS).columnOrder).toEqual([
      'source',
      'quote',
      'note',
      'tags',
    ])
  })

  it('takes stored visibility over the defaults, and defaults for columns it lacks', () => {
    const stored = { columnVisibility: { tags: true, note: false, gone: false } }
    const defaults = { columnVisibility: { tags: false, source: false } }
    expect(resolveTableLayout(stored, COLUMNS, defaults).columnVisibility).toEqual({
      tags: true,
      note: false,
      source: false,
    })
  })

  it('falls back to the default visibility rather than hide every column', () => {
    const stored = { columnVisibility: { quote: false, note: false, tags: false, source: false } }
    const defaults = { columnVisibility: { tags: false } }
    expect(resolveTableLayout(stored, COLUMNS, defaults).columnVisibility).toEqual({ tags: false })
  })

  it('uses a default order when nothing is stored, completed with the defined columns', () => {
    const defaults = { columnOrder: ['tags', 'quote'] }
    expect(resolveTableLayout(null, COLUMNS, defaults).columnOrder).toEqual([
      'tags',
      'quote',
      'note',
      'source',
    ])
  })
})
