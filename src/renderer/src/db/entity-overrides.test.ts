import { addMerge, addSplit, NO_OVERRIDES, variantId } from '@shared/entities/entity-index'
import { describe, expect, it } from 'vitest'
import { applyChangeSet } from './change-set'
import {
  changeEntityOverrides,
  ENTITY_OVERRIDES_KEY,
  readEntityOverrides,
  UNREADABLE_OVERRIDES_KEY,
} from './entity-overrides'
import { createTestDatabase } from './test-db'

const minister = variantId('person', 'Amirabdollahian')

describe('entity overrides in the settings table', () => {
  it('reads none before the analyst has merged or split anything', async () => {
    const db = createTestDatabase()
    expect(await readEntityOverrides(db)).toEqual({ overrides: NO_OVERRIDES, problem: null })
  })

  it('keeps a merge and a split, in a new connection too, and undoes them step by step', async () => {
    const db = createTestDatabase()
    const merged = await changeEntityOverrides(db, 'merge', (o) =>
      addMerge(o, ['place:iran', 'place:iraq']),
    )
    const split = await changeEntityOverrides(db, 'split', (o) => addSplit(o, minister))
    const expected = addSplit(addMerge(NO_OVERRIDES, ['place:iran', 'place:iraq']), minister)
    expect((await readEntityOverrides(db)).overrides).toEqual(expected)

    db.close()
    await db.open()
    expect((await readEntityOverrides(db)).overrides).toEqual(expected)

    await applyChangeSet(db, split!, 'undo')
    expect((await readEntityOverrides(db)).overrides.splits).toEqual([])
    await applyChangeSet(db, merged!, 'undo')
    expect(await readEntityOverrides(db)).toEqual({ overrides: NO_OVERRIDES, problem: null })
    await applyChangeSet(db, merged!, 'redo')
    expect((await readEntityOverrides(db)).overrides.merges).toHaveLength(1)
  })

  it('writes nothing when the change changes nothing', async () => {
    const db = createTestDatabase()
    expect(await changeEntityOverrides(db, 'nothing', (o) => addMerge(o, ['place:iran']))).toBe(
      null,
    )
    expect(await db.settings.count()).toBe(0)
  })

  it('reports a damaged value, reads it as none, and keeps it aside on the next change', async () => {
    const db = createTestDatabase()
    const damaged = { version: 7, merges: 'all of them' }
    await db.settings.put({ key: ENTITY_OVERRIDES_KEY, value: damaged, updatedAt: 1 })
    const read = await readEntityOverrides(db)
    expect(read.overrides).toEqual(NO_OVERRIDES)
    expect(read.problem).toMatch(/could not be read: version/)

    const change = await changeEntityOverrides(db, 'split', (o) => addSplit(o, minister))
    expect(await readEntityOverrides(db)).toEqual({
      overrides: addSplit(NO_OVERRIDES, minister),
      problem: null,
    })
    expect((await db.settings.get(UNREADABLE_OVERRIDES_KEY))?.value).toEqual(damaged)

    await applyChangeSet(db, change!, 'undo')
    expect((await db.settings.get(ENTITY_OVERRIDES_KEY))?.value).toEqual(damaged)
    expect(await db.settings.get(UNREADABLE_OVERRIDES_KEY)).toBeUndefined()
  })
})
