/**
 * Calls `onKey` when `key` is pressed anywhere outside a text field (so typing "/" in
 * a note never triggers it), without modifier keys.
 */
import { useEffect, useRef } from 'react'
import { isTextEntry } from './text-entry'

export function useGlobalKey(key: string, onKey: () => void): void {
  const handler = useRef(onKey)
  useEffect(() => {
    handler.current = onKey
  })
  useEffect(() => {
    const listener = (event: KeyboardEvent) => {
      if (event.key !== key || event.ctrlKey || event.metaKey || event.altKey) return
      if (isTextEntry(event.target)) return
      event.preventDefault()
      handler.current()
    }
    window.addEventListener('keydown', listener)
    return () => window.removeEventListener('keydown', listener)
  }, [key])
}
