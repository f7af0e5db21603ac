import { describe, expect, it } from 'vitest'
import { allTags } from './all-tags'
import { createTestDatabase } from './test-db'

describe('allTags', () => {
  it('gathers the tags of highlights, claims and events once each, sorted', async () => {
    const db = createTestDatabase()
    await db.highlights.put({ id: 'h', tags: ['strikes', 'border'] } as never)
    await db.claims.put({ id: 'c', tags: ['border', 'diplomacy'] } as never)
    await db.events.put({
      id: 'e',
      timelineId: 't',
      sortKey: 0,
      highlightIds: [],
      tags: ['Aftermath'],
    } as never)
    expect(await allTags(db)).toEqual(['Aftermath', 'border', 'diplomacy', 'strikes'])
  })
})
