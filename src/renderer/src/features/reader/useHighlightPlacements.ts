/**
 * The open document's highlights, live from the database, each re-anchored on the
 * document's current text (cached per highlight version: an edit to one note does not
 * re-anchor the rest).
 */
import type { DocumentModel } from '@shared/corpus/document-model'
import { groupByPlacement, type PlacementGroups } from '@shared/highlights/placement-groups'
import { useLiveQuery } from 'dexie-react-hooks'
import { useMemo } from 'react'
import { db } from '../../db'
import { highlightsForDocument } from '../../db/highlights'
import type { HighlightRecord } from '../../db/records'
import { placeHighlight } from '../../host/placement-cache'

export interface DocumentHighlights extends PlacementGroups<HighlightRecord> {
  /** Every highlight of the document, placed or not. */
  all: HighlightRecord[]
  /** False until the first answer from the database. */
  loaded: boolean
}

export function useHighlightPlacements(doc: DocumentModel): DocumentHighlights {
  const highlights = useLiveQuery(() => highlightsForDocument(db, doc.meta.id), [doc.meta.id])
  return useMemo(() => {
    const list = highlights ?? []
    const groups = groupByPlacement(list, (h) => placeHighlight(h, doc))
    return { ...groups, all: list, loaded: highlights !== undefined }
  }, [highlights, doc])
}
