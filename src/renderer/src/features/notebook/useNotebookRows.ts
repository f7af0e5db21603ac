/**
 * Every highlight in the workspace as notebook rows, live from the database, each
 * re-anchored on its document's current text (memoised per highlight version and rev).
 */
import { buildNotebookRows, type NotebookRow } from '@shared/highlights/notebook-rows'
import { useLiveQuery } from 'dexie-react-hooks'
import { useMemo } from 'react'
import { useDocumentModels, useDocumentSummaries } from '../../host/useDocuments'
import { db } from '../../db'
import { allHighlights } from '../../db/highlights'
import { placeHighlight } from '../../host/placement-cache'
import { useColorNames } from '../../db/useColorNames'

/** The notebook's rows, newest first; `loaded` is false until the database first answers. */
export function useNotebookRows(): {
  rows: NotebookRow[]
  loaded: boolean
} {
  const highlights = useLiveQuery(() => allHighlights(db), [])
  const docIds = useMemo(() => (highlights ?? []).map((h) => h.docId), [highlights])
  const documents = useDocumentSummaries()
  const models = useDocumentModels(docIds)
  const colorNames = useColorNames()
  const titles = useMemo(
    () => new Map(documents.map((doc) => [doc.meta.id, doc.meta.title])),
    [documents],
  )
  const rows = useMemo(() => {
    const newestFirst = [...(highlights ?? [])].sort((a, b) => b.createdAt - a.createdAt)
    return buildNotebookRows({
      highlights: newestFirst,
      documents: models,
      titles,
      colorNames,
      place: placeHighlight,
    })
  }, [highlights, models, titles, colorNames])
  return { rows, loaded: highlights !== undefined }
}
