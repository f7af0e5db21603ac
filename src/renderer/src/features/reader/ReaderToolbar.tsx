/** The selection toolbar of the reader, wired to create a highlight or open a popover. */
import type { DocumentModel } from '@shared/corpus/document-model'
import type { HighlightColorId } from '@shared/highlights/colors'
import { copyQuote } from '../highlights/actions'
import { SelectionToolbar } from '../highlights/SelectionToolbar'
import type { ReaderOverlays } from './useReaderOverlays'
import type { ReaderSelection } from './useReaderSelection'

interface ReaderToolbarProps {
  doc: DocumentModel
  selection: ReaderSelection
  /** The selection as it is now, if it still lies in the document. */
  selectedNow: () => { start: number; end: number } | null
  names: Record<HighlightColorId, string>
  lastColor: HighlightColorId
  create: (color: HighlightColorId, focus?: 'note' | 'tags' | null) => Promise<void>
  overlays: Pick<ReaderOverlays, 'setTagging' | 'setDating'>
  onClose: () => void
}

/** Shows the toolbar at the selection; the caller decides when (no popover open). */
export function ReaderToolbar(props: ReaderToolbarProps) {
  const { doc, selection, selectedNow, names, lastColor, create, overlays, onClose } = props
  return (
    <SelectionToolbar
      rect={selection.rect}
      names={names}
      onColor={(color) => void create(color)}
      onNote={() => void create(lastColor, 'note')}
      onTags={() => void create(lastColor, 'tags')}
      onClaim={() => {
        const passage = selectedNow() ?? selection
        overlays.setTagging({
          source: { kind: 'selection', doc, passage, color: 'green' },
          anchor: selection.rect,
          quote: doc.text.slice(passage.start, passage.end),
        })
      }}
      onEvent={() =>
        overlays.setDating({
          passage: selectedNow() ?? selection,
          highlightId: null,
          anchor: selection.rect,
        })
      }
      onCopy={() => void copyQuote(doc, selectedNow() ?? selection)}
      onClose={onClose}
    />
  )
}
