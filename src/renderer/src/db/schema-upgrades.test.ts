import { Dexie } from 'dexie'
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb'
import { describe, expect, it } from 'vitest'
import { sampleBackup } from '@shared/backup/sample-backup'
import { checkBackup } from '@shared/backup/validate-backup'
import { createBackup } from './backup'
import { createClaim } from './claims'
import { CasefileDatabase } from './database'
import { readImportedDocument } from './documents'
import { NEWER_DATABASE_ERROR } from './newer-database'
import { describeOpenFailure } from './open-failure'
import { readRawDatabase, storedSchemaVersion } from './raw-export'
import { CURRENT_SCHEMA_VERSION, SCHEMA_VERSIONS } from './schema-versions'
import {
  importedDocument,
  ROWS_BY_VERSION,
  STORES_BY_VERSION,
  writeDatabaseAt,
} from './testing/schema-fixtures'

const VERSIONS = Object.values(SCHEMA_VERSIONS)
const APP = { name: 'Casefile', version: 'test' }

function deps() {
  return { indexedDB: new IDBFactory(), IDBKeyRange }
}

async function openError(db: Dexie): Promise<unknown> {
  return db.open().then(
    () => null,
    (error: unknown) => error,
  )
}

describe('a database written by every schema version', () => {
  it('has a fixture and index specs for every shipped version', () => {
    for (const version of VERSIONS) {
      expect(STORES_BY_VERSION[version], `stores of version ${version}`).toBeDefined()
      expect(ROWS_BY_VERSION[version], `rows of version ${version}`).toBeDefined()
    }
  })

  for (const version of VERSIONS) {
    it(`opens version ${version} and upgrades its rows to the current shapes`, async () => {
      const where = deps()
      await writeDatabaseAt(where, 'casefile', version, ROWS_BY_VERSION[version]!())
      const db = new CasefileDatabase('casefile', where)
      await db.open()
      expect(db.verno).toBe(CURRENT_SCHEMA_VERSION)
      const now = sampleBackup().tables
      expect(await db.highlights.toArray()).toEqual(now.highlights)
      expect(await db.claims.toArray()).toEqual(now.claims)
      expect(await db.events.orderBy('id').toArray()).toEqual(now.events)
      const credibility = version === SCHEMA_VERSIONS.initial ? null : 3
      expect(await db.evidence.toArray()).toEqual(
        now.evidence.map((link) => ({ ...link, credibility })),
      )
      if (version >= SCHEMA_VERSIONS.briefs) {
        expect(await db.briefs.toArray()).toEqual(now.briefs)
        expect(await readImportedDocument(db, 'doc-imported')).toEqual(importedDocument())
      }
      // The upgraded workspace is one a backup accepts: every reference holds.
      const checked = checkBackup(await createBackup(db, APP))
      expect(checked.ok ? [] : checked.problems).toEqual([])
      db.close()
    })
  }
})

describe('an upgrade that throws', () => {
  it('leaves a version 4 database exactly as it was when the real v5 upgrade fails on a row', async () => {
    const where = deps()
    const rows = ROWS_BY_VERSION[SCHEMA_VERSIONS.briefs]!()
    const good = importedDocument()
    // A paragraph that is not an object: splitting the document into its two rows throws.
    const broken = { ...good, meta: { ...good.meta, id: 'doc-broken' }, blocks: [null] }
    rows.documents!.push({ id: 'doc-broken', addedAt: 8, document: broken })
    await writeDatabaseAt(where, 'casefile', SCHEMA_VERSIONS.briefs, rows)
    const before = await readRawDatabase('casefile', where)

    const error = await openError(new CasefileDatabase('casefile', where))
    expect(error).not.toBeNull()
    const stored = await storedSchemaVersion('casefile', where)
    expect(stored).toBe(SCHEMA_VERSIONS.briefs)
    expect(describeOpenFailure(error, stored)).toMatchObject({
      kind: 'upgrade-failed',
      message: expect.stringMatching(/stored exactly as it was: nothing has been changed/),
    })
    const after = await readRawDatabase('casefile', where)
    expect(after.schemaVersion).toBe(SCHEMA_VERSIONS.briefs)
    expect(after.tables).toEqual(before.tables)
    expect(after.tables.documents).toHaveLength(2)
  })

  for (const version of VERSIONS) {
    it(`rolls back an upgrade from version ${version} that fails after changing rows`, async () => {
      const where = deps()
      await writeDatabaseAt(where, 'casefile', version, ROWS_BY_VERSION[version]!())
      const before = await readRawDatabase('casefile', where)
      const next = CURRENT_SCHEMA_VERSION + 1
      const db = new CasefileDatabase('casefile', where)
      db.version(next)
        .stores({})
        .upgrade(async (tx) => {
          await tx.table('claims').toCollection().modify({ statement: 'overwritten' })
          await tx.table('highlights').clear()
          throw new Error('the migration has a bug')
        })
      const error = await openError(db)
      expect(
        describeOpenFailure(error, await storedSchemaVersion('casefile', where), next),
      ).toEqual(expect.objectContaining({ kind: 'upgrade-failed' }))
      const after = await readRawDatabase('casefile', where)
      expect(after.schemaVersion).toBe(version)
      expect(after.tables).toEqual(before.tables)
    })
  }
})

