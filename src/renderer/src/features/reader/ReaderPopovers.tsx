/**
 * The reader's popovers over a highlight or a passage: the highlight editor, tag to a
 * claim, and add to a timeline. Each hands the focus back to the reader when it closes,
 * keeping its scroll.
 */
import type { DocumentModel } from '@shared/corpus/document-model'
import type { HighlightColorId } from '@shared/highlights/colors'
import { useLiveQuery } from 'dexie-react-hooks'
import type { RefObject } from 'react'
import { db } from '../../db'
import { allHighlightTags } from '../../db/highlights'
import { tagPassageToClaim } from '../claims/actions'
import { TagToClaimPopover } from '../claims/TagToClaimPopover'
import { HighlightEditor } from '../highlights/HighlightEditor'
import { deferred, FailedPopover, LazyBoundary } from '../../ui/LazyView'
import { offsetsToRange } from './lib/dom-offsets'
import type { DocumentHighlights } from './useHighlightPlacements'
import type { ReaderOverlays } from './useReaderOverlays'

// Its date suggestion reads the passage with chrono-node: loaded when first opened (or when
// the page is idle, see `preloadReaderPopovers`), not at start-up.
const AddToTimelinePopover = deferred(() =>
  import('../timelines/AddToTimelinePopover').then((m) => m.AddToTimelinePopover),
)

/** Loads the code of the popovers that are not part of the start-up path. */
export const preloadReaderPopovers = AddToTimelinePopover.preload

interface ReaderPopoversProps {
  doc: DocumentModel
  highlights: DocumentHighlights
  names: Record<HighlightColorId, string>
  overlays: ReaderOverlays
  /** Clears the text selection if it is still this passage (once it has been used). */
  clearIfStill: (start: number, end: number) => void
  scrollerRef: RefObject<HTMLElement | null>
}

/** Renders whichever popover `overlays` has open, or nothing. */
export function ReaderPopovers(props: ReaderPopoversProps) {
  const { doc, highlights, names, overlays, clearIfStill, scrollerRef } = props
  const { editing, tagging, dating, setEditing, setTagging, setDating } = overlays
  const allTags = useLiveQuery(() => allHighlightTags(db), []) ?? []

  const placementOf = (id: string) =>
    [...highlights.placed, ...highlights.uncertain].find((p) => p.item.id === id)
  const editingHighlight = editing && highlights.all.find((h) => h.id === editing.id)
  const editingPlacement = editing && placementOf(editing.id)
  const tagged =
    tagging?.source.kind === 'selection'
      ? tagging.source.passage
      : tagging && placementOf(tagging.source.highlightId)
  // Where a passage's lines are now, so its popover covers none of them.
  const linesOf = (passage: { start: number; end: number } | null | undefined) => {
    const root = scrollerRef.current
    const range = root && passage ? offsetsToRange(root, passage.start, passage.end) : null
    return range?.getBoundingClientRect() ?? null
  }
  return (
    <>
      {editing && editingHighlight && (
        <HighlightEditor
          key={editing.id}
          highlight={editingHighlight}
          doc={doc}
          passage={
            editingPlacement ? { start: editingPlacement.start, end: editingPlacement.end } : null
          }
          anchor={editing.anchor}
          keepClear={() => linesOf(editingPlacement)}
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
          onClose={() => setEditing(null)}
          returnFocus={scrollerRef}
        />
      )}
      {dating && (
        <LazyBoundary
          loading={null}
          failed={() => (
            <FailedPopover
              label="Add to timeline"
              anchor={dating.anchor}
              onClose={() => setDating(null)}
              returnFocus={scrollerRef}
            />
          )}
        >
          <AddToTimelinePopover
            doc={doc}
            passage={dating.passage}
            highlightId={dating.highlightId}
            anchor={dating.anchor}
            keepClear={() => linesOf(dating.passage)}
            onClose={() => {
              if (!dating.highlightId) clearIfStill(dating.passage.start, dating.passage.end)
              setDating(null)
            }}
            returnFocus={scrollerRef}
          />
        </LazyBoundary>
      )}
      {tagging && (
        <TagToClaimPopover
          anchor={tagging.anchor}
          keepClear={() => linesOf(tagged)}
          quote={tagging.quote}
          onTag={async (claim, stance) => {
            const done = (await tagPassageToClaim(tagging.source, claim, stance)) !== null
            if (done && tagging.source.kind === 'selection') {
              clearIfStill(tagging.source.passage.start, tagging.source.passage.end)
            }
            return done
          }}
          onClose={() => setTagging(null)}
          returnFocus={scrollerRef}
        />
      )}
    </>
  )
}
