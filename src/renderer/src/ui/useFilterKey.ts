/**
 * Ctrl+Shift+F (⌘⇧F on a Mac) puts the focus in the view's filter field, from anywhere
 * outside a dialog, text fields included. "/" opens Search everything, as on most sites;
 * Ctrl+F is the browser's find, or Find in the document in the reader.
 */
import { matchesCombo } from '@shared/commands/key-combo'
import { useEffect, type RefObject } from 'react'
import { PLATFORM } from './key-platform'

/** Focus the view's filter field (notebook, claims, the library). */
export const FILTER_KEY = 'Mod+Shift+F'

export function useFilterKey(fieldRef: RefObject<HTMLInputElement | null>): void {
  useEffect(() => {
    const listener = (event: KeyboardEvent) => {
      if (!matchesCombo(event, FILTER_KEY, PLATFORM)) return
      if (event.target instanceof Element && event.target.closest('dialog[open]')) return
      const field = fieldRef.current
      if (!field) return
      event.preventDefault()
      field.focus()
      field.select()
    }
    window.addEventListener('keydown', listener)
    return () => window.removeEventListener('keydown', listener)
  }, [fieldRef])
}
