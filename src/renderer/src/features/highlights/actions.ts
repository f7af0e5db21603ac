/**
 * What the analyst can do to highlights, as the UI calls it: each action writes through
 * the repository, records the undo step and says what happened, in plain words.
 */
import { captureSelection, type CapturedSelection, type TextRange } from '@shared/anchoring'
import { quoteWithCitation, paragraphSpan } from '@shared/brief/citation'
import type { DocumentModel } from '@shared/corpus/document-model'
import type { HighlightColorId } from '@shared/highlights/colors'
import { db } from '../../db'
import {
  addHighlight,
  deleteHighlight,
  updateHighlight,
  type HighlightPatch,
} from '../../db/highlights'
import type { HighlightRecord } from '../../db/records'
import { recordUndo } from '../../db/undo-history'
import { announce, announceError } from '../../ui/status'

/** A passage of a document in canonical offsets; kept for callers not yet on TextRange. */
export type Passage = TextRange

/** Captures the selection, or says why it cannot be used and resolves to null. */
function capture(
  doc: DocumentModel,
  passage: TextRange,
): Extract<CapturedSelection, { ok: true }> | null {
  const captured = captureSelection(doc.text, passage.start, passage.end)
  if (captured.ok) return captured
  announce(captured.problem, 'error')
  return null
}

/**
 * Creates a highlight on a passage; resolves to it, or null if refused or failed.
 * `onCommitted` runs the moment the write is durable (the reader paints it then).
 */
export async function createHighlight(
  doc: DocumentModel,
  passage: TextRange,
  color: HighlightColorId,
  extra: { note?: string; tags?: string[] } = {},
  onCommitted?: (highlight: HighlightRecord) => void,
): Promise<HighlightRecord | null> {
  // Marks for `npm run bench`; only the latest of each is kept, so they never pile up.
  performance.clearMarks('cf:highlight-create:start')
  performance.clearMarks('cf:highlight-create:committed')
  performance.mark('cf:highlight-create:start')
  const usable = capture(doc, passage)
  if (!usable) return null
  try {
    const { highlight, changeSet } = await addHighlight(
      db,
      {
        docId: doc.meta.id,
        docRev: doc.rev,
        selectors: usable.selectors,
        color,
        ...extra,
      },
      (committed) => {
        performance.mark('cf:highlight-create:committed')
        onCommitted?.(committed)
      },
    )
    recordUndo(changeSet)
    return highlight
  } catch (error) {
    announceError(error, 'The highlight could not be saved.')
    return null
  }
}

/** Saves changes to a highlight; resolves false if the save failed. */
export async function editHighlight(
  id: string,
  patch: HighlightPatch,
  label = 'edit highlight',
): Promise<boolean> {
  try {
    recordUndo(await updateHighlight(db, id, patch, label))
    return true
  } catch (error) {
    announceError(error, 'The change could not be saved.')
    return false
  }
}

/** Deletes a highlight (and its links) and offers undo. */
export async function removeHighlight(id: string): Promise<void> {
  try {
    const changeSet = await deleteHighlight(db, id)
    recordUndo(changeSet)
    if (changeSet) announce('Highlight deleted. Undo with Ctrl+Z.')
  } catch (error) {
    announceError(error, 'The highlight could not be deleted.')
  }
}

/** Moves a highlight to a new passage (re-linking an orphan, confirming a fuzzy match). */
export async function relinkHighlight(
  id: string,
  doc: DocumentModel,
  passage: TextRange,
  label = 're-link highlight',
): Promise<boolean> {
  const usable = capture(doc, passage)
  if (!usable) return false
  return editHighlight(id, { selectors: usable.selectors, docRev: doc.rev }, label)
}

/** Copies “quote” (citation) to the clipboard and says so. */
export async function copyQuote(doc: DocumentModel, passage: TextRange): Promise<void> {
  const usable = capture(doc, passage)
  if (!usable) return
  const text = quoteWithCitation(
    doc.text.slice(usable.start, usable.end),
    doc.meta,
    paragraphSpan(doc.blocks, usable.start, usable.end),
  )
  try {
    await navigator.clipboard.writeText(text)
    announce('Quote copied with its citation.')
  } catch {
    announce('The clipboard is not available here; the quote was not copied.', 'error')
  }
}
