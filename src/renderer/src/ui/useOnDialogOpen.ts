import { useEffect, useRef, type RefObject } from 'react'

/**
 * Runs `onOpen` each time the `<dialog>` opens (its `toggle` event), with the latest
 * `onOpen`: a dialog that shows stored data reads it as it is then, not as it was when the
 * dialog was first rendered or last closed.
 */
export function useOnDialogOpen(
  dialogRef: RefObject<HTMLDialogElement | null>,
  onOpen: () => void,
): void {
  const latest = useRef(onOpen)
  useEffect(() => {
    latest.current = onOpen
  })
  useEffect(() => {
    const dialog = dialogRef.current
    const onToggle = (event: Event) => {
      if ((event as ToggleEvent).newState === 'open') latest.current()
    }
    dialog?.addEventListener('toggle', onToggle)
    return () => dialog?.removeEventListener('toggle', onToggle)
  }, [dialogRef])
}
