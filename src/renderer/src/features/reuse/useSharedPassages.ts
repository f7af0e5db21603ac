/**
 * The open document's shared passages for the reader, asked of the reuse service when the
 * document opens and again whenever its passages may have changed (`version`); the last
 * answer stays shown while a newer one is on its way, so the list and the marks never blink.
 */
import { useEffect, useMemo, useState } from 'react'
import type { DocumentSharedPassage } from '../../host/reuse-service'
import { useReuse, useReuseService } from '../../host/useReuse'
import type { SharedPassagesStatus } from './SharedPassageList'

interface Answer {
  docId: string
  passages: readonly DocumentSharedPassage[] | null
  error: string | null
}

/** Where `docId`'s shared passages stand: being found, failed, or the list (possibly empty). */
export function useSharedPassages(docId: string): SharedPassagesStatus {
  const service = useReuseService()
  const state = useReuse()
  const [answer, setAnswer] = useState<Answer | null>(null)
  const { version, status } = state
  useEffect(() => {
    if (status !== 'ready') return
    let current = true
    service.sharedPassagesOf(docId).then(
      (passages) => current && setAnswer({ docId, passages, error: null }),
      (error: unknown) =>
        current &&
        setAnswer({
          docId,
          passages: null,
          error: error instanceof Error ? error.message : String(error),
        }),
    )
    return () => {
      current = false
    }
  }, [service, docId, version, status])
  const mine = answer?.docId === docId ? answer : null
  const failed = status === 'error' ? (state.error ?? 'the finder stopped.') : mine?.error
  const passages = mine?.passages ?? null
  const { done, total } = state.progress
  // Until this document is indexed its passages are not all known: say so, not "none".
  const finding = !passages || (passages.length === 0 && done < total)
  // The same object while nothing it shows changes: the reader's memoised side list
  // depends on it, and progress moves on every indexed document.
  const shownDone = finding ? done : -1
  const shownTotal = finding ? total : -1
  return useMemo((): SharedPassagesStatus => {
    if (failed) return { status: 'error', message: failed }
    if (!passages || shownDone >= 0)
      return { status: 'finding', done: shownDone, total: shownTotal }
    return { status: 'ready', passages }
  }, [failed, passages, shownDone, shownTotal])
}
