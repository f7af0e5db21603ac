/**
 * Schema version 5: an imported document's text moves out of its `documents` row into
 * `documentTexts` (see ../document-rows), so the library lists documents, and a write
 * stores one, without IndexedDB cloning whole texts on the UI thread.
 */
import type { Dexie, Transaction } from 'dexie'
import { rowsFromRecord } from '../document-rows'
import type { ImportedDocumentRecord } from '../records'
import { SCHEMA_VERSIONS } from '../schema-versions'

/** Index specs that changed in version 5 (Dexie keeps the other tables as they were). */
export const STORES_V5 = {
  documentTexts: 'id',
} as const

function isVersion4Record(row: object): row is ImportedDocumentRecord {
  const document = (row as Partial<ImportedDocumentRecord>).document
  return typeof document === 'object' && document !== null && Array.isArray(document.blocks)
}

/**
 * Each version 4 row becomes its two rows, one document at a time (a library of large
 * documents is never held in memory at once). This runs in the upgrade's own transaction:
 * if any write fails, IndexedDB rolls the whole upgrade back and the version 4 rows stay
 * as they were. A row of another shape is left untouched rather than guessed at (the
 * library does not list it).
 */
export async function upgradeDocumentsToV5(tx: Transaction): Promise<void> {
  const documents = tx.table('documents')
  const texts = tx.table('documentTexts')
  const keys = (await documents.toCollection().primaryKeys()) as string[]
  for (const key of keys) {
    const old = (await documents.get(key)) as object | undefined
    if (!old || !isVersion4Record(old)) continue
    const { row, text } = rowsFromRecord(old)
    await texts.put(text)
    await documents.put(row)
  }
}

export function declareDocumentTextsSchema(db: Dexie): void {
  db.version(SCHEMA_VERSIONS.documentTexts).stores(STORES_V5).upgrade(upgradeDocumentsToV5)
}
