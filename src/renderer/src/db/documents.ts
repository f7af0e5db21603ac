/**
 * Imported documents: added, edited (metadata), re-imported (new text) and deleted, each
 * as one transaction with its undo step. A document is two rows (see ./document-rows):
 * editing its details writes only the small one. Deleting a document deletes what rests
 * on it (its highlights, their evidence links and event sources, its source grade) in the
 * same transaction, so undo brings all of it back together.
 */
import type { DocumentMeta, DocumentModel } from '@shared/corpus/document-model'
import type { ChangeSet } from './change-set'
import { recordChanges } from './change-set'
import type { CasefileDatabase } from './database'
import {
  documentFromRows,
  storedDocument,
  type DocumentRow,
  type StoredDocument,
} from './document-rows'
import { InputError } from './input-error'
import type { EventRecord } from './records'

/** A row as v5 writes it (a row left by an upgrade as it was has no details). */
export function isDocumentRow(row: DocumentRow): boolean {
  return typeof row.meta === 'object' && row.meta !== null && typeof row.rev === 'string'
}

/** Every imported document's row (details, rev, sizes; no text), oldest first. */
export async function importedDocuments(db: CasefileDatabase): Promise<DocumentRow[]> {
  return (await db.documents.orderBy('addedAt').toArray()).filter(isDocumentRow)
}

/** The imported document with this id, text and all, or undefined. */
export async function readImportedDocument(
  db: CasefileDatabase,
  id: string,
): Promise<DocumentModel | undefined> {
  const [row, text] = await db.transaction('r', [db.documents, db.documentTexts], () =>
    Promise.all([db.documents.get(id), db.documentTexts.get(id)]),
  )
  return row ? documentFromRows(row, text) : undefined
}

/**
 * Adds a document the analyst imported (its rows made by {@link storedDocument}, or from
 * the document here); undo removes it again.
 */
export async function addImportedDocument(
  db: CasefileDatabase,
  document: DocumentModel | StoredDocument,
): Promise<{ row: DocumentRow; changeSet: ChangeSet | null }> {
  const stored = 'row' in document ? document : storedDocument(document, Date.now())
  const { changeSet } = await recordChanges(
    db,
    ['documents', 'documentTexts'],
    `import “${stored.row.meta.title}”`,
    async (rec) => {
      await rec.add('documentTexts', stored.text)
      await rec.add('documents', stored.row)
    },
  )
  return { row: stored.row, changeSet }
}

async function existing(db: CasefileDatabase, id: string): Promise<DocumentRow> {
  const row = await db.documents.get(id)
  if (!row) throw new InputError('That document is no longer in the library.')
  return row
}

/** Replaces an imported document's metadata (its id and import origin stay). */
export async function updateDocumentMeta(
  db: CasefileDatabase,
  id: string,
  meta: DocumentMeta,
): Promise<ChangeSet | null> {
  const { changeSet } = await recordChanges(
    db,
    ['documents'],
    'edit document details',
    async (rec) => {
      const row = await existing(db, id)
      await rec.put('documents', {
        ...row,
        meta: { ...meta, id, imported: meta.imported ?? row.meta.imported },
      })
    },
  )
  return changeSet
}

/**
 * Gives an imported document new text (a re-import). Highlights keep their selectors and
 * re-anchor on the new text when read; those that cannot are listed as orphans.
 */
export async function replaceDocumentText(
  db: CasefileDatabase,
  id: string,
  document: DocumentModel | StoredDocument,
): Promise<ChangeSet | null> {
  const { row: next, text } = 'row' in document ? document : storedDocument(document, 0)
  const { changeSet } = await recordChanges(
    db,
    ['documents', 'documentTexts'],
    're-import document',
    async (rec) => {
      const row = await existing(db, id)
      if (row.rev === next.rev) return
      await rec.put('documentTexts', { ...text, id })
      // The details stay the stored ones (edited since the file was read, perhaps in
      // another tab); only how the text came in changes with it.
      await rec.put('documents', {
        ...row,
        rev: next.rev,
        wordCount: next.wordCount,
        paragraphCount: next.paragraphCount,
        meta: { ...row.meta, imported: next.meta.imported },
      })
    },
  )
  return changeSet
}

/** What deleting a document would take with it, to say before anything is deleted. */
export interface DocumentLinks {
  highlights: number
  /** Evidence links from claims to those highlights. */
  evidence: number
  /** Distinct claims that would lose evidence. */
  claims: number
  /** Timeline events that would lose a source. */
  events: number
}

async function linkedRows(db: CasefileDatabase, docId: string) {
  const highlights = await db.highlights.where('docId').equals(docId).primaryKeys()
  const evidence = highlights.length
    ? await db.evidence.where('highlightId').anyOf(highlights).toArray()
    : []
  const events = highlights.length
    ? await db.events.where('highlightIds').anyOf(highlights).distinct().toArray()
    : []
  return { highlights, evidence, events }
}

/** Counts what rests on a document (its highlights and what links to them). */
export async function documentLinks(db: CasefileDatabase, docId: string): Promise<DocumentLinks> {
  return db.transaction('r', ['highlights', 'evidence', 'events'], async () => {
    const { highlights, evidence, events } = await linkedRows(db, docId)
    return {
      highlights: highlights.length,
      evidence: evidence.length,
      claims: new Set(evidence.map((link) => link.claimId)).size,
      events: events.length,
    }
  })
}

/**
 * Deletes an imported document with its highlights, their evidence links and event
 * sources, and its source grade, in one transaction; undo restores all of it. Claims and
 * events stay (they may rest on other sources too) and are marked changed.
 */
export async function deleteImportedDocument(
  db: CasefileDatabase,
  id: string,
): Promise<ChangeSet | null> {
  const { changeSet } = await recordChanges(
    db,
    ['documents', 'documentTexts', 'highlights', 'evidence', 'claims', 'events', 'sourceGrades'],
    'delete document',
    async (rec) => {
      await existing(db, id)
      const { highlights, evidence, events } = await linkedRows(db, id)
      const now = Date.now()
      const gone = new Set(highlights)
      for (const link of evidence) await rec.remove('evidence', link.id)
      for (const claimId of new Set(evidence.map((link) => link.claimId))) {
        const claim = await db.claims.get(claimId)
        if (claim) await rec.put('claims', { ...claim, updatedAt: now })
      }
      for (const event of events) {
        const next: EventRecord = {
          ...event,
          sources: event.sources.filter((source) => !gone.has(source.highlightId)),
          highlightIds: event.highlightIds.filter((h) => !gone.has(h)),
          updatedAt: now,
        }
        await rec.put('events', next)
      }
      for (const highlightId of highlights) await rec.remove('highlights', highlightId)
      await rec.remove('sourceGrades', id)
      await rec.remove('documents', id)
      await rec.remove('documentTexts', id)
    },
  )
  return changeSet
}
