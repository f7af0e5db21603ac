import type { ReactNode } from 'react'

interface CloseDialogButtonProps {
  children: ReactNode
  /** `button` for a dialog's only action, `button-quiet` (the default) beside another. */
  className?: string
  autoFocus?: boolean
}

/** Closes the `<dialog>` it sits in, as Escape does: Cancel or Close. */
export function CloseDialogButton({
  children,
  className = 'button-quiet',
  autoFocus,
}: CloseDialogButtonProps) {
  return (
    <button
      type="button"
      className={className}
      autoFocus={autoFocus}
      onClick={(event) => event.currentTarget.closest('dialog')?.close()}
    >
      {children}
    </button>
  )
}
