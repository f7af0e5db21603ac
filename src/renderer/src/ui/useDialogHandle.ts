import { useImperativeHandle, type Ref, type RefObject } from 'react'

/** A modal dialog that prepares itself as it opens. */
export interface DialogHandle {
  open: () => void
}

/**
 * Gives `ref` an `open()` that runs `onOpen` and then shows the dialog, in the same event:
 * a dialog showing stored data reads it as it is then, and its state is set before the
 * analyst can type. Resetting on the dialog's `toggle` event instead came a task later, so
 * a quick typist's first words were overwritten by the reset (seen in e2e under load).
 */
export function useDialogHandle(
  ref: Ref<DialogHandle>,
  dialogRef: RefObject<HTMLDialogElement | null>,
  onOpen: () => void,
): void {
  useImperativeHandle(ref, () => ({
    open: () => {
      onOpen()
      dialogRef.current?.showModal()
    },
  }))
}
