/** A fresh, empty database on fake-indexeddb for unit tests. */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb'
import { CasefileDatabase } from './database'

export function createTestDatabase(name = 'test'): CasefileDatabase {
  return new CasefileDatabase(name, { indexedDB: new IDBFactory(), IDBKeyRange })
}

/**
 * Makes every write to `store` of the database behind `db` fail with `error`, as a full
 * disk does: the request fails inside IndexedDB and the transaction aborts, as in a
 * browser. It reaches into fake-indexeddb's raw database, which every connection to the
 * same database shares.
 */
export async function failWritesTo(
  db: { open(): Promise<{ backendDB(): unknown }> },
  store: string,
  error: () => Error = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
): Promise<void> {
  const idb = (await db.open()).backendDB() as {
    _rawDatabase: { rawObjectStores: Map<string, { storeRecord: () => never }> }
  }
  idb._rawDatabase.rawObjectStores.get(store)!.storeRecord = () => {
    throw error()
  }
}
