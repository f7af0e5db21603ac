/**
 * What an analyst can do to a document they imported: correct its details, give it new
 * text from a newer file (highlights re-anchor; those that cannot are kept and listed as
 * orphans, never dropped), or delete it with everything resting on it (undoable).
 */
import { reanchorAll } from '@shared/anchoring/reanchor'
import type { DocumentModel } from '@shared/corpus/document-model'
import { metaFromDraft, type MetadataDraft } from '@shared/import/metadata-draft'
import { db } from '../../db'
import { deleteImportedDocument, replaceDocumentText, updateDocumentMeta } from '../../db/documents'
import { highlightsForDocument } from '../../db/highlights'
import type { StoredDocument } from '../../db/document-rows'
import { extractDocument } from './lazy-import-client'
import { runChange } from '../run-write'
import { assembleImported, storeImported } from './assemble-imported'
import type { IncomingFile } from './import-queue'
import { reanchorReport } from './reanchor-report'

/** Saves corrected details; resolves false if they could not be saved (already said). */
export function saveDetails(doc: DocumentModel, draft: MetadataDraft): Promise<boolean> {
  const { meta } = doc
  const origin = meta.imported ?? { format: 'text' as const, encoding: null, notices: [] }
  const next = metaFromDraft(draft, meta.id, meta.raw, origin)
  return runChange(() => updateDocumentMeta(db, meta.id, next), {
    done: `Saved the details of “${next.title}”. Undo with Ctrl+Z.`,
    failed: 'The details could not be saved.',
  })
}

/** A newer file read for a document, and what replacing its text would do, before it is done. */
export interface PreparedReimport {
  fileName: string
  /** The document with the new text, keeping the details the analyst confirmed. */
  next: DocumentModel
  /** The rows the new text is stored as; null when the text is the same. */
  stored: StoredDocument | null
  /** How its highlights would fare, in one sentence; null when the text is the same. */
  report: string | null
}

/**
 * Reads `file` as the new text of `doc` and says what replacing it would do to its
 * highlights; nothing is written. Rejects as the import does (an ImportRefusal, an
 * AbortError).
 */
export async function prepareReimport(
  doc: DocumentModel,
  file: IncomingFile & { bytes: Uint8Array },
  signal?: AbortSignal,
): Promise<PreparedReimport> {
  const extracted = await extractDocument(file, { signal })
  const meta = {
    ...doc.meta,
    imported: {
      format: extracted.format,
      encoding: extracted.encoding ?? null,
      notices: extracted.notices,
    },
  }
  const next = await assembleImported(meta, extracted.blocks)
  if (next.rev === doc.rev) return { fileName: file.name, next, stored: null, report: null }
  const stored = await storeImported(next, 0)
  const highlights = await highlightsForDocument(db, doc.meta.id)
  const placements = reanchorAll(
    next.text,
    next.rev,
    highlights.map((h) => ({ selectors: h.selectors, rev: h.docRev })),
  )
  const count = (status: string) => placements.filter((p) => p.status === status).length
  return {
    fileName: file.name,
    next,
    stored,
    report: reanchorReport(count('placed'), count('uncertain'), count('orphan')),
  }
}

/** Makes the prepared text the document's (one undoable step); resolves false if it failed. */
export function applyReimport(doc: DocumentModel, prepared: PreparedReimport): Promise<boolean> {
  return runChange(() => replaceDocumentText(db, doc.meta.id, prepared.stored ?? prepared.next), {
    done: `Re-imported “${doc.meta.title}” from ${prepared.fileName}. ${prepared.report ?? ''} Undo with Ctrl+Z.`,
    failed: `“${doc.meta.title}” could not be given the new text.`,
  })
}

/** Deletes the document and what rests on it; resolves false if it failed (already said). */
export function removeDocument(doc: DocumentModel): Promise<boolean> {
  return runChange(() => deleteImportedDocument(db, doc.meta.id), {
    done: `Deleted “${doc.meta.title}” and what rested on it. Undo with Ctrl+Z.`,
    failed: `“${doc.meta.title}” could not be deleted.`,
  })
}
