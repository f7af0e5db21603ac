/**
 * A document with its highlights: paints them over the text, opens the toolbar on a
 * selection and the editor on a click, and shows the side list.
 */
import { createIntervalIndex } from '@shared/anchoring'
import type { DocumentModel } from '@shared/corpus/document-model'
import type { HighlightColorId } from '@shared/highlights/colors'
import { useLiveQuery } from 'dexie-react-hooks'
import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type MouseEvent,
} from 'react'
import { db } from '../../db'
import { allHighlightTags } from '../../db/highlights'
import { copyQuote, createHighlight, relinkHighlight } from '../highlights/actions'
import { HighlightEditor } from '../highlights/HighlightEditor'
import { HighlightPanel } from '../highlights/HighlightPanel'
import { SelectionToolbar } from '../highlights/SelectionToolbar'
import { tagPassageToClaim, type TagSource } from '../claims/actions'
import { TagToClaimPopover } from '../claims/TagToClaimPopover'
import { useDocumentClaims } from '../claims/useDocumentClaims'
import { AddToTimelinePopover } from '../timelines/AddToTimelinePopover'
import type { Passage } from '../highlights/actions'
import { useColorNames } from '../../db/useColorNames'
import { DocumentBody } from './DocumentBody'
import { DocumentHeader } from './DocumentHeader'
import { afterNextPaint } from './lib/after-next-paint'
import { offsetOfBoundary } from './lib/dom-offsets'
import { clearHighlights, flashRange, paintHighlights, paintOne } from './lib/highlight-paint'
import { extendSelection, selectionStep } from './lib/keyboard-selection'
import type { HighlightRecord } from '../../db/records'
import { useHighlightPlacements } from './useHighlightPlacements'
import { useReaderSelection } from './useReaderSelection'

interface AnnotatedDocumentProps {
  doc: DocumentModel
  /** A highlight to show once painted (from a link such as the notebook's). */
  focusHighlightId: string | null
}

type Editing = { id: string; focus: 'note' | 'tags' | null; anchor: DOMRect }
type Tagging = { source: TagSource; anchor: DOMRect; quote: string }
type Dating = { passage: Passage; highlightId: string | null; anchor: DOMRect }

