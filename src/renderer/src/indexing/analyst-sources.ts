/**
 * The search worker's reads of the analyst's database: the rows of a table (all, or the
 * ids a write changed) turned into search records. A document's text is read only for the
 * documents that need indexing; its row alone gives its fingerprint.
 */
import {
  briefRecords,
  claimRecords,
  documentFingerprint,
  documentRecords,
  eventRecords,
  highlightRecords,
  sourceDetails,
  sourceKey,
  type SourceDetails,
  type SourceRecords,
} from '@shared/search/records-of'
import type { Block } from '@shared/corpus/document-model'
import type { DocumentRow, DocumentTextRow } from '../db/document-rows'
import type { AnalystDatabase } from './analyst-database'

/** The tables of the analyst's own items (one record each). */
export type ItemTable = 'highlights' | 'claims' | 'events' | 'briefs'

/** The source kind of an item table's rows. */
export const ITEM_KINDS: Readonly<Record<ItemTable, 'highlight' | 'claim' | 'event' | 'brief'>> = {
  highlights: 'highlight',
  claims: 'claim',
  events: 'event',
  briefs: 'brief',
}

/** Rows read by id: those there, and the ids that are not (deleted). */
export interface RowsRead<Row> {
  present: Row[]
  absent: string[]
}

async function readRows<Row extends { id: string }>(
  table: { toArray(): Promise<Row[]>; bulkGet(ids: string[]): Promise<(Row | undefined)[]> },
  ids: readonly string[] | 'all',
): Promise<RowsRead<Row>> {
  if (ids === 'all') return { present: await table.toArray(), absent: [] }
  const rows = await table.bulkGet([...ids])
  const present: Row[] = []
  const absent: string[] = []
  rows.forEach((row, i) => (row ? present.push(row) : absent.push(ids[i]!)))
  return { present, absent }
}

/**
 * Whether a row is as v5 writes it (db/documents.ts `isDocumentRow`, whose module is not
 * imported here: see analyst-database.ts); a row an upgrade left as it was has no details.
 */
function isDocumentRow(row: DocumentRow): boolean {
  return typeof row.meta === 'object' && row.meta !== null && typeof row.rev === 'string'
}

/** The blocks of a document's text row, when it is the text of `row` (else undefined). */
function blocksOf(row: DocumentRow, text: DocumentTextRow | undefined): Block[] | undefined {
  if (!text || text.rev !== row.rev) return undefined
  return JSON.parse(text.blocks) as Block[]
}

/** Imported documents' rows (details and rev, no text); a row an upgrade left as it was is absent. */
export async function readDocumentRows(
  db: AnalystDatabase,
  ids: readonly string[] | 'all',
): Promise<RowsRead<DocumentRow>> {
  const read = await readRows(db.documents, ids)
  const present = read.present.filter(isDocumentRow)
  const skipped = read.present.filter((row) => !isDocumentRow(row)).map((row) => row.id)
  return { present, absent: [...read.absent, ...skipped] }
}

/** The fingerprint an imported document's records would have, from its row alone. */
export function documentRowFingerprint(row: DocumentRow): string {
  return documentFingerprint(row.rev, sourceDetails(row.meta))
}

/**
 * The records of these imported documents, their texts read in one go. A document whose
 * text is missing or does not match its row (never written so) is left out: it is indexed
 * when it is whole again.
 */
export async function importedDocumentRecords(
  db: AnalystDatabase,
  rows: readonly DocumentRow[],
): Promise<SourceRecords[]> {
  const texts = await db.documentTexts.bulkGet(rows.map((row) => row.id))
  const sources: SourceRecords[] = []
  rows.forEach((row, i) => {
    try {
      const blocks = blocksOf(row, texts[i])
      // Left out until its text is whole again (the next change of this document).
      if (blocks)
        sources.push(documentRecords({ meta: row.meta, blocks, rev: row.rev }, 'document'))
    } catch {
      // A text that is not JSON: likewise.
    }
  })
  return sources
}

/** The key of an imported document's records. */
export const documentKey = (id: string) => sourceKey('document', id)

/**
 * The records of the rows of an item table (all, or these ids), and the keys of the ids
 * that are gone. A highlight takes its source's title and date from `detailsOf`.
 */
export async function itemRecords(
  db: AnalystDatabase,
  table: ItemTable,
  ids: readonly string[] | 'all',
  detailsOf: (docId: string) => SourceDetails | undefined,
): Promise<{ sources: SourceRecords[]; gone: string[] }> {
  const kind = ITEM_KINDS[table]
  let sources: SourceRecords[]
  let absent: string[]
  switch (table) {
    case 'highlights': {
      const read = await readRows(db.highlights, ids)
      sources = read.present.map((h) => highlightRecords(h, detailsOf(h.docId)))
      absent = read.absent
      break
    }
    case 'claims': {
      const read = await readRows(db.claims, ids)
      sources = read.present.map(claimRecords)
      absent = read.absent
      break
    }
    case 'events': {
      const read = await readRows(db.events, ids)
      sources = read.present.map(eventRecords)
      absent = read.absent
      break
    }
    case 'briefs': {
      const read = await readRows(db.briefs, ids)
      sources = read.present.map(briefRecords)
      absent = read.absent
      break
    }
  }
  return { sources, gone: absent.map((id) => sourceKey(kind, id)) }
}

/** The ids of the highlights on a document, to re-index when its title or date changes. */
export async function highlightIdsOf(db: AnalystDatabase, docId: string): Promise<string[]> {
  return (await db.highlights.where('docId').equals(docId).primaryKeys()) as string[]
}
