/**
 * Edits one highlight: colour, note, tags; copy its quote; delete it. The note saves as
 * the analyst pauses and when the editor closes, so nothing typed is lost.
 */
import type { TextRange } from '@shared/anchoring'
import type { DocumentModel } from '@shared/corpus/document-model'
import type { HighlightColorId } from '@shared/highlights/colors'
import { useRef, type RefObject } from 'react'
import type { HighlightRecord } from '../../db/records'
import { Popover, type PopoverAnchor } from '../../ui/Popover'
import { TagInput } from '../../ui/TagInput'
import { useAutosave } from '../../ui/useAutosave'
import { copyQuote, editHighlight, removeHighlight } from './actions'
import { ColorSwatches } from './ColorSwatches'

export interface HighlightEditorProps {
  highlight: HighlightRecord
  doc: DocumentModel
  /** Where the passage is now; null for a highlight that is not placed. */
  passage: TextRange | null
  anchor: PopoverAnchor
  /** Every line of the passage, kept clear of (see `Popover`). */
  keepClear?: () => PopoverAnchor | null
  names: Record<HighlightColorId, string>
  allTags: string[]
  focus: 'note' | 'tags' | null
  /** Opens "Tag to claim" for this highlight. */
  onTagToClaim: () => void
  /** Opens "Add to timeline" for this highlight. */
  onAddToTimeline: () => void
  onClose: () => void
  /** Takes the focus when the editor closes (see `Popover`). */
  returnFocus?: RefObject<HTMLElement | null>
}

export function HighlightEditor(props: HighlightEditorProps) {
  const {
    highlight,
    doc,
    passage,
    anchor,
    names,
    allTags,
    focus,
    onTagToClaim,
    onAddToTimeline,
    onClose,
    returnFocus,
  } = props
  const noteRef = useRef<HTMLTextAreaElement>(null)
  const tagRef = useRef<HTMLInputElement>(null)
  const {
    draft: note,
    setDraft: setNote,
    flush: saveNote,
  } = useAutosave(
    highlight.note,
    (value) => void editHighlight(highlight.id, { note: value }, 'edit note'),
    { draftKey: `note:highlight:${highlight.id}` },
  )

  const close = () => {
    saveNote()
    onClose()
  }

  return (
    <Popover
      label="Highlight"
      className="highlight-editor"
      anchor={anchor}
      keepClear={props.keepClear}
      sizeGuess={{ width: 380, height: 340 }}
      initialFocus={focus === 'note' ? noteRef : focus === 'tags' ? tagRef : undefined}
      returnFocus={returnFocus}
      onClose={close}
    >
      <blockquote className="editor-quote" dir="auto">
        {highlight.selectors.quote.exact}
      </blockquote>
      <ColorSwatches
        names={names}
        current={highlight.color as HighlightColorId}
        verb="Colour:"
        onPick={(color) => void editHighlight(highlight.id, { color }, 'change colour')}
      />
      <label className="field">
        <span className="field-label">Note</span>
        <textarea
          ref={noteRef}
          dir="auto"
          rows={4}
          value={note}
          placeholder="Why this passage matters…"
          onChange={(event) => setNote(event.target.value)}
          onBlur={saveNote}
        />
      </label>
      <div className="field">
        <span className="field-label">Tags</span>
        <TagInput
          tags={highlight.tags}
          allTags={allTags}
          inputRef={tagRef}
          onChange={(tags) => void editHighlight(highlight.id, { tags }, 'edit tags')}
        />
      </div>
      <div className="editor-actions">
        <button
          type="button"
          className="button-quiet button-danger"
          onClick={() => {
            onClose()
            void removeHighlight(highlight.id)
          }}
        >
          Delete
        </button>
        <button
          type="button"
          className="button-quiet"
          disabled={!passage}
          onClick={() => passage && void copyQuote(doc, passage)}
        >
          Copy quote
        </button>
        <button type="button" className="button-quiet" onClick={onTagToClaim}>
          Claim…
        </button>
        <button
          type="button"
          className="button-quiet"
          disabled={!passage}
          onClick={onAddToTimeline}
        >
          Timeline…
        </button>
        <button type="button" className="button" onClick={close}>
          Done
        </button>
      </div>
    </Popover>
  )
}
