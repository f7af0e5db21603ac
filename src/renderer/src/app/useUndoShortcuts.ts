/**
 * Ctrl+Z / Ctrl+Shift+Z (and Ctrl+Y; Cmd on macOS) undo and redo the analyst's last
 * writes, except inside text fields, where the field's own undo applies.
 */
import { useEffect } from 'react'
import { db } from '../db'
import { redo, undo } from '../db/undo-history'
import { announce, announceError } from '../ui/status'
import { isTextEntry } from '../ui/text-entry'

/** Runs undo or redo and says what happened. */
export async function runUndo(direction: 'undo' | 'redo'): Promise<void> {
  try {
    const label = direction === 'undo' ? await undo(db) : await redo(db)
    announce(
      label
        ? `${direction === 'undo' ? 'Undone' : 'Redone'}: ${label}.`
        : `Nothing to ${direction}.`,
    )
  } catch (error) {
    announceError(error)
  }
}

export function useUndoShortcuts(): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || isTextEntry(event.target)) return
      const key = event.key.toLowerCase()
      if (key === 'z') {
        event.preventDefault()
        void runUndo(event.shiftKey ? 'redo' : 'undo')
      } else if (key === 'y' && !event.shiftKey) {
        event.preventDefault()
        void runUndo('redo')
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])
}
