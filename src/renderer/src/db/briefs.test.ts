import { describe, expect, it } from 'vitest'
import { applyChangeSet } from './change-set'
import { allBriefs, createBrief, deleteBrief, duplicateBrief, updateBrief } from './briefs'
import { createTestDatabase } from './test-db'
import { InputError } from './input-error'

describe('brief repository', () => {
  it('creates a brief with every section and nothing chosen, and lists newest first', async () => {
    const db = createTestDatabase()
    const { brief: first } = await createBrief(db, { title: 'Border  security ' })
    await new Promise((r) => setTimeout(r, 2))
    const { brief: second } = await createBrief(db, { title: 'Gas pipeline' })
    expect(first.title).toBe('Border security')
    expect(first.sections).toEqual(['summary', 'claims', 'timelines', 'highlights', 'sources'])
    expect(first.claims).toEqual({ ids: [], tags: [], statuses: [] })
    expect((await allBriefs(db)).map((b) => b.id)).toEqual([second.id, first.id])
  })

  it('refuses an empty title and leaves the brief as it was', async () => {
    const db = createTestDatabase()
    const { brief } = await createBrief(db, { title: 'Border' })
    await expect(updateBrief(db, brief.id, { title: '  ' })).rejects.toThrow(InputError)
    expect((await db.briefs.get(brief.id))?.title).toBe('Border')
  })

  it('keeps each section once, in the order chosen, and undoes an edit', async () => {
    const db = createTestDatabase()
    const { brief } = await createBrief(db, { title: 'Border' })
    const change = await updateBrief(db, brief.id, {
      sections: ['claims', 'summary', 'claims', 'sources'],
      claims: { ids: ['c1'], tags: ['border'], statuses: ['contested'] },
    })
    const stored = await db.briefs.get(brief.id)
    expect(stored?.sections).toEqual(['claims', 'summary', 'sources'])
    expect(stored?.claims.tags).toEqual(['border'])
    await applyChangeSet(db, change!, 'undo')
    expect((await db.briefs.get(brief.id))?.sections).toEqual(brief.sections)
  })

  it('writes nothing when nothing changed', async () => {
    const db = createTestDatabase()
    const { brief } = await createBrief(db, { title: 'Border', author: 'A. Analyst' })
    expect(await updateBrief(db, brief.id, { author: 'A. Analyst' })).toBeNull()
  })

  it('duplicates a brief with its words and choices, independent of the original', async () => {
    const db = createTestDatabase()
    const { brief } = await createBrief(db, {
      title: 'Border',
      summary: '# Key judgements',
      timelineIds: ['t1'],
    })
    const copy = await duplicateBrief(db, brief.id)
    expect(copy?.brief.title).toBe('Border (copy)')
    expect(copy?.brief.summary).toBe('# Key judgements')
    expect(copy?.brief.id).not.toBe(brief.id)
    await updateBrief(db, copy!.brief.id, { timelineIds: [] })
    expect((await db.briefs.get(brief.id))?.timelineIds).toEqual(['t1'])
  })

  it('deletes a brief, and undo brings it back', async () => {
    const db = createTestDatabase()
    const { brief } = await createBrief(db, { title: 'Border' })
    const change = await deleteBrief(db, brief.id)
    expect(await db.briefs.get(brief.id)).toBeUndefined()
    await applyChangeSet(db, change!, 'undo')
    expect((await db.briefs.get(brief.id))?.title).toBe('Border')
  })
})