describe('a database written by a newer Casefile', () => {
  async function newerDatabase() {
    const where = deps()
    const rows = ROWS_BY_VERSION[CURRENT_SCHEMA_VERSION]!()
    await writeDatabaseAt(where, 'casefile', CURRENT_SCHEMA_VERSION, rows)
    const newer = new Dexie('casefile', where)
    for (const [declared, stores] of Object.entries(STORES_BY_VERSION)) {
      newer.version(Number(declared)).stores(stores)
    }
    newer.version(CURRENT_SCHEMA_VERSION + 1).stores({ annotations: 'id, claimId' })
    await newer.table('annotations').add({ id: 'a1', claimId: 'c1' })
    newer.close()
    return where
  }

  it('is refused on opening, with a message, and nothing in it changes', async () => {
    const where = await newerDatabase()
    const before = await readRawDatabase('casefile', where)
    const db = new CasefileDatabase('casefile', where)
    const error = await openError(db)
    expect(error).toMatchObject({ name: NEWER_DATABASE_ERROR })
    expect(describeOpenFailure(error, await storedSchemaVersion('casefile', where))).toEqual({
      kind: 'newer',
      message: expect.stringMatching(/saved by a newer version of Casefile.*update Casefile/),
    })
    const after = await readRawDatabase('casefile', where)
    expect(after.schemaVersion).toBe(CURRENT_SCHEMA_VERSION + 1)
    expect(after.tables).toEqual(before.tables)
  })

  it('refuses every write and read afterwards, saying why', async () => {
    const where = await newerDatabase()
    const before = await readRawDatabase('casefile', where)
    const db = new CasefileDatabase('casefile', where)
    await expect(createClaim(db, { statement: 'written by an older app' })).rejects.toThrow(
      /newer version of Casefile/,
    )
    await expect(db.claims.put({ ...sampleBackup().tables.claims[0]!, note: 'x' })).rejects.toThrow(
      /newer version of Casefile/,
    )
    await expect(db.claims.count()).rejects.toThrow(/newer version of Casefile/)
    expect((await readRawDatabase('casefile', where)).tables).toEqual(before.tables)
  })
})

describe('the raw export', () => {
  it('reads every table as stored, without creating a database that does not exist', async () => {
    const where = deps()
    await expect(readRawDatabase('casefile', where)).rejects.toMatchObject({
      name: 'NoSuchDatabaseError',
    })
    expect(await storedSchemaVersion('casefile', where)).toBeNull()
    await writeDatabaseAt(where, 'casefile', 1, ROWS_BY_VERSION[1]!())
    const raw = await readRawDatabase('casefile', where, new Date(0))
    expect(raw).toMatchObject({
      format: 'casefile-raw-export',
      exportedAt: '1970-01-01T00:00:00.000Z',
      schemaVersion: 1,
    })
    expect(raw.tables.claims).toEqual(sampleBackup().tables.claims)
    expect(Object.keys(raw.tables).sort()).toEqual(Object.keys(STORES_BY_VERSION[1]!).sort())
  })
})
