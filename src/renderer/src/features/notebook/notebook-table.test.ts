import { describe, expect, it } from 'vitest'
import { NOTEBOOK_COLUMN_IDS } from './notebook-table'

describe('NOTEBOOK_COLUMN_IDS', () => {
  it('names every column by the id the table gives it, in the defined order', () => {
    expect(NOTEBOOK_COLUMN_IDS).toEqual([
      'quote',
      'note',
      'tags',
      'color',
      'source',
      'paragraph',
      'createdAt',
      'open',
    ])
  })
})
