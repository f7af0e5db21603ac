/**
 * Turns the reader's selection into a highlight: written first, then painted in one
 * frame, with the marks `npm run bench` reads.
 */
import type { DocumentModel } from '@shared/corpus/document-model'
import type { HighlightColorId } from '@shared/highlights/colors'
import { useState, type RefObject } from 'react'
import type { HighlightRecord } from '../../db/records'
import { createHighlight } from '../highlights/actions'
import { afterNextPaint } from '../../ui/after-next-paint'
import { paintOne } from './lib/highlight-paint'
import type { Editing } from './useReaderOverlays'
import type { useReaderSelection } from './useReaderSelection'

type Selection = ReturnType<typeof useReaderSelection>

/**
 * `create(color, focus)` highlights the current selection (nothing when there is none)
 * and, with a `focus`, opens the editor on the new highlight at the selection. `lastColor`
 * is the colour last used, for the toolbar's note and tags buttons.
 */
export function useCreateHighlight(
  doc: DocumentModel,
  bodyRef: RefObject<HTMLElement | null>,
  { selection, selectedNow, clearIfStill }: Selection,
  edit: (id: string, focus: Editing['focus'], anchor: DOMRect) => void,
): {
  create: (color: HighlightColorId, focus?: Editing['focus']) => Promise<void>
  lastColor: HighlightColorId
} {
  const [lastColor, setLastColor] = useState<HighlightColorId>('yellow')

  const create = async (color: HighlightColorId, focus: Editing['focus'] = null) => {
    if (!selection) return
    const { rect: anchor } = selection
    const { start, end } = selectedNow() ?? selection
    // Nothing on screen changes until the write is durable: a repaint of a long document
    // costs more than the write, and would hold back the commit event behind it. Then the
    // selection turns into the highlight in one frame, without waiting for the live query.
    const paintNow = (created: HighlightRecord) => {
      if (!bodyRef.current) return
      clearIfStill(start, end)
      const { position } = created.selectors
      paintOne(bodyRef.current, { id: created.id, color, start: position.start, end: position.end })
      // Marks for `npm run bench`: the frame that shows the new highlight, begun and done.
      afterNextPaint((frameStart) => {
        performance.clearMarks('cf:highlight-create:frame')
        performance.clearMarks('cf:highlight-create:painted')
        performance.mark('cf:highlight-create:frame', { startTime: frameStart })
        performance.mark('cf:highlight-create:painted')
      })
    }
    const created = await createHighlight(doc, { start, end }, color, {}, paintNow)
    if (!created) return
    setLastColor(color)
    if (focus) edit(created.id, focus, anchor)
  }

  return { create, lastColor }
}
