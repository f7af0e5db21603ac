/**
 * How an imported document is stored (since v5): a small row in `documents` (its details,
 * rev and sizes: what the library lists) and its text in `documentTexts` (the blocks as one
 * JSON string, read only when the document is opened). A document of thousands of blocks
 * stored as objects cost IndexedDB's structured clone 50-160 ms on the UI thread for every
 * write and read; one string is copied, not walked. Backups and everything above `db/` see
 * the whole document ({@link ImportedDocumentRecord}) as before.
 */
import type { Block, DocumentModel, DocumentSummary } from '@shared/corpus/document-model'
import { BLOCK_SEPARATOR, summarizeDocument } from '@shared/corpus/document-layout'
import type { ImportedDocumentRecord } from './records'

/** An imported document as the library lists it: no text. The `documents` table since v5. */
export interface DocumentRow extends DocumentSummary {
  id: string
  addedAt: number
}

/** An imported document's text. The `documentTexts` table since v5. */
export interface DocumentTextRow {
  id: string
  /** The rev of the text, as its row says; the two are written together. */
  rev: string
  /** The document's blocks as JSON. */
  blocks: string
}

/** The two rows one document is stored as. */
export interface StoredDocument {
  row: DocumentRow
  text: DocumentTextRow
}

/** The rows for `document`; `blocksJson` and `summary` when already made (off the UI thread, in slices). */
export function storedDocument(
  document: DocumentModel,
  addedAt: number,
  made: { blocksJson?: string; summary?: DocumentSummary } = {},
): StoredDocument {
  const id = document.meta.id
  const summary = made.summary ?? summarizeDocument(document)
  return {
    row: {
      id,
      addedAt,
      meta: document.meta,
      rev: document.rev,
      wordCount: summary.wordCount,
      paragraphCount: summary.paragraphCount,
    },
    text: { id, rev: document.rev, blocks: made.blocksJson ?? JSON.stringify(document.blocks) },
  }
}

/** Raised when a document's two rows do not belong together (never written so). */
export class StoredDocumentError extends Error {
  constructor(id: string, title?: string) {
    const which = title ? `“${title}”` : `the document ${id}`
    super(
      `The stored text of ${which} is missing or does not match its details. Restart Casefile: the check at start-up offers a repair, which keeps what it removes.`,
    )
    this.name = 'StoredDocumentError'
  }
}

/** The document its two rows hold. */
export function documentFromRows(
  row: DocumentRow,
  text: DocumentTextRow | undefined,
): DocumentModel {
  if (!text || text.rev !== row.rev) throw new StoredDocumentError(row.id, row.meta.title)
  const blocks = JSON.parse(text.blocks) as Block[]
  return {
    meta: row.meta,
    blocks,
    text: blocks.map((block) => block.text).join(BLOCK_SEPARATOR),
    rev: row.rev,
  }
}

/** The whole record, as backups carry it. */
export function recordFromRows(
  row: DocumentRow,
  text: DocumentTextRow | undefined,
): ImportedDocumentRecord {
  return { id: row.id, addedAt: row.addedAt, document: documentFromRows(row, text) }
}

/** The rows a whole record is stored as (a restore, the v5 upgrade). */
export function rowsFromRecord(record: ImportedDocumentRecord): StoredDocument {
  const { row, text } = storedDocument(record.document, record.addedAt)
  return { row: { ...row, id: record.id }, text: { ...text, id: record.id } }
}

/** The summary the library shows for a row. */
export function summaryOfRow(row: DocumentRow): DocumentSummary {
  return {
    meta: row.meta,
    rev: row.rev,
    wordCount: row.wordCount,
    paragraphCount: row.paragraphCount,
  }
}
