/**
 * What the analyst can do to highlights, as the UI calls it: each action writes through
 * the repository, records the undo step and says what happened, in plain words (see
 * run-write for the two return conventions).
 */
import type { TextRange } from '@shared/anchoring'
import { quoteWithCitation } from '@shared/brief/citation'
import { passageSpan } from '@shared/corpus/passage-locator'
import type { DocumentModel } from '@shared/corpus/document-model'
import type { HighlightColorId } from '@shared/highlights/colors'
import type { NewPassageHighlight } from '@shared/highlights/passage'
import { db } from '../../db'
import {
  addHighlight,
  deleteHighlight,
  updateHighlight,
  type HighlightPatch,
} from '../../db/highlights'
import type { HighlightRecord } from '../../db/records'
import { announce } from '../../ui/status'
import { runChange, runMaking, usablePassage } from '../run-write'

/**
 * The new highlight a selection describes (trimmed, with its selectors), or null once the
 * reason it cannot be is said. The colour matters only when a highlight is made.
 */
function selected(
  doc: DocumentModel,
  passage: TextRange,
  color: HighlightColorId = 'yellow',
): NewPassageHighlight | null {
  const choice = usablePassage({ kind: 'selection', doc, passage }, color)
  return choice && 'newHighlight' in choice ? choice.newHighlight : null
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
  const highlight = selected(doc, passage, color)
  if (!highlight) return null
  const made = await runMaking(
    () =>
      addHighlight(db, { ...highlight, ...extra }, (committed) => {
        performance.mark('cf:highlight-create:committed')
        onCommitted?.(committed)
      }),
    { failed: 'The highlight could not be saved.' },
  )
  return made?.highlight ?? null
}

/** Saves changes to a highlight; resolves false if the save failed. */
export const editHighlight = (id: string, patch: HighlightPatch, label = 'edit highlight') =>
  runChange(() => updateHighlight(db, id, patch, label), {
    failed: 'The change could not be saved.',
  })

/** Deletes a highlight (and its links) and offers undo. */
export const removeHighlight = (id: string) =>
  runChange(() => deleteHighlight(db, id), {
    done: 'Highlight deleted. Undo with Ctrl+Z.',
    failed: 'The highlight could not be deleted.',
  })

/** Moves a highlight to a new passage (re-linking an orphan, confirming a fuzzy match). */
export async function relinkHighlight(
  id: string,
  doc: DocumentModel,
  passage: TextRange,
  label = 're-link highlight',
): Promise<boolean> {
  const moved = selected(doc, passage)
  if (!moved) return false
  return editHighlight(id, { selectors: moved.selectors, docRev: doc.rev }, label)
}

/** Copies “quote” (citation) to the clipboard and says so. */
export async function copyQuote(doc: DocumentModel, passage: TextRange): Promise<void> {
  const usable = selected(doc, passage)
  if (!usable) return
  const { start, end } = usable.selectors.position
  const text = quoteWithCitation(
    doc.text.slice(start, end),
    doc.meta,
    passageSpan(doc.blocks, start, end),
  )
  try {
    await navigator.clipboard.writeText(text)
    announce('Quote copied with its citation.')
  } catch {
    announce('The clipboard is not available here; the quote was not copied.', 'error')
  }
}
