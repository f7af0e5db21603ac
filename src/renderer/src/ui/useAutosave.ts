/**
 * A text being typed that saves itself: when the analyst pauses, on blur, and when the
 * component goes away, so nothing typed is lost and a pause is not a write per key.
 */
import { useCallback, useEffect, useRef, useState } from 'react'

export const AUTOSAVE_DELAY_MS = 800

export function useAutosave(
  saved: string,
  save: (value: string) => void,
  delay = AUTOSAVE_DELAY_MS,
): { draft: string; setDraft: (value: string) => void; flush: () => void } {
  const [draft, setDraft] = useState(saved)
  const last = useRef(saved)
  const latest = useRef({ draft, save })
  useEffect(() => {
    latest.current = { draft, save }
  })

  const flush = useCallback(() => {
    const { draft: value, save: write } = latest.current
    if (value === last.current) return
    last.current = value
    write(value)
  }, [])

  useEffect(() => {
    const timer = setTimeout(flush, delay)
    return () => clearTimeout(timer)
  }, [draft, delay, flush])
  useEffect(() => flush, [flush])
  return { draft, setDraft, flush }
}
