/**
 * Adding a reviewed file to the library: its confirmed metadata and its blocks become one
 * document, written in one transaction with its undo step, and the analyst is told. For a
 * long document each step holds the UI thread for tens of ms (laying out and encoding the
 * text for its rev; cloning it into IndexedDB), so each runs in a task of its own: the
 * click is answered first, and the page can paint and take input between the steps.
 */
import type { ExtractedDocument } from '@shared/import/extracted'
import { metaFromDraft, type MetadataDraft } from '@shared/import/metadata-draft'
import { db } from '../../db'
import { addImportedDocument } from '../../db/documents'
import { runMaking } from '../run-write'
import { assembleImported } from './assemble-imported'

/** Resolves in a later task, after what is queued (input, a frame) has had its turn. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0))
}

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
  const made = await runMaking(() => addImportedDocument(db, document), {
    done: `Added “${meta.title}” to the library. Undo with Ctrl+Z.`,
    failed: `${extracted.fileName} could not be added to the library.`,
  })
  return made ? { docId: made.record.id, title: meta.title } : null
}
