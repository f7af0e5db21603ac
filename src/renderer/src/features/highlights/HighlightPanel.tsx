/**
 * The reader's side list of the document's highlights in reading order, then those
 * whose new place needs the analyst's confirmation, then orphans (kept, re-linkable).
 */
import { formatPassageLocator, passageSpan } from '@shared/corpus/passage-locator'
import type { DocumentModel } from '@shared/corpus/document-model'
import type { HighlightColorId } from '@shared/highlights/colors'
import { memo, useRef, type ReactNode } from 'react'
import type { DocumentClaims } from '../claims/useDocumentClaims'
import type { DocumentHighlights } from '../reader/useHighlightPlacements'
import { FilterSelect } from '../../ui/FilterSelect'
import { ColorNamesEditor } from './ColorNamesEditor'
import { OrphanedHighlights } from './OrphanedHighlights'
import { PlacedHighlightList } from './PlacedHighlightList'
import { UncertainHighlights } from './UncertainHighlights'
import { useClaimFilter } from './useClaimFilter'

interface HighlightPanelProps {
  doc: DocumentModel
  highlights: DocumentHighlights
  /** The claims the document's highlights serve. */
  documentClaims: DocumentClaims
  names: Record<HighlightColorId, string>
  activeId: string | null
  /** Whether text is selected in the document, so a highlight can be re-linked to it. */
  canRelink: boolean
  /** Moves a highlight to the current selection. */
  onRelink: (id: string) => void
  onShow: (id: string) => void
  onEdit: (id: string) => void
  /** More of the side list, after the highlights (the reader's shared passages). */
  children?: ReactNode
}

export const HighlightPanel = memo(function HighlightPanel(props: HighlightPanelProps) {
  const { doc, highlights, documentClaims, names, activeId, canRelink, onRelink, onShow, onEdit } =
    props
  const { children } = props
  const panelRef = useRef<HTMLElement>(null)
  const filter = useClaimFilter(highlights, documentClaims)
  const { placed, uncertain, orphans } = filter.shown
  const { byHighlight } = documentClaims
  const locate = (start: number, end: number) =>
    formatPassageLocator(passageSpan(doc.blocks, start, end))

  return (
    <aside className="highlight-panel" aria-labelledby="highlight-panel-heading" ref={panelRef}>
      <h2 id="highlight-panel-heading">
        Highlights <span className="count">{highlights.all.length}</span>
      </h2>
      {highlights.loaded && highlights.all.length === 0 && (
        <p className="panel-empty">
          Select text in the source and pick a colour (keys 1–5) to highlight it.
        </p>
      )}
      {documentClaims.claims.length > 0 && (
        <FilterSelect
          label="Show"
          className="panel-filter"
          value={filter.claimId}
          options={[
            { value: '', label: 'All highlights' },
            ...documentClaims.claims.map((c) => ({
              value: c.id,
              label: `Serving: ${c.statement}`,
            })),
          ]}
          onChange={filter.setClaimId}
        />
      )}
      <PlacedHighlightList
        scrollRef={panelRef}
        doc={doc}
        claims={byHighlight}
        placed={placed}
        names={names}
        activeId={activeId}
        onShow={onShow}
        onEdit={onEdit}
      />
      <UncertainHighlights
        doc={doc}
        uncertain={uncertain}
        claims={byHighlight}
        names={names}
        activeId={activeId}
        canRelink={canRelink}
        locate={locate}
        onRelink={onRelink}
        onShow={onShow}
        onEdit={onEdit}
      />
      <OrphanedHighlights
        orphans={orphans}
        claims={byHighlight}
        names={names}
        canRelink={canRelink}
        onRelink={onRelink}
        onEdit={onEdit}
      />
      {children}
      <ColorNamesEditor names={names} />
    </aside>
  )
})
