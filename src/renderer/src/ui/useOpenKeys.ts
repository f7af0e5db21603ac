/**
 * Opens something (the palette, Search everything) when `accepts` says a key press is its
 * shortcut. Listens in the capture phase, so the shortcut works even where a field handles
 * its own keys, and takes the key from the page (Ctrl+P would print, Ctrl+K focus the
 * browser's address bar).
 */
import { useEffect, useRef } from 'react'

export function useOpenKeys(accepts: (event: KeyboardEvent) => boolean, open: () => void): void {
  const latest = useRef({ accepts, open })
  useEffect(() => {
    latest.current = { accepts, open }
  })
  useEffect(() => {
    const listener = (event: KeyboardEvent) => {
      if (!latest.current.accepts(event)) return
      event.preventDefault()
      event.stopPropagation()
      latest.current.open()
    }
    window.addEventListener('keydown', listener, { capture: true })
    return () => window.removeEventListener('keydown', listener, { capture: true })
  }, [])
}
