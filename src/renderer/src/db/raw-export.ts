/**
 * The analyst's stored data read straight from IndexedDB, whatever schema wrote it: for
 * when the database will not open at this version (an upgrade failed, a newer Casefile
 * wrote it). It declares no schema, so nothing is upgraded, adapted or written.
 */
import { Dexie } from 'dexie'
import { schemaVersionOf } from './newer-database'

/** What a raw export file holds: every object store's rows, as stored. */
export interface RawExport {
  format: 'casefile-raw-export'
  exportedAt: string
  database: string
  /** The schema version that wrote the data (IndexedDB version / 10). */
  schemaVersion: number
  tables: Record<string, unknown[]>
}

/** Where to find IndexedDB: the page's own, or fake-indexeddb in tests. */
export interface IndexedDbDeps {
  indexedDB: IDBFactory
  IDBKeyRange: typeof IDBKeyRange
}

function browserDeps(): IndexedDbDeps {
  return { indexedDB: globalThis.indexedDB, IDBKeyRange: globalThis.IDBKeyRange }
}

/**
 * The schema version of the stored database `name`, or null when there is none or the
 * browser cannot say (IDBFactory.databases is missing in older browsers). Opens nothing.
 */
export async function storedSchemaVersion(
  name: string,
  deps: Pick<IndexedDbDeps, 'indexedDB'> = browserDeps(),
): Promise<number | null> {
  try {
    const found = (await deps.indexedDB.databases()).find((info) => info.name === name)
    return found?.version ? schemaVersionOf(found.version) : null
  } catch {
    return null
  }
}

/**
 * Every row of every object store of the database `name`, read in one transaction. Rejects
 * (Dexie's NoSuchDatabaseError) when there is no such database; never creates one.
 */
export async function readRawDatabase(
  name: string,
  deps: IndexedDbDeps = browserDeps(),
  now: Date = new Date(),
): Promise<RawExport> {
  // No db.version(): Dexie opens the database as it is, at its own version.
  const raw = new Dexie(name, { ...deps, cache: 'disabled' })
  try {
    await raw.open()
    const tables: Record<string, unknown[]> = {}
    await raw.transaction('r', raw.tables, async () => {
      for (const table of raw.tables) tables[table.name] = await table.toArray()
    })
    return {
      format: 'casefile-raw-export',
      exportedAt: now.toISOString(),
      database: name,
      schemaVersion: schemaVersionOf(raw.backendDB().version),
      tables,
    }
  } finally {
    raw.close()
  }
}

/** A raw export as the text of a file, indented so it can be read and mended by hand. */
export function rawExportToJson(data: RawExport): string {
  return JSON.stringify(data, null, 1)
}