export function AnnotatedDocument({ doc, focusHighlightId }: AnnotatedDocumentProps) {
  const scrollerRef = useRef<HTMLElement>(null)
  const bodyRef = useRef<HTMLDivElement>(null)
  const ranges = useRef(new Map<string, Range>())
  const highlights = useHighlightPlacements(doc)
  const documentClaims = useDocumentClaims(doc.meta.id)
  const names = useColorNames()
  const allTags = useLiveQuery(() => allHighlightTags(db), []) ?? []
  const { selection, clear, clearIfStill, selectedNow } = useReaderSelection(bodyRef, scrollerRef)
  const [editing, setEditing] = useState<Editing | null>(null)
  const [tagging, setTagging] = useState<Tagging | null>(null)
  const [dating, setDating] = useState<Dating | null>(null)
  const [activeId, setActiveId] = useState<string | null>(null)
  const [lastColor, setLastColor] = useState<HighlightColorId>('yellow')

  const index = useMemo(
    () =>
      createIntervalIndex(
        highlights.placed.map(({ item, start, end }) => ({ id: item.id, start, end })),
      ),
    [highlights.placed],
  )

  useLayoutEffect(() => {
    const body = bodyRef.current
    if (!body) return
    const toPaint = (list: { item: { id: string; color: string }; start: number; end: number }[]) =>
      list.map(({ item, start, end }) => ({
        id: item.id,
        color: item.color as HighlightColorId,
        start,
        end,
      }))
    ranges.current = paintHighlights(
      body,
      toPaint(highlights.placed),
      toPaint(highlights.uncertain),
      editing?.id ?? activeId,
    )
    body.closest('article')?.setAttribute('data-painted-highlights', String(ranges.current.size))
    performance.clearMarks('cf:highlights-painted')
    performance.mark('cf:highlights-painted')
  }, [highlights, activeId, editing?.id])

  useEffect(() => clearHighlights, [])

  // Stable callbacks (refs and setters only), so the memoised side list does not
  // re-render on every selection change.
  const show = useCallback((id: string) => {
    const range = ranges.current.get(id)
    setActiveId(id)
    if (range) flashRange(range, scrollerRef.current)
  }, [])

  const shownFor = useRef<string | null>(null)
  useEffect(() => {
    if (!focusHighlightId || shownFor.current === focusHighlightId || !highlights.loaded) return
    shownFor.current = focusHighlightId
    const range = ranges.current.get(focusHighlightId)
    setActiveId(focusHighlightId)
    if (range) flashRange(range, scrollerRef.current)
  }, [focusHighlightId, highlights])

  const edit = useCallback((id: string, focus: Editing['focus'] = null, anchor?: DOMRect) => {
    const rect =
      anchor ??
      ranges.current.get(id)?.getBoundingClientRect() ??
      scrollerRef.current?.getBoundingClientRect()
    if (rect) setEditing({ id, focus, anchor: rect })
  }, [])

  const selectionRef = useRef(selection)
  useEffect(() => {
    selectionRef.current = selection
  })
  const relink = useCallback(
    (id: string) => {
      const current = selectionRef.current
      if (current) void relinkHighlight(id, doc, current)
    },
    [doc],
  )

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

  const onClick = (event: MouseEvent) => {
    if (!document.getSelection()?.isCollapsed) return
    const caret = document.caretPositionFromPoint?.(event.clientX, event.clientY)
    const body = bodyRef.current
    if (!caret || !body) return
    const offset = offsetOfBoundary(body, caret.offsetNode, caret.offset)
    if (offset === null) return
    const hits = index.at(offset)
    // The innermost (shortest) highlight under the pointer is the one meant.
    const hit = hits.sort((a, b) => a.end - a.start - (b.end - b.start))[0]
    if (hit) edit(hit.id, null, new DOMRect(event.clientX, event.clientY, 0, 16))
  }

  const onKeyDown = (event: React.KeyboardEvent) => {
    const step = selectionStep(event)
    const body = bodyRef.current
    const scroller = scrollerRef.current
    if (step && body && scroller && extendSelection(body, scroller, step)) event.preventDefault()
  }

  const editingHighlight = editing && highlights.all.find((h) => h.id === editing.id)
  const editingPlacement =
    editing && [...highlights.placed, ...highlights.uncertain].find((p) => p.item.id === editing.id)
  return (
    <>
      <main
        id="reader"
        className="reader"
        ref={scrollerRef}
        tabIndex={0}
        aria-label="Reader"
        onKeyDown={onKeyDown}
      >
        <article
          className="document"
          lang="en"
          data-doc-id={doc.meta.id}
          data-doc-rev={doc.rev}
          onClick={onClick}
        >
          <DocumentHeader doc={doc} />
          <DocumentBody ref={bodyRef} blocks={doc.blocks} />
        </article>
        {selection && !editing && !tagging && !dating && (
          <SelectionToolbar
            rect={selection.rect}
            names={names}
            onColor={(color) => void create(color)}
            onNote={() => void create(lastColor, 'note')}
            onTags={() => void create(lastColor, 'tags')}
            onClaim={() => {
              const passage = selectedNow() ?? selection
              setTagging({
                source: { kind: 'selection', doc, passage, color: 'green' },
                anchor: selection.rect,
                quote: doc.text.slice(passage.start, passage.end),
              })
            }}
            onEvent={() =>
              setDating({
                passage: selectedNow() ?? selection,
                highlightId: null,
                anchor: selection.rect,
              })
            }
            onCopy={() => void copyQuote(doc, selectedNow() ?? selection)}
            onClose={clear}
          />
        )}
      </main>
      <HighlightPanel
        doc={doc}
        highlights={highlights}
        documentClaims={documentClaims}
        names={names}
        activeId={editing?.id ?? activeId}
        canRelink={selection !== null}
        onRelink={relink}
        onShow={show}
        onEdit={edit}
      />
      {editing && editingHighlight && (
        <HighlightEditor
          key={editing.id}
          highlight={editingHighlight}
          doc={doc}
          passage={
            editingPlacement ? { start: editingPlacement.start, end: editingPlacement.end } : null
          }
          anchor={editing.anchor}
          names={names}
          allTags={allTags}
          focus={editing.focus}
          onTagToClaim={() => {
            setTagging({
              source: { kind: 'highlight', highlightId: editingHighlight.id },
              anchor: editing.anchor,
              quote: editingHighlight.selectors.quote.exact,
            })
            setEditing(null)
          }}
          onAddToTimeline={() => {
            if (!editingPlacement) return
            setDating({
              passage: { start: editingPlacement.start, end: editingPlacement.end },
              highlightId: editingHighlight.id,
              anchor: editing.anchor,
            })
            setEditing(null)
          }}
          onClose={() => {
            setEditing(null)
            scrollerRef.current?.focus({ preventScroll: true })
          }}
        />
      )}
      {dating && (
        <AddToTimelinePopover
          doc={doc}
          passage={dating.passage}
          highlightId={dating.highlightId}
          anchor={dating.anchor}
          onClose={() => {
            if (!dating.highlightId) clearIfStill(dating.passage.start, dating.passage.end)
            setDating(null)
            scrollerRef.current?.focus({ preventScroll: true })
          }}
        />
      )}
      {tagging && (
        <TagToClaimPopover
          anchor={tagging.anchor}
          quote={tagging.quote}
          onTag={async (claim, stance) => {
            const done = (await tagPassageToClaim(tagging.source, claim, stance)) !== null
            if (done && tagging.source.kind === 'selection') {
              clearIfStill(tagging.source.passage.start, tagging.source.passage.end)
            }
            return done
          }}
          onClose={() => {
            setTagging(null)
            scrollerRef.current?.focus({ preventScroll: true })
          }}
        />
      )}
    </>
  )
}
