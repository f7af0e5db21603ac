import { describe, expect, it } from 'vitest'
import { resolveTableLayout } from './table-layout'

const COLUMNS = ['quote', 'note', 'tags', 'source']

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
