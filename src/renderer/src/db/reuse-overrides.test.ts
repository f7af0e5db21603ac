import { toggleOverride } from '@shared/reuse/pair-overrides'
import { describe, expect, it } from 'vitest'
import { createBackup, restoreBackup, backupToJson, wipeWorkspace } from './backup'
import { applyChangeSet } from './change-set'
import {
  changeReuseOverrides,
  NO_REUSE_OVERRIDES,
  readReuseOverrides,
  REUSE_OVERRIDES_KEY,
  UNREADABLE_REUSE_OVERRIDES_KEY,
} from './reuse-overrides'
import { createTestDatabase } from './test-db'

const APP = { name: 'Casefile', version: '0.0.0-test' }

describe('reuse verdicts in the settings table', () => {
  it('reads none before the analyst has given a verdict', async () => {
    const db = createTestDatabase()
    expect(await readReuseOverrides(db)).toEqual({ overrides: NO_REUSE_OVERRIDES, problem: null })
  })

  it('keeps verdicts in either order of the pair, in a new connection too, and undoes them step by step', async () => {
    const db = createTestDatabase()
    const first = await changeReuseOverrides(
      db,
      (o) => toggleOverride(o, ['h-b', 'h-a'], 'not-reuse'),
      'not reuse',
    )
    const second = await changeReuseOverrides(
      db,
      (o) => toggleOverride(o, ['h-c', 'h-d'], 'reuse'),
      'one voice',
    )
    const expected = [
      { pair: ['h-a', 'h-b'], verdict: 'not-reuse' },
      { pair: ['h-c', 'h-d'], verdict: 'reuse' },
    ]
    expect((await readReuseOverrides(db)).overrides).toEqual(expected)

    db.close()
    await db.open()
    expect((await readReuseOverrides(db)).overrides).toEqual(expected)

    expect(second?.label).toBe('one voice')
    await applyChangeSet(db, second!, 'undo')
    expect((await readReuseOverrides(db)).overrides).toEqual([expected[0]])
    await applyChangeSet(db, first!, 'undo')
    expect(await readReuseOverrides(db)).toEqual({ overrides: NO_REUSE_OVERRIDES, problem: null })
    await applyChangeSet(db, first!, 'redo')
    expect((await readReuseOverrides(db)).overrides).toEqual([expected[0]])
  })

  it('clicking the same verdict again clears it, so the detector decides again', async () => {
    const db = createTestDatabase()
    await changeReuseOverrides(db, (o) => toggleOverride(o, ['x', 'y'], 'reuse'), 'set')
    await changeReuseOverrides(db, (o) => toggleOverride(o, ['y', 'x'], 'reuse'), 'clear')
    expect((await readReuseOverrides(db)).overrides).toEqual([])
  })

  it('writes nothing when the change changes nothing', async () => {
    const db = createTestDatabase()
    const same = await changeReuseOverrides(
      db,
      (o) => toggleOverride(o, ['x', 'x'], 'reuse'),
      'self',
    )
    expect(same).toBe(null)
    expect(await db.settings.count()).toBe(0)
  })

  it('reports a damaged value, reads it as none, and keeps it aside on the next change', async () => {
    const db = createTestDatabase()
    const damaged = { version: 1, overrides: [{ pair: ['only-one'], verdict: 'maybe' }] }
    await db.settings.put({ key: REUSE_OVERRIDES_KEY, value: damaged, updatedAt: 1 })
    const read = await readReuseOverrides(db)
    expect(read.overrides).toEqual([])
    expect(read.problem).toMatch(/could not be read: verdict 1/)

    const change = await changeReuseOverrides(
      db,
      (o) => toggleOverride(o, ['x', 'y'], 'reuse'),
      'one voice',
    )
    expect(await readReuseOverrides(db)).toEqual({
      overrides: [{ pair: ['x', 'y'], verdict: 'reuse' }],
      problem: null,
    })
    expect((await db.settings.get(UNREADABLE_REUSE_OVERRIDES_KEY))?.value).toEqual(damaged)

    await applyChangeSet(db, change!, 'undo')
    expect((await db.settings.get(REUSE_OVERRIDES_KEY))?.value).toEqual(damaged)
    expect(await db.settings.get(UNREADABLE_REUSE_OVERRIDES_KEY)).toBeUndefined()
  })

  it('travels in a backup: restored into an emptied workspace, the verdicts read the same', async () => {
    const db = createTestDatabase()
    await changeReuseOverrides(db, (o) => toggleOverride(o, ['h-1', 'h-2'], 'not-reuse'), 'no')
    const text = backupToJson(await createBackup(db, APP))
    await wipeWorkspace(db)
    expect((await readReuseOverrides(db)).overrides).toEqual([])
    const restored = await restoreBackup(db, text, 'replace')
    expect(restored.ok).toBe(true)
    expect(await readReuseOverrides(db)).toEqual({
      overrides: [{ pair: ['h-1', 'h-2'], verdict: 'not-reuse' }],
      problem: null,
    })
  })
})
