/**
 * Articles of the generated search corpus (scripts/generate-corpus.ts) as the app stores an
 * imported document (src/renderer/src/db/document-rows.ts: a small row in `documents`, the
 * blocks as one JSON string in `documentTexts`), and their seeding into the page's
 * `casefile` database, for the benchmarks that need a library of 10,000 imported sources.
 */
import type { Page } from '@playwright/test'
import type { CorpusArticle } from '../../scripts/generate-corpus'
import type { DocumentModel } from '../../src/shared/corpus/document-model'
import { assembleDocument } from '../../src/shared/corpus/parse-document'
import { putRows } from './idb-rows'

/** The document the app would make of `article` imported from a text file. */
export function importedDocument(
  article: CorpusArticle,
  authors: readonly string[] = [],
): DocumentModel {
  const [year, month, day] = article.published.split('-').map(Number) as [number, number, number]
  return assembleDocument(
    {
      id: article.id,
      title: article.title,
      authors: [...authors],
      outlet: article.outlet,
      published: { year, month, day, approximate: false, basis: 'stated', note: '' },
      genre: 'news',
      raw: `${article.id}.txt`,
      authorNote: null,
      imported: { format: 'text', encoding: 'UTF-8', notices: [] },
    },
    article.paragraphs.map((text) => ({ kind: 'paragraph' as const, level: 0, text, marks: [] })),
  )
}

/** An imported document's two rows (the shapes of `DocumentRow` and `DocumentTextRow`). */
export interface ImportedRows {
  row: {
    id: string
    addedAt: number
    meta: DocumentModel['meta']
    rev: string
    wordCount: number
    paragraphCount: number
  }
  text: { id: string; rev: string; blocks: string }
}

/** The rows `doc` is stored as, added at `addedAt`. */
export function rowsOfDocument(doc: DocumentModel, addedAt: number): ImportedRows {
  return {
    row: {
      id: doc.meta.id,
      addedAt,
      meta: doc.meta,
      rev: doc.rev,
      wordCount: doc.text.split(/\s+/).length,
      paragraphCount: doc.blocks.length,
    },
    text: { id: doc.meta.id, rev: doc.rev, blocks: JSON.stringify(doc.blocks) },
  }
}

/** An article as an imported document's two rows (no authors). */
export function rowsOf(article: CorpusArticle, addedAt: number): ImportedRows {
  return rowsOfDocument(importedDocument(article), addedAt)
}

/**
 * Writes imported documents into the page's `casefile` database, in one transaction, through
 * a second IndexedDB connection at the current version. Call once the app has created the
 * database (after its readiness signal); the app's live queries do not see these writes.
 */
export function seedDocuments(page: Page, rows: readonly ImportedRows[]): Promise<void> {
  return putRows(page, 'casefile', {
    documents: rows.map((r) => r.row),
    documentTexts: rows.map((r) => r.text),
  })
}
