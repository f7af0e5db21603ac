/**
 * Which of the reader's popovers is open, and over what: the highlight editor, the
 * tag-to-claim popover or the add-to-timeline popover. At most one at a time in practice;
 * the selection toolbar shows only while none is.
 */
import type { TextRange } from '@shared/anchoring'
import type { PassageSource } from '@shared/highlights/passage'
import { useCallback, useState, type MutableRefObject, type RefObject } from 'react'

/** The highlight open in the editor, the field to focus and where to place it. */
export type Editing = { id: string; focus: 'note' | 'tags' | null; anchor: DOMRect }
/** A selection or highlight being tagged to a claim. */
export type Tagging = { source: PassageSource; anchor: DOMRect; quote: string }
/** A passage being added to a timeline, from a selection (no highlight) or a highlight. */
export type Dating = { passage: TextRange; highlightId: string | null; anchor: DOMRect }

/** The open popovers, their setters, and `edit` to open the editor on a highlight. */
export interface ReaderOverlays {
  editing: Editing | null
  tagging: Tagging | null
  dating: Dating | null
  setEditing: (editing: Editing | null) => void
  setTagging: (tagging: Tagging | null) => void
  setDating: (dating: Dating | null) => void
  /**
   * Opens the editor on a highlight, placed at `anchor`, else at its painted range, else
   * at the reader. Stable (refs and setters only), so the memoised side list keeps it.
   */
  edit: (id: string, focus?: Editing['focus'], anchor?: DOMRect) => void
}

/** The reader's popover state; `rangesRef` holds the painted range of each highlight. */
export function useReaderOverlays(
  rangesRef: MutableRefObject<Map<string, Range>>,
  scrollerRef: RefObject<HTMLElement | null>,
): ReaderOverlays {
  const [editing, setEditing] = useState<Editing | null>(null)
  const [tagging, setTagging] = useState<Tagging | null>(null)
  const [dating, setDating] = useState<Dating | null>(null)

  const edit = useCallback(
    (id: string, focus: Editing['focus'] = null, anchor?: DOMRect) => {
      const rect =
        anchor ??
        rangesRef.current.get(id)?.getBoundingClientRect() ??
        scrollerRef.current?.getBoundingClientRect()
      if (rect) setEditing({ id, focus, anchor: rect })
    },
    [rangesRef, scrollerRef],
  )

  return { editing, tagging, dating, setEditing, setTagging, setDating, edit }
}
