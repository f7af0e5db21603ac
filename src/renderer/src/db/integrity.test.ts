import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { sampleBackup } from '@shared/backup/sample-backup'
import { checkBackup } from '@shared/backup/validate-backup'
import { createBackup } from './backup'
import { applyChangeSet } from './change-set'
import type { CasefileDatabase } from './database'
import { rowsFromRecord } from './document-rows'
import { RECOVERED_TIMELINE_TITLE } from './integrity'
import { checkIntegrity, repairIntegrity, REPAIR_KEPT_PREFIX } from './integrity-repair'
import { createTestDatabase } from './test-db'
import { injectRowFault } from './testing/faults'
import { importedDocument } from './testing/schema-fixtures'
import { dumpDatabase, seedWorkspace } from './testing/workspace-dump'
import { workspaceArb } from './workspace-arbitraries'

const APP = { name: 'Casefile', version: 'test' }
const NOW = Date.UTC(2026, 0, 2)
const KNOWN = new Set(['bundled-a', 'doc-imported'])

let databases = 0
function freshDb(): CasefileDatabase {
  databases += 1
  return createTestDatabase(`integrity-${databases}`)
}

/** The sample workspace, then damage written past the repositories, as a bug or crash might. */
async function damagedWorkspace(db: CasefileDatabase): Promise<void> {
  const tables = sampleBackup().tables
  const document = importedDocument()
  await seedWorkspace(db, {
    ...tables,
    documents: [{ id: 'doc-imported', addedAt: 7, document }],
    highlights: [
      ...tables.highlights,
      { ...tables.highlights[0]!, id: 'h-gone-doc', docId: 'deleted-doc' },
    ],
  })
  await db.claims.delete('c1')
  await db.timelines.delete('t1')
  await db.highlights.delete('h2')
  const lonely = rowsFromRecord({
    id: 'doc-lonely',
    addedAt: 8,
    document: { ...document, meta: { ...document.meta, id: 'doc-lonely' } },
  })
  await db.documents.put({ ...lonely.row, id: 'doc-no-text' })
  await db.documentTexts.put(lonely.text)
  await db.events.put({
    ...tables.events[1]!,
    id: 'ev3',
    timelineId: 't2',
    date: {
      kind: 'relative',
      eventId: 'ev-gone',
      offset: { amount: 1, unit: 'day' },
      approximate: false,
    },
  })
  await db.timelines.put({ ...tables.timelines[0]!, id: 't2', title: 'Other' })
}

describe('the integrity check', () => {
  it('finds nothing wrong in any workspace the app could have written', async () => {
    await fc.assert(
      fc.asyncProperty(workspaceArb(), async (rows) => {
        const db = freshDb()
        await seedWorkspace(db, rows)
        expect(await checkIntegrity(db)).toEqual([])
        db.close()
      }),
      { numRuns: 30 },
    )
  }, 30_000)

  it('reports each kind of damage seeded into the database', async () => {
    const db = freshDb()
    await damagedWorkspace(db)
    expect(await checkIntegrity(db, { knownDocIds: KNOWN })).toEqual([
      '1 imported document has lost its text.',
      '1 document text has lost its details.',
      '1 highlight is on a document no longer in the library.',
      '1 evidence link points to a deleted claim.',
      '2 events belong to deleted timelines.',
      '1 event cites a deleted highlight.',
      '1 event is dated from a deleted event.',
    ])
    // Without the library's list, highlights are not judged by their document.
    expect(await checkIntegrity(db)).not.toContain(
      '1 highlight is on a document no longer in the library.',
    )
  })
})

describe('the repair', () => {
  it('mends every reference in one step, keeps what it removed, and can be undone', async () => {
    const db = freshDb()
    await damagedWorkspace(db)
    const before = await dumpDatabase(db)
    const outcome = await repairIntegrity(db, {
      knownDocIds: KNOWN,
      now: NOW,
      newId: () => 't-rec',
    })
    expect(outcome.repaired).toHaveLength(7)
    expect(outcome.keptAs).toBe(`${REPAIR_KEPT_PREFIX}2026-01-02T00:00:00.000Z`)
    expect(await checkIntegrity(db, { knownDocIds: KNOWN })).toEqual([])
    // What a backup checks holds too.
    const checked = checkBackup(await createBackup(db, APP))
    expect(checked.ok ? [] : checked.problems).toEqual([])

    // The events of the deleted timeline are re-homed, not dropped.
    expect(await db.timelines.get('t-rec')).toMatchObject({ title: RECOVERED_TIMELINE_TITLE })
    expect(
      (await db.events.where('timelineId').equals('t-rec').toArray()).map((e) => e.title),
    ).toEqual(['Meeting', 'Statement'])
    expect((await db.events.get('ev1'))?.sources).toEqual([])
    expect((await db.events.get('ev3'))?.date).toEqual({
      kind: 'point',
      date: { year: 1970, approximate: true },
    })

    // Every removed or changed row is kept as it was.
    const kept = (await db.settings.get(outcome.keptAs!))?.value as {
      rowsAsTheyWere: Record<string, { id: string }[]>
    }
    const ids = (table: string) => kept.rowsAsTheyWere[table]?.map((row) => row.id).sort()
    expect(ids('evidence')).toEqual(['e1'])
    expect(ids('highlights')).toEqual(['h-gone-doc'])
    expect(ids('documents')).toEqual(['doc-no-text'])
    expect(ids('documentTexts')).toEqual(['doc-lonely'])
    expect(ids('events')).toEqual(['ev1', 'ev2', 'ev3'])

    await applyChangeSet(db, outcome.changeSet!, 'undo')
    expect(await dumpDatabase(db)).toEqual(before)
  })

  it('changes nothing when the check finds nothing', async () => {
    const db = freshDb()
    await seedWorkspace(db, { ...sampleBackup().tables, documents: [] })
    const before = await dumpDatabase(db)
    expect(await repairIntegrity(db, { knownDocIds: KNOWN })).toEqual({
      repaired: [],
      keptAs: null,
      changeSet: null,
    })
    expect(await dumpDatabase(db)).toEqual(before)
  })

  it('writes nothing at all when it fails partway', async () => {
    const db = freshDb()
    const fault = injectRowFault(db)
    await damagedWorkspace(db)
    const before = await dumpDatabase(db)
    fault.reset()
    fault.armAt(3)
    await expect(repairIntegrity(db, { knownDocIds: KNOWN })).rejects.toThrow('injected failure')
    expect(fault.written).toBe(3)
    expect(await dumpDatabase(db)).toEqual(before)
  })
})
