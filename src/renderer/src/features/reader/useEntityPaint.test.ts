import {
  addMerge,
  buildEntityIndex,
  entityMentions,
  NO_OVERRIDES,
  type DocumentMentions,
  type EntityIndex,
} from '@shared/entities/entity-index'
import { describe, expect, it } from 'vitest'
import type { EntityMentions } from '../../indexing/entity-client'
import { paintedMentions } from './useEntityPaint'

const documents: DocumentMentions[] = [
  {
    docId: 'a',
    mentions: [
      { kind: 'place', surface: 'Iran', start: 0, end: 4 },
      { kind: 'place', surface: 'Iraq', start: 10, end: 14 },
    ],
  },
  { docId: 'b', mentions: [{ kind: 'place', surface: 'Iran', start: 5, end: 9 }] },
]
const merged = addMerge(NO_OVERRIDES, ['place:iran', 'place:iraq'])
const index = buildEntityIndex(documents, merged)

/** The worker's answer for the entity in one document, on `on`. */
function answer(on: EntityIndex, entityId: string, docId: string): EntityMentions {
  const found = entityMentions(documents, on).mentionsOf(entityId, docId)
  return { index: on, entityId, docId, documents: found }
}

describe('paintedMentions', () => {
  it('gives the painted entity’s mentions in the open document only', () => {
    expect(paintedMentions(index, 'place:iran', 'b', answer(index, 'place:iran', 'b'))).toEqual([
      { start: 5, end: 9, surface: 'Iran' },
    ])
    const inA = paintedMentions(index, 'place:iran', 'a', answer(index, 'place:iran', 'a'))
    expect(inA.map((m) => m.surface)).toEqual(['Iran', 'Iraq'])
  })

  it('follows an id a merge absorbed, and paints nothing for none, a gone entity or no index', () => {
    const inA = answer(index, 'place:iran', 'a')
    expect(paintedMentions(index, 'place:iraq', 'a', inA)).toHaveLength(2)
    expect(paintedMentions(index, null, 'a', inA)).toEqual([])
    expect(paintedMentions(index, 'place:atlantis', 'a', inA)).toEqual([])
    expect(paintedMentions(null, 'place:iran', 'a', inA)).toEqual([])
    expect(paintedMentions(index, 'place:iran', 'a', null)).toEqual([])
  })

  it('paints nothing from an answer found on an older index', () => {
    const before = buildEntityIndex(documents)
    const old = answer(before, 'place:iran', 'a')
    expect(paintedMentions(before, 'place:iran', 'a', old)).toHaveLength(1)
    // The merge made a new index: the old answer (Iran alone) is not painted for it.
    expect(paintedMentions(index, 'place:iran', 'a', old)).toEqual([])
  })
})
