/**
 * Where the focus goes back to when a modal dialog closes: the element that had it when
 * the dialog opened. `giveBack` returns it (if that element is still in the page);
 * `onClosed` does so when the dialog closed by itself (Escape) and nothing outside took
 * the focus meanwhile; `forget` drops it when the dialog's action moves the focus on.
 */
import { useMemo, useRef, type RefObject } from 'react'

export function useFocusReturn(dialogRef: RefObject<HTMLDialogElement | null>) {
  const returnTo = useRef<HTMLElement | null>(null)
  return useMemo(() => {
    const giveBack = () => {
      const target = returnTo.current
      returnTo.current = null
      if (target?.isConnected) target.focus({ preventScroll: true })
    }
    return {
      remember: () => {
        const focused = document.activeElement
        returnTo.current =
          focused instanceof HTMLElement && focused !== document.body ? focused : null
      },
      giveBack,
      forget: () => {
        returnTo.current = null
      },
      onClosed: () => {
        const focused = document.activeElement
        if (focused === document.body || dialogRef.current?.contains(focused)) giveBack()
      },
    }
  }, [dialogRef])
}
