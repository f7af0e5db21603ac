/** A fresh, empty database on fake-indexeddb for unit tests. */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb'
import { CasefileDatabase } from './database'

export function createTestDatabase(name = 'test'): CasefileDatabase {
  return new CasefileDatabase(name, { indexedDB: new IDBFactory(), IDBKeyRange })
}
