/**
 * A text being typed that saves itself: when the analyst pauses, on blur, when the
 * component goes away, and when the page is hidden or closed, so a pause is not a write per
 * key. With a `draftKey`, every change is also kept synchronously (see ./drafts) until the
 * database holds it, because a save started as the page closes may never commit.
 */
import { useCallback, useEffect, useRef, useState } from 'react'
import { dropDraft, keepDraft, keptDraft } from './drafts'

export const AUTOSAVE_DELAY_MS = 800

export interface AutosaveOptions {
  delay?: number
  /** What the text belongs to (`note:claim:<id>`): keeps each change until it is saved. */
  draftKey?: string
}

export function useAutosave(
  saved: string,
  save: (value: string) => void,
  { delay = AUTOSAVE_DELAY_MS, draftKey }: AutosaveOptions = {},
): { draft: string; setDraft: (value: string) => void; flush: () => void } {
  // A draft kept from a page that closed before saving it is taken up, and saved below.
  const [draft, setDraftState] = useState(() => (draftKey && keptDraft(draftKey)) ?? saved)
  const last = useRef(saved)
  const latest = useRef({ draft, save })
  useEffect(() => {
    latest.current = { draft, save }
  })

  const setDraft = useCallback(
    (value: string) => {
      if (draftKey) keepDraft(draftKey, value)
      setDraftState(value)
    },
    [draftKey],
  )

  const flush = useCallback(() => {
    const { draft: value, save: write } = latest.current
    if (value === last.current) return
    last.current = value
    write(value)
  }, [])

  // Once the database holds the draft, it need not be kept.
  useEffect(() => {
    if (draftKey && saved === draft) dropDraft(draftKey)
  }, [draftKey, saved, draft])

  useEffect(() => {
    const timer = setTimeout(flush, delay)
    return () => clearTimeout(timer)
  }, [draft, delay, flush])
  useEffect(() => flush, [flush])

  // Closing or hiding the page does not unmount React: start the save then too.
  useEffect(() => {
    const onHidden = () => {
      if (document.visibilityState === 'hidden') flush()
    }
    window.addEventListener('pagehide', flush)
    document.addEventListener('visibilitychange', onHidden)
    return () => {
      window.removeEventListener('pagehide', flush)
      document.removeEventListener('visibilitychange', onHidden)
    }
  }, [flush])
  return { draft, setDraft, flush }
}
