/**
 * The open document's highlights, live from the database, each re-anchored on the
 * document's current text (cached per highlight version: an edit to one note does not
 * re-anchor the rest). The reader asks for the records as soon as it knows the document's
 * id, while the text itself loads, so the two reads of a cold start overlap.
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

/** A document's highlight records as the database last answered, with the id they are of. */
export interface HighlightRecords {
  docId: string
  records: HighlightRecord[]
}

/** The highlight records of `docId`, live; undefined until the database first answers. */
export function useHighlightRecords(docId: string | null): HighlightRecords | undefined {
  return useLiveQuery(
    async () =>
      docId === null ? undefined : { docId, records: await highlightsForDocument(db, docId) },
    [docId],
  )
}

/** `doc`'s highlights placed on its text, from {@link useHighlightRecords}' answer. */
export function useHighlightPlacements(
  doc: DocumentModel,
  answer: HighlightRecords | undefined,
): DocumentHighlights {
  // An answer about the document open before is no answer about this one.
  const highlights = answer?.docId === doc.meta.id ? answer.records : undefined
  return useMemo(() => {
    const list = highlights ?? []
    const groups = groupByPlacement(list, (h) => placeHighlight(h, doc))
    return { ...groups, all: list, loaded: highlights !== undefined }
  }, [highlights, doc])
}
