/**
 * Search everything, mounted with the shell: the dialog over the app's search service
 * (the index in its worker), the library's sources and the analyst's tags for its
 * filters, and a word on the index while it is not ready. It follows the index (which
 * starts the worker) once the workbench is shown and the page idle, so loading the index
 * does not compete with the reader's start; a search asked before that starts it at once.
 */
import type { DocumentSummary } from '@shared/corpus/document-model'
import { useLiveQuery } from 'dexie-react-hooks'
import { useCallback, useEffect, useId, useState, type Ref } from 'react'
import { db } from '../../db'
import { allTags } from '../../db/all-tags'
import type { SearchService, SearchState } from '../../host/search-service'
import { useSearchService, useSearchStatusOf } from '../../host/useSearch'
import { whenIdle } from '../../ui/LazyView'
import type { DialogHandle } from '../../ui/useDialogHandle'
import { SearchDialog } from './SearchDialog'
import type { SearchRequest } from './search-request'
import type { RunSearch } from './useSearchDialog'
import { answerOf, workerOptions } from './worker-answer'

interface SearchEverythingProps {
  ref: Ref<DialogHandle>
  sources: readonly DocumentSummary[]
  /** Runs its argument once the workbench has said it is ready; returns a canceller. */
  whenReady: (run: () => void) => () => void
}

const NO_TAGS: string[] = []

export function SearchEverything({ ref, sources, whenReady }: SearchEverythingProps) {
  const service = useSearchService()
  const [following, setFollowing] = useState(false)
  useEffect(() => {
    let cancelIdle = () => {}
    const stopWaiting = whenReady(() => {
      cancelIdle = whenIdle(() => setFollowing(true))
    })
    return () => {
      stopWaiting()
      cancelIdle()
    }
  }, [whenReady])
  const state = useSearchStatusOf(following ? service : notFollowed(service))
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

const unfollowed = new WeakMap<SearchService, SearchService>()

/** `service` with a subscribe that starts nothing and hears nothing, until the index is followed. */
function notFollowed(service: SearchService): SearchService {
  let quiet = unfollowed.get(service)
  if (!quiet) unfollowed.set(service, (quiet = { ...service, subscribe: () => () => {} }))
  return quiet
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
