/**
 * A document with its highlights: paints them over the text, opens the toolbar on a
 * selection and the editor on a click, finds in the text (Ctrl+F), and shows the side list. The work is in hooks
 * (paint, hit-test, keyboard selection, creation, popover state); this composes them.
 */
import type { DocumentModel } from '@shared/corpus/document-model'
import { useCallback, useEffect, useMemo, useRef, type MouseEvent } from 'react'
import { relinkHighlight } from '../highlights/actions'
import { HighlightPanel } from '../highlights/HighlightPanel'
import { useDocumentClaims } from '../claims/useDocumentClaims'
import { useColorNames } from '../../db/useColorNames'
import { DocumentBody } from './DocumentBody'
import { DocumentHeader } from './DocumentHeader'
import { FindBar } from './FindBar'
import { ReaderPopovers } from './ReaderPopovers'
import { ReaderToolbar } from './ReaderToolbar'
import { useCreateHighlight } from './useCreateHighlight'
import { useFindInDocument } from './useFindInDocument'
import type { TextSpan } from '../../nav/routes'
import { useOpenAt } from './useOpenAt'
import { useEntityPaint } from './useEntityPaint'
import { UnderlinedEntityBar } from './UnderlinedEntityBar'
import { useSpanHitTest } from './useSpanHitTest'
import { useHighlightPaint } from './useHighlightPaint'
import { useHighlightPlacements, type HighlightRecords } from './useHighlightPlacements'
import { useKeyboardSelection } from './useKeyboardSelection'
import { useReaderOverlays } from './useReaderOverlays'
import { useReaderSelection } from './useReaderSelection'
import { useSharedPassagePaint } from './useSharedPassagePaint'
import { callSharedPassageItem } from '../reuse/SharedPassageList'
import { SharedPassagesSection } from '../reuse/SharedPassagesSection'
import { useSharedPassages } from '../reuse/useSharedPassages'

interface AnnotatedDocumentProps {
  doc: DocumentModel
  /** A highlight to show once painted (from a link such as the notebook's). */
  focusHighlightId: string | null
  /** A passage to open at (a search hit, an entity's mention). */
  at?: TextSpan
  /** The database's answer for the document's highlights (useHighlightRecords), if any yet. */
  highlightRecords: HighlightRecords | undefined
  /** Called once the text is shown with its highlights painted (the database has answered). */
  onPainted: () => void
}

/** The reader's open document, its highlights, their side list and popovers. */
export function AnnotatedDocument({
  doc,
  focusHighlightId,
  at,
  highlightRecords,
  onPainted,
}: AnnotatedDocumentProps) {
  const scrollerRef = useRef<HTMLElement>(null)
  const bodyRef = useRef<HTMLDivElement>(null)
  const rangesRef = useRef(new Map<string, Range>())
  const highlights = useHighlightPlacements(doc, highlightRecords)
  const documentClaims = useDocumentClaims(doc.meta.id)
  const names = useColorNames()
  const reader = useReaderSelection(bodyRef, scrollerRef)
  const { selection, clear, clearIfStill, selectedNow } = reader
  const overlays = useReaderOverlays(rangesRef, scrollerRef)
  const { editing, tagging, dating, edit } = overlays
  const editingId = editing?.id ?? null
  const { activeId, show } = useHighlightPaint(
    bodyRef,
    scrollerRef,
    rangesRef,
    highlights,
    editingId,
    focusHighlightId,
  )
  const highlightSpans = useMemo(
    () => highlights.placed.map(({ item, start, end }) => ({ id: item.id, start, end })),
    [highlights.placed],
  )
  const hitHighlight = useSpanHitTest(bodyRef, highlightSpans, (id, anchor) =>
    edit(id, null, anchor),
  )
  // After the layout effect that paints them.
  useEffect(() => {
    if (highlights.loaded) onPainted()
  }, [highlights.loaded, onPainted])
  const onKeyDown = useKeyboardSelection(bodyRef, scrollerRef)
  const { create, lastColor } = useCreateHighlight(doc, bodyRef, reader, edit)
  const find = useFindInDocument(doc, bodyRef, scrollerRef)
  useOpenAt(bodyRef, scrollerRef, at)
  const underlined = useEntityPaint(doc, bodyRef)
  const shared = useSharedPassages(doc.meta.id)
  const sharedSpans = useMemo(
    () => (shared.status === 'ready' ? shared.passages.map((p) => p.here) : []),
    [shared],
  )
  const showShared = useSharedPassagePaint(bodyRef, scrollerRef, sharedSpans)
  const sharedHitSpans = useMemo(
    () => sharedSpans.map((span) => ({ id: String(span.start), start: span.start, end: span.end })),
    [sharedSpans],
  )
  // A click on an underlined passage that is not also a highlight calls its item in the side
  // list, as a click on a highlight opens its note.
  const hitShared = useSpanHitTest(bodyRef, sharedHitSpans, (id) =>
    callSharedPassageItem(Number(id)),
  )
  const onClick = (event: MouseEvent) => {
    if (!hitHighlight(event)) hitShared(event)
  }
  // One element while nothing changes, so the memoised side list is not re-rendered for it.
  const sharedSection = useMemo(
    () => <SharedPassagesSection doc={doc} state={shared} onShow={showShared} />,
    [doc, shared, showShared],
  )

  // Stable, reading the selection through a ref, so the memoised side list does not
  // re-render on every selection change.
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

  return (
    <>
      <div className="reader-column">
        {find.open && (
          <FindBar
            query={find.query}
            result={find.result}
            current={find.current}
            paintable={find.paintable}
            inputRef={find.inputRef}
            onQuery={find.setQuery}
            onNext={find.next}
            onPrevious={find.previous}
            onClose={find.close}
          />
        )}
        {underlined && <UnderlinedEntityBar entity={underlined} />}
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
            <ReaderToolbar
              doc={doc}
              selection={selection}
              selectedNow={selectedNow}
              names={names}
              lastColor={lastColor}
              create={create}
              overlays={overlays}
              onClose={clear}
            />
          )}
        </main>
      </div>
      <HighlightPanel
        doc={doc}
        highlights={highlights}
        documentClaims={documentClaims}
        names={names}
        activeId={editingId ?? activeId}
        canRelink={selection !== null}
        onRelink={relink}
        onShow={show}
        onEdit={edit}
      >
        {sharedSection}
      </HighlightPanel>
      <ReaderPopovers
        doc={doc}
        highlights={highlights}
        names={names}
        overlays={overlays}
        clearIfStill={clearIfStill}
        scrollerRef={scrollerRef}
      />
    </>
  )
}
