import { addMerge, buildEntityIndex } from '@shared/entities/entity-index'
import { describe, expect, it } from 'vitest'
import { paintedMentions } from './useEntityPaint'

const index = buildEntityIndex(
  [
    {
      docId: 'a',
      mentions: [
        { kind: 'place', surface: 'Iran', start: 0, end: 4 },
        { kind: 'place', surface: 'Iraq', start: 10, end: 14 },
      ],
    },
    { docId: 'b', mentions: [{ kind: 'place', surface: 'Iran', start: 5, end: 9 }] },
  ],
  addMerge({ version: 1, merges: [], splits: [] }, ['place:iran', 'place:iraq']),
)

describe('paintedMentions', () => {
  it('gives the painted entity’s mentions in the open document only', () => {
    expect(paintedMentions(index, 'place:iran', 'b')).toEqual([
      { start: 5, end: 9, surface: 'Iran' },
    ])
    expect(paintedMentions(index, 'place:iran', 'a').map((m) => m.surface)).toEqual([
      'Iran',
      'Iraq',
    ])
  })

  it('follows an id a merge absorbed, and paints nothing for none, a gone entity or no index', () => {
    expect(paintedMentions(index, 'place:iraq', 'a')).toHaveLength(2)
    expect(paintedMentions(index, null, 'a')).toEqual([])
    expect(paintedMentions(index, 'place:atlantis', 'a')).toEqual([])
    expect(paintedMentions(null, 'place:iran', 'a')).toEqual([])
  })
})
