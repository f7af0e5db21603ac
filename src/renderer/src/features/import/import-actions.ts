/**
 * Adding a reviewed file to the library: its confirmed metadata and its blocks become one
 * document, written in one transaction with its undo step, and the analyst is told. For a
 * long document each step would hold the UI thread for tens of ms (laying out the text,
 * encoding it for its rev, serialising it for storage), so the click is answered first and
 * each step runs in tasks of its own (ui/time-slices): the page paints and takes input
 * between them. The write stores the text as one string, which IndexedDB copies, not walks.
 */
import type { ExtractedDocument } from '@shared/import/extracted'
import { metaFromDraft, type MetadataDraft } from '@shared/import/metadata-draft'
import { db } from '../../db'
import { addImportedDocument } from '../../db/documents'
import { runMaking } from '../run-write'
import { assembleImported, storeImported } from './assemble-imported'
import { nextTask } from '../../ui/time-slices'

/** Adds the document; resolves to its id and title, or null when it could not be added. */
export async function addToLibrary(
  extracted: ExtractedDocument,
  draft: MetadataDraft,
): Promise<{ docId: string; title: string } | null> {
  await nextTask()
  const meta = metaFromDraft(draft, crypto.randomUUID(), extracted.fileName, {
    format: extracted.format,
    encoding: extracted.encoding ?? null,
    notices: extracted.notices,
  })
  const document = await assembleImported(meta, extracted.blocks)
  await nextTask()
  const stored = await storeImported(document, Date.now())
  await nextTask()
  const made = await runMaking(() => addImportedDocument(db, stored), {
    done: `Added “${meta.title}” to the library. Undo with Ctrl+Z.`,
    failed: `${extracted.fileName} could not be added to the library.`,
  })
  return made ? { docId: made.row.id, title: meta.title } : null
}
