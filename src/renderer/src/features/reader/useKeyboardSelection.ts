/** Extends the reader's text selection from the keyboard (see lib/keyboard-selection). */
import type { KeyboardEvent, RefObject } from 'react'
import { extendSelection, selectionStep } from './lib/keyboard-selection'

/**
 * Returns the reader's key handler: a selection key extends the selection inside the
 * document body and is consumed; any other key passes through untouched.
 */
export function useKeyboardSelection(
  bodyRef: RefObject<HTMLElement | null>,
  scrollerRef: RefObject<HTMLElement | null>,
): (event: KeyboardEvent) => void {
  return (event: KeyboardEvent) => {
    const step = selectionStep(event)
    const body = bodyRef.current
    const scroller = scrollerRef.current
    if (step && body && scroller && extendSelection(body, scroller, step)) event.preventDefault()
  }
}
