/**
 * The passage an action rests on (a highlight, a claim's evidence, an event's source):
 * a new selection in a document, or a highlight that already exists. One type and one
 * resolver serve highlights, claims and timelines, so the selection check is made once.
 */
import { captureSelection, type TextRange } from '../anchoring/describe'
import type { Selectors } from '../anchoring/selectors'
import type { DocumentModel } from '../corpus/document-model'
import type { HighlightColorId } from './colors'

/**
 * Where a passage comes from: `passage` selected in `doc` (a new highlight is made, in
 * `color` when given, else the action's own colour), or an existing highlight by id.
 */
export type PassageSource =
  | { kind: 'selection'; doc: DocumentModel; passage: TextRange; color?: HighlightColorId }
  | { kind: 'highlight'; highlightId: string }

/** What a new highlight needs from a selection; repositories may accept more (note, tags). */
export interface NewPassageHighlight {
  docId: string
  docRev: string
  selectors: Selectors
  color: HighlightColorId
}

/** What a repository write takes: an existing highlight by id, or a new one to add. */
export type PassageChoice<H extends NewPassageHighlight = NewPassageHighlight> =
  { highlightId: string } | { newHighlight: H }

/** The outcome of {@link resolvePassage}: what to write, or in plain words why not. */
export type ResolvedPassage = { ok: true; choice: PassageChoice } | { ok: false; problem: string }

/**
 * Turns a passage source into what a repository write takes. A selection goes through
 * {@link captureSelection}: refused (with the analyst-facing reason) when it is outside
 * the text, empty or only whitespace; otherwise trimmed and described on the document's
 * current rev, coloured `source.color ?? color`. An existing highlight passes through
 * unchecked: the repository reports one that no longer exists.
 */
export function resolvePassage(source: PassageSource, color: HighlightColorId): ResolvedPassage {
  if (source.kind === 'highlight') return { ok: true, choice: { highlightId: source.highlightId } }
  const { doc, passage } = source
  const captured = captureSelection(doc.text, passage.start, passage.end)
  if (!captured.ok) return captured
  return {
    ok: true,
    choice: {
      newHighlight: {
        docId: doc.meta.id,
        docRev: doc.rev,
        selectors: captured.selectors,
        color: source.color ?? color,
      },
    },
  }
}
