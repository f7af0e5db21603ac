/**
 * The reader's "Shared passages" section, connected: names the other side of each passage
 * by its source and paragraph once that source has loaded (by its title and no ¶ before).
 */
import type { DocumentModel } from '@shared/corpus/document-model'
import { passageSpan } from '@shared/corpus/passage-locator'
import { passageLabel } from '@shared/reuse/reuse-labels'
import type { TextSpan } from '@shared/reuse/types'
import { useCallback, useMemo } from 'react'
import { useDocumentModels, useDocumentSummaries } from '../../host/useDocuments'
import { SharedPassageList, type SharedPassagesStatus } from './SharedPassageList'

interface SharedPassagesSectionProps {
  doc: DocumentModel
  state: SharedPassagesStatus
  onShow: (here: TextSpan) => void
}

export function SharedPassagesSection({ doc, state, onShow }: SharedPassagesSectionProps) {
  const otherIds = useMemo(
    () => (state.status === 'ready' ? state.passages.map((p) => p.there.docId) : []),
    [state],
  )
  const others = useDocumentModels(otherIds)
  const summaries = useDocumentSummaries()
  const labelOf = useCallback(
    (there: TextSpan) => {
      const other = others.get(there.docId)
      if (other) return passageLabel(other.meta, passageSpan(other.blocks, there.start, there.end))
      const meta = summaries.find((s) => s.meta.id === there.docId)?.meta
      return meta ? passageLabel(meta, null) : 'a source no longer in the library'
    },
    [others, summaries],
  )
  return <SharedPassageList doc={doc} state={state} labelOf={labelOf} onShow={onShow} />
}
