/**
 * Search everything, mounted with the shell: the dialog over the app's search service
 * (the index in its worker), the library's sources and the analyst's tags for its
 * filters, and a word on the index while it is not ready.
 */
import type { DocumentSummary } from '@shared/corpus/document-model'
import { useLiveQuery } from 'dexie-react-hooks'
import { useCallback, useId, type Ref } from 'react'
import { db } from '../../db'
import { allTags } from '../../db/all-tags'
import type { SearchState } from '../../host/search-service'
import { useSearchService, useSearchStatus } from '../../host/useSearch'
import type { DialogHandle } from '../../ui/useDialogHandle'
import { SearchDialog } from './SearchDialog'
import type { SearchRequest } from './search-request'
import type { RunSearch } from './useSearchDialog'
import { answerOf, workerOptions } from './worker-answer'

interface SearchEverythingProps {
  ref: Ref<DialogHandle>
  sources: readonly DocumentSummary[]
}

const NO_TAGS: string[] = []

export function SearchEverything({ ref, sources }: SearchEverythingProps) {
  const service = useSearchService()
  const state = useSearchStatus()
  const channel = useId()
  const tags = useLiveQuery(() => allTags(db), []) ?? NO_TAGS
  // A new function when the index changes (an edit, indexing progress), so the open
  // dialog asks again and shows what is now there.
  const version = `${state.records} ${state.status.state}`
  const run: RunSearch = useCallback(
    (request: SearchRequest) =>
      service.search(request.text, workerOptions(request), channel).then(answerOf),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [service, channel, version],
  )
  return (
    <SearchDialog
      ref={ref}
      run={run}
      sources={sources}
      tags={tags}
      indexNotice={noticeOf(state)}
      indexWarm={state.status.state === 'ready' && state.unread === 0}
    />
  )
}

function noticeOf(state: SearchState): string | null {
  const { status } = state
  if (status.state === 'loading') return 'Opening the index…'
  if (status.state === 'indexing') {
    return `Indexing ${status.done} of ${status.total} ${status.total === 1 ? 'source' : 'sources'}; results so far are shown.`
  }
  if (status.state === 'failed') return `The index could not be built: ${status.message}`
  return state.notice
}
