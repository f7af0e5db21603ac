import { IDBFactory, IDBKeyRange } from 'fake-indexeddb'
import { describe, expect, it } from 'vitest'
import { createClaim, tagToClaim } from './claims'
import { CasefileDatabase } from './database'
import { addImportedDocument } from './documents'
import { addHighlight, deleteHighlight } from './highlights'
import { checkIntegrity } from './integrity-repair'
import { isQuotaExceeded } from './storage-errors'
import { failWritesTo } from './test-db'
import { injectRowFault, type RowFault } from './testing/faults'
import { passageIn } from './testing/rows'
import { importedDocument } from './testing/schema-fixtures'
import { dumpDatabase } from './testing/workspace-dump'
import { addEvent, createTimeline } from './timelines'

const passage = (exact: string) => passageIn('bundled-a', exact, 'rev1', 'yellow')

/** Acknowledged work: writes that resolved, each its own transaction. */
async function acknowledgedWork(db: CasefileDatabase) {
  const { highlight } = await addHighlight(db, passage('first passage'))
  const { claim } = await createClaim(db, { statement: 'Talks resumed' })
  const { timeline } = await createTimeline(db, 'Talks')
  await tagToClaim(db, { highlightId: highlight.id }, { claimId: claim.id }, 'supports')
  await addEvent(db, {
    timelineId: timeline.id,
    title: 'Meeting',
    date: { kind: 'point', date: { year: 2024, month: 1, day: 16, approximate: false } },
    source: { highlightId: highlight.id },
  })
  return { highlight, claim, timeline }
}

type Work = Awaited<ReturnType<typeof acknowledgedWork>>

/** Saves that write several rows that belong together. */
const SAVES: Record<string, (db: CasefileDatabase, work: Work) => Promise<unknown>> = {
  'tag a new passage to a new claim': (db) =>
    tagToClaim(
      db,
      { newHighlight: passage('second passage') },
      { statement: 'New' },
      'contradicts',
    ),
  'add an event from a new passage': (db, { timeline }) =>
    addEvent(db, {
      timelineId: timeline.id,
      title: 'Statement',
      date: { kind: 'point', date: { year: 2024, month: 2, approximate: false } },
      source: { newHighlight: passage('third passage') },
    }),
  'delete a highlight with its evidence and event sources': (db, { highlight }) =>
    deleteHighlight(db, highlight.id),
  'import a document (details and text)': (db) => addImportedDocument(db, importedDocument()),
}

let opened = 0
function openOn(factory: IDBFactory, name: string): { db: CasefileDatabase; fault: RowFault } {
  opened += 1
  const db = new CasefileDatabase(name, { indexedDB: factory, IDBKeyRange })
  return { db, fault: injectRowFault(db) }
}

/** Rows `save` writes on a database holding the acknowledged work (its puts and adds). */
async function rowsOf(save: (db: CasefileDatabase, work: Work) => Promise<unknown>) {
  const { db, fault } = openOn(new IDBFactory(), 'measure')
  const work = await acknowledgedWork(db)
  fault.reset()
  await save(db, work)
  db.close()
  return fault.written
}

describe('a crash in the middle of a save', () => {
  for (const [name, save] of Object.entries(SAVES)) {
    it(`keeps every acknowledged write and none of the half save: ${name}`, async () => {
      const total = await rowsOf(save)
      expect(total).toBeGreaterThan(0)
      for (let at = 0; at < total; at += 1) {
        const factory = new IDBFactory()
        const { db, fault } = openOn(factory, `crash-${opened}`)
        const work = await acknowledgedWork(db)
        const acknowledged = await dumpDatabase(db)
        fault.reset()
        fault.crashAt(at)
        // The save is never answered: the page is gone before its transaction commits.
        void save(db, work).catch(() => {})
        await fault.crashed
        expect(fault.written).toBe(at)
        db.close()

        const { db: reopened } = openOn(factory, db.name)
        expect(await dumpDatabase(reopened)).toEqual(acknowledged)
        expect(await checkIntegrity(reopened)).toEqual([])
        reopened.close()
      }
    })
  }

  it('keeps a save whose connection is closed at once either whole or not at all', async () => {
    for (const save of Object.values(SAVES)) {
      const factory = new IDBFactory()
      const { db } = openOn(factory, `close-${opened}`)
      const work = await acknowledgedWork(db)
      const acknowledged = await dumpDatabase(db)
      const pending = save(db, work).then(
        () => 'saved',
        () => 'lost',
      )
      db.close()
      const outcome = await pending
      const { db: reopened } = openOn(factory, db.name)
      const after = await dumpDatabase(reopened)
      if (outcome === 'lost') expect(after).toEqual(acknowledged)
      else expect(after).not.toEqual(acknowledged)
      expect(await checkIntegrity(reopened)).toEqual([])
      reopened.close()
    }
  })
})

describe('a full disk during a save', () => {
  it('fails the whole save with the quota error and leaves the database consistent', async () => {
    for (const [name, save] of Object.entries(SAVES)) {
      const { db } = openOn(new IDBFactory(), `quota-${opened}`)
      const work = await acknowledgedWork(db)
      const before = await dumpDatabase(db)
      // The last table each save writes: everything before it was written in the transaction.
      const table = name.startsWith('import')
        ? 'documents'
        : name.startsWith('delete')
          ? 'events'
          : 'evidence'
      await failWritesTo(db, name.startsWith('add an event') ? 'events' : table)
      const error = await save(db, work).then(
        () => null,
        (failure: unknown) => failure,
      )
      expect(isQuotaExceeded(error), name).toBe(true)
      expect(await dumpDatabase(db), name).toEqual(before)
      expect(await checkIntegrity(db), name).toEqual([])
      db.close()
    }
  })
})
