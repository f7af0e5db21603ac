/**
 * Closes a floating panel when the pointer goes down outside it, as popovers do. The
 * latest `onDismiss` is used, so callers need not memoise it.
 */
import { useEffect, useRef, type RefObject } from 'react'

export function useDismissOnOutsidePointer(
  panelRef: RefObject<HTMLElement | null>,
  onDismiss: () => void,
): void {
  const latest = useRef(onDismiss)
  useEffect(() => {
    latest.current = onDismiss
  })
  useEffect(() => {
    const onDown = (event: PointerEvent) => {
      if (!panelRef.current?.contains(event.target as Node)) latest.current()
    }
    document.addEventListener('pointerdown', onDown)
    return () => document.removeEventListener('pointerdown', onDown)
  }, [panelRef])
}
